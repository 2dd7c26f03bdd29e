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
        String shared = System.getProperty("dossier.shared");
        Path folder = shared == null ? null : Path.of(shared, "corpus", "seed-articles");
        if (folder == null || !Files.isDirectory(folder)) {
            throw new IllegalStateException("the seed articles are missing: expected ../shared/corpus/seed-articles"
                    + " beside the checkout (dossier.shared=" + shared + ")");
        }
        return folder;
    }

    /** The articles' {@code .txt} files, sorted by name. */
    public static List<Path> files() throws IOException {
        try (Stream<Path> files = Files.list(folder())) {
            return files.filter(f -> f.toString().endsWith(".txt")).sorted().toList();
        }
    }
}
