package dossier.connector.web.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

import dossier.cli.internal.CommandRunner;
import dossier.cli.internal.CommandRunner.Captured;
import dossier.testing.LocalHttpServer;

/** Web pages fetched from a real HTTP server on 127.0.0.1: the article is extracted, the page kept. */
class WebPagesTest {

    static String page(String body) {
        return "<!doctype html><html lang=\"en\"><head><title>Why shares beat likes | Example Blog</title>"
                + "<link rel=\"canonical\" href=\"https://blog.example/shares-beat-likes\">"
                + "<meta property=\"article:published_time\" content=\"2026-11-02T08:00:00Z\">"
                + "<meta name=\"author\" content=\"Ann Analyst\"></head><body><nav><a href=\"/\">Home</a>"
                + "<a href=\"/about\">About</a></nav><article><h1>Why shares beat likes</h1>" + body
                + "</article><aside class=\"sidebar\"><h3>Popular</h3><ul><li><a href=\"/x\">Other post</a></li></ul>"
                + "</aside><footer>Copyright Example</footer></body></html>";
    }

    static final String FIRST = "<p>A share puts your post in front of people who do not follow you yet, which a like"
            + " rarely does on any network we measured.</p><p>Across 40 campaigns, shared posts reached four times"
            + " the audience of liked ones, and the effect held for small brands as well as large ones.</p>";

    @TempDir
    Path workspace;

    private LocalHttpServer server;
    private String base;
    private final AtomicReference<String> body = new AtomicReference<>(page(FIRST));

    @BeforeEach
    void start() throws IOException {
        server = LocalHttpServer.start().handle("/post",
                exchange -> LocalHttpServer.send(exchange, "text/html; charset=utf-8", body.get()));
        base = server.base();
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void aPageGivesItsArticleAndKeepsThePageAsFetched() throws Exception {
        Captured fetched = CommandRunner.runIn(workspace, "fetch", base + "/post", "--case", "Shares");
        assertEquals(0, fetched.exit(), fetched.err());
        String id = fetched.out().substring(0, fetched.out().indexOf(' '));
        JsonObject item = JsonParser.parseString(CommandRunner.runIn(workspace, "show", id, "--format", "json").out())
                .getAsJsonArray().get(0).getAsJsonObject();
        assertEquals("Why shares beat likes", item.get("title").getAsString().replace(" | Example Blog", ""));
        assertEquals("https://blog.example/shares-beat-likes", item.get("canonicalUrl").getAsString());
        assertEquals("Ann Analyst", item.get("authorName").getAsString());
        assertEquals("2026-11-02T08:00:00Z", item.get("published").getAsString());
        String text = item.get("text").getAsString();
        assertTrue(text.contains("Across 40 campaigns"), text);
        assertTrue(!text.contains("Popular") && !text.contains("Copyright"), "no sidebar or footer: " + text);
        String original = CommandRunner.runIn(workspace, "show", id, "--format", "html").out();
        assertTrue(original.contains("<footer>Copyright Example</footer>"), "the page is kept as fetched");
    }

    @Test
    void aWatchedPageThatChangesIsCapturedAgainAndItsClipReanchors() throws Exception {
        assertEquals(0, CommandRunner.runIn(workspace, "source", "add", "web", "Post", "-p", "url=" + base + "/post", "-p",
                "case=Shares").exit());
        assertTrue(CommandRunner.runIn(workspace, "source", "refresh", "Post").out().contains("1 new"));
        String id = JsonParser.parseString(CommandRunner.runIn(workspace, "case", "show", "Shares", "--json").out())
                .getAsJsonObject().getAsJsonArray("itemList").get(0).getAsJsonObject().get("id").getAsString();
        Captured clip = CommandRunner.runIn(workspace, "clip", id, "--quote", "shared posts reached four times the audience");
        assertEquals(0, clip.exit(), clip.err());

        body.set(page("<p>Update: we added ten more campaigns.</p>" + FIRST));
        Captured again = CommandRunner.runIn(workspace, "source", "refresh", "Post");
        assertTrue(again.out().contains("0 new, 1 updated"), again.out());
        JsonObject shown = JsonParser.parseString(CommandRunner.runIn(workspace, "case", "show", "Shares", "--json").out())
                .getAsJsonObject();
        JsonObject reanchored = shown.getAsJsonArray("clipList").get(0).getAsJsonObject();
        assertEquals("reanchored", reanchored.get("state").getAsString());
        String text = JsonParser.parseString(CommandRunner.runIn(workspace, "show", id, "--format", "json").out())
                .getAsJsonArray().get(0).getAsJsonObject().get("text").getAsString();
        assertEquals("shared posts reached four times the audience",
                text.substring(reanchored.get("start").getAsInt(), reanchored.get("end").getAsInt()));
    }
}
