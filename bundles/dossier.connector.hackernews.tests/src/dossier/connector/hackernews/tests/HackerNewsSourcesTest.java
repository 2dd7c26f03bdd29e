package dossier.connector.hackernews.tests;

import static dossier.testing.LocalHttpServer.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
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
import dossier.testing.LocalHttpServer;

/** Hacker News sources against a real HTTP server on 127.0.0.1 that answers like hn.algolia.com/api/v1. */
class HackerNewsSourcesTest {

    @TempDir
    Path workspace;

    private LocalHttpServer server;
    private String base;
    private final Set<String> requested = ConcurrentHashMap.newKeySet();
    private CommandRunner.Captured last;
    private final AtomicInteger rollingFetches = new AtomicInteger();

    @BeforeEach
    void start() throws IOException {
        server = LocalHttpServer.start(this::answer);
        base = server.base();
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private static String hit(String id, String title, String url, String author, String storyText) {
        JsonObject hit = new JsonObject();
        hit.addProperty("objectID", id);
        hit.addProperty("title", title);
        hit.addProperty("url", url);
        hit.addProperty("author", author);
        hit.addProperty("created_at", "2026-11-2" + id.charAt(id.length() - 1) + "T08:30:00Z");
        hit.addProperty("points", 120);
        hit.addProperty("num_comments", 48);
        hit.addProperty("story_text", storyText);
        return hit.toString();
    }

    private void answer(HttpExchange exchange) throws IOException {
        String request = exchange.getRequestURI().getPath() + "?" + exchange.getRequestURI().getRawQuery();
        requested.add(request);
        try (exchange) {
            String prefix = "/api/v1/search_by_date?query=brand+launch&tags=story&hitsPerPage=50&page=";
            if (request.equals(prefix + "0")) {
                json(exchange, "{\"hits\":[" + hit("41", "Brand launch postmortem", "https://blog.example/postmortem",
                        "ann", null) + "," + hit("42", "Why the launch video went viral", "https://video.example/v", "bob",
                                null)
                        + "],\"page\":0,\"nbPages\":2,\"hitsPerPage\":50}");
            } else if (request.equals(prefix + "1")) {
                json(exchange, "{\"hits\":[" + hit("43", "Ask HN: How do you measure a brand launch?", null, "cat",
                        "We track mentions.<p>What else &amp; how?") + "],\"page\":1,\"nbPages\":2}");
            } else if (request.startsWith("/api/v1/search?query=brand+launch&tags=story")) {
                json(exchange, "{\"hits\":[" + hit("44", "Top story", "https://top.example/", "dan", null)
                        + "],\"page\":0,\"nbPages\":1}");
            } else if (request.startsWith("/api/v1/search_by_date?query=rolling")) {
                boolean first = rollingFetches.getAndIncrement() == 0;
                json(exchange, "{\"hits\":[" + (first ? hit("41", "Old story", null, "ann", null) + "," : "")
                        + hit("42", "Story in both", null, "bob", null)
                        + (first ? "" : "," + hit("45", "New story", null, "cat", null)) + "],\"nbPages\":1}");
            } else if (request.startsWith("/api/v1/search_by_date?query=html")) {
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

    private JsonObject shown(String id) throws Exception {
        assertEquals(0, dossier("show", id, "--format", "json"), last.err());
        return JsonParser.parseString(last.out()).getAsJsonArray().get(0).getAsJsonObject();
    }

    @Test
    void theConnectorIsListed() throws Exception {
        assertEquals(0, dossier("source", "list", "--connectors"));
        assertTrue(last.out().lines().anyMatch(line -> line.startsWith("hackernews")), last.out());
    }

    @Test
    void storiesAreFetchedPageByPageWithTheDiscussionAsIdentity() throws Exception {
        assertEquals(0, dossier("source", "add", "hackernews", "HN launch", "-p", "query=brand launch", "-p",
                "api=" + base, "-p", "case=Launch"), last.err());
        assertEquals(0, dossier("source", "refresh", "HN launch"), last.out() + last.err());
        assertTrue(last.out().matches("(?s)HN launch +3 new, 0 updated, 0 unchanged.*"), last.out());

        assertEquals(0, dossier("case", "show", "Launch", "--json"));
        JsonArray items = JsonParser.parseString(last.out()).getAsJsonObject().getAsJsonArray("itemList");
        assertEquals(3, items.size());
        JsonObject linked = shown(items.get(0).getAsJsonObject().get("id").getAsString());
        assertEquals("mention", linked.get("type").getAsString());
        assertEquals("Brand launch postmortem", linked.get("title").getAsString());
        assertEquals("https://blog.example/postmortem", linked.get("url").getAsString());
        assertEquals("https://news.ycombinator.com/item?id=41", linked.get("canonicalUrl").getAsString());
        assertEquals("ann", linked.get("authorHandle").getAsString());
        assertEquals("2026-11-21T08:30:00Z", linked.get("published").getAsString());
        JsonObject engagement = linked.getAsJsonObject("engagement");
        assertEquals(120, engagement.get("likes").getAsLong(), "points");
        assertEquals(48, engagement.get("replies").getAsLong(), "comments");
        assertTrue(engagement.get("reshares").isJsonNull());
        JsonObject ask = shown(items.get(2).getAsJsonObject().get("id").getAsString());
        assertEquals("https://news.ycombinator.com/item?id=43", ask.get("url").getAsString(),
                "a story without a link is its discussion");
        assertEquals("Ask HN: How do you measure a brand launch?\n\nWe track mentions.\n\nWhat else & how?",
                ask.get("text").getAsString());
        assertEquals(0, dossier("show", ask.get("id").getAsString(), "--format", "html"));
        assertEquals(48, JsonParser.parseString(last.out()).getAsJsonObject().get("num_comments").getAsInt(),
                "the original JSON keeps the counts");

        assertEquals(0, dossier("source", "refresh", "HN launch"));
        assertTrue(last.out().contains("0 new, 0 updated, 3 unchanged"), last.out());
    }

    @Test
    void theLimitStopsBeforeTheNextPage() throws Exception {
        assertEquals(0, dossier("source", "add", "hackernews", "Two", "-p", "query=brand launch", "-p", "api=" + base,
                "-p", "limit=2"));
        assertEquals(0, dossier("source", "refresh", "Two"));
        assertTrue(last.out().contains("2 new"), last.out());
        assertFalse(requested.stream().anyMatch(request -> request.endsWith("page=1")), requested.toString());
    }

    @Test
    void relevanceOrderUsesTheSearchEndpoint() throws Exception {
        assertEquals(0, dossier("source", "add", "hackernews", "Top", "-p", "query=brand launch", "-p", "api=" + base,
                "-p", "sort=relevance"));
        assertEquals(0, dossier("source", "refresh", "Top"));
        assertTrue(last.out().contains("1 new"), last.out());
    }

    @Test
    void wrongAnswersAndSettingsAreNamed() throws Exception {
        assertEquals(0, dossier("source", "add", "hackernews", "Wrong", "-p", "query=html", "-p", "api=" + base));
        assertEquals(0, dossier("source", "add", "hackernews", "Order", "-p", "query=x", "-p", "api=" + base, "-p",
                "sort=popular"));
        assertEquals(1, dossier("source", "refresh", "--all"));
        List<String> lines = last.out().lines().toList();
        assertTrue(lines.get(0).contains("failed: " + base + "/api/v1/search_by_date?query=html&tags=story&hitsPerPage=50"
                + "&page=0: expected JSON from the Hacker News search API, got text/html"), lines.get(0));
        assertTrue(lines.get(1).contains("failed: source 'Order': sort must be date or relevance"), lines.get(1));
    }

    @Test
    void aSourceCountsTheDistinctItemsOfAllItsFetches() throws Exception {
        assertEquals(0, dossier("source", "add", "hackernews", "Rolling", "-p", "query=rolling", "-p", "api=" + base));
        assertEquals(0, dossier("source", "list", "--json"));
        assertEquals(0, onlySource().get("items").getAsInt(), "nothing before the first fetch");
        assertEquals(0, dossier("source", "refresh", "Rolling"), last.err());
        assertEquals(0, dossier("source", "refresh", "Rolling"), last.err());
        assertTrue(last.out().contains("1 new, 0 updated, 1 unchanged"), last.out());
        assertEquals(0, dossier("source", "list", "--json"));
        assertEquals(3, onlySource().get("items").getAsInt(), "two fetches of two stories, one in both");
        assertEquals(0, dossier("source", "list"));
        assertTrue(last.out().contains("Rolling  3 items"), last.out());
    }

    private JsonObject onlySource() {
        JsonArray sources = JsonParser.parseString(last.out()).getAsJsonArray();
        assertEquals(1, sources.size(), last.out());
        return sources.get(0).getAsJsonObject();
    }
}
