package dossier.testing;

import java.nio.file.Files;
import java.nio.file.Path;

/** The shared test data beside the checkout ({@code -Ddossier.shared}, set by the build). */
public final class SharedData {

    private SharedData() {
    }

    /** The folder {@code ${dossier.shared}/corpus/NAME}; missing, it fails saying where it was expected. */
    public static Path corpus(String name) {
        String shared = System.getProperty("dossier.shared");
        Path folder = shared == null ? null : Path.of(shared, "corpus", name);
        if (folder == null || !Files.isDirectory(folder)) {
            throw new IllegalStateException("the test corpus " + name + " is missing: expected ../shared/corpus/"
                    + name + " beside the checkout (dossier.shared=" + shared + ")");
        }
        return folder;
    }
}
