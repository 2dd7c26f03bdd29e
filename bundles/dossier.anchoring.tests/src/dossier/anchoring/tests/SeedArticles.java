package dossier.anchoring.tests;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** The real articles in the shared test data: {@code ${dossier.shared}/corpus/seed-articles/*.txt}. */
final class SeedArticles {

    record Article(String name, String text) {
    }

    private SeedArticles() {
    }

    static List<Article> load() throws IOException {
        String shared = System.getProperty("dossier.shared");
        if (shared == null) {
            fail("system property dossier.shared is not set; the parent pom sets it to <repo>/../shared");
        }
        Path folder = Path.of(shared, "corpus", "seed-articles");
        if (!Files.isDirectory(folder)) {
            fail("the seed articles are missing: " + folder.toAbsolutePath().normalize()
                    + " does not exist (the shared test data belongs next to the checkout, at ../shared)");
        }
        List<Article> articles = new ArrayList<>();
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : files.filter(f -> f.getFileName().toString().endsWith(".txt")).sorted().toList()) {
                articles.add(new Article(file.getFileName().toString(), Files.readString(file, StandardCharsets.UTF_8)));
            }
        }
        if (articles.isEmpty()) {
            fail("no *.txt article in " + folder.toAbsolutePath().normalize());
        }
        return articles;
    }
}
