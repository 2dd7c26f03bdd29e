package dossier.store;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Saves small files whole and atomically (e.g. case files): after a crash or a full disk the file holds either its
 * complete old or its complete new content, never a mix.
 * <p>
 * The content goes to a temp file {@code .NAME.RANDOM.tmp} in the same folder, which is fsynced and renamed over the
 * target; then the folder is fsynced so the rename itself is durable. Temp files left by a crash are deleted on the
 * next save of the same file. One writer per file at a time.
 */
public final class AtomicFile {

    /** Writes the new content of a file. */
    @FunctionalInterface
    public interface ContentWriter {
        void writeTo(OutputStream out) throws IOException;
    }

    private AtomicFile() {
    }

    public static void write(Path target, byte[] content) throws IOException {
        write(target, out -> out.write(content));
    }

    /**
     * Replaces {@code target} with what {@code writer} writes.
     *
     * @throws IOException with a one-line message naming the file (e.g. "could not save /x/case.xmi: the disk is
     *         full (No space left on device); the previous version is unchanged"); the old file is then intact
     */
    public static void write(Path target, ContentWriter writer) throws IOException {
        Path file = target.toAbsolutePath();
        Path dir = file.getParent();
        deleteStaleTemps(file);
        Path temp = dir.resolve("." + file.getFileName() + "." + Long.toHexString(ThreadLocalRandom.current().nextLong())
                + ".tmp");
        try {
            try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.CREATE_NEW,
                    StandardOpenOption.WRITE)) {
                OutputStream out = new BufferedOutputStream(Channels.newOutputStream(channel), 64 * 1024);
                writer.writeTo(out);
                out.flush();
                channel.force(true);
            }
            Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException | RuntimeException e) {
            try {
                Files.deleteIfExists(temp);
            } catch (IOException suppressed) {
                e.addSuppressed(suppressed);
            }
            throw failure(file, e, "the previous version is unchanged");
        }
        try {
            fsyncDirectory(dir);
        } catch (IOException e) {
            throw failure(file, e, "the new version is in place but may not survive a power failure");
        }
    }

    /** Temp files of {@code target} left by an interrupted save. */
    public static List<Path> staleTemps(Path target) throws IOException {
        Path file = target.toAbsolutePath();
        String prefix = "." + file.getFileName() + ".";
        List<Path> temps = new ArrayList<>();
        if (!Files.isDirectory(file.getParent())) {
            return temps;
        }
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(file.getParent(),
                p -> p.getFileName().toString().startsWith(prefix) && p.getFileName().toString().endsWith(".tmp"))) {
            entries.forEach(temps::add);
        }
        return temps;
    }

    /** Fsyncs a folder, making renames and new entries in it durable. */
    public static void fsyncDirectory(Path dir) throws IOException {
        try (FileChannel channel = FileChannel.open(dir, StandardOpenOption.READ)) {
            channel.force(true);
        }
    }

    /** True if {@code e} or one of its causes says the disk is full. */
    public static boolean isDiskFull(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t.getMessage() != null && t.getMessage().contains("No space left on device")) {
                return true;
            }
        }
        return false;
    }

    /** A one-line description of an I/O failure: "the disk is full (No space left on device)" or its message. */
    public static String describe(Throwable e) {
        if (isDiskFull(e)) {
            return "the disk is full (No space left on device)";
        }
        String message = e.getMessage();
        if (message == null || message.isBlank()) {
            return e.getClass().getSimpleName();
        }
        return message.replace('\n', ' ');
    }

    private static void deleteStaleTemps(Path file) throws IOException {
        for (Path temp : staleTemps(file)) {
            Files.deleteIfExists(temp);
        }
    }

    private static IOException failure(Path file, Throwable cause, String consequence) {
        return new IOException("could not save " + file + ": " + describe(cause) + "; " + consequence, cause);
    }
}
