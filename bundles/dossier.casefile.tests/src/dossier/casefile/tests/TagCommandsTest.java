package dossier.casefile.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

import dossier.cli.internal.CommandRunner;
import dossier.testing.SeedArticles;

/** The tags and inbox commands as a strategist types them, through the real command registry. */
class TagCommandsTest {

    @TempDir
    Path workspace;

    private CommandRunner.Captured last;

    private int dossier(String... args) throws Exception {
        last = CommandRunner.runIn(workspace, args);
        return last.exit();
    }

    @Test
    void tagsAreMadeColouredAndAssignedAndTheInTrayCountsWhatIsNew() throws Exception {
        List<Path> seeds = SeedArticles.files();
        assertEquals(0, dossier("import", seeds.get(1).toString(), seeds.get(2).toString(), "--case", "Launch"),
                last.err());
        List<String> ids = last.out().lines().map(l -> l.substring(0, l.indexOf(' '))).toList();
        assertEquals(0, dossier("clip", ids.get(0), "--quote", "You have to have the conversation"), last.err());
        String clipId = last.out().strip();

        assertEquals(0, dossier("tags", "list"));
        assertEquals("no tags yet: 'dossier tags add PATH' makes one\n", last.out());
        assertEquals(0, dossier("tags", "add", "Tone/Negative", "--colour", "#D94F3D"), last.err());
        String negativeId = last.out().strip();
        assertEquals(1, dossier("tags", "add", "Tone/Bad", "--colour", "crimson"));
        assertEquals("dossier tags add: a colour is written #rrggbb (e.g. #d94f3d), not 'crimson'\n", last.err());
        assertEquals(0, dossier("tags", "list"));
        assertTrue(!last.out().contains("Bad"), "a refused tag is not made: " + last.out());

        assertEquals(0, dossier("tags", "tag", "Tone/Negative", ids.get(0), clipId), last.err());
        assertEquals("tagged 2 with Tone/Negative\n", last.out());
        assertEquals(0, dossier("tags", "tag", "Tone/Positive", ids.get(1)), last.err());
        assertEquals(1, dossier("tags", "tag", "Tone/Positive", "nosuchid"));
        assertEquals("dossier tags tag: there is no item or clip nosuchid in this workspace\n", last.err());

        assertEquals(0, dossier("tags", "list", "--json"), last.err());
        JsonObject tone = JsonParser.parseString(last.out()).getAsJsonArray().get(0).getAsJsonObject()
                .getAsJsonArray("tags").get(0).getAsJsonObject();
        assertEquals("Tone", tone.get("name").getAsString());
        assertEquals(3, tone.get("count").getAsInt());
        assertEquals(3, tone.get("new").getAsInt());
        JsonObject negative = tone.getAsJsonArray("children").get(0).getAsJsonObject();
        assertEquals("#d94f3d", negative.get("colour").getAsString());
        assertEquals(negativeId, negative.get("id").getAsString());

        assertEquals(0, dossier("inbox", "Tone", "--json"), last.err());
        JsonObject tray = JsonParser.parseString(last.out()).getAsJsonObject();
        assertEquals(3, tray.get("new").getAsInt());
        JsonArray open = tray.getAsJsonArray("open");
        assertEquals(3, open.size());
        JsonObject clip = open.asList().stream().map(e -> e.getAsJsonObject())
                .filter(e -> e.get("id").getAsString().equals(clipId)).findFirst().orElseThrow();
        assertEquals("clip", clip.get("kind").getAsString());
        assertEquals(ids.get(0), clip.get("itemId").getAsString());

        assertEquals(0, dossier("inbox", "Tone"), last.err());
        assertTrue(last.out().startsWith("Tone: 3 open, 0 new, 0 done\n"), "looking marked them seen: " + last.out());
        assertEquals(0, dossier("inbox", "done", "Tone", ids.get(1), clipId), last.err());
        assertEquals("2 done in Tone\n", last.out());
        assertEquals(0, dossier("inbox", "Tone", "--peek"), last.err());
        assertEquals("Tone: 1 open, 0 new, 2 done", last.out().lines().findFirst().orElseThrow());
        assertTrue(last.out().lines().skip(1).findFirst().orElseThrow().startsWith("  " + ids.get(0) + "  item  "),
                last.out());
        assertEquals(0, dossier("inbox", "done", "Tone", "--undo", clipId), last.err());
        assertEquals("1 back in Tone\n", last.out());

        assertEquals(0, dossier("tags", "rename", "Tone/Negative", "Critical"), last.err());
        assertEquals(0, dossier("tags", "colour", "Tone/Critical", "none"), last.err());
        assertEquals(0, dossier("tags", "move", "Tone/Critical", "--top", "Tags"), last.err());
        assertEquals(0, dossier("tags", "list"), last.err());
        assertTrue(last.out().contains("\n  Critical  2 (2 open, 2 new)  " + negativeId + "\n"), last.out());
        assertEquals(0, dossier("tags", "untag", "Critical", clipId), last.err());
        assertEquals("untagged 1 from Critical\n", last.out());
        assertEquals(0, dossier("tags", "delete", "Critical"), last.err());
        assertEquals("deleted Critical (it was on 1 items and clips)\n", last.out());
        assertEquals(1, dossier("inbox", "Critical"));
        assertEquals("dossier inbox: there is no tag Critical ('dossier tags list' shows them)\n", last.err());
        assertEquals(2, dossier("tags", "move", "Tone"));
    }
}
