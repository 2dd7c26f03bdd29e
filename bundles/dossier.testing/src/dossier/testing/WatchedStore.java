package dossier.testing;

import java.io.IOException;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

import dossier.store.Capture;
import dossier.store.CaptureStore;
import dossier.store.CaptureVersion;
import dossier.store.OpenReport;
import dossier.store.PutResult;
import dossier.store.StoredItem;

/**
 * A real store seen through a recorder: every read says which thread made it and of what, so a test can assert that a
 * thread (the one that changes the model) never reads the store, or that a text is read back at most once.
 */
public final class WatchedStore implements CaptureStore {

    /** One read: the method, the item id (or null) and the reading thread's name. */
    public record Read(String method, String id, String thread) {
    }

    private final CaptureStore store;
    private final List<Read> reads = new CopyOnWriteArrayList<>();

    public WatchedStore(CaptureStore store) {
        this.store = store;
    }

    public List<Read> reads() {
        return List.copyOf(reads);
    }

    private void read(String method, String id) {
        reads.add(new Read(method, id, Thread.currentThread().getName()));
    }

    @Override
    public OpenReport openReport() {
        return store.openReport();
    }

    @Override
    public PutResult put(Capture capture) throws IOException {
        return store.put(capture);
    }

    @Override
    public Optional<StoredItem> item(String id) throws IOException {
        read("item", id);
        return store.item(id);
    }

    @Override
    public Optional<String> idForCanonicalUrl(String canonicalUrl) throws IOException {
        read("idForCanonicalUrl", null);
        return store.idForCanonicalUrl(canonicalUrl);
    }

    @Override
    public Optional<String> idForContentHash(String sha256) throws IOException {
        read("idForContentHash", null);
        return store.idForContentHash(sha256);
    }

    @Override
    public byte[] original(String id) throws IOException {
        read("original", id);
        return store.original(id);
    }

    @Override
    public String text(String id) throws IOException {
        read("text", id);
        return store.text(id);
    }

    @Override
    public List<CaptureVersion> captures(String id) throws IOException {
        read("captures", id);
        return store.captures(id);
    }

    @Override
    public byte[] original(CaptureVersion version) throws IOException {
        read("original", null);
        return store.original(version);
    }

    @Override
    public String text(CaptureVersion version) throws IOException {
        read("text", null);
        return store.text(version);
    }

    @Override
    public void forEachItem(Consumer<StoredItem> action) throws IOException {
        read("forEachItem", null);
        store.forEachItem(action);
    }

    @Override
    public int size() {
        return store.size();
    }

    @Override
    public void flush() throws IOException {
        store.flush();
    }

    @Override
    public void close() throws IOException {
        store.close();
    }
}
