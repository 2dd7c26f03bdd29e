package dossier.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** The real blog articles in the shared test data ({@code -Ddossier.shared}, set by the build). */
public final class SeedArticles {

    private SeedArticles() {
    }

    /** {@code ${dossier.shared}/corpus/seed-articles}; missing, it fails saying where it was expected. */
    public static Path folder() {
        return SharedData.corpus("seed-articles");
    }

    /** The articles' {@code .txt} files, sorted by name. */
    public static List<Path> files() throws IOException {
        try (Stream<Path> files = Files.list(folder())) {
            return files.filter(f -> f.toString().endsWith(".txt")).sorted().toList();
        }
    }
}
