package dossier.workspace.tests;

import static dossier.workspace.tests.Fixtures.CASE;
import static dossier.workspace.tests.Fixtures.ok;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import org.apache.lucene.util.Version;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

import dossier.casefile.ResearchWorkspace;
import dossier.model.casefile.Source;

/** dossier workspace export and import: a trainer's workspace arrives whole, its index rebuilt when needed. */
class WorkspaceArchiveTest {

    @TempDir
    Path temp;

    @Test
    void exportThenImportGivesTheSameCaseFilesClipsItemsSearchesAndSources() throws Exception {
        Path trainer = temp.resolve("trainer");
        List<String> ids = Fixtures.trainerWorkspace(trainer, temp);
        Path archive = temp.resolve("class.dossier");

        String exported = ok(trainer, "workspace", "export", archive.toString()).out();
        assertTrue(exported.startsWith("exported 1 case files, " + ids.size() + " items"), exported);

        Path student = temp.resolve("student");
        String imported = ok(trainer, "workspace", "import", archive.toString(), "--into", student.toString()).out();
        assertTrue(imported.startsWith("imported 1 case files and " + ids.size() + " items into " + student), imported);
        assertTrue(imported.contains("index rebuilt (there is no search index yet)"), imported);

        assertEquals(ok(trainer, "case", "show", CASE, "--json").out(), ok(student, "case", "show", CASE, "--json").out());
        assertEquals(ok(trainer, "case", "list", "--json").out(), ok(student, "case", "list", "--json").out());
        List<String> socialSharing = hitIds(ok(trainer, "search", "social sharing", "--json").out());
        assertFalse(socialSharing.isEmpty());
        assertEquals(socialSharing, hitIds(ok(student, "search", "social sharing", "--json").out()));
        assertEquals(hitIds(ok(trainer, "search", "tag:Source/Blog", "--json").out()),
                hitIds(ok(student, "search", "tag:Source/Blog", "--json").out()));
        assertEquals(ids.size(), hitIds(ok(student, "search", "tag:Source/Blog", "--json").out()).size());
        JsonObject saved = JsonParser.parseString(ok(student, "search", "--saved", "Sharing", "--json").out())
                .getAsJsonObject();
        assertTrue(saved.get("total").getAsInt() >= 2, saved.toString());
        for (String id : ids) {
            assertEquals(ok(trainer, "show", id, "--format", "html").out(), ok(student, "show", id, "--format", "html")
                    .out(), "original bytes of " + id);
        }
        try (ResearchWorkspace workspace = ResearchWorkspace.open(student)) {
            Source source = workspace.source("Marketing blog").orElseThrow();
            assertEquals("feed", source.getConnectorId());
            assertEquals("https://blog.example/feed.xml", source.getParameters().get("url"));
            assertEquals("PT6H", source.getSchedule());
        }
    }

    @Test
    void theManifestListsEveryEntryWithItsSizeAndSha256() throws Exception {
        Path trainer = temp.resolve("trainer");
        Fixtures.trainerWorkspace(trainer, temp);
        Path archive = temp.resolve("class.dossier");
        ok(trainer, "workspace", "export", archive.toString(), "--with-index", "--template");

        try (ZipFile zip = new ZipFile(archive.toFile())) {
            JsonObject manifest = JsonParser.parseString(read(zip, zip.getEntry("manifest.json"))).getAsJsonObject();
            assertEquals(1, manifest.get("format").getAsInt());
            assertEquals(Version.LATEST.toString(), manifest.get("luceneVersion").getAsString());
            assertTrue(manifest.get("template").getAsBoolean());
            assertFalse(manifest.get("indexVersion").isJsonNull());
            JsonArray entries = manifest.getAsJsonArray("entries");
            assertEquals(zip.size() - 1, entries.size());
            Map<String, JsonObject> byName = new LinkedHashMap<>();
            for (JsonElement element : entries) {
                byName.put(element.getAsJsonObject().get("name").getAsString(), element.getAsJsonObject());
            }
            for (ZipEntry entry : zip.stream().filter(e -> !e.getName().equals("manifest.json")).toList()) {
                JsonObject listed = byName.get(entry.getName());
                byte[] bytes = zip.getInputStream(entry).readAllBytes();
                assertEquals(bytes.length, listed.get("size").getAsLong(), entry.getName());
                assertEquals(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes)),
                        listed.get("sha256").getAsString(), entry.getName());
            }
            assertTrue(byName.containsKey("model/workspace.xmi"), byName.keySet().toString());
            assertTrue(byName.keySet().stream().anyMatch(n -> n.matches("model/casefiles/[\\w-]+\\.xmi")));
            assertTrue(byName.keySet().stream().anyMatch(n -> n.matches("store/items-\\d+\\.seg")));
            assertTrue(byName.keySet().stream().anyMatch(n -> n.matches("store/pack-\\d+\\.pack")));
            assertTrue(byName.keySet().stream().anyMatch(n -> n.matches("index/segments_\\w+")));
            assertFalse(byName.keySet().stream().anyMatch(n -> n.endsWith(".lock")), byName.keySet().toString());
        }
        try (Stream<Path> left = Files.list(trainer)) {
            assertEquals(List.of(), left.filter(f -> f.getFileName().toString().startsWith(".export-index-")).toList(),
                    "the index's staging folder is removed");
        }
    }

    @Test
    void anIncludedIndexOfThisLuceneIsKeptAndOneOfAnotherLuceneIsRebuilt() throws Exception {
        Path trainer = temp.resolve("trainer");
        List<String> ids = Fixtures.trainerWorkspace(trainer, temp);
        Path archive = temp.resolve("class.dossier");
        ok(trainer, "workspace", "export", archive.toString(), "--with-index");

        Path same = temp.resolve("same-lucene");
        String imported = ok(trainer, "workspace", "import", archive.toString(), "--into", same.toString()).out();
        assertTrue(imported.contains("; index imported"), imported);
        assertEquals(ids.size(), JsonParser.parseString(ok(same, "index", "status", "--json").out()).getAsJsonObject()
                .get("documents").getAsInt());

        Map<String, byte[]> entries = entries(archive);
        String manifest = new String(entries.get("manifest.json"), StandardCharsets.UTF_8);
        entries.put("manifest.json", manifest.replace("\"luceneVersion\": \"" + Version.LATEST + "\"",
                "\"luceneVersion\": \"8.11.2\"").getBytes(StandardCharsets.UTF_8));
        Path older = temp.resolve("older.dossier");
        Fixtures.zip(older, entries);
        Path other = temp.resolve("other-lucene");
        imported = ok(trainer, "workspace", "import", older.toString(), "--into", other.toString()).out();
        assertTrue(imported.contains("index rebuilt (there is no search index yet)"), imported);
        assertEquals(hitIds(ok(same, "search", "social sharing", "--json").out()),
                hitIds(ok(other, "search", "social sharing", "--json").out()));
    }

    @Test
    void aTemplateStartsANewWorkspaceAndAPlainArchiveIsNoTemplate() throws Exception {
        Path trainer = temp.resolve("trainer");
        Fixtures.trainerWorkspace(trainer, temp);
        Path template = temp.resolve("template.dossier");
        Path plain = temp.resolve("plain.dossier");
        ok(trainer, "workspace", "export", template.toString(), "--template");
        ok(trainer, "workspace", "export", plain.toString());

        Path fromTemplate = temp.resolve("from-template");
        ok(trainer, "workspace", "new", fromTemplate.toString(), "--from-template", template.toString());
        assertEquals(ok(trainer, "case", "show", CASE, "--json").out(),
                ok(fromTemplate, "case", "show", CASE, "--json").out());
        ok(fromTemplate, "clip", Fixtures.trainerItem(fromTemplate), "--quote", "brings them back", "--case", CASE);

        Path fromPlain = temp.resolve("from-plain");
        var refused = Fixtures.dossier(trainer, "workspace", "new", fromPlain.toString(), "--from-template",
                plain.toString());
        assertEquals(1, refused.exit());
        assertEquals("dossier workspace new: plain.dossier is not marked as a template; import it with 'dossier"
                + " workspace import'\n", refused.err());
        assertFalse(Files.exists(fromPlain));
    }

    @Test
    void theArchiveBenchmarkRunsOnAFewMentions() throws Exception {
        JsonObject result = JsonParser.parseString(ok(temp, "bench", "archive", "--mentions", "50", "--json").out())
                .getAsJsonObject();
        assertEquals(50, result.get("mentions").getAsInt());
        assertTrue(result.get("archiveWithIndexBytes").getAsLong() > result.get("archiveBytes").getAsLong(),
                result.toString());
        assertTrue(result.get("storeBytes").getAsLong() > 50 * 600, result.toString());
    }

    /** The ids of the hits, sorted: equal scores may come in either order from indexes built differently. */
    static List<String> hitIds(String json) {
        List<String> ids = new ArrayList<>();
        for (JsonElement hit : JsonParser.parseString(json).getAsJsonObject().getAsJsonArray("hits")) {
            ids.add(hit.getAsJsonObject().get("id").getAsString());
        }
        ids.sort(null);
        return ids;
    }

    static Map<String, byte[]> entries(Path archive) throws IOException {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        try (ZipFile zip = new ZipFile(archive.toFile())) {
            for (ZipEntry entry : zip.stream().toList()) {
                try (InputStream in = zip.getInputStream(entry)) {
                    entries.put(entry.getName(), in.readAllBytes());
                }
            }
        }
        return entries;
    }

    private static String read(ZipFile zip, ZipEntry entry) throws IOException {
        try (InputStream in = zip.getInputStream(entry)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
