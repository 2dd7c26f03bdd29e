package dossier.index.internal;

import java.io.IOException;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.Set;
import java.util.WeakHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;

import dossier.casefile.ResearchWorkspace;
import dossier.casefile.WorkspaceListener;
import dossier.index.SearchIndex;
import dossier.index.SearchIndex.ModelFacts;

/**
 * Keeps a workspace's search index in step: {@code dossier.casefile} names the items every command, undo and redo
 * touches, and a background job (never the UI thread) reads their tags and case files from the model, in one pass
 * under {@link ResearchWorkspace#readModel}, and indexes them; a search waits for the items changed before it; the
 * index commits after the workspace saves and closes with it. Contributed to {@code dossier.casefile.listeners}.
 */
public final class IndexSync implements WorkspaceListener {

    private static final Map<ResearchWorkspace, IndexSync> OPEN = Collections.synchronizedMap(new WeakHashMap<>());
    private static final Map<ResearchWorkspace, List<Runnable>> INDEXED_LISTENERS = Collections.synchronizedMap(
            new WeakHashMap<>());

    private final Queue<String> pending = new ConcurrentLinkedQueue<>();
    private final Job job = Job.create("Indexing filed items", this::drain);
    private volatile ResearchWorkspace workspace;
    private volatile boolean commitRequested;
    /** Items were indexed since the last {@link #awaitPending}: a search must refresh to see them. */
    private final AtomicBoolean indexedUnseen = new AtomicBoolean();

    public IndexSync() {
        job.setSystem(true);
    }

    @Override
    public void itemChanged(ResearchWorkspace changed, String itemId) {
        workspace = changed;
        OPEN.put(changed, this);
        pending.add(itemId);
        job.schedule();
    }

    @Override
    public void saved(ResearchWorkspace saved) {
        workspace = saved;
        OPEN.put(saved, this);
        commitRequested = true;
        job.schedule();
    }

    @Override
    public void closing(ResearchWorkspace closing) throws IOException {
        awaitPending(closing);
        SearchIndex index = SearchIndex.ifOpen(closing);
        if (index != null) {
            index.close();
        }
        OPEN.remove(closing);
    }

    /**
     * Waits until the items filed so far are indexed; true if items were indexed since the last call (whether this
     * call waited for them or the job had already finished), so the caller refreshes its searcher.
     */
    public static boolean awaitPending(ResearchWorkspace workspace) throws IOException {
        IndexSync sync = OPEN.get(workspace);
        if (sync == null) {
            return false;
        }
        try {
            // join returns when the current run ends; items filed during it run again: wait for those too
            while (sync.job.getState() != Job.NONE || !sync.pending.isEmpty()) {
                if (sync.job.getState() == Job.NONE) {
                    sync.job.schedule();
                }
                sync.job.join();
                IStatus last = sync.job.getResult();
                if (last != null && !last.isOK()) {
                    break; // the index cannot take them now: search what is there (the failure is logged)
                }
            }
            return sync.indexedUnseen.getAndSet(false);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while the index catches up", e);
        }
    }

    /** Runs {@code listener} after the workspace's index took items; returns what removes it. See SearchIndex. */
    public static Runnable addIndexedListener(ResearchWorkspace workspace, Runnable listener) {
        INDEXED_LISTENERS.computeIfAbsent(workspace, w -> new CopyOnWriteArrayList<>()).add(listener);
        return () -> INDEXED_LISTENERS.getOrDefault(workspace, List.of()).remove(listener);
    }

    /** The workspace's index took items (a run of the job, a rebuild): its listeners run on this thread. */
    public static void indexed(ResearchWorkspace workspace) {
        INDEXED_LISTENERS.getOrDefault(workspace, List.of()).forEach(Runnable::run);
    }

    private IStatus drain(IProgressMonitor monitor) {
        ResearchWorkspace current = workspace;
        if (current == null) {
            return Status.OK_STATUS;
        }
        try {
            SearchIndex index = pending.isEmpty() && !commitRequested ? null : SearchIndex.of(current);
            Set<String> itemIds = new LinkedHashSet<>();
            for (String next = pending.poll(); next != null; next = pending.poll()) {
                itemIds.add(next);
            }
            if (!itemIds.isEmpty()) {
                Map<String, ModelFacts> facts = current.readModel(() -> SearchIndex.modelFacts(current, itemIds));
                for (String itemId : itemIds) {
                    index.update(itemId, facts.getOrDefault(itemId, ModelFacts.NONE));
                }
                indexedUnseen.set(true);
                indexed(current);
            }
            if (commitRequested && index != null) {
                commitRequested = false;
                index.commit();
            }
            return Status.OK_STATUS;
        } catch (IOException | RuntimeException e) {
            return Status.error("The search index could not take the filed items: " + e.getMessage(), e);
        }
    }
}
