package dossier.testing;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Callable;

/** Runs a command that reads standard input (a password) with {@code text} as its input. */
public final class StandardInput {

    private StandardInput() {
    }

    public static synchronized <T> T feeding(String text, Callable<T> call) throws Exception {
        InputStream kept = System.in;
        System.setIn(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
        try {
            return call.call();
        } finally {
            System.setIn(kept);
        }
    }
}
