package dossier.connector.bluesky.tests;

import static dossier.testing.LocalHttpServer.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.sun.net.httpserver.HttpExchange;

import dossier.cli.internal.CommandRunner;
import dossier.connector.Secrets;
import dossier.testing.LocalHttpServer;
import dossier.testing.StandardInput;

/**
 * Bluesky sources against a real HTTP server on 127.0.0.1 that answers like the AT Protocol's XRPC API (the
 * app.bsky.feed, app.bsky.actor and com.atproto.server lexicons): an account's posts, a custom feed, a search with a
 * session that expires, a rate-limited answer, a broken answer, a dead host.
 */
class BlueskySourcesTest {

    private static final String LOGIN = "analyst.example.com";
    private static final String APP_PASSWORD = "abcd-efgh-ijkl-mnop";

    @TempDir
    Path workspace;
    @TempDir
    Path secrets;

    private LocalHttpServer server;
    private String base;
    private CommandRunner.Captured last;
    private final Map<String, Long> seen = new ConcurrentHashMap<>();
    private final AtomicInteger logins = new AtomicInteger();
    private final AtomicInteger refreshes = new AtomicInteger();
    private final AtomicInteger rateLimited = new AtomicInteger();
    private volatile String validAccess = "";
    private volatile String validRefresh = "";

    @BeforeEach
    void start() throws IOException {
        System.setProperty(Secrets.STORAGE_PROPERTY, secrets.resolve("secure_storage").toString());
        server = LocalHttpServer.start(this::answer);
        base = server.base();
    }

    @AfterEach
    void stop() {
        server.close();
        System.clearProperty(Secrets.STORAGE_PROPERTY);
    }

    /** An app.bsky.feed.defs#postView; its text has a shortened link (a facet with the full address) after "é". */
    private static JsonObject post(String did, String handle, String rkey, String text, int likes) {
        JsonObject author = new JsonObject();
        author.addProperty("did", did);
        author.addProperty("handle", handle);
        author.addProperty("displayName", handle.substring(0, 1).toUpperCase() + handle.substring(1, handle.indexOf('.')));
        JsonObject record = new JsonObject();
        record.addProperty("$type", "app.bsky.feed.post");
        String shown = "example.com/launch-no...";
        String full = text + " Café notes: " + shown + " #brand";
        record.addProperty("text", full);
        record.addProperty("createdAt", "2026-11-20T10:0" + rkey.charAt(rkey.length() - 1) + ":00.000Z");
        JsonArray langs = new JsonArray();
        langs.add("en");
        record.add("langs", langs);
        int start = full.substring(0, full.indexOf(shown)).getBytes(StandardCharsets.UTF_8).length;
        record.add("facets", JsonParser.parseString("[{\"index\":{\"byteStart\":" + start + ",\"byteEnd\":"
                + (start + shown.length()) + "},\"features\":[{\"$type\":\"app.bsky.richtext.facet#link\","
                + "\"uri\":\"https://example.com/launch-notes-2026\"}]},{\"index\":{\"byteStart\":"
                + (full.getBytes(StandardCharsets.UTF_8).length - 6) + ",\"byteEnd\":"
                + full.getBytes(StandardCharsets.UTF_8).length + "},\"features\":[{\"$type\":"
                + "\"app.bsky.richtext.facet#tag\",\"tag\":\"brand\"}]}]"));
        JsonObject post = new JsonObject();
        post.addProperty("uri", "at://" + did + "/app.bsky.feed.post/" + rkey);
        post.addProperty("cid", "bafyreib" + rkey);
        post.add("author", author);
        post.add("record", record);
        post.addProperty("replyCount", 3);
        post.addProperty("repostCount", 7);
        post.addProperty("likeCount", likes);
        post.addProperty("quoteCount", 1);
        post.addProperty("indexedAt", "2026-11-20T10:00:01.000Z");
        return post;
    }

    private static String feed(String cursor, JsonObject... items) {
        JsonObject answer = new JsonObject();
        JsonArray feed = new JsonArray();
        for (JsonObject item : items) {
            feed.add(item);
        }
        answer.add("feed", feed);
        if (cursor != null) {
            answer.addProperty("cursor", cursor);
        }
        return answer.toString();
    }

    private static JsonObject item(JsonObject post) {
        JsonObject item = new JsonObject();
        item.add("post", post);
        return item;
    }

    private static JsonObject repost(JsonObject post, String byDid, String byHandle) {
        JsonObject item = item(post);
        item.add("reason", JsonParser.parseString("{\"$type\":\"app.bsky.feed.defs#reasonRepost\",\"by\":{\"did\":\""
                + byDid + "\",\"handle\":\"" + byHandle + "\"},\"indexedAt\":\"2026-11-21T09:00:00.000Z\"}"));
        return item;
    }

    private static final JsonObject ANN_1 = post("did:plc:ann111", "ann.example.com", "3kann1", "Launch day!", 42);
    private static final JsonObject ANN_2 = post("did:plc:ann111", "ann.example.com", "3kann2", "Second post", 5);
    private static final JsonObject BOB_1 = post("did:plc:bob222", "bob.example.com", "3kbob1", "Shared by ann", 9);

    private void answer(HttpExchange exchange) throws IOException {
        String query = exchange.getRequestURI().getRawQuery() == null ? ""
                : URLDecoder.decode(exchange.getRequestURI().getRawQuery(), StandardCharsets.UTF_8);
        String path = exchange.getRequestURI().getPath();
        String request = path + "?" + query;
        seen.put(request, System.nanoTime());
        String bearer = exchange.getRequestHeaders().getFirst("Authorization");
        try (exchange) {
            switch (path) {
            case "/xrpc/app.bsky.feed.getAuthorFeed" -> {
                if (query.equals("actor=ann.example.com&limit=100")) {
                    json(exchange, feed("page2", item(ANN_1), repost(BOB_1, "did:plc:ann111", "ann.example.com")));
                } else if (query.equals("actor=ann.example.com&limit=100&cursor=page2")) {
                    json(exchange, feed(null, item(ANN_2)));
                } else if (query.startsWith("actor=nobody.example.com")) {
                    error(exchange, 400, "InvalidRequest", "Profile not found");
                } else {
                    exchange.sendResponseHeaders(404, -1);
                }
            }
            case "/xrpc/app.bsky.feed.getFeed" -> {
                if (query.startsWith("feed=at://did:plc:feeds/app.bsky.feed.generator/brand-watch")) {
                    json(exchange, feed(null, item(BOB_1)));
                } else {
                    LocalHttpServer.send(exchange, "application/json", "{\"feed\":[{\"post\":");
                }
            }
            case "/xrpc/app.bsky.actor.getProfiles" -> {
                JsonArray profiles = new JsonArray();
                for (String actor : query.split("&")) {
                    String did = actor.substring("actors=".length());
                    profiles.add(JsonParser.parseString("{\"did\":\"" + did + "\",\"handle\":\"x.example.com\","
                            + "\"followersCount\":" + (did.contains("ann") ? 1200 : 35) + "}"));
                }
                json(exchange, "{\"profiles\":" + profiles + "}");
            }
            case "/xrpc/com.atproto.server.createSession" -> {
                JsonObject input = JsonParser.parseString(new String(exchange.getRequestBody().readAllBytes(),
                        StandardCharsets.UTF_8)).getAsJsonObject();
                if (input.get("identifier").getAsString().equals(LOGIN)
                        && input.get("password").getAsString().equals(APP_PASSWORD)) {
                    int n = logins.incrementAndGet();
                    session(exchange, "access-login-" + n, "refresh-login-" + n);
                } else {
                    error(exchange, 401, "AuthenticationRequired", "Invalid identifier or password");
                }
            }
            case "/xrpc/com.atproto.server.refreshSession" -> {
                if (("Bearer " + validRefresh).equals(bearer)) {
                    int n = refreshes.incrementAndGet();
                    session(exchange, "access-refreshed-" + n, "refresh-refreshed-" + n);
                } else {
                    error(exchange, 400, "ExpiredToken", "Token has expired");
                }
            }
            case "/xrpc/app.bsky.feed.searchPosts" -> {
                if (bearer == null) {
                    error(exchange, 401, "AuthenticationRequired", "Authentication Required");
                } else if (!bearer.equals("Bearer " + validAccess)) {
                    error(exchange, 400, "ExpiredToken", "Token has expired");
                } else if (query.equals("q=brand launch&sort=latest&limit=100")) {
                    exchange.getResponseHeaders().add("RateLimit-Limit", "3000");
                    exchange.getResponseHeaders().add("RateLimit-Remaining", "2999");
                    json(exchange, "{\"cursor\":\"25\",\"hitsTotal\":3,\"posts\":[" + ANN_1 + "," + BOB_1 + "]}");
                } else if (query.equals("q=brand launch&sort=latest&limit=100&cursor=25")) {
                    if (rateLimited.getAndIncrement() == 0) {
                        exchange.getResponseHeaders().add("RateLimit-Remaining", "0");
                        exchange.getResponseHeaders().add("RateLimit-Reset",
                                Long.toString(Instant.now().getEpochSecond() + 2));
                        error(exchange, 429, "RateLimitExceeded", "Rate Limit Exceeded");
                    } else {
                        json(exchange, "{\"hitsTotal\":3,\"posts\":[" + ANN_2 + "]}");
                    }
                } else {
                    exchange.sendResponseHeaders(404, -1);
                }
            }
            default -> exchange.sendResponseHeaders(404, -1);
            }
        }
    }

    private void session(HttpExchange exchange, String access, String refresh) throws IOException {
        validAccess = access;
        validRefresh = refresh;
        json(exchange, "{\"accessJwt\":\"" + access + "\",\"refreshJwt\":\"" + refresh + "\",\"handle\":\"" + LOGIN
                + "\",\"did\":\"did:plc:analyst\",\"active\":true}");
    }

    private static void error(HttpExchange exchange, int status, String error, String message) throws IOException {
        byte[] body = ("{\"error\":\"" + error + "\",\"message\":\"" + message + "\"}").getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json; charset=utf-8");
        exchange.sendResponseHeaders(status, body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    private int dossier(String... args) throws Exception {
        last = CommandRunner.runIn(workspace, args);
        return last.exit();
    }

    private int keepPassword(String password) throws Exception {
        return StandardInput.feeding(password + "\n", () -> dossier("source", "password", "bluesky", LOGIN));
    }

    private JsonArray items(String caseFile) throws Exception {
        assertEquals(0, dossier("case", "show", caseFile, "--json"), last.err());
        return JsonParser.parseString(last.out()).getAsJsonObject().getAsJsonArray("itemList");
    }

    private JsonObject shown(JsonArray items, int index) throws Exception {
        assertEquals(0, dossier("show", items.get(index).getAsJsonObject().get("id").getAsString(), "--format", "json"));
        return JsonParser.parseString(last.out()).getAsJsonArray().get(0).getAsJsonObject();
    }

    private JsonObject original(JsonObject item) throws Exception {
        assertEquals(0, dossier("show", item.get("id").getAsString(), "--format", "html"));
        return JsonParser.parseString(last.out()).getAsJsonObject();
    }

    @Test
    void anAccountsPostsArePagedByCursorWithTheAuthorsFollowers() throws Exception {
        assertEquals(0, dossier("source", "add", "bluesky", "Ann", "-p", "actor=@ann.example.com", "-p", "api=" + base,
                "-p", "case=Launch"), last.err());
        assertEquals(0, dossier("source", "refresh", "Ann"), last.out() + last.err());
        assertTrue(last.out().matches("(?s)Ann +3 new, 0 updated, 0 unchanged.*"), last.out());

        JsonArray items = items("Launch");
        assertEquals(3, items.size());
        JsonObject first = shown(items, 0);
        assertEquals("mention", first.get("type").getAsString());
        assertEquals("https://bsky.app/profile/ann.example.com/post/3kann1", first.get("url").getAsString());
        assertEquals("at://did:plc:ann111/app.bsky.feed.post/3kann1", first.get("canonicalUrl").getAsString());
        assertEquals("ann.example.com", first.get("authorHandle").getAsString());
        assertEquals("Ann", first.get("authorName").getAsString());
        assertEquals(1200, first.get("followerCount").getAsLong());
        JsonObject engagement = first.getAsJsonObject("engagement");
        assertEquals(3, engagement.get("replies").getAsLong());
        assertEquals(7, engagement.get("reshares").getAsLong(), "reposts");
        assertEquals(42, engagement.get("likes").getAsLong());
        assertEquals(1, engagement.get("quotes").getAsLong());
        assertEquals("2026-11-20T10:01:00Z", first.get("published").getAsString());
        assertEquals("Launch day! Café notes: https://example.com/launch-notes-2026 #brand",
                first.get("text").getAsString(), "the shortened link is the facet's full address");
        JsonObject kept = original(first);
        assertEquals(42, kept.get("likeCount").getAsInt(), "the post view is kept with its counts");
        assertEquals(1, kept.get("quoteCount").getAsInt());
        assertEquals("did:plc:ann111", kept.getAsJsonObject("author").get("did").getAsString());
        assertEquals("app.bsky.richtext.facet#tag", kept.getAsJsonObject("record").getAsJsonArray("facets").get(1)
                .getAsJsonObject().getAsJsonArray("features").get(0).getAsJsonObject().get("$type").getAsString());

        JsonObject reposted = shown(items, 1);
        assertEquals("bob.example.com", reposted.get("authorHandle").getAsString(), "a repost is the post it shares");
        assertEquals(35, reposted.get("followerCount").getAsLong());

        assertEquals(0, dossier("source", "refresh", "Ann"));
        assertTrue(last.out().contains("0 new, 0 updated, 3 unchanged"), last.out());
    }

    @Test
    void theLimitStopsBeforeTheNextPage() throws Exception {
        assertEquals(0, dossier("source", "add", "bluesky", "Two", "-p", "actor=ann.example.com", "-p", "api=" + base,
                "-p", "limit=2"));
        assertEquals(0, dossier("source", "refresh", "Two"));
        assertTrue(last.out().contains("2 new"), last.out());
        assertFalse(seen.keySet().stream().anyMatch(request -> request.contains("cursor=page2")), seen.toString());
    }

    @Test
    void aCustomFeedIsFetched() throws Exception {
        assertEquals(0, dossier("source", "add", "bluesky", "Watch", "-p",
                "feed=at://did:plc:feeds/app.bsky.feed.generator/brand-watch", "-p", "api=" + base));
        assertEquals(0, dossier("source", "refresh", "Watch"), last.out());
        assertTrue(last.out().contains("1 new"), last.out());
    }

    @Test
    void aSearchLogsInOnceRefreshesTheExpiredSessionAndWaitsForTheRateLimit() throws Exception {
        assertEquals(0, dossier("source", "add", "bluesky", "Search", "-p", "query=brand launch", "-p",
                "login=" + LOGIN, "-p", "service=" + base, "-p", "case=Search"), last.err());
        assertEquals(1, dossier("source", "refresh", "Search"));
        assertTrue(last.out().contains("failed: no app password kept for the Bluesky login " + LOGIN
                + "; keep one with: dossier source password bluesky " + LOGIN), last.out());

        assertEquals(0, keepPassword(APP_PASSWORD), last.err());
        assertEquals(0, dossier("source", "refresh", "Search"), last.out() + last.err());
        assertTrue(last.out().contains("3 new"), last.out());
        assertEquals(1, logins.get());
        long first = seen.get("/xrpc/app.bsky.feed.searchPosts?q=brand launch&sort=latest&limit=100");
        long second = seen.get("/xrpc/app.bsky.feed.searchPosts?q=brand launch&sort=latest&limit=100&cursor=25");
        assertTrue((second - first) / 1_000_000 >= 500, "the rate-limited page was asked again after the reset");
        assertEquals(2, rateLimited.get());

        validAccess = "a-token-the-client-never-saw"; // the kept access token has expired
        assertEquals(0, dossier("source", "refresh", "Search"), last.out());
        assertTrue(last.out().contains("0 new, 0 updated, 3 unchanged"), last.out());
        assertEquals(1, refreshes.get(), "the expired session was refreshed");
        assertEquals(1, logins.get(), "without logging in again");

        validAccess = "expired-again";
        validRefresh = "refresh-expired-too";
        assertEquals(0, dossier("source", "refresh", "Search"), last.out());
        assertEquals(2, logins.get(), "a refused refresh token means a new login");

        try (Stream<Path> files = Files.walk(workspace)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                assertFalse(new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1).contains(APP_PASSWORD),
                        "the app password is not in the workspace: " + file);
            }
        }
        assertFalse(Files.readString(secrets.resolve("secure_storage")).contains(APP_PASSWORD),
                "secure storage keeps the password encrypted");
    }

    @Test
    void aWrongPasswordIsOneLine() throws Exception {
        assertEquals(0, keepPassword("wrong-password"));
        assertEquals(0, dossier("source", "add", "bluesky", "Search", "-p", "query=x", "-p", "login=" + LOGIN, "-p",
                "service=" + base));
        assertEquals(1, dossier("source", "refresh", "Search"));
        assertTrue(last.out().matches("Search +failed: " + base + "/xrpc/com.atproto.server.createSession: HTTP 401"
                + " Unauthorized: AuthenticationRequired \\(Invalid identifier or password\\).*\n"), last.out());
    }

    @Test
    void brokenAnswersDeadHostsAndWrongSettingsAreNamed() throws Exception {
        String dead = LocalHttpServer.deadBase();
        assertEquals(0, dossier("source", "add", "bluesky", "Broken", "-p", "feed=at://did:plc:x/app.bsky.feed"
                + ".generator/broken", "-p", "api=" + base));
        assertEquals(0, dossier("source", "add", "bluesky", "Dead", "-p", "actor=ann.example.com", "-p", "api=" + dead));
        assertEquals(0, dossier("source", "add", "bluesky", "Nobody", "-p", "actor=nobody.example.com", "-p",
                "api=" + base));
        assertEquals(0, dossier("source", "add", "bluesky", "Both", "-p", "actor=a", "-p", "query=b"));
        assertEquals(0, dossier("source", "add", "bluesky", "Anonymous search", "-p", "query=b"));
        assertEquals(1, dossier("source", "refresh", "--all"));
        List<String> lines = last.out().lines().toList();
        assertEquals(5, lines.size(), last.out());
        assertTrue(lines.get(0).matches("Broken +failed: " + base + "/xrpc/app.bsky.feed.getFeed\\?feed=.*limit=100:"
                + " the JSON is broken .*"), lines.get(0));
        assertTrue(lines.get(1).matches("Dead +failed: " + dead + "/xrpc/app.bsky.feed.getAuthorFeed\\?.*: cannot"
                + " connect.*"), lines.get(1));
        assertTrue(lines.get(2).matches("Nobody +failed: .*getAuthorFeed.*: HTTP 400 Bad Request: InvalidRequest"
                + " \\(Profile not found\\).*"), lines.get(2));
        assertTrue(lines.get(3).contains("failed: source 'Both' needs one of actor, query or feed"), lines.get(3));
        assertTrue(lines.get(4).contains("failed: source 'Anonymous search': a Bluesky search needs a login"
                + " parameter"), lines.get(4));
    }

}
