package dossier.connector.csv.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

import dossier.cli.internal.CommandRunner;
import dossier.cli.internal.CommandRunner.Captured;

/** CSV exports as the tools write them, imported through the real command. */
class ImportCsvTest {

    @TempDir
    Path temp;

    private Path workspace() {
        return temp.resolve("workspace");
    }

    private Path csv(String name, byte[] bytes) throws Exception {
        return Files.write(temp.resolve(name), bytes);
    }

    @Test
    void aListeningToolExportIsRecognisedByItsHeaders() throws Exception {
        String export = "\uFEFFDate;Full Text;Url;Author;Twitter Followers;Language;Comments;Retweets;Likes\n"
                + "2026-11-20 09:15:00;\"Love the new launch; great \"\"value\"\"\";https://x.example/1;Ann;12,400;en;3;1,020;"
                + "2.500\n"
                + "2026-11-20T10:00:00Z;Delivery late again;https://x.example/2;Bob;87;en;;;\n"
                + "2026-11-21;;https://x.example/3;Cat;5;en;0;0;0\n";
        Path file = csv("brandwatch.csv", export.getBytes(StandardCharsets.UTF_8));
        Captured run = CommandRunner.runIn(workspace(), "import-csv", file.toString(), "--case", "Launch", "--tag",
                "Channel/X");
        assertEquals(0, run.exit(), run.err());
        assertEquals("brandwatch.csv: 2 mentions, 2 new, 0 already stored, 1 rows without text skipped\n", run.out());
        assertTrue(run.err().contains("text=Full Text, url=Url, author=Author, followers=Twitter Followers,"
                + " published=Date, language=Language, replies=Comments, reshares=Retweets, likes=Likes"), run.err());

        Captured shown = CommandRunner.runIn(workspace(), "case", "show", "Launch", "--json");
        JsonArray items = JsonParser.parseString(shown.out()).getAsJsonObject().getAsJsonArray("itemList");
        assertEquals(2, items.size());
        String id = items.get(0).getAsJsonObject().get("id").getAsString();
        JsonObject mention = JsonParser.parseString(CommandRunner.runIn(workspace(), "show", id, "--format", "json")
                .out()).getAsJsonArray().get(0).getAsJsonObject();
        assertEquals("Love the new launch; great \"value\"", mention.get("text").getAsString());
        assertEquals(12400, mention.get("followerCount").getAsLong());
        JsonObject engagement = mention.getAsJsonObject("engagement");
        assertEquals(3, engagement.get("replies").getAsLong());
        assertEquals(1020, engagement.get("reshares").getAsLong());
        assertEquals(2500, engagement.get("likes").getAsLong());
        assertTrue(engagement.get("quotes").isJsonNull(), "no column, not known");
        assertEquals("2026-11-20T09:15:00Z", mention.get("published").getAsString());
        assertEquals("mention", mention.get("type").getAsString());
        assertEquals("Channel/X", mention.getAsJsonArray("tags").get(0).getAsString());

        Captured again = CommandRunner.runIn(workspace(), "import-csv", file.toString(), "--case", "Launch");
        assertEquals("brandwatch.csv: 2 mentions, 0 new, 2 already stored, 1 rows without text skipped\n", again.out());
    }

    @Test
    void aRowWithoutALanguageGetsTheOneItsTextIsWrittenIn() throws Exception {
        String export = "Date,Full Text,Url,Language\n"
                + "2026-11-20,Die neuen Preise haben viele Kunden verärgert und die Kritik wird lauter,https://x.example/de,\n"
                + "2026-11-20,Die Lieferung kam wieder zu spät und niemand hat sich entschuldigt,https://x.example/as,en\n"
                + "2026-11-20,OK 42,https://x.example/short,\n";
        Captured run = CommandRunner.runIn(workspace(), "import-csv", csv("languages.csv",
                export.getBytes(StandardCharsets.UTF_8)).toString(), "--case", "Pricing");
        assertEquals(0, run.exit(), run.err());

        JsonArray items = JsonParser.parseString(CommandRunner.runIn(workspace(), "case", "show", "Pricing", "--json")
                .out()).getAsJsonObject().getAsJsonArray("itemList");
        java.util.Map<String, String> languages = new java.util.TreeMap<>();
        for (var item : items) {
            JsonObject mention = JsonParser.parseString(CommandRunner.runIn(workspace(), "show",
                    item.getAsJsonObject().get("id").getAsString(), "--format", "json").out()).getAsJsonArray().get(0)
                    .getAsJsonObject();
            boolean none = !mention.has("language") || mention.get("language").isJsonNull();
            languages.put(mention.get("url").getAsString(), none ? "none" : mention.get("language").getAsString());
        }
        // detected when the export names none, the export's own when it names one, none when too short to tell
        assertEquals(java.util.Map.of("https://x.example/de", "de", "https://x.example/as", "en",
                "https://x.example/short", "none"), languages);
    }

    @Test
    void anUnknownLayoutAsksForTheTextColumnAndIsRememberedOnceNamed() throws Exception {
        String export = "when,what was said,who\n2026-11-01 12:00,Price went up again,Dee\n";
        Path first = csv("tool-a.csv", export.getBytes(StandardCharsets.UTF_8));
        Captured refused = CommandRunner.runIn(workspace(), "import-csv", first.toString());
        assertEquals(1, refused.exit());
        assertEquals("dossier import-csv: " + first + ": no column looks like the mention's text; name it with --map"
                + " text=COLUMN (the columns are: when, what was said, who)\n", refused.err());

        Captured mapped = CommandRunner.runIn(workspace(), "import-csv", first.toString(), "--map", "text=what was said",
                "--map", "author=who", "--map", "published=when");
        assertEquals(0, mapped.exit(), mapped.err());
        Path second = csv("tool-a-next-week.csv", (export + "2026-11-08 08:00,Support was quick,Eli\n")
                .getBytes(StandardCharsets.UTF_8));
        Captured remembered = CommandRunner.runIn(workspace(), "import-csv", second.toString());
        assertEquals(0, remembered.exit(), remembered.err());
        assertEquals("tool-a-next-week.csv: 2 mentions, 1 new, 1 already stored, 0 rows without text skipped\n",
                remembered.out());
        assertEquals(1, CommandRunner.runIn(workspace(), "import-csv", second.toString(), "--map", "txt=who").exit());
    }

    @Test
    void aBrokenFileKeepsTheRowsBeforeTheBreakAndALatin1FileIsRead() throws Exception {
        Path broken = csv("broken.csv", "text,url\nfine row,https://y.example/1\n\"never closed,https://y.example/2\n"
                .getBytes(StandardCharsets.UTF_8));
        Captured run = CommandRunner.runIn(workspace(), "import-csv", broken.toString());
        assertEquals(1, run.exit());
        assertTrue(run.err().contains(broken + ": cannot read past row 2"), run.err());
        assertTrue(run.err().contains("the 1 rows before it were imported"), run.err());
        Path latin1 = csv("latin1.csv", "text\nCaf\u00e9 au lait\n".getBytes(StandardCharsets.ISO_8859_1));
        Captured read = CommandRunner.runIn(workspace(), "import-csv", latin1.toString(), "--case", "Cafe");
        assertEquals(0, read.exit(), read.err());
        assertTrue(read.err().contains("not valid UTF-8; read as Windows-1252"), read.err());
        String id = JsonParser.parseString(CommandRunner.runIn(workspace(), "case", "show", "Cafe", "--json").out())
                .getAsJsonObject().getAsJsonArray("itemList").get(0).getAsJsonObject().get("id").getAsString();
        assertTrue(CommandRunner.runIn(workspace(), "show", id).out().contains("Caf\u00e9 au lait"));
    }
}
