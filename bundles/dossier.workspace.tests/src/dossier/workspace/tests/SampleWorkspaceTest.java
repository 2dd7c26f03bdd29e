package dossier.workspace.tests;

import static dossier.workspace.tests.Fixtures.ok;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

import dossier.casefile.ResearchWorkspace;
import dossier.cli.internal.CommandRunner.Captured;
import dossier.model.Tags;
import dossier.model.casefile.Tag;
import dossier.model.casefile.TagScheme;
import dossier.workspace.SampleWorkspace;

/** "New workspace from sample": the social-sharing playbook codebook and its example case file. */
class SampleWorkspaceTest {

    private static final String CASE = "Example: a neighbourhood bakery's first month on social";

    @TempDir
    Path temp;

    @Test
    void theSampleOpensWithItsCodebookAndExampleCaseFile() throws Exception {
        Path sample = temp.resolve("sample");
        assertEquals("created the sample workspace in " + sample + ": open it with 'dossier -data " + sample + "'\n",
                ok(temp, "workspace", "new", sample.toString(), "--from-sample").out());

        try (ResearchWorkspace workspace = ResearchWorkspace.open(sample)) {
            assertEquals(List.of(), workspace.problems());
            TagScheme codebook = workspace.model().getTagSchemes().stream()
                    .filter(s -> s.getName().equals(SampleWorkspace.CODEBOOK_NAME)).findFirst().orElseThrow();
            assertEquals(List.of("Buckets of sharing", "Buckets of sharing/Shameless", "Buckets of sharing/Stupid",
                    "Buckets of sharing/Solicited", "Buckets of sharing/Smart", "Stages", "Stages/Audience growth",
                    "Stages/Reactivity", "Stages/Stickiness"), Tags.all(codebook).stream().map(Tag::getPath).toList());
            assertEquals(1, workspace.model().getTagSchemes().size(), "every clip's tag is one of the codebook");
            assertTrue(Tags.all(codebook).stream().allMatch(t -> t.getDescription() != null
                    && !t.getDescription().isBlank()));
        }

        JsonObject caseFile = JsonParser.parseString(ok(sample, "case", "show", CASE, "--json").out()).getAsJsonObject();
        assertEquals("Four posts of a small bakery, clipped and tagged with the social-sharing playbook.",
                caseFile.get("description").getAsString());
        assertEquals(4, caseFile.getAsJsonArray("itemList").size());
        JsonArray clips = caseFile.getAsJsonArray("clipList");
        assertEquals(5, clips.size());
        for (JsonElement clip : clips) {
            assertEquals("anchored", clip.getAsJsonObject().get("state").getAsString());
            assertEquals(2, clip.getAsJsonObject().getAsJsonArray("tags").size(), clip.toString());
        }
        assertEquals("We are bakers, not spellers.", clips.get(1).getAsJsonObject().get("exact").getAsString());
        assertEquals(List.of("Buckets of sharing/Stupid", "Stages/Audience growth"),
                clips.get(1).getAsJsonObject().getAsJsonArray("tags").asList().stream()
                        .map(JsonElement::getAsString).toList());
        assertEquals(3, caseFile.getAsJsonArray("notes").size());

        JsonObject search = JsonParser.parseString(ok(sample, "search", "sourdough", "--json").out()).getAsJsonObject();
        assertEquals(1, search.get("total").getAsInt());
        assertEquals("Fresh today: our rye sourdough", search.getAsJsonArray("hits").get(0).getAsJsonObject()
                .get("title").getAsString());
        assertEquals(4, JsonParser.parseString(ok(sample, "search", "@fernstreetbakery", "--json").out())
                .getAsJsonObject().get("total").getAsInt());
    }

    @Test
    void theSampleIsNotWrittenOverAnotherWorkspace() throws Exception {
        Path sample = temp.resolve("sample");
        ok(temp, "workspace", "new", sample.toString(), "--from-sample");
        String before = ok(sample, "case", "show", CASE, "--json").out();
        Captured again = Fixtures.dossier(temp, "workspace", "new", sample.toString(), "--from-sample");
        assertEquals(1, again.exit());
        assertEquals("dossier workspace new: " + sample + " already holds a workspace (it has model/); choose a new"
                + " folder\n", again.err());
        assertEquals(before, ok(sample, "case", "show", CASE, "--json").out());
        assertEquals(2, Fixtures.dossier(temp, "workspace", "new", sample.toString()).exit(), "--from-sample or"
                + " --from-template is required");
    }
}
