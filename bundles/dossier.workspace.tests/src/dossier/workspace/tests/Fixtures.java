package dossier.workspace.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import com.google.gson.JsonParser;

import dossier.casefile.ResearchWorkspace;
import dossier.cli.internal.CommandRunner;
import dossier.cli.internal.CommandRunner.Captured;
import dossier.testing.SeedArticles;

/** Real workspaces for the tests: the shared seed articles, a clip, a saved search and a source. */
final class Fixtures {

    static final String CASE = "Social sharing";
    static final String NOTE_QUOTE = "Ask people to save a useful post";

    private Fixtures() {
    }

    static Captured dossier(Path workspace, String... args) throws IOException {
        return CommandRunner.runIn(workspace, args);
    }

    static Captured ok(Path workspace, String... args) throws IOException {
        Captured result = dossier(workspace, args);
        assertEquals(0, result.exit(), String.join(" ", args) + ": " + result.err());
        return result;
    }

    /** A trainer's workspace: the seed articles and a note filed in a case file, a clip, a saved search, a source. */
    static List<String> trainerWorkspace(Path workspace, Path scratch) throws IOException {
        Path notes = Files.createDirectories(scratch.resolve("notes")).resolve("playbook-notes.txt");
        Files.writeString(notes, "Notes on stickiness\nAsk people to save a useful post: it brings them back to the"
                + " account next week.\n", StandardCharsets.UTF_8);
        List<String> args = new ArrayList<>(List.of("import"));
        SeedArticles.files().forEach(f -> args.add(f.toString()));
        args.addAll(List.of(notes.toString(), "--case", CASE, "--tag", "Source/Blog"));
        List<String> ids = ok(workspace, args.toArray(String[]::new)).out().lines()
                .map(l -> l.substring(0, l.indexOf(' '))).toList();
        ok(workspace, "clip", ids.get(ids.size() - 1), "--quote", NOTE_QUOTE, "--case", CASE, "--tag",
                "Stages/Stickiness", "--note", "the smart bucket at work");
        ok(workspace, "search", "sharing", "--save", "Sharing");
        try (ResearchWorkspace open = ResearchWorkspace.open(workspace)) {
            open.addSource("feed", "Marketing blog", Map.of("url", "https://blog.example/feed.xml"), "PT6H");
            open.save();
        }
        return ids;
    }

    /** The id of the trainer's own note item (the one the fixture clips). */
    static String trainerItem(Path workspace) throws IOException {
        return JsonParser.parseString(ok(workspace, "search", "\"useful post\"", "--json").out())
                .getAsJsonObject().getAsJsonArray("hits").get(0).getAsJsonObject().get("id").getAsString();
    }

    /** Every file under a folder with its bytes, to show that a folder was left untouched. */
    static Map<String, String> snapshot(Path folder) throws IOException {
        Map<String, String> files = new TreeMap<>();
        if (!Files.exists(folder)) {
            return files;
        }
        try (Stream<Path> walk = Files.walk(folder)) {
            for (Path file : walk.toList()) {
                String content = Files.isRegularFile(file) ? new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1)
                        : "<dir>";
                files.put(folder.relativize(file).toString(), content);
            }
        }
        return files;
    }

    /** Writes a zip of these entries (name to bytes), in order. */
    static void zip(Path file, Map<String, byte[]> entries) throws IOException {
        try (OutputStream out = Files.newOutputStream(file); ZipOutputStream zip = new ZipOutputStream(out)) {
            for (Map.Entry<String, byte[]> entry : entries.entrySet()) {
                zip.putNextEntry(new ZipEntry(entry.getKey()));
                zip.write(entry.getValue());
                zip.closeEntry();
            }
        }
    }
}
