package dossier.index.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.eclipse.core.runtime.Platform;
import org.eclipse.osgi.service.datalocation.Location;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

import dossier.cli.internal.CommandRunner;
import dossier.index.internal.Schema;
import dossier.testing.SeedArticles;

/** dossier import, search, index status and index rebuild as a strategist types them. */
class IndexCommandsTest {

    @TempDir
    Path workspace;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int dossier(String... args) throws Exception {
        out.reset();
        err.reset();
        Location location = Platform.getInstanceLocation().createLocation(null, null, false);
        location.set(workspace.toUri().toURL(), false);
        try {
            return new CommandRunner(location, new PrintStream(out, true, StandardCharsets.UTF_8),
                    new PrintStream(err, true, StandardCharsets.UTF_8)).run(args);
        } finally {
            location.release();
        }
    }

    private String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }

    @Test
    void importedItemsAreFoundAtOnceWithFacetsAndJson() throws Exception {
        assertEquals(0, dossier("import", SeedArticles.folder().toString(), "--case", "Social sharing", "--tag",
                "Source/Blog"), err());
        List<String> ids = out().lines().map(l -> l.substring(0, l.indexOf(' '))).toList();

        assertEquals(0, dossier("search", "\"social", "sharing\""), err());
        List<String> lines = out().lines().toList();
        assertTrue(lines.get(0).matches("\\S{16}  \\d{4}-\\d{2}-\\d{2}  .+"), out());
        assertTrue(lines.get(1).toLowerCase().contains("[social sharing]"), out());
        assertEquals("2 results\n", err());

        assertEquals(0, dossier("search", "sharing", "--facets", "--sort", "date", "--limit", "2"), err());
        assertTrue(out().contains("\ntype: document (4)\n"), out());
        assertTrue(out().contains("\ntag: Source (4)\n"), out());
        assertTrue(out().contains("\nsite: local files (4)\n"), out());

        assertEquals(0, dossier("search", "#MMChat", "--json"), err());
        JsonObject json = JsonParser.parseString(out()).getAsJsonObject();
        assertEquals(1, json.get("total").getAsInt());
        JsonArray hits = json.getAsJsonArray("hits");
        assertEquals(ids.get(2), hits.get(0).getAsJsonObject().get("id").getAsString());
        assertEquals("Dump your followers!", hits.get(0).getAsJsonObject().get("title").getAsString());
        assertTrue(hits.get(0).getAsJsonObject().get("snippet").getAsString().contains("#[MMChat]"),
                "a hashtag is marked in the snippet: " + hits.get(0));
        assertEquals(false, json.get("incomplete").getAsBoolean());

        assertEquals(0, dossier("search", "tag:Source/Blog", "--drill", "type=document", "--json"), err());
        assertEquals(5, JsonParser.parseString(out()).getAsJsonObject().get("total").getAsInt());

        assertEquals(0, dossier("search", "--related", ids.get(0)), err());
        assertTrue(!out().contains(ids.get(0)) && out().lines().count() >= 2, out());

        assertEquals(2, dossier("search", "social", "AND"), "a query that does not parse is a usage mistake");
        assertTrue(err().startsWith("dossier search: syntax error at position 11: found the end of the query,"
                + " expected "), err());
        assertTrue(err().endsWith("; 'dossier search --help' explains the query language\n"), err());
        assertEquals(1, err().lines().count(), err());
        assertEquals(2, dossier("search", "type:video"));
        assertEquals("dossier search: type: is article, mention or document, not 'video'; 'dossier search --help'"
                + " explains the query language\n", err());
    }

    @Test
    void statusRebuildAndAMissingIndexRebuiltSaySo() throws Exception {
        assertEquals(0, dossier("import", SeedArticles.files().get(1).toString(),
                SeedArticles.files().get(2).toString()));
        assertEquals(0, dossier("index", "status"), err());
        assertTrue(out().startsWith("documents:   2\nstore items: 2\nversion:     " + Schema.VERSION
                + "\nlast commit: 20"), out());

        try (Stream<Path> files = Files.list(workspace.resolve("index"))) {
            for (Path file : files.toList()) {
                Files.delete(file);
            }
        }
        assertEquals(0, dossier("search", "followers"), err());
        assertTrue(err().startsWith("dossier: there is no search index yet; rebuilding it from the store now"
                + " (synchronously)\n"), err());
        assertTrue(err().contains("indexed 2 of 2 items (100 %)\n"), err());
        assertTrue(out().contains("Dump your followers!"), out());

        assertEquals(0, dossier("index", "rebuild"), err());
        assertTrue(out().startsWith("rebuilt the index: 2 documents in "), out());
        assertTrue(err().contains("indexed 2 of 2 items (100 %)"), err());

        assertEquals(0, dossier("import", SeedArticles.files().get(2).toString(), "--tag", "Theme/Followers"));
        assertEquals(0, dossier("search", "tag:theme/followers"), "a new tag on an imported item is searchable");
        assertTrue(out().contains("Dump your followers!"), out());
    }

    @Test
    void savedSearchesRunAgainAndCountWhatIsNew() throws Exception {
        assertEquals(0, dossier("import", SeedArticles.files().get(1).toString()));
        assertEquals(0, dossier("search", "sharing", "--save", "Sharing"), err());
        Thread.sleep(5);
        assertEquals(0, dossier("import", SeedArticles.files().get(0).toString()));
        assertEquals(0, dossier("search", "--saved", "sharing"), err());
        assertTrue(out().startsWith("1 new since this search last ran\n"), out());
        assertEquals(2, out().lines().filter(l -> l.matches("\\S{16}  .*")).count(), out());
        assertEquals(0, dossier("search", "--saved", "sharing"), err());
        assertTrue(out().startsWith("0 new since this search last ran\n"), out());
        assertEquals(1, dossier("search", "--saved", "nothing"));
        assertEquals("dossier search: no saved search named 'nothing'\n", err());
    }
}
