package dossier.casefile.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

import dossier.cli.internal.CommandRunner;
import dossier.testing.SeedArticles;

/** The case-file commands as a strategist types them, through the real command registry. */
class CaseFileCommandsTest {

    @TempDir
    Path workspace;

    private CommandRunner.Captured last;

    private int dossier(String... args) throws Exception {
        last = CommandRunner.runIn(workspace, args);
        return last.exit();
    }

    private String out() {
        return last.out();
    }

    private String err() {
        return last.err();
    }

    private List<String> importedIds() {
        return out().lines().map(l -> l.substring(0, l.indexOf(' '))).toList();
    }

    @Test
    void theSeedArticlesImportWithSensibleTitlesAndShowTheirProvenance() throws Exception {
        Path seeds = SeedArticles.folder();
        assertEquals(0, dossier("import", seeds.toString(), "--case", "Social sharing", "--tag", "Source/Blog"), err());
        List<String> lines = out().lines().toList();
        assertEquals(5, lines.size(), out());
        assertTrue(lines.get(1).endsWith("new        Rethinking Social, Part One: Social Media is Social Sharing"),
                lines.get(1));
        assertTrue(lines.get(2).endsWith("Dump your followers!"), lines.get(2));
        assertTrue(lines.get(3).endsWith("Marketing technology: it is confusing but it is going to be big"),
                lines.get(3));
        assertTrue(lines.get(0).matches("\\S+  new        I've been struggling for a while now .{20,}\u2026"), lines.get(0));
        assertTrue(lines.get(4).endsWith("Social media is a tough gig, mostly because expectations are unrealistic"),
                lines.get(4));
        List<String> ids = importedIds();
        assertEquals(0, dossier("tags", "list"));
        assertEquals(1, out().lines().filter(l -> l.startsWith("Tags")).count(), "one new tag for the batch: " + out());
        assertTrue(out().lines().anyMatch(l -> l.startsWith("  Source  5 (5 open, 5 new)")), out());

        assertEquals(0, dossier("import", seeds.resolve("001_cb9f631f65e79630.txt").toString()));
        assertTrue(out().startsWith(ids.get(1) + "  unchanged"), "a file imported twice is one item: " + out());

        assertEquals(0, dossier("show", ids.get(1), ids.get(2), "--format", "json"), err());
        JsonArray shown = JsonParser.parseString(out()).getAsJsonArray();
        assertEquals(2, shown.size());
        JsonObject first = shown.get(0).getAsJsonObject();
        String original = Files.readString(seeds.resolve("001_cb9f631f65e79630.txt"));
        assertEquals(original, first.get("text").getAsString());
        assertEquals(64, first.get("sha256").getAsString().length());
        assertTrue(first.get("url").getAsString().startsWith("file:/"));
        assertEquals("Source/Blog", first.get("tags").getAsJsonArray().get(0).getAsString());

        assertEquals(0, dossier("show", ids.get(2)));
        assertTrue(out().startsWith("# Dump your followers!\nid:        " + ids.get(2) + " (document)\n"), out());
        assertEquals(1, dossier("show", "nosuchitem"));
        assertEquals("dossier show: no item nosuchitem in this workspace\n", err());
    }

    @Test
    void clipLinkAndBacklinksBuildACaseFile() throws Exception {
        assertEquals(0, dossier("import", SeedArticles.files().get(1).toString(), SeedArticles.files().get(2).toString(),
                "--case", "Sharing"));
        List<String> ids = importedIds();

        assertEquals(1, dossier("clip", ids.get(0), "--quote", "a sentence nobody wrote"));
        assertTrue(err().startsWith("dossier clip: the quote is not in the item's text"), err());

        assertEquals(0, dossier("clip", ids.get(0), "--quote", "You have to have the conversation", "--tag", "Theme/Sharing",
                "--note", "the thesis"), err());
        String clip = out().strip();
        assertEquals(0, dossier("clip", ids.get(1), "--quote", "Dump your followers!"), err());
        String other = out().strip();

        assertEquals(0, dossier("link", other, clip, "--type", "contradicts"), err());
        assertEquals(0, dossier("link", ids.get(1), clip, "--type", "follow-up"), err());
        assertEquals(2, dossier("link", clip, other), "the type is required");
        assertEquals(1, dossier("link", clip, "nothing-here", "--type", "supports"));
        assertEquals("dossier link: nothing has the id nothing-here\n", err());

        assertEquals(0, dossier("backlinks", clip, "--json"), err());
        JsonArray links = JsonParser.parseString(out()).getAsJsonArray();
        List<String> types = new ArrayList<>();
        links.forEach(l -> types.add(l.getAsJsonObject().get("type").getAsString()));
        assertEquals(List.of("contradicts", "follow-up"), types);
        assertEquals("\u201cDump your followers!\u201d", links.get(0).getAsJsonObject().get("fromLabel").getAsString());

        assertEquals(0, dossier("case", "show", "sharing", "--json"), err());
        JsonObject caseFile = JsonParser.parseString(out()).getAsJsonObject();
        assertEquals(2, caseFile.get("clipList").getAsJsonArray().size());
        assertEquals("the thesis", caseFile.getAsJsonArray("notes").get(0).getAsJsonObject().get("text").getAsString());
        assertEquals(2, caseFile.getAsJsonArray("crossReferences").size());
        assertEquals("Theme/Sharing", caseFile.getAsJsonArray("tagAssignments").get(0).getAsJsonObject().get("tag")
                .getAsString());

        assertEquals(0, dossier("case", "list"));
        assertTrue(out().matches("\\S+  active       2 items     2 clips  Sharing\n"), out());
    }

    @Test
    void filesThatCannotBeImportedAreNamedAndTheRestIsKept() throws Exception {
        Path notes = Files.writeString(workspace.resolveSibling(workspace.getFileName() + "-notes.md"),
                "# Campaign notes\n\nReach is not resonance.");
        Path latin1 = Files.write(workspace.resolveSibling(workspace.getFileName() + "-latin1.txt"),
                "Caf\u00e9 culture and brand voice".getBytes(StandardCharsets.ISO_8859_1));
        Path image = Files.write(workspace.resolveSibling(workspace.getFileName() + "-logo.png"), new byte[] { 1, 2 });
        try {
            assertEquals(1, dossier("import", notes.toString(), latin1.toString(), image.toString(), "/no/such/file.txt"));
            List<String> lines = out().lines().toList();
            assertEquals(2, lines.size(), out());
            assertTrue(lines.get(0).endsWith("Campaign notes"), lines.get(0));
            assertTrue(lines.get(1).endsWith("Caf\u00e9 culture and brand voice"), lines.get(1));
            assertTrue(err().contains(latin1 + ": not valid UTF-8; read as Windows-1252"), err());
            assertTrue(err().contains("skipped " + image + ": not a .txt, .md or .html file"), err());
            assertTrue(err().contains("skipped /no/such/file.txt: no such file or folder"), err());
            assertEquals(0, dossier("case", "list"));
            assertTrue(out().contains("2 items"), "what could be imported is kept: " + out());
        } finally {
            Files.deleteIfExists(notes);
            Files.deleteIfExists(latin1);
            Files.deleteIfExists(image);
        }
    }

    @Test
    void aSavedWebPageImportsAsItsArticle() throws Exception {
        Path page = Files.writeString(workspace.resolveSibling(workspace.getFileName() + "-saved.html"),
                "<html><head><title>Saved | Site</title><link rel=\"canonical\" href=\"https://news.example/story\">"
                        + "</head><body><nav>Home About Contact</nav><article><h1>Reach is not resonance</h1>"
                        + "<p>Brands that chase reach alone end up talking to people who never listen, and the numbers"
                        + " from this year's campaigns show it clearly across every channel we looked at.</p>"
                        + "<p>Resonance, the share of people who act on what they saw, is the better measure.</p>"
                        + "</article><footer>Subscribe to our newsletter</footer></body></html>");
        try {
            assertEquals(0, dossier("import", page.toString()), err());
            String id = importedIds().get(0);
            assertEquals(0, dossier("show", id, "--format", "json"));
            JsonObject item = JsonParser.parseString(out()).getAsJsonArray().get(0).getAsJsonObject();
            assertEquals("https://news.example/story", item.get("canonicalUrl").getAsString());
            String text = item.get("text").getAsString();
            assertTrue(text.contains("Resonance, the share of people"), text);
            assertTrue(!text.contains("Subscribe") && !text.contains("Contact"), "boilerplate stays out: " + text);
        } finally {
            Files.deleteIfExists(page);
        }
    }

    @Test
    void notesAreWrittenOnClipsItemsAndCaseFilesAndListed() throws Exception {
        assertEquals(0, dossier("import", SeedArticles.files().get(1).toString(), "--case", "Notes"), err());
        String item = importedIds().get(0);
        assertEquals(0, dossier("clip", item, "--quote", "You have to have the conversation"), err());
        String clip = out().strip();

        assertEquals(0, dossier("note", "add", clip, "--text", "the thesis"), err());
        String noteId = out().strip();
        assertEquals(0, dossier("note", "add", item, "--text", "read twice"), err());
        assertEquals(1, dossier("note", "add", "notes", "--text", "nothing"), "a title is not an id");
        assertEquals("dossier note add: nothing has the id notes\n", err());
        assertEquals(2, dossier("note", "add", clip), "the text is required");
        assertEquals(1, dossier("note", "add", clip, "--text", "  "));
        assertEquals("dossier note add: the note is empty\n", err());
        assertEquals(1, dossier("note", "add", clip, "--text", "x", "--case", "Nowhere"));
        assertEquals("dossier note add: no case file named 'Nowhere'\n", err());

        assertEquals(0, dossier("note", "list", clip), err());
        assertEquals(noteId + "  on " + clip + ": the thesis\n", out());
        assertEquals(0, dossier("note", "list", "--case", "notes", "--json"), err());
        JsonArray notes = JsonParser.parseString(out()).getAsJsonArray();
        assertEquals(2, notes.size());
        assertEquals(item, notes.get(1).getAsJsonObject().get("targetId").getAsString());
        assertEquals("Notes", notes.get(1).getAsJsonObject().get("caseFile").getAsString());
        assertEquals(1, dossier("note", "list"));
        assertEquals("dossier note list: name a TARGET-ID or a case file with --case\n", err());
    }
}
