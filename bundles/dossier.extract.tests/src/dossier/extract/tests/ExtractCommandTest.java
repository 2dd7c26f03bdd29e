package dossier.extract.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.GZIPOutputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

import dossier.cli.CommandContext;
import dossier.extract.cli.internal.ExtractCommand;
import picocli.CommandLine;

/** {@code dossier extract}: files and folders, .html and .html.gz, JSON output, a broken page among good ones. */
class ExtractCommandTest {

    @TempDir
    Path folder;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int extract(String... args) throws Exception {
        ExtractCommand command = new ExtractCommand();
        new CommandLine(command).parseArgs(args);
        return command.run(new CommandContext("extract", new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), null));
    }

    private static String page(String title, String body) {
        return "<html lang=en><head><title>" + title + "</title><meta name=author content='Jane Doe'>"
                + "<meta property='article:published_time' content='2021-05-06T07:08:09Z'></head><body><nav>"
                + "<a href='/'>Home</a></nav><article>"
                + ("<p>" + body + " The team measured reach, engagement and sentiment, and wrote it all down.</p>")
                        .repeat(4)
                + "</article></body></html>";
    }

    @Test
    void extractsFoldersOfPagesAsJsonAndGoesOnPastABrokenOne() throws Exception {
        Path sub = Files.createDirectories(folder.resolve("sub"));
        Files.writeString(folder.resolve("first.html"), page("First", "The first story."));
        try (OutputStream gz = new GZIPOutputStream(Files.newOutputStream(sub.resolve("second.html.gz")))) {
            gz.write(page("Second", "The second story.").getBytes(StandardCharsets.UTF_8));
        }
        Files.write(sub.resolve("broken.html.gz"), new byte[] { 1, 2, 3, 4 });
        Files.writeString(folder.resolve("notes.txt"), "not a page");

        assertEquals(1, extract(folder.toString(), "--json"));
        JsonObject json = JsonParser.parseString(out.toString(StandardCharsets.UTF_8)).getAsJsonObject();
        assertEquals(List.of("first", "second"), List.copyOf(json.keySet()));
        assertEquals(1, json.get("first").getAsJsonObject().size(), "only articleBody: " + json);
        assertTrue(json.get("first").getAsJsonObject().get("articleBody").getAsString().startsWith("The first story."));
        assertTrue(json.get("second").getAsJsonObject().get("articleBody").getAsString().startsWith("The second story."));
        List<String> lines = err.toString(StandardCharsets.UTF_8).lines().toList();
        assertEquals(2, lines.size(), lines.toString());
        assertTrue(lines.get(0).startsWith("dossier extract: ") && lines.get(0).contains("broken.html.gz"),
                lines.get(0));
        assertTrue(lines.get(1).matches("extracted 2 pages in [0-9.]+ s, [0-9.]+ pages/s"), lines.get(1));
    }

    @Test
    void printsMetadataAndTextWithoutJson() throws Exception {
        Path file = folder.resolve("one.html");
        Files.writeString(file, page("A title", "The only story."));
        assertEquals(0, extract(file.toString()));
        String text = out.toString(StandardCharsets.UTF_8);
        assertTrue(text.contains("title:     A title"), text);
        assertTrue(text.contains("author:    Jane Doe"), text);
        assertTrue(text.contains("published: 2021-05-06T07:08:09Z"), text);
        assertTrue(text.contains("url:       file:"), text);
        assertTrue(text.contains("The only story."), text);
    }

    @Test
    void aMissingFileIsNamed() throws Exception {
        assertEquals(1, extract(folder.resolve("nope.html").toString(), "--json"));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("nope.html: no such file or folder"));
        assertEquals("{}", out.toString(StandardCharsets.UTF_8).trim());
    }
}
