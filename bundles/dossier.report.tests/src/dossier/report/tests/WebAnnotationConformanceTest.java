package dossier.report.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

import dossier.cli.internal.CommandRunner;
import dossier.testing.SharedData;

/**
 * The W3C Web Annotation Working Group's own test suite (../shared/conformance/w3c-web-annotation):
 * every export passes every MUST assertion of its check.py, run with Debian's python3; every
 * correct sample imports or is listed with its reason; every incorrect one is refused in one line.
 */
class WebAnnotationConformanceTest {

    private static final Path SUITE = SharedData.conformance("w3c-web-annotation");
    private static final Path PYTHON = Path.of("/usr/bin/python3");
    private static final Pattern SUMMARY = Pattern.compile("(\\d+) annotations, (\\d+) failures\\s*$");

    /** The pages the suite's samples annotate as text, so that the samples have items to land on. */
    private static final List<String> TEXT_PAGES = List.of("http://example.com/page1", "http://example.org/website1",
            "http://example.com/restaurant1", "http://example.com/textbook1", "http://example.com/product1",
            "http://example.org/target1", "http://example.org/ebook1", "http://example.org/page1",
            "http://example.org/resource1", "http://example.org/document1", "http://example.com/document1");

    @TempDir
    Path workspace;

    @TempDir
    Path out;

    @Test
    void everyExportOfACaseFileAClipAndTheWorkspacePassesEveryMustAssertion() throws Exception {
        CaseFileFixture fixture = CaseFileFixture.caseFile(workspace);
        fixture.run("import", fixture.files.get(0).toString(), "--case", "Second look");
        Path caseFile = out.resolve("case.jsonld");
        fixture.run("export", "--case", CaseFileFixture.CASE, "--format", "w3c", "--out", caseFile.toString());
        Path all = out.resolve("workspace.jsonld");
        fixture.run("export", "--all", "--format", "w3c", "--out", all.toString());
        List<String> files = new ArrayList<>(List.of(caseFile.toString(), all.toString()));
        for (String clipId : fixture.clipIds) {
            Path clip = out.resolve(clipId + ".jsonld");
            fixture.run("export", "--clip", clipId, "--format", "w3c", "--out", clip.toString());
            files.add(clip.toString());
        }

        Checked checked = check(files);
        assertEquals(0, checked.exit(), checked.output());
        int perCaseFile = CaseFileFixture.CLIPS.size() + fixture.itemIds.size() + 2;
        assertEquals(2 * perCaseFile + CaseFileFixture.CLIPS.size(), checked.annotations(),
                "the case file, the workspace (each item once, though filed twice) and each clip: "
                        + checked.output());
        assertEquals(0, checked.failures(), checked.output());
        JsonObject link = annotations(caseFile).stream().filter(a -> "linking".equals(a.get("motivation")
                .getAsString())).findFirst().orElseThrow();
        JsonObject linked = link.getAsJsonArray("body").get(0).getAsJsonObject();
        assertEquals("SpecificResource", linked.get("type").getAsString(), "a purpose needs a SpecificResource");
        assertTrue(linked.get("source").getAsString().startsWith("urn:dossier:clip:"), linked.toString());
        System.out.println("W3C Web Annotation MUSTs: " + checked.annotations() + " annotations x "
                + mustCount("annotations/annotationMusts.test") + " assertions + 2 collections x "
                + mustCount("collections/collectionMusts.test") + " assertions, " + checked.failures()
                + " failures");
    }

    @Test
    void theSuiteCatchesAnExternalWebResourceBodyWithAPurpose() throws Exception {
        Path old = Files.writeString(out.resolve("old-link.jsonld"), """
                {"@context": "http://www.w3.org/ns/anno.jsonld", "id": "urn:dossier:link:1", "type": "Annotation",
                 "motivation": "linking", "target": "urn:dossier:clip:a",
                 "body": [{"id": "urn:dossier:clip:b", "purpose": "linking"}]}
                """);
        Checked checked = check(List.of(old.toString()));
        assertEquals(1, checked.exit(), checked.output());
        assertTrue(checked.output().contains("3.3.5-bodyEWRNoPurpose"), checked.output());
    }

    @Test
    void everyCorrectSampleIsImportedOrListedWithItsReason() throws Exception {
        CaseFileFixture fixture = CaseFileFixture.empty(workspace);
        List<String> pages = new ArrayList<>(List.of("import"));
        for (int i = 0; i < TEXT_PAGES.size(); i++) {
            pages.add(Files.writeString(out.resolve("page" + i + ".html"), page(TEXT_PAGES.get(i))).toString());
        }
        fixture.run(pages.toArray(String[]::new));

        Map<String, JsonObject> results = new HashMap<>();
        int annotations = 0;
        int imported = 0;
        int alreadyThere = 0;
        int unmatched = 0;
        int notApplicable = 0;
        for (Path sample : samples("correct")) {
            CommandRunner.Captured run = fixture.dossier("import-annotations", sample.toString(), "--case",
                    "Samples", "--json");
            assertEquals(0, run.exit(), sample + ": " + run.err());
            JsonObject result = JsonParser.parseString(run.out()).getAsJsonObject();
            results.put(sample.getFileName().toString(), result);
            int listed = result.getAsJsonArray("imported").size() + result.get("alreadyThere").getAsInt()
                    + result.getAsJsonArray("unmatched").size() + result.getAsJsonArray("notApplicable").size();
            assertTrue(listed >= Math.max(1, result.get("annotations").getAsInt()),
                    sample + ": every annotation is imported, already there or listed: " + result);
            for (String list : new String[] { "unmatched", "notApplicable" }) {
                result.getAsJsonArray(list).forEach(u -> assertFalse(u.getAsJsonObject().get("reason").getAsString()
                        .isBlank(), sample + ": " + u));
            }
            annotations += result.get("annotations").getAsInt();
            imported += result.getAsJsonArray("imported").size();
            alreadyThere += result.get("alreadyThere").getAsInt();
            unmatched += result.getAsJsonArray("unmatched").size();
            notApplicable += result.getAsJsonArray("notApplicable").size();
        }
        System.out.println("W3C samples/correct: " + results.size() + " files, " + annotations + " annotations: "
                + imported + " imported, " + alreadyThere + " already there, " + notApplicable + " not applicable, "
                + unmatched + " unmatched (no item with the target's URL)");
        for (JsonObject result : results.values()) {
            result.getAsJsonArray("unmatched").forEach(u -> assertTrue(u.getAsJsonObject().get("reason")
                    .getAsString().startsWith("no item has the URL"), u.toString()));
        }

        assertClip(results.get("anno26.json"), "exact");
        assertClip(results.get("anno27.json"), "position");
        assertClip(results.get("anno32.json"), "exact");
        assertClip(results.get("anno41-example44.json"), "position");
        assertNotApplicable(results.get("anno4.json"), "the target is an image; Dossier annotates text");
        assertNotApplicable(results.get("anno11.json"), "the target is a Composite of 3 resources");
        assertNotApplicable(results.get("anno9.json"), "2 targets");
        assertNotApplicable(results.get("anno24.json"), "it selects by CssSelector");
        assertNotApplicable(results.get("anno2.json"), "the target is application/pdf");
        assertNotApplicable(results.get("example41.json"), "the collection's annotations are on pages elsewhere");

        JsonObject samples = JsonParser.parseString(fixture.run("case", "show", "Samples", "--json"))
                .getAsJsonObject();
        JsonObject love = null;
        for (JsonElement clip : samples.getAsJsonArray("clipList")) {
            if (clip.getAsJsonObject().get("start").getAsInt() == 6) {
                love = clip.getAsJsonObject();
            }
        }
        assertTrue(love != null, "anno41's TextPositionSelector 6-27, refining a FragmentSelector, is a clip");
        assertEquals(27, love.get("end").getAsInt());
        assertEquals("[\"love\"]", love.getAsJsonArray("tags").toString(), "its tagging body is its tag");
        String notes = samples.getAsJsonArray("notes").toString();
        assertTrue(notes.contains("I really love this particular bit of text"), "a Choice body is its first item");
        assertTrue(notes.contains("http://example.org/post1"), "an External Web Resource body is noted by its IRI");
    }

    @Test
    void everyIncorrectSampleIsRefusedInOneLineAndNothingIsFiled() throws Exception {
        CaseFileFixture fixture = CaseFileFixture.empty(workspace);
        fixture.run("import", Files.writeString(out.resolve("page.html"), page("http://example.com/page1"))
                .toString());
        List<Path> incorrect = samples("incorrect");
        for (Path sample : incorrect) {
            CommandRunner.Captured run = fixture.dossier("import-annotations", sample.toString(), "--case",
                    "Refused");
            assertEquals(1, run.exit(), sample + " is refused: " + run.out());
            assertEquals(1, run.err().lines().count(), sample + ": one line: " + run.err());
            assertTrue(run.err().startsWith("dossier import-annotations: " + sample + ": "), run.err());
            assertFalse(run.err().contains("Exception") || run.err().contains("\tat "), run.err());
            assertEquals("", run.out(), sample.toString());
        }
        System.out.println("W3C samples/incorrect: " + incorrect.size() + " files, " + incorrect.size()
                + " refused");
        CommandRunner.Captured cases = fixture.dossier("case", "show", "Refused");
        assertEquals(1, cases.exit(), "no case file was made for what was refused: " + cases.out());
        String anno6 = fixture.dossier("import-annotations", SUITE.resolve("samples/incorrect/anno6.json")
                .toString()).err();
        assertTrue(anno6.endsWith(": not a valid W3C Web Annotation: annotation not a uri: its id is not one IRI"
                + " (model 3.1); nothing was imported\n"), anno6);
    }

    private static void assertClip(JsonObject result, String anchoring) {
        JsonArray imported = result.getAsJsonArray("imported");
        assertEquals(1, imported.size(), result.toString());
        assertEquals("clip", imported.get(0).getAsJsonObject().get("kind").getAsString(), result.toString());
        assertTrue(imported.get(0).getAsJsonObject().get("anchoring").getAsString().startsWith(anchoring),
                result.toString());
    }

    private static void assertNotApplicable(JsonObject result, String reason) {
        JsonArray listed = result.getAsJsonArray("notApplicable");
        assertTrue(!listed.isEmpty() && listed.get(0).getAsJsonObject().get("reason").getAsString().startsWith(reason),
                result.toString());
        assertEquals(0, result.getAsJsonArray("imported").size(), result.toString());
    }

    /** An article whose canonical URL is {@code url}, with the text the suite's selectors select. */
    private static String page(String url) {
        String filler = " Strategists annotate what people share, and this paragraph only gives the selectors of"
                + " the suite room to point at: positions, quotes and the words around them.";
        return "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Page " + url
                + "</title><link rel=\"canonical\" href=\"" + url + "\"></head><body><article><h1>Page " + url
                + "</h1><p>I love this particular bit of text. Then this is an anotation that has some words, and"
                + " text before the Selected Text and text after it." + filler + "</p><p>" + filler.repeat(4)
                + "</p><p>" + filler.repeat(4) + "</p></article></body></html>";
    }

    private static List<Path> samples(String kind) throws IOException {
        try (Stream<Path> files = Files.list(SUITE.resolve("samples").resolve(kind))) {
            return files.filter(f -> f.toString().endsWith(".json")).sorted().toList();
        }
    }

    private static List<JsonObject> annotations(Path collection) throws IOException {
        List<JsonObject> list = new ArrayList<>();
        JsonParser.parseString(Files.readString(collection)).getAsJsonObject().getAsJsonObject("first")
                .getAsJsonArray("items").forEach(a -> list.add(a.getAsJsonObject()));
        return list;
    }

    private static int mustCount(String test) throws IOException {
        return JsonParser.parseString(Files.readString(SUITE.resolve(test))).getAsJsonObject()
                .getAsJsonArray("assertions").size();
    }

    private record Checked(int exit, String output, int annotations, int failures) {
    }

    /** Runs the suite's check.py on {@code files} with Debian's python3 (releng/prerequisites.sh installs it). */
    private static Checked check(List<String> files) throws Exception {
        assertTrue(Files.isExecutable(PYTHON), PYTHON + " is missing: run ./run-tests, which installs python3 and"
                + " python3-jsonschema");
        List<String> command = new ArrayList<>(Arrays.asList(PYTHON.toString(), SUITE.resolve("check.py").toString(),
                SUITE.toString()));
        command.addAll(files);
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(60, TimeUnit.SECONDS), "check.py finished");
        Matcher summary = SUMMARY.matcher(output);
        assertTrue(summary.find(), "check.py printed its summary: " + output);
        return new Checked(process.exitValue(), output, Integer.parseInt(summary.group(1)),
                Integer.parseInt(summary.group(2)));
    }
}
