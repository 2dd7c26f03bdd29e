package dossier.connector.reddit.tests;

import static dossier.testing.LocalHttpServer.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

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
 * Reddit sources against a real HTTP server on 127.0.0.1 that answers like Reddit's JSON listings and its OAuth
 * token endpoint: paging by after, a rate-limited answer, a refused token renewed, broken answers, a dead host.
 */
class RedditSourcesTest {

    private static final String CLIENT = "dossier-test-client";
    private static final String SECRET = "client-secret-42";

    @TempDir
    Path workspace;
    @TempDir
    Path secrets;

    private LocalHttpServer server;
    private String base;
    private CommandRunner.Captured last;
    private final Map<String, Long> seen = new ConcurrentHashMap<>();
    private final Set<String> userAgents = ConcurrentHashMap.newKeySet();
    private final AtomicInteger tokens = new AtomicInteger();
    private final AtomicInteger rateLimited = new AtomicInteger();
    private volatile String validToken = "";

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

    /** A listing's t3 child, as in Reddit's /new.json. */
    private static JsonObject post(String id, String title, String selftext, String url, int score, int comments) {
        JsonObject data = new JsonObject();
        data.addProperty("id", id);
        data.addProperty("name", "t3_" + id);
        data.addProperty("subreddit", "brand");
        data.addProperty("subreddit_subscribers", 48210);
        data.addProperty("title", title);
        data.addProperty("selftext", selftext);
        data.addProperty("author", "user_" + id);
        data.addProperty("permalink", "/r/brand/comments/" + id + "/" + title.toLowerCase().replace(' ', '_') + "/");
        data.addProperty("url", url == null ? "https://www.reddit.com/r/brand/comments/" + id + "/" : url);
        data.addProperty("is_self", url == null);
        data.addProperty("created_utc", 1763629800.0 + id.length());
        data.addProperty("score", score);
        data.addProperty("upvote_ratio", 0.93);
        data.addProperty("num_comments", comments);
        data.addProperty("num_crossposts", 4);
        data.addProperty("link_flair_text", "Discussion");
        JsonObject child = new JsonObject();
        child.addProperty("kind", "t3");
        child.add("data", data);
        return child;
    }

    private static String listing(String after, JsonObject... children) {
        JsonArray list = new JsonArray();
        for (JsonObject child : children) {
            list.add(child);
        }
        JsonObject data = new JsonObject();
        data.addProperty("after", after);
        data.add("before", null);
        data.addProperty("dist", children.length);
        data.add("children", list);
        JsonObject listing = new JsonObject();
        listing.addProperty("kind", "Listing");
        listing.add("data", data);
        return listing.toString();
    }

    private void answer(HttpExchange exchange) throws IOException {
        String query = exchange.getRequestURI().getRawQuery() == null ? ""
                : URLDecoder.decode(exchange.getRequestURI().getRawQuery(), StandardCharsets.UTF_8);
        String request = exchange.getRequestURI().getPath() + "?" + query;
        seen.put(request, System.nanoTime());
        userAgents.add(exchange.getRequestHeaders().getFirst("User-Agent"));
        String authorization = exchange.getRequestHeaders().getFirst("Authorization");
        try (exchange) {
            exchange.getResponseHeaders().add("X-Ratelimit-Used", "4");
            exchange.getResponseHeaders().add("X-Ratelimit-Remaining", "96.0");
            exchange.getResponseHeaders().add("X-Ratelimit-Reset", "412");
            switch (request) {
            case "/r/brand/new.json?limit=100&raw_json=1" -> json(exchange, listing("t3_p2",
                    post("p1", "Launch video is everywhere", "", "https://video.example/launch", 1520, 230),
                    post("p2", "Refill programme questions", "Does anyone know **when** refills ship?", null, 87, 41)));
            case "/r/brand/new.json?limit=100&raw_json=1&after=t3_p2" -> {
                if (rateLimited.getAndIncrement() == 0) {
                    exchange.getResponseHeaders().set("X-Ratelimit-Remaining", "0.0");
                    exchange.getResponseHeaders().set("X-Ratelimit-Reset", "1");
                    exchange.sendResponseHeaders(429, -1);
                } else {
                    json(exchange, listing(null, post("p3", "Older post", "Text", null, 3, 0)));
                }
            }
            case "/r/brand/search.json?q=refill&sort=new&restrict_sr=1&limit=100&raw_json=1" -> {
                if (!("bearer " + validToken).equals(authorization)) {
                    exchange.sendResponseHeaders(401, -1);
                } else {
                    json(exchange, listing(null, post("p2", "Refill programme questions", "Body", null, 90 + tokens.get(), 44)));
                }
            }
            case "/api/v1/access_token?" -> {
                String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
                String expected = "Basic " + Base64.getEncoder().encodeToString((CLIENT + ":" + SECRET)
                        .getBytes(StandardCharsets.UTF_8));
                if (body.equals("grant_type=client_credentials") && expected.equals(authorization)) {
                    validToken = "token-" + tokens.incrementAndGet();
                    json(exchange, "{\"access_token\":\"" + validToken + "\",\"token_type\":\"bearer\","
                            + "\"expires_in\":86400,\"scope\":\"*\"}");
                } else {
                    exchange.sendResponseHeaders(401, -1);
                }
            }
            case "/r/html/new.json?limit=100&raw_json=1" -> LocalHttpServer.send(exchange, "text/html",
                    "<html><body>Blocked</body></html>");
            case "/r/other/new.json?limit=100&raw_json=1" -> json(exchange, "{\"kind\":\"t3\",\"data\":{}}");
            default -> {
                byte[] body = "{\"reason\":\"banned\",\"message\":\"Not Found\",\"error\":404}".getBytes(
                        StandardCharsets.UTF_8);
                exchange.getResponseHeaders().add("Content-Type", "application/json");
                exchange.sendResponseHeaders(404, body.length);
                exchange.getResponseBody().write(body);
            }
            }
        }
    }

    private int dossier(String... args) throws Exception {
        last = CommandRunner.runIn(workspace, args);
        return last.exit();
    }

    @Test
    void aSubredditsNewPostsArePagedWaitingForTheRateLimit() throws Exception {
        assertEquals(0, dossier("source", "add", "reddit", "Brand sub", "-p", "subreddit=r/brand", "-p", "api=" + base,
                "-p", "contact=brand_analyst", "-p", "case=Reddit"), last.err());
        assertEquals(0, dossier("source", "refresh", "Brand sub"), last.out() + last.err());
        assertTrue(last.out().matches("(?s)Brand sub +3 new, 0 updated, 0 unchanged.*"), last.out());
        assertEquals(Set.of("desktop:dossier.research.notebook:0.1 (by /u/brand_analyst)"), userAgents,
                "Reddit's User-Agent form, naming the user");
        long first = seen.get("/r/brand/new.json?limit=100&raw_json=1");
        long second = seen.get("/r/brand/new.json?limit=100&raw_json=1&after=t3_p2");
        assertTrue((second - first) / 1_000_000 >= 900, "the rate-limited page was asked again after the reset");
        assertEquals(2, rateLimited.get());

        assertEquals(0, dossier("case", "show", "Reddit", "--json"));
        JsonArray items = JsonParser.parseString(last.out()).getAsJsonObject().getAsJsonArray("itemList");
        assertEquals(3, items.size());
        assertEquals(0, dossier("show", items.get(0).getAsJsonObject().get("id").getAsString(), "--format", "json"));
        JsonObject link = JsonParser.parseString(last.out()).getAsJsonArray().get(0).getAsJsonObject();
        assertEquals("mention", link.get("type").getAsString());
        assertEquals("https://video.example/launch", link.get("url").getAsString());
        assertEquals("https://www.reddit.com/r/brand/comments/p1/launch_video_is_everywhere/",
                link.get("canonicalUrl").getAsString());
        assertEquals("u/user_p1", link.get("authorHandle").getAsString());
        assertEquals(48210, link.get("followerCount").getAsLong(), "the subreddit's subscribers are the reach");
        JsonObject engagement = link.getAsJsonObject("engagement");
        assertEquals(230, engagement.get("replies").getAsLong(), "comments");
        assertEquals(4, engagement.get("reshares").getAsLong(), "crossposts");
        assertEquals(1520, engagement.get("likes").getAsLong(), "score");
        assertTrue(engagement.get("quotes").isJsonNull());
        assertEquals("2025-11-20T09:10:02Z", link.get("published").getAsString());
        assertEquals(0, dossier("show", link.get("id").getAsString(), "--format", "html"));
        JsonObject original = JsonParser.parseString(last.out()).getAsJsonObject();
        assertEquals(1520, original.get("score").getAsInt(), "the post's data is kept with its score");
        assertEquals(230, original.get("num_comments").getAsInt());

        assertEquals(0, dossier("show", items.get(1).getAsJsonObject().get("id").getAsString(), "--format", "json"));
        JsonObject self = JsonParser.parseString(last.out()).getAsJsonArray().get(0).getAsJsonObject();
        assertEquals("https://www.reddit.com/r/brand/comments/p2/refill_programme_questions/", self.get("url").getAsString());
        assertEquals("Refill programme questions\n\nDoes anyone know **when** refills ship?", self.get("text").getAsString());

        assertEquals(0, dossier("source", "refresh", "Brand sub"));
        assertTrue(last.out().contains("0 new, 0 updated, 3 unchanged"), last.out());
    }

    @Test
    void theLimitStopsBeforeTheNextPage() throws Exception {
        assertEquals(0, dossier("source", "add", "reddit", "Two", "-p", "subreddit=brand", "-p", "api=" + base, "-p",
                "limit=2"));
        assertEquals(0, dossier("source", "refresh", "Two"));
        assertTrue(last.out().contains("2 new"), last.out());
        assertFalse(seen.keySet().stream().anyMatch(request -> request.contains("after=")), seen.toString());
        assertEquals(Set.of("desktop:dossier.research.notebook:0.1 (+https://dossier.invalid/bot)"), userAgents);
    }

    @Test
    void aSearchWithOAuthClientCredentialsRenewsARefusedToken() throws Exception {
        assertEquals(0, dossier("source", "add", "reddit", "Refills", "-p", "subreddit=brand", "-p", "query=refill",
                "-p", "client=" + CLIENT, "-p", "api=" + base, "-p", "oauth-api=" + base));
        assertEquals(1, dossier("source", "refresh", "Refills"));
        assertTrue(last.out().contains("failed: no secret kept for the Reddit OAuth client " + CLIENT
                + "; keep it with: dossier source password reddit " + CLIENT), last.out());

        assertEquals(0, StandardInput.feeding(SECRET + "\n", () -> dossier("source", "password", "reddit", CLIENT)));
        assertEquals(0, dossier("source", "refresh", "Refills"), last.out());
        assertTrue(last.out().contains("1 new"), last.out());
        assertEquals(1, tokens.get());

        validToken = "expired";
        assertEquals(0, dossier("source", "refresh", "Refills"), last.out());
        assertTrue(last.out().contains("0 new, 1 updated"), "the new score and comment count: " + last.out());
        assertEquals(2, tokens.get(), "a refused token is asked for anew");

        assertEquals(0, StandardInput.feeding("wrong\n", () -> dossier("source", "password", "reddit", CLIENT)));
        assertEquals(1, dossier("source", "refresh", "Refills"));
        assertTrue(last.out().matches("Refills +failed: " + base + "/api/v1/access_token: Reddit refused the OAuth client "
                + CLIENT + " \\(HTTP 401 Unauthorized\\).*\n"), last.out());
    }

    @Test
    void brokenAnswersDeadHostsAndWrongSettingsAreNamed() throws Exception {
        String dead = LocalHttpServer.deadBase();
        assertEquals(0, dossier("source", "add", "reddit", "Html", "-p", "subreddit=html", "-p", "api=" + base));
        assertEquals(0, dossier("source", "add", "reddit", "Other", "-p", "subreddit=other", "-p", "api=" + base));
        assertEquals(0, dossier("source", "add", "reddit", "Banned", "-p", "subreddit=banned", "-p", "api=" + base));
        assertEquals(0, dossier("source", "add", "reddit", "Dead", "-p", "subreddit=brand", "-p", "api=" + dead));
        assertEquals(0, dossier("source", "add", "reddit", "Nothing"));
        assertEquals(1, dossier("source", "refresh", "--all"));
        List<String> lines = last.out().lines().toList();
        assertEquals(5, lines.size(), last.out());
        assertTrue(lines.get(0).contains("failed: " + base + "/r/html/new.json?limit=100&raw_json=1: expected JSON from"
                + " Reddit, got text/html"), lines.get(0));
        assertTrue(lines.get(1).contains("failed: " + base + "/r/other/new.json?limit=100&raw_json=1: expected a Listing"
                + " from Reddit"), lines.get(1));
        assertTrue(lines.get(2).contains("failed: " + base + "/r/banned/new.json?limit=100&raw_json=1: HTTP 404 Not"
                + " Found (banned)"), lines.get(2));
        assertTrue(lines.get(3).matches("Dead +failed: " + dead + "/r/brand/new.json\\?limit=100&raw_json=1: cannot"
                + " connect.*"), lines.get(3));
        assertTrue(lines.get(4).contains("failed: source 'Nothing' needs a subreddit or a query parameter"),
                lines.get(4));
    }

}
