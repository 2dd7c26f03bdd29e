package dossier.index.internal;

import java.io.IOException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;

import dossier.casefile.ResearchWorkspace;
import dossier.casefile.WorkspaceListener;

/**
 * Keeps a workspace's search index in step: {@code dossier.casefile} names the items every command, undo and redo
 * touches, and a background job (never the UI thread) reads their tags and case files from the model, in one pass
 * under {@link ResearchWorkspace#readModel}, and the sources that brought them (their files, outside the lock), and
 * indexes them; a search waits for the items changed before it; the index commits after the workspace saves. A
 * service of the workspace, started with it ({@code dossier.casefile.services}).
 */
public final class IndexSync implements WorkspaceListener {

    /** What the sync needs of the workspace's index (the {@code SearchIndex}, opened on first use). */
    public interface Target {
        /** Indexes an item with its model facts and its latest text (null: read from the store). */
        long update(String itemId, ModelFacts facts, String text) throws IOException;

        void commit() throws IOException;
    }

    /** Opens the index when the sync first has something for it. */
    public interface Opener {
        Target open() throws IOException;
    }

    private final Queue<String> pending = new ConcurrentLinkedQueue<>();
    /** The texts the intake stored for pending items, so the job does not read them back from the store. */
    private final Map<String, String> storedTexts = new ConcurrentHashMap<>();
    private final Job job = Job.create("Indexing filed items", this::drain);
    private final ResearchWorkspace workspace;
    private final Opener index;
    private final List<Runnable> indexedListeners = new CopyOnWriteArrayList<>();
    private volatile boolean commitRequested;
    /** Items were indexed since the last {@link #awaitPending}: a search must refresh to see them. */
    private final AtomicBoolean indexedUnseen = new AtomicBoolean();

    public IndexSync(ResearchWorkspace workspace, Opener index) {
        this.workspace = workspace;
        this.index = index;
        job.setSystem(true);
    }

    @Override
    public void itemChanged(ResearchWorkspace changed, String itemId) {
        pending.add(itemId);
        job.schedule();
    }

    @Override
    public void textsStored(ResearchWorkspace stored, Map<String, String> texts) {
        storedTexts.putAll(texts);
    }

    @Override
    public void saved(ResearchWorkspace saved) {
        commitRequested = true;
        job.schedule();
    }

    /** The workspace closes: what was filed is indexed first (the index itself closes after this, as a service). */
    @Override
    public void closing(ResearchWorkspace closing) throws IOException {
        awaitPending();
    }

    /**
     * Waits until the items filed so far are indexed; true if items were indexed since the last call (whether this
     * call waited for them or the job had already finished), so the caller refreshes its searcher.
     */
    public boolean awaitPending() throws IOException {
        try {
            // join returns when the current run ends; items filed during it run again: wait for those too
            while (job.getState() != Job.NONE || !pending.isEmpty()) {
                if (job.getState() == Job.NONE) {
                    job.schedule();
                }
                job.join();
                IStatus last = job.getResult();
                if (last != null && !last.isOK()) {
                    break; // the index cannot take them now: search what is there (the failure is logged)
                }
            }
            return indexedUnseen.getAndSet(false);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while the index catches up", e);
        }
    }

    /** Runs {@code listener} after the workspace's index took items; returns what removes it. See SearchIndex. */
    public Runnable addIndexedListener(Runnable listener) {
        indexedListeners.add(listener);
        return () -> indexedListeners.remove(listener);
    }

    /** The workspace's index took items (a run of the job, a rebuild): its listeners run on this thread. */
    public void indexed() {
        indexedListeners.forEach(Runnable::run);
    }

    private IStatus drain(IProgressMonitor monitor) {
        ResearchWorkspace current = workspace;
        try {
            Target target = pending.isEmpty() && !commitRequested ? null : index.open();
            Set<String> itemIds = new LinkedHashSet<>();
            for (String next = pending.poll(); next != null; next = pending.poll()) {
                itemIds.add(next);
            }
            if (!itemIds.isEmpty()) {
                Map<String, ModelFacts> facts = ModelFacts.withSources(current, itemIds);
                for (String itemId : itemIds) {
                    target.update(itemId, facts.get(itemId), storedTexts.remove(itemId));
                }
                indexedUnseen.set(true);
                indexed();
            }
            if (commitRequested && target != null) {
                commitRequested = false;
                target.commit();
            }
            return Status.OK_STATUS;
        } catch (IOException | RuntimeException e) {
            storedTexts.clear(); // those items are read from the store when they are indexed again
            return Status.error("The search index could not take the filed items: " + e.getMessage(), e);
        }
    }
}
