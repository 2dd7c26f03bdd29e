package dossier.core.product;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;

/**
 * For {@code dossier bench startup}: when the system property {@value #REPORT_PROPERTY} names a
 * file, the instant the first window is shown is written there once; {@value #EXIT_PROPERTY}
 * asks the application to close right after.
 */
public final class StartupProbe {

    public static final String REPORT_PROPERTY = "dossier.startup.report";
    public static final String EXIT_PROPERTY = "dossier.startup.exit";

    private static boolean recorded;

    private StartupProbe() {
    }

    /** Records that the first window is shown; returns true if the application should now close. */
    public static synchronized boolean windowShown() throws IOException {
        String report = System.getProperty(REPORT_PROPERTY);
        if (report == null || recorded) {
            return false;
        }
        recorded = true;
        Instant shown = Instant.now();
        Path target = Path.of(report);
        Path partial = target.resolveSibling(target.getFileName() + ".part");
        Files.writeString(partial, shown + "\n", StandardCharsets.UTF_8);
        Files.move(partial, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        return exitRequested();
    }

    /** True when the application was started only to be timed. */
    public static boolean exitRequested() {
        return Boolean.getBoolean(EXIT_PROPERTY);
    }
}
