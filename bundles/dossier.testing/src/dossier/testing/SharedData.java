package dossier.testing;

import java.nio.file.Files;
import java.nio.file.Path;

/** The shared test data beside the checkout ({@code -Ddossier.shared}, set by the build). */
public final class SharedData {

    private SharedData() {
    }

    /** The folder {@code ${dossier.shared}/corpus/NAME}; missing, it fails saying where it was expected. */
    public static Path corpus(String name) {
        return folder("corpus", name);
    }

    /** The folder {@code ${dossier.shared}/bench/NAME}; missing, it fails saying where it was expected. */
    public static Path bench(String name) {
        return folder("bench", name);
    }

    /** The folder {@code ${dossier.shared}/conformance/NAME}: a standard's own test suite. */
    public static Path conformance(String name) {
        return folder("conformance", name);
    }

    private static Path folder(String kind, String name) {
        String shared = System.getProperty("dossier.shared");
        Path folder = shared == null ? null : Path.of(shared, kind, name);
        if (folder == null || !Files.isDirectory(folder)) {
            throw new IllegalStateException("the test " + kind + " " + name + " is missing: expected ../shared/" + kind
                    + "/" + name + " beside the checkout (dossier.shared=" + shared + ")");
        }
        return folder;
    }
}
