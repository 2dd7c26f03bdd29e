package dossier.report.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

import dossier.cli.internal.CommandRunner;

/** W3C Web Annotation export and import: the round trip, a Hypothesis export, and what cannot be matched. */
class WebAnnotationTest {

    private static final String BRAND_VOICE = "https://www.example-marketing.blog/2024/05/brand-voice";

    @TempDir
    Path workspace;

    @TempDir
    Path fresh;

    @TempDir
    Path out;

    @Test
    void theExportIsAnAnnotationCollectionWithSelectorsMotivationsCreatorsAndTimes() throws Exception {
        CaseFileFixture fixture = CaseFileFixture.caseFile(workspace);
        Path file = out.resolve("case.jsonld");
        fixture.run("export", "--case", CaseFileFixture.CASE, "--format", "w3c", "--out", file.toString());
        JsonObject collection = JsonParser.parseString(Files.readString(file)).getAsJsonObject();
        assertEquals("http://www.w3.org/ns/anno.jsonld", collection.get("@context").getAsString());
        assertEquals("AnnotationCollection", collection.get("type").getAsString());
        assertEquals(CaseFileFixture.CASE, collection.get("label").getAsString());
        JsonArray items = collection.getAsJsonObject("first").getAsJsonArray("items");
        int expected = CaseFileFixture.CLIPS.size() + fixture.itemIds.size() + 2;
        assertEquals(expected, items.size());
        assertEquals(expected, collection.get("total").getAsInt());
        Set<String> motivations = new HashSet<>();
        int clips = 0;
        for (JsonElement element : items) {
            JsonObject annotation = element.getAsJsonObject();
            assertEquals("Annotation", annotation.get("type").getAsString());
            assertEquals("Person", annotation.getAsJsonObject("creator").get("type").getAsString());
            assertTrue(annotation.get("created").getAsString().matches("\\d{4}-\\d\\d-\\d\\dT.*Z"));
            motivations.add(annotation.get("motivation").getAsString());
            if (annotation.get("id").getAsString().startsWith("urn:dossier:clip:")) {
                clips++;
                JsonObject target = annotation.getAsJsonObject("target");
                assertTrue(target.get("source").getAsString().startsWith("file:/"));
                JsonArray selectors = target.getAsJsonArray("selector");
                assertEquals("TextQuoteSelector", selectors.get(0).getAsJsonObject().get("type").getAsString());
                assertEquals("TextPositionSelector", selectors.get(1).getAsJsonObject().get("type").getAsString());
                String id = annotation.get("id").getAsString().substring("urn:dossier:clip:".length());
                String quote = CaseFileFixture.CLIPS.get(fixture.clipIds.indexOf(id)).quote();
                assertEquals(quote, selectors.get(0).getAsJsonObject().get("exact").getAsString());
                JsonObject position = selectors.get(1).getAsJsonObject();
                assertEquals(quote.length(), position.get("end").getAsInt() - position.get("start").getAsInt());
            }
        }
        assertEquals(CaseFileFixture.CLIPS.size(), clips);
        assertTrue(motivations.containsAll(List.of("highlighting", "commenting", "tagging", "linking")),
                motivations.toString());
    }

    @Test
    void importingTheExportIntoAFreshWorkspaceWithTheSameItemsGivesBackTheSameCaseFile() throws Exception {
        CaseFileFixture original = CaseFileFixture.caseFile(workspace);
        Path file = out.resolve("case.jsonld");
        original.run("export", "--case", CaseFileFixture.CASE, "--format", "w3c", "--out", file.toString());

        CaseFileFixture copy = CaseFileFixture.items(fresh);
        assertEquals(original.itemIds, copy.itemIds, "the same files are the same items");
        JsonObject result = JsonParser.parseString(copy.run("import-annotations", file.toString(), "--json"))
                .getAsJsonObject();
        assertEquals(CaseFileFixture.CASE, result.get("caseFile").getAsString());
        assertEquals(0, result.getAsJsonArray("unmatched").size(), result.toString());
        Map<String, Integer> kinds = new HashMap<>();
        result.getAsJsonArray("imported").forEach(i -> kinds.merge(i.getAsJsonObject().get("kind").getAsString(), 1,
                Integer::sum));
        assertEquals(Map.of("clip", CaseFileFixture.CLIPS.size(), "item", 1, "link", 2), kinds,
                "items are filed with their clips; the tagged item gets its tag from its own annotation");
        assertEquals(result.get("annotations").getAsInt(), result.getAsJsonArray("imported").size()
                + result.get("alreadyThere").getAsInt());

        assertEquals(summary(original), summary(copy));
        Path reexported = out.resolve("again.jsonld");
        copy.run("export", "--case", CaseFileFixture.CASE, "--format", "w3c", "--out", reexported.toString());
        assertEquals(annotations(file), annotations(reexported), "export, import, export gives the same annotations");

        JsonObject again = JsonParser.parseString(copy.run("import-annotations", file.toString(), "--json"))
                .getAsJsonObject();
        assertEquals(0, again.getAsJsonArray("imported").size(), "importing twice adds nothing: " + again);
        assertEquals(CaseFileFixture.CLIPS.size() + copy.itemIds.size() + 2, again.get("alreadyThere").getAsInt());
        assertEquals(summary(original), summary(copy));
    }

    /**
     * The annotations of an exported collection as text, without what differs between two workspaces: the times,
     * and the ids of clips and links (a clip is named by its quote).
     */
    private static Set<String> annotations(Path collection) throws Exception {
        JsonArray items = JsonParser.parseString(Files.readString(collection)).getAsJsonObject()
                .getAsJsonObject("first").getAsJsonArray("items");
        Map<String, String> quotes = new HashMap<>();
        for (JsonElement element : items) {
            JsonObject annotation = element.getAsJsonObject();
            if (annotation.get("id").getAsString().startsWith("urn:dossier:clip:")) {
                quotes.put(annotation.get("id").getAsString(), "clip \u201c" + annotation.getAsJsonObject("target")
                        .getAsJsonArray("selector").get(0).getAsJsonObject().get("exact").getAsString() + "\u201d");
            }
        }
        Set<String> texts = new TreeSet<>();
        for (JsonElement element : items) {
            String text = element.toString().replaceAll("\"(created|generated)\":\"[^\"]*\",?", "")
                    .replaceAll("urn:dossier:link:[A-Za-z0-9_-]+", "urn:dossier:link");
            for (Map.Entry<String, String> quote : quotes.entrySet()) {
                text = text.replace(quote.getKey(), quote.getValue());
            }
            texts.add(text);
        }
        assertEquals(items.size(), texts.size());
        return texts;
    }

    /** The case file with ids replaced by what they name, so two workspaces compare. */
    private static Map<String, Object> summary(CaseFileFixture fixture) throws Exception {
        JsonObject caseFile = JsonParser.parseString(fixture.run("case", "show", CaseFileFixture.CASE, "--json"))
                .getAsJsonObject();
        Map<String, String> quotes = new HashMap<>();
        Set<String> clips = new TreeSet<>();
        for (JsonElement element : caseFile.getAsJsonArray("clipList")) {
            JsonObject clip = element.getAsJsonObject();
            quotes.put(clip.get("id").getAsString(), clip.get("exact").getAsString());
            clips.add(String.join("|", clip.get("itemId").getAsString(), clip.get("exact").getAsString(),
                    clip.get("prefix").getAsString(), clip.get("suffix").getAsString(), clip.get("start").getAsString(),
                    clip.get("end").getAsString(), clip.get("state").getAsString(),
                    new TreeSet<>(strings(clip.getAsJsonArray("tags"))).toString()));
        }
        Set<String> notes = new TreeSet<>();
        for (JsonElement element : caseFile.getAsJsonArray("notes")) {
            JsonObject note = element.getAsJsonObject();
            String target = note.get("targetId").getAsString();
            notes.add(quotes.getOrDefault(target, target) + "|" + note.get("text").getAsString());
        }
        Set<String> items = new TreeSet<>();
        for (JsonElement element : caseFile.getAsJsonArray("itemList")) {
            JsonObject item = element.getAsJsonObject();
            items.add(item.get("id").getAsString() + "|" + strings(item.getAsJsonArray("tags")));
        }
        Set<String> links = new TreeSet<>();
        for (JsonElement element : caseFile.getAsJsonArray("crossReferences")) {
            JsonObject link = element.getAsJsonObject();
            links.add(quotes.get(link.get("from").getAsString()) + " --" + link.get("type").getAsString() + "--> "
                    + quotes.get(link.get("to").getAsString()));
        }
        assertEquals(CaseFileFixture.CLIPS.size(), clips.size());
        assertEquals(3, notes.size());
        assertEquals(2, links.size());
        return Map.of("clips", clips, "notes", notes, "items", items, "links", links);
    }

    private static List<String> strings(JsonArray array) {
        List<String> list = new ArrayList<>();
        array.forEach(e -> list.add(e.getAsString()));
        return list;
    }

    @Test
    void aHypothesisExportAnchorsOnTheMatchingItemAndListsWhatItCannotMatch() throws Exception {
        CaseFileFixture fixture = CaseFileFixture.empty(workspace);
        String itemId = fixture.run("import", fixture("brand-voice.html").toString()).split(" ")[0];
        JsonObject item = HtmlReportTest.item(fixture, itemId);
        assertEquals(BRAND_VOICE, item.get("canonicalUrl").getAsString(), "the page's canonical URL identifies it");
        String text = item.get("text").getAsString();

        CommandRunner.Captured printed = fixture.dossier("import-annotations", fixture("hypothesis-export.json")
                .toString(), "--case", "Brand voice");
        assertEquals(0, printed.exit(), printed.err());
        assertTrue(printed.out().startsWith("6 annotations: 4 imported into 'Brand voice', 0 already there,"
                + " 2 unmatched\n"), printed.out());
        assertTrue(printed.out().contains("Unmatched:\n  kP4vWB6hEe-7qQ2cS3tU4B  \u201cthe agency will cut a fifth of"
                + " its creative staff\u201d: no item has the URL"
                + " https://news.example.org/2024/05/22/agency-layoffs\n"),
                printed.out());
        assertTrue(printed.out().contains("  mR6xYB6hEe-9sS4eU5vW6C  \u201cInfluencer budgets doubled while organic"
                + " reach kept falling\u201d: not found in item " + itemId), printed.out());

        JsonObject caseFile = JsonParser.parseString(fixture.run("case", "show", "Brand voice", "--json"))
                .getAsJsonObject();
        JsonArray clips = caseFile.getAsJsonArray("clipList");
        assertEquals(2, clips.size());
        JsonObject promise = clips.get(0).getAsJsonObject();
        String exact = "A brand voice is a promise you keep in every channel.";
        assertEquals(exact, promise.get("exact").getAsString());
        assertEquals(text.indexOf(exact), promise.get("start").getAsInt(),
                "anchored by quote and context, not by Hypothesis's DOM offsets");
        assertEquals("anchored", promise.get("state").getAsString());
        assertEquals(List.of("brand voice", "pitch"), strings(promise.getAsJsonArray("tags")));
        JsonObject consistency = clips.get(1).getAsJsonObject();
        assertEquals("Consistency beats cleverness", consistency.get("exact").getAsString());
        assertEquals(text.indexOf("Consistency beats cleverness"), consistency.get("start").getAsInt());
        assertEquals(List.of("consistency"), strings(consistency.getAsJsonArray("tags")));

        Map<String, List<String>> notes = new HashMap<>();
        for (JsonElement element : caseFile.getAsJsonArray("notes")) {
            JsonObject note = element.getAsJsonObject();
            notes.computeIfAbsent(note.get("targetId").getAsString(), k -> new ArrayList<>())
                    .add(note.get("text").getAsString());
        }
        assertEquals(List.of("Use this line in the **pitch deck**: consistency across channels, <em>not</em> a new"
                + " logo.", "Agreed, and cite the social listening research next to it."),
                notes.get(promise.get("id").getAsString()), "the reply is a note on the clip it answers");
        assertEquals(List.of("Good primer for the onboarding deck."), notes.get(itemId), "a page note");
        assertEquals(List.of("onboarding"), strings(caseFile.getAsJsonArray("itemList").get(0).getAsJsonObject()
                .getAsJsonArray("tags")));
    }

    @Test
    void aFileThatIsNotJsonOrHoldsNoAnnotationsGetsOneClearLine() throws Exception {
        CaseFileFixture fixture = CaseFileFixture.empty(workspace);
        Path notJson = Files.writeString(out.resolve("notes.json"), "this is { not json");
        CommandRunner.Captured result = fixture.dossier("import-annotations", notJson.toString());
        assertEquals(1, result.exit());
        assertEquals("dossier import-annotations: " + notJson + ": not JSON: malformed at line 1 column 7\n",
                result.err());
        assertEquals(1, result.err().lines().count());
        Path other = Files.writeString(out.resolve("other.json"), "{\"name\": \"not annotations\"}");
        result = fixture.dossier("import-annotations", other.toString());
        assertEquals(1, result.exit());
        assertTrue(result.err().contains("no annotations found"), result.err());
        result = fixture.dossier("import-annotations", out.resolve("missing.json").toString());
        assertEquals("dossier import-annotations: no file " + out.resolve("missing.json") + "\n", result.err());
    }

    /** A committed fixture of this fragment (fixtures/). */
    private static Path fixture(String name) {
        Path file = Path.of(System.getProperty("dossier.repository"), "bundles", "dossier.report.tests", "fixtures",
                name);
        assertTrue(Files.isRegularFile(file), "fixture " + file + " is missing");
        return file;
    }
}
