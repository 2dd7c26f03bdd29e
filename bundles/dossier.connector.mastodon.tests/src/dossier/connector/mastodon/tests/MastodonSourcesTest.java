package dossier.connector.mastodon.tests;

import static dossier.testing.LocalHttpServer.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.sun.net.httpserver.HttpExchange;

import dossier.cli.internal.CommandRunner;
import dossier.testing.LocalHttpServer;

/**
 * Mastodon sources against a real HTTP server on 127.0.0.1 that answers like the REST API v1,
 * side by side with sources that fail: a dead host, a connector that hangs, one that cannot load.
 */
class MastodonSourcesTest {

    @TempDir
    Path workspace;

    private LocalHttpServer server;
    private String base;
    private final Map<String, Long> seen = new ConcurrentHashMap<>();
    private CommandRunner.Captured last;

    @BeforeEach
    void start() throws IOException {
        server = LocalHttpServer.start(this::answer);
        base = server.base();
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private static String status(String id, String account, String html, String reblogOf) {
        String acct = account + "@social.example";
        String status = "{\"id\":\"" + id + "\",\"created_at\":\"2026-11-20T10:0" + id.charAt(id.length() - 1)
                + ":00.000Z\",\"in_reply_to_id\":null,\"language\":\"en\",\"url\":\"https://social.example/@" + account
                + "/" + id + "\",\"uri\":\"https://social.example/users/" + account + "/statuses/" + id + "\","
                + "\"replies_count\":2,\"reblogs_count\":5,\"favourites_count\":11,\"spoiler_text\":\"\","
                + "\"content\":" + com.google.gson.JsonParser.parseString("\"" + html.replace("\"", "\\\"") + "\"")
                + ",\"account\":{\"id\":\"9" + id + "\",\"username\":\"" + account + "\",\"acct\":\"" + acct
                + "\",\"display_name\":\"" + Character.toUpperCase(account.charAt(0)) + account.substring(1)
                + "\",\"followers_count\":1234},\"tags\":[{\"name\":\"brand\"}],\"mentions\":[],\"reblog\":"
                + (reblogOf == null ? "null" : reblogOf) + "}";
        return status;
    }

    private void answer(HttpExchange exchange) throws IOException {
        String query = exchange.getRequestURI().getRawQuery() == null ? "" : exchange.getRequestURI().getRawQuery();
        String path = exchange.getRequestURI().getPath() + "?" + query;
        seen.put(path, System.nanoTime());
        try (exchange) {
            if (path.equals("/api/v1/timelines/tag/brand?limit=40")) {
                exchange.getResponseHeaders().add("Link", "<" + base
                        + "/api/v1/timelines/tag/brand?limit=40&max_id=100>; rel=\"next\", <" + base
                        + "/api/v1/timelines/tag/brand?limit=40&min_id=103>; rel=\"prev\"");
                exchange.getResponseHeaders().add("X-RateLimit-Remaining", "299");
                json(exchange, "[" + status("103", "ann", "<p>Loving the new <a href=\"https://social.example/tags/brand\">"
                        + "#brand</a> launch!</p><p>Second line<br>third</p>", null) + ","
                        + status("102", "bob", "<p>Delivery was late again @brand</p>", null) + "]");
            } else if (path.equals("/api/v1/timelines/tag/brand?limit=40&max_id=100")) {
                json(exchange, "[" + status("101", "cat", "", status("90", "dan", "<p>Original post about #brand</p>", null))
                        + "]");
            } else if (path.equals("/api/v1/accounts/lookup?acct=eve")) {
                json(exchange, "{\"id\":\"77\",\"username\":\"eve\",\"acct\":\"eve\"}");
            } else if (path.equals("/api/v1/accounts/77/statuses?limit=40")) {
                exchange.getResponseHeaders().add("Link", "<" + base + "/api/v1/accounts/77/statuses?limit=40&max_id=5>;"
                        + " rel=\"next\"");
                exchange.getResponseHeaders().add("X-RateLimit-Remaining", "0");
                exchange.getResponseHeaders().add("X-RateLimit-Reset", Instant.now().plusSeconds(1).toString());
                json(exchange, "[" + status("6", "eve", "<p>First page</p>", null) + "]");
            } else if (path.equals("/api/v1/accounts/77/statuses?limit=40&max_id=5")) {
                json(exchange, "[" + status("5", "eve", "<p>Second page</p>", null) + "]");
            } else if (path.equals("/api/v1/timelines/tag/preise?limit=40")) {
                // a status whose server did not record its language
                json(exchange, "[" + status("7", "fea", "<p>Die neuen Preise haben viele Kunden verärgert und die Kritik"
                        + " wird lauter</p>", null).replace("\"language\":\"en\"", "\"language\":null") + "]");
            } else if (path.startsWith("/api/v1/timelines/tag/html")) {
                LocalHttpServer.send(exchange, "text/html", "<html><body>Not the API</body></html>");
            } else {
                exchange.sendResponseHeaders(404, -1);
            }
        }
    }

    private int dossier(String... args) throws Exception {
        last = CommandRunner.runIn(workspace, args);
        return last.exit();
    }

    private String out() {
        return last.out();
    }

    @Test
    void aStatusWithoutALanguageGetsTheOneItsTextIsWrittenIn() throws Exception {
        assertEquals(0, dossier("source", "add", "mastodon", "Preise", "-p", "instance=" + base, "-p", "hashtag=preise",
                "-p", "case=Preise"), last.err());
        assertEquals(0, dossier("source", "refresh", "Preise"), out());
        assertEquals(0, dossier("case", "show", "Preise", "--json"));
        JsonArray items = JsonParser.parseString(out()).getAsJsonObject().getAsJsonArray("itemList");
        assertEquals(1, items.size(), out());
        assertEquals(0, dossier("show", items.get(0).getAsJsonObject().get("id").getAsString(), "--format", "json"));
        assertEquals("de", JsonParser.parseString(out()).getAsJsonArray().get(0).getAsJsonObject().get("language")
                .getAsString());
    }

    @Test
    void aHashtagTimelineIsFetchedPageByPageWhileBrokenSourcesFailAlone() throws Exception {
        assertEquals(0, dossier("source", "add", "mastodon", "Brand tag", "--param", "instance=" + base, "--param",
                "hashtag=#brand", "--param", "case=Monitoring"), last.err());
        String dead = LocalHttpServer.deadBase();
        assertEquals(0, dossier("source", "add", "mastodon", "Dead server", "-p", "instance=" + dead, "-p", "hashtag=x"));
        assertEquals(0, dossier("source", "add", "testing-hang", "Stuck"));
        assertEquals(0, dossier("source", "add", "testing-missing", "Broken"));
        assertEquals(1, dossier("source", "add", "mastodon", "No instance", "-p", "hashtag=x"));
        assertEquals(1, dossier("source", "add", "mastodon", "Bad limit", "-p", "instance=" + base, "-p", "hashtag=x",
                "-p", "limit=lots"), "the limit is declared an integer");
        assertTrue(last.err().contains("Most statuses per refresh must be a whole number above 0 (parameter limit)"),
                last.err());

        assertEquals(1, dossier("source", "refresh", "--all", "--timeout", "4"), "a failed source makes the exit 1");
        List<String> lines = out().lines().toList();
        assertEquals(4, lines.size(), out());
        assertTrue(lines.get(0).matches("Brand tag +3 new, 0 updated, 0 unchanged, 0 duplicates \\(.*"), lines.get(0));
        assertTrue(lines.get(1).matches("Dead server +failed: " + dead + "/api/v1/timelines/tag/x\\?limit=40: cannot"
                + " connect.*"), lines.get(1));
        assertTrue(lines.get(2).matches("Stuck +failed: did not finish within 4 s; cancelled.*"), lines.get(2));
        assertTrue(lines.get(3).matches("Broken +failed: connector 'testing-missing': class"
                + " dossier.connector.mastodon.tests.NoSuchConnector from bundle dossier.connector.mastodon failed to"
                + " load.*"), lines.get(3));
        assertTrue(seen.containsKey("/api/v1/timelines/tag/brand?limit=40&max_id=100"), "the next page was followed");

        assertEquals(0, dossier("case", "show", "Monitoring", "--json"));
        JsonArray items = JsonParser.parseString(out()).getAsJsonObject().getAsJsonArray("itemList");
        assertEquals(3, items.size());
        String first = items.get(0).getAsJsonObject().get("id").getAsString();
        assertEquals(0, dossier("show", first, "--format", "json"));
        JsonObject mention = JsonParser.parseString(out()).getAsJsonArray().get(0).getAsJsonObject();
        assertEquals("mention", mention.get("type").getAsString());
        assertEquals("ann@social.example", mention.get("authorHandle").getAsString());
        assertEquals("Ann", mention.get("authorName").getAsString());
        assertEquals(1234, mention.get("followerCount").getAsLong());
        JsonObject engagement = mention.getAsJsonObject("engagement");
        assertEquals(2, engagement.get("replies").getAsLong());
        assertEquals(5, engagement.get("reshares").getAsLong());
        assertEquals(11, engagement.get("likes").getAsLong());
        assertTrue(engagement.get("quotes").isJsonNull(), "Mastodon does not count quotes");
        assertEquals("Loving the new #brand launch!\n\nSecond line\nthird", mention.get("text").getAsString());
        assertEquals(0, dossier("show", first, "--format", "html"));
        JsonObject original = JsonParser.parseString(out()).getAsJsonObject();
        assertEquals(5, original.get("reblogs_count").getAsInt(), "the original JSON keeps the counts");

        assertEquals(1, dossier("source", "refresh", "--all", "--timeout", "4"));
        assertTrue(out().startsWith("Brand tag"), out());
        assertTrue(out().lines().findFirst().orElseThrow().contains("0 new, 0 updated, 3 unchanged"), out());
        assertEquals(0, dossier("source", "list", "--json"));
        JsonObject listed = JsonParser.parseString(out()).getAsJsonArray().get(0).getAsJsonObject();
        assertTrue(listed.get("lastFetchOk").getAsBoolean());
        assertTrue(listed.get("lastFetchSummary").getAsString().startsWith("0 new, 0 updated, 3 unchanged"));
    }

    @Test
    void aReblogIsCapturedAsThePostItReshares() throws Exception {
        assertEquals(0, dossier("source", "add", "mastodon", "Tag", "-p", "instance=" + base, "-p", "hashtag=brand"));
        assertEquals(0, dossier("source", "refresh", "Tag"));
        assertEquals(0, dossier("case", "show", "Inbox", "--json"), "a source without case files into the Inbox");
        JsonArray items = JsonParser.parseString(out()).getAsJsonObject().getAsJsonArray("itemList");
        String reblogged = items.get(2).getAsJsonObject().get("id").getAsString();
        assertEquals(0, dossier("show", reblogged, "--format", "json"));
        JsonObject mention = JsonParser.parseString(out()).getAsJsonArray().get(0).getAsJsonObject();
        assertEquals("dan@social.example", mention.get("authorHandle").getAsString());
        assertEquals("https://social.example/@dan/90", mention.get("url").getAsString());
    }

    @Test
    void anAccountsStatusesWaitForTheRateLimitToReset() throws Exception {
        assertEquals(0, dossier("source", "add", "mastodon", "Eve", "-p", "instance=" + base, "-p", "account=@eve"));
        assertEquals(0, dossier("source", "refresh", "Eve"), out() + last.err());
        assertTrue(out().startsWith("Eve"), out());
        assertTrue(out().contains("2 new"), out());
        long first = seen.get("/api/v1/accounts/77/statuses?limit=40");
        long second = seen.get("/api/v1/accounts/77/statuses?limit=40&max_id=5");
        assertTrue((second - first) / 1_000_000 >= 500, "the second page waited for the reset");
    }

    @Test
    void anAnswerThatIsNotTheApiIsNamed() throws Exception {
        assertEquals(0, dossier("source", "add", "mastodon", "Wrong", "-p", "instance=" + base, "-p", "hashtag=html"));
        assertEquals(1, dossier("source", "refresh", "Wrong"));
        assertTrue(out().contains("failed: " + base + "/api/v1/timelines/tag/html?limit=40: expected JSON from the"
                + " Mastodon API, got text/html"), out());
    }
}
