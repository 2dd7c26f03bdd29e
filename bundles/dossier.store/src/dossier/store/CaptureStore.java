package dossier.store;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.function.Consumer;

import dossier.store.internal.SegmentStore;

/**
 * The captures of a workspace: every capture's original bytes and extracted text, stored immutably and content
 * addressed by the SHA-256 of the original bytes, with the metadata of every capture version.
 * <p>
 * One process at a time: {@link #open(Path)} locks the folder. Methods are thread-safe. {@link #put(Capture)} is
 * durable after the next {@link #flush()} (or {@link #close()}); a crash loses at most the captures put since the
 * last flush, and never damages earlier ones. See the bundle's README for the file format.
 */
public interface CaptureStore extends Closeable {

    /**
     * Opens (creating if needed) the store in {@code folder}: loads the index snapshot and replays what was written
     * after it, or rebuilds the index by scanning; cuts off torn tails left by a crash and moves damaged files into
     * {@code quarantine/}. What was repaired is in {@link #openReport()}.
     *
     * @throws IOException if the folder cannot be created or locked (another process has it open)
     */
    static CaptureStore open(Path folder) throws IOException {
        return SegmentStore.open(folder);
    }

    /** Problems found and repaired at open. */
    OpenReport openReport();

    /** Stores a capture (see {@link PutResult.Outcome}); durable after the next {@link #flush()}. */
    PutResult put(Capture capture) throws IOException;

    /** The latest capture's metadata of an item. */
    Optional<StoredItem> item(String id) throws IOException;

    /** The id of the item with this canonical URL (or URL, for items captured without a canonical URL). */
    Optional<String> idForCanonicalUrl(String canonicalUrl) throws IOException;

    /** The id of the item that first stored content with this SHA-256 (64 hex digits). */
    Optional<String> idForContentHash(String sha256) throws IOException;

    /**
     * The original bytes of the item's latest capture.
     *
     * @throws NoSuchElementException if there is no such item
     * @throws StoreCorruptionException if the stored content is damaged or was quarantined
     */
    byte[] original(String id) throws IOException;

    /** The extracted text of the item's latest capture (null if the capture had none). */
    String text(String id) throws IOException;

    /** All captures of an item, oldest first; empty if there is no such item. */
    List<CaptureVersion> captures(String id) throws IOException;

    byte[] original(CaptureVersion version) throws IOException;

    String text(CaptureVersion version) throws IOException;

    /**
     * Calls {@code action} with every item's latest metadata, streaming from the segment files without holding the
     * items in memory (for index rebuilds). Do not call other methods of this store from {@code action}.
     */
    void forEachItem(Consumer<StoredItem> action) throws IOException;

    /** The number of items. */
    int size();

    /** Makes everything put so far durable (written and fsynced). */
    void flush() throws IOException;

    /** Flushes, saves the index snapshot (so the next open is fast) and releases the folder. */
    @Override
    void close() throws IOException;
}
