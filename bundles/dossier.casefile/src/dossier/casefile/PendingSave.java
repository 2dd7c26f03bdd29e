package dossier.casefile;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import dossier.store.AtomicFile;
import dossier.store.CaptureStore;

/**
 * A save prepared by {@link ResearchWorkspace#prepareSave()}: the captures to flush and the
 * model files to replace (atomically) or delete; {@code afterWrite} tells the workspace's listeners.
 * If writing fails, the files that were not
 * written are marked unsaved again (call {@link FileChange#markUnsaved} on the model's thread).
 */
public record PendingSave(CaptureStore store, List<FileChange> changes, Runnable afterWrite) {

    /** One model file: its new bytes, or null to delete it. */
    public record FileChange(Path file, byte[] bytes, Runnable markUnsaved) {
    }

    /** Flushes the store and writes the files; the first failure stops it with a message naming the file. */
    public void write() throws IOException {
        store.flush();
        for (FileChange change : changes) {
            try {
                if (change.bytes() == null) {
                    Files.deleteIfExists(change.file());
                } else {
                    AtomicFile.write(change.file(), change.bytes());
                }
            } catch (IOException e) {
                throw new IOException("cannot save " + change.file() + ": " + AtomicFile.describe(e), e);
            }
        }
        afterWrite.run();
    }
}
