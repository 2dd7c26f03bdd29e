package dossier.connector.feed.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.google.gson.JsonArray;
import com.google.gson.JsonParser;
import com.sun.net.httpserver.HttpExchange;

import dossier.cli.internal.CommandRunner;
import dossier.cli.internal.CommandRunner.Captured;
import dossier.testing.LocalHttpServer;

/** Feed sources and dossier fetch against a real HTTP server on 127.0.0.1. */
class FeedSourcesTest {

    static final String RSS = """
            <?xml version="1.0" encoding="UTF-8"?>
            <rss version="2.0"><channel><title>Brand watch</title><link>https://blog.example/</link>
            <item><title>Launch week</title><link>https://blog.example/launch</link>
            <pubDate>Thu, 19 Nov 2026 10:00:00 GMT</pubDate>
            <description><![CDATA[<p>The launch <b>worked</b>.</p><script>alert(document.cookie)</script>
            <a href="javascript:alert(1)" onclick="steal()">click</a><img src="x.png" onerror="steal()">]]></description>
            </item>
            <item><title>Pricing backlash</title><link>https://blog.example/pricing</link>
            <description>Customers &amp; critics pushed back.</description></item>
            </channel></rss>""";

    /** A feed that names no language. */
    private static final String GERMAN_RSS = """
            <?xml version="1.0" encoding="UTF-8"?>
            <rss version="2.0"><channel><title>Preise</title><link>https://blog.example/</link>
            <item><title>Preise</title><link>https://blog.example/preise</link>
            <description>Die neuen Preise haben viele Kunden verärgert und die Kritik wird lauter.</description></item>
            </channel></rss>""";

    @TempDir
    Path workspace;

    private LocalHttpServer server;
    private String base;
    private final List<String> conditional = new CopyOnWriteArrayList<>();

    @BeforeEach
    void start() throws IOException {
        server = LocalHttpServer.start(this::answer);
        base = server.base();
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private void answer(HttpExchange exchange) throws IOException {
        try (exchange) {
            String path = exchange.getRequestURI().getPath();
            if (path.equals("/feed.xml")) {
                String tag = exchange.getRequestHeaders().getFirst("If-None-Match");
                if (tag != null) {
                    conditional.add(tag);
                }
                if ("\"rss-1\"".equals(tag)) {
                    exchange.sendResponseHeaders(304, -1);
                    return;
                }
                exchange.getResponseHeaders().add("ETag", "\"rss-1\"");
                LocalHttpServer.send(exchange, "application/rss+xml", RSS);
            } else if (path.equals("/german.xml")) {
                LocalHttpServer.send(exchange, "application/rss+xml", GERMAN_RSS);
            } else if (path.equals("/broken.xml")) {
                LocalHttpServer.send(exchange, "application/rss+xml", "\u0000\u0001 this is not a feed at all");
            } else if (path.equals("/logo.png")) {
                LocalHttpServer.send(exchange, "image/png", "\u0089PNG");
            } else {
                exchange.sendResponseHeaders(404, -1);
            }
        }
    }

    private Captured dossier(String... args) throws IOException {
        return CommandRunner.runIn(workspace, args);
    }

    @Test
    void aFeedSourceBringsItsEntriesSanitizedAndAnUnchangedFeedCostsA304() throws Exception {
        assertEquals(0, dossier("source", "add", "feed", "Brand blog", "-p", "url=" + base + "/feed.xml", "-p",
                "case=Launch").exit());
        assertEquals(0, dossier("source", "add", "feed", "Broken", "-p", "url=" + base + "/broken.xml").exit());
        Captured refreshed = dossier("source", "refresh", "--all");
        assertEquals(1, refreshed.exit(), refreshed.out());
        List<String> lines = refreshed.out().lines().toList();
        assertTrue(lines.get(0).matches("Brand blog +2 new, 0 updated, 0 unchanged, 0 duplicates .*"), lines.get(0));
        assertTrue(lines.get(1).matches("Broken +failed: " + base + "/broken.xml: .*"), lines.get(1));

        Captured shown = dossier("case", "show", "Launch", "--json");
        assertEquals(0, shown.exit(), shown.err());
        JsonArray items = JsonParser.parseString(shown.out()).getAsJsonObject().getAsJsonArray("itemList");
        assertEquals(2, items.size());
        String launch = items.get(0).getAsJsonObject().get("id").getAsString();
        assertEquals("Launch week", items.get(0).getAsJsonObject().get("title").getAsString());
        String html = dossier("show", launch, "--format", "html").out();
        assertTrue(html.contains("<b>worked</b>"), html);
        for (String unsafe : new String[] { "<script", "javascript:", "onclick", "onerror" }) {
            assertFalse(html.toLowerCase().contains(unsafe), "stored HTML contains " + unsafe + ": " + html);
        }

        Captured again = dossier("source", "refresh", "Brand blog");
        assertEquals(0, again.exit());
        assertTrue(again.out().startsWith("Brand blog"), again.out());
        assertTrue(again.out().contains("0 new, 0 updated, 0 unchanged"), again.out());
        assertEquals(List.of("\"rss-1\""), conditional, "the second refresh asked with the feed's ETag");
    }

    @Test
    void anEntryWithoutALanguageGetsTheOneItsTextIsWrittenIn() throws Exception {
        Captured fetched = dossier("fetch", base + "/german.xml", "--case", "Preise");
        assertEquals(0, fetched.exit(), fetched.err());
        JsonArray items = JsonParser.parseString(dossier("case", "show", "Preise", "--json").out()).getAsJsonObject()
                .getAsJsonArray("itemList");
        assertEquals(1, items.size());
        String shown = dossier("show", items.get(0).getAsJsonObject().get("id").getAsString(), "--format", "json").out();
        assertEquals("de", JsonParser.parseString(shown).getAsJsonArray().get(0).getAsJsonObject().get("language")
                .getAsString(), shown);
    }

    @Test
    void aFeedSourceNeedsAWebAddressAsTheConnectorDeclares() throws Exception {
        Captured refused = dossier("source", "add", "feed", "Typo", "-p", "url=blog.example/feed");
        assertEquals(1, refused.exit());
        assertTrue(refused.err().strip().endsWith(": Feed URL must be an http:// or https:// address (parameter url)"),
                refused.err());
        assertEquals(0, dossier("source", "list").out().lines().filter(l -> l.contains("Typo")).count());
    }

    @Test
    void fetchRecognisesAFeedAndNamesWhatItCannotRead() throws Exception {
        Captured fetched = dossier("fetch", base + "/feed.xml", base + "/logo.png", base + "/nothing", "--case", "Quick");
        assertEquals(1, fetched.exit());
        List<String> lines = fetched.out().lines().toList();
        assertEquals(2, lines.size(), fetched.out());
        assertTrue(lines.get(0).endsWith("new        Launch week"), lines.get(0));
        assertTrue(fetched.err().contains("dossier fetch: " + base + "/logo.png: Dossier cannot read image/png"),
                fetched.err());
        assertTrue(fetched.err().contains("dossier fetch: " + base + "/nothing: HTTP 404 Not Found"), fetched.err());
    }

    @Test
    void feedSourcesTravelAsOpml() throws Exception {
        assertEquals(0, dossier("source", "add", "feed", "Brand blog", "-p", "url=" + base + "/feed.xml", "-p",
                "case=Launch").exit());
        assertEquals(0, dossier("source", "add", "feed", "Other", "-p", "url=https://other.example/rss").exit());
        Path opml = workspace.resolveSibling(workspace.getFileName() + "-subscriptions.opml");
        Captured exported = dossier("source", "export-opml", opml.toString());
        assertEquals("wrote 2 feed sources to " + opml + "\n", exported.out());

        Path other = workspace.resolveSibling(workspace.getFileName() + "-other");
        Captured imported = CommandRunner.runIn(other, "source", "import-opml", opml.toString());
        assertEquals(0, imported.exit(), imported.err());
        assertEquals(List.of("Brand blog  " + base + "/feed.xml", "Other  https://other.example/rss"),
                imported.out().lines().toList());
        Captured twice = CommandRunner.runIn(other, "source", "import-opml", opml.toString());
        assertTrue(twice.err().contains("0 feed sources added, 2 skipped"), twice.err());
        String listed = CommandRunner.runIn(other, "source", "list", "--json").out();
        assertTrue(listed.contains("\"case\": \"Launch\""), "the category comes back as the case file: " + listed);
        java.nio.file.Files.deleteIfExists(opml);
    }
}
