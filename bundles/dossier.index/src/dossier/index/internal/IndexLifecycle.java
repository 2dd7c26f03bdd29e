package dossier.index.internal;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.apache.lucene.store.AlreadyClosedException;

import dossier.casefile.ResearchWorkspace;
import dossier.casefile.SourceItems;
import dossier.index.IndexStatus;
import dossier.index.internal.Schema.ItemFacts;
import dossier.store.CaptureStore;
import dossier.store.StoredItem;

/**
 * The life of a workspace's index: opened from its folder ({@link IndexFolders}: which version, whether to rebuild),
 * its writer ({@link IndexWriting}) and searcher ({@link IndexSearching}), rebuilds from the store and the model (one
 * at a time; a new version built beside the old one, which answers until the switch), and closing in order.
 */
public final class IndexLifecycle implements Closeable {

    /** Told how far a rebuild is. */
    public interface Rebuilt {
        void rebuilt(int done, int total);
    }

    /** Something done with the current searcher. */
    public interface Search<T, E extends Exception> {
        T run(IndexSearching searching) throws IOException, E;
    }

    private final ResearchWorkspace workspace;
    private final CaptureStore store;
    private final Path folder;
    private final QueryLanguage language;
    /** Runs after a rebuild, on its thread: the index took items. */
    private final Runnable indexed;
    private final String openProblem;
    /** The index written: the searched one, or the new version while it is built beside the searched one. */
    private volatile IndexWriting writing;
    private volatile IndexSearching searching;
    /** The searched index is of an older version: the rebuild builds the new one beside it. */
    private volatile boolean buildingNextVersion;
    private volatile long generation = System.currentTimeMillis();
    private volatile boolean rebuilding;
    /** Guards writes against a rebuild's: its model snapshot must not overwrite a newer update; and the switch. */
    private final Object writes = new Object();
    private final Set<String> updatedWhileRebuilding = new HashSet<>();
    private volatile int rebuilt;
    private volatile int rebuildTotal;
    private volatile Thread rebuildThread;
    private volatile IOException rebuildFailure;

    public IndexLifecycle(ResearchWorkspace workspace, Path folder, QueryLanguage language, Runnable indexed)
            throws IOException {
        this.workspace = workspace;
        this.store = workspace.store();
        this.folder = folder;
        this.language = language;
        this.indexed = indexed;
        IndexFolders.Opened opened = IndexFolders.open(folder, store.size(), language);
        this.writing = opened.writing();
        this.openProblem = opened.problem();
        this.buildingNextVersion = opened.previous() != null;
        this.searching = buildingNextVersion ? opened.previous() : IndexSearching.live(writing, language);
    }

    /** Why the index must be rebuilt (missing, damaged, other version, out of step), or null. */
    public String openProblem() {
        return openProblem;
    }

    public IndexWriting writing() {
        return writing;
    }

    /** Runs a search on the current searcher (again on the new one if a version switch closed it meanwhile). */
    public <T, E extends Exception> T search(Search<T, E> search) throws IOException, E {
        while (true) {
            IndexSearching current = searching;
            try {
                return search.run(current);
            } catch (AlreadyClosedException e) {
                if (current == searching) {
                    throw e;
                }
            }
        }
    }

    /** Waits until the write with this sequence number is searchable (at once while an older version answers). */
    public void waitFor(long sequence) throws InterruptedException {
        searching.waitFor(sequence);
    }

    /**
     * Indexes an item from the store with model facts read earlier and its text (null: read from the store), or removes
     * it if it is gone from the store.
     */
    public long update(String itemId, ModelFacts facts, String text) throws IOException {
        StoredItem item = store.item(itemId).orElse(null);
        ItemFacts fresh = item == null ? null
                : new ItemFacts(item, text != null ? text : store.text(itemId), facts.tags(), facts.cases(),
                        facts.sources());
        synchronized (writes) {
            if (rebuilding) {
                updatedWhileRebuilding.add(itemId);
            }
            return fresh == null ? writing.delete(itemId) : writing.index(fresh, generation);
        }
    }

    public void commit() throws IOException {
        writing.commit();
    }

    /** Why searches may be incomplete now (a rebuild runs), or null. */
    public String notice() {
        return rebuilding ? String.format(Locale.ROOT, "the search index is being rebuilt (%,d of %,d items so far):"
                + " results may be incomplete", rebuilt, rebuildTotal) : null;
    }

    // ---- rebuilding

    /** Rebuilds on this thread. */
    public void rebuild(Rebuilt progress) throws IOException {
        prepareRebuild(progress).run();
        if (rebuildFailure != null) {
            throw rebuildFailure;
        }
    }

    /** Rebuilds on a background thread. */
    public void rebuildInBackground(Rebuilt progress) {
        Runnable work = prepareRebuild(progress);
        Thread thread = new Thread(work, "Dossier index rebuild");
        thread.setDaemon(true);
        rebuildThread = thread;
        thread.start();
    }

    /** Waits for a background rebuild to end. */
    public void awaitRebuild() throws InterruptedException, IOException {
        Thread thread = rebuildThread;
        if (thread != null) {
            thread.join();
        }
        if (rebuildFailure != null) {
            throw rebuildFailure;
        }
    }

    private void refuseWhileRebuilding() {
        if (rebuilding) {
            throw new IllegalStateException(String.format(Locale.ROOT, "the search index is already being"
                    + " rebuilt (%,d of %,d items so far); wait for it to finish", rebuilt, rebuildTotal));
        }
    }

    /**
     * Snapshots the model's tags and case files (on the caller's thread: the model is not thread-safe).
     *
     * @throws IllegalStateException (saying how far it is) while another rebuild runs
     */
    private Runnable prepareRebuild(Rebuilt progress) {
        synchronized (this) {
            refuseWhileRebuilding();
            synchronized (writes) {
                rebuilding = true; // from here on, updates are recorded: the snapshot below cannot overwrite them
            }
        }
        Map<String, ModelFacts> facts;
        try {
            facts = ModelFacts.all(workspace);
        } catch (RuntimeException e) {
            synchronized (writes) {
                rebuilding = false;
                updatedWhileRebuilding.clear();
            }
            throw e;
        }
        rebuilt = 0;
        rebuildFailure = null;
        return () -> {
            try {
                long gen = System.currentTimeMillis();
                generation = gen; // before listing: an item indexed by update from now on is kept
                List<String> ids = new ArrayList<>(store.size());
                store.forEachItem(item -> ids.add(item.id()));
                rebuildTotal = ids.size();
                Map<String, List<String>> sources = workspace.service(SourceItems.class).sourcesOf(ids);
                int step = Math.max(1, ids.size() / 100);
                for (String id : ids) {
                    StoredItem item = store.item(id).orElse(null);
                    if (item != null) {
                        ModelFacts known = facts.getOrDefault(id, ModelFacts.NONE);
                        ItemFacts itemFacts = new ItemFacts(item, store.text(id), known.tags(), known.cases(),
                                sources.getOrDefault(id, List.of()));
                        synchronized (writes) {
                            if (!updatedWhileRebuilding.contains(id)) {
                                writing.index(itemFacts, gen); // else an update since the model snapshot knows better
                            }
                        }
                    }
                    rebuilt++;
                    if (rebuilt % step == 0 && rebuilt < ids.size()) {
                        progress.rebuilt(rebuilt, ids.size());
                    }
                }
                if (buildingNextVersion) {
                    switchToNextVersion();
                } else {
                    writing.deleteOtherGenerations(gen);
                    writing.commit();
                    searching.refresh();
                }
                rebuilding = false;
                indexed.run();
                progress.rebuilt(ids.size(), ids.size());
            } catch (IOException e) {
                rebuildFailure = e;
            } catch (RuntimeException e) {
                rebuildFailure = new IOException("the index rebuild failed: " + e, e);
            } finally {
                synchronized (writes) {
                    rebuilding = false;
                    updatedWhileRebuilding.clear();
                }
            }
        };
    }

    /** The new version is built: it takes the old one's place, and searches go to it. */
    private void switchToNextVersion() throws IOException {
        IndexSearching previous = searching;
        synchronized (writes) {
            writing.close();
            IndexFolders.switchToNext(folder);
            writing = IndexWriting.open(folder, false);
            searching = IndexSearching.live(writing, language);
            buildingNextVersion = false;
        }
        previous.close();
        IndexFolders.deleteOld(folder);
    }

    // ---- status and closing

    public IndexStatus status() throws IOException {
        IndexWriting current = writing;
        return new IndexStatus(current.documents(), store.size(), Schema.VERSION, current.lastCommit(), rebuilding,
                rebuilt, folder.toString());
    }

    /** Waits for a running rebuild, then closes the searcher and the writer (committing). */
    @Override
    public void close() throws IOException {
        try {
            Thread thread = rebuildThread;
            if (thread != null) {
                thread.join();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        try {
            searching.close();
        } finally {
            writing.close();
        }
    }
}
