package dossier.index.internal;

import java.io.IOException;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Queue;
import java.util.Set;
import java.util.TreeSet;
import java.util.WeakHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;

import dossier.casefile.ResearchWorkspace;
import dossier.casefile.WorkspaceListener;
import dossier.index.SearchIndex;
import dossier.model.Tags;
import dossier.model.casefile.CaseFile;
import dossier.model.casefile.Clip;
import dossier.model.casefile.TagAssignment;

/**
 * Keeps a workspace's search index in step: a filed item's tags and case files, and the items whose clips or tags
 * a change to the model (undo and redo included) touched, are read where the model changes, and the items are
 * indexed by a background job (never on the UI thread); a search
 * waits for the items filed before it; the index commits after the workspace saves and closes
 * with it. Contributed to {@code dossier.casefile.listeners}.
 */
public final class IndexSync implements WorkspaceListener {

    private static final Map<ResearchWorkspace, IndexSync> OPEN = Collections.synchronizedMap(new WeakHashMap<>());

    /** An item to index, with what the model said of it when it was filed. */
    private record Pending(String itemId, SearchIndex.ModelFacts facts) {
    }

    private final Queue<Pending> pending = new ConcurrentLinkedQueue<>();
    private final Job job = Job.create("Indexing filed items", this::drain);
    private volatile ResearchWorkspace workspace;
    private volatile boolean commitRequested;

    public IndexSync() {
        job.setSystem(true);
    }

    /** What one case file says of items through its clips and tags, and a signature to tell when it changed. */
    private record CaseFacts(List<Object> signature, Map<String, Set<String>> tagsByItem) {

        /** The items it holds clips of or tags, with the tag paths it gives them (a clip's tags go to its item). */
        static CaseFacts of(CaseFile caseFile) {
            Map<String, String> clipItems = new HashMap<>();
            Map<String, Set<String>> tagsByItem = new HashMap<>();
            for (Clip clip : caseFile.getClips()) {
                clipItems.put(clip.getId(), clip.getItemId());
                tagsByItem.computeIfAbsent(clip.getItemId(), k -> new TreeSet<>());
            }
            for (TagAssignment assignment : caseFile.getTagAssignments()) {
                if (assignment.getTag() != null) {
                    String itemId = clipItems.getOrDefault(assignment.getTargetId(), assignment.getTargetId());
                    tagsByItem.computeIfAbsent(itemId, k -> new TreeSet<>()).add(Tags.path(assignment.getTag()));
                }
            }
            return new CaseFacts(signature(caseFile), tagsByItem);
        }

        static List<Object> signature(CaseFile caseFile) {
            return Arrays.asList(caseFile.getModified(), caseFile.getClips().size(),
                    caseFile.getTagAssignments().size());
        }
    }

    private Map<CaseFile, CaseFacts> caseFacts = new IdentityHashMap<>();

    @Override
    public void opened(ResearchWorkspace opened) {
        workspace = opened;
        OPEN.put(opened, this);
        for (CaseFile caseFile : opened.caseFiles()) {
            caseFacts.put(caseFile, CaseFacts.of(caseFile));
        }
        opened.editingDomain().getCommandStack().addCommandStackListener(event -> modelChanged(opened));
    }

    /** Re-indexes the items whose clips or tags a change to the model (undo and redo included) touched. */
    private void modelChanged(ResearchWorkspace changed) {
        Map<CaseFile, CaseFacts> now = new IdentityHashMap<>();
        Set<String> items = new TreeSet<>();
        for (CaseFile caseFile : changed.caseFiles()) {
            CaseFacts before = caseFacts.remove(caseFile);
            CaseFacts after = before != null && before.signature().equals(CaseFacts.signature(caseFile)) ? before
                    : CaseFacts.of(caseFile);
            if (after != before) {
                items.addAll(differences(before == null ? Map.of() : before.tagsByItem(), after.tagsByItem()));
            }
            now.put(caseFile, after);
        }
        for (CaseFacts removed : caseFacts.values()) {
            items.addAll(removed.tagsByItem().keySet());
        }
        caseFacts = now;
        for (String itemId : items) {
            pending.add(new Pending(itemId, SearchIndex.modelFacts(changed, itemId)));
        }
        if (!items.isEmpty()) {
            job.schedule();
        }
    }

    private static Set<String> differences(Map<String, Set<String>> before, Map<String, Set<String>> after) {
        Set<String> ids = new HashSet<>(before.keySet());
        ids.addAll(after.keySet());
        ids.removeIf(id -> Objects.equals(before.get(id), after.get(id)));
        return ids;
    }

    @Override
    public void itemChanged(ResearchWorkspace changed, String itemId) {
        workspace = changed;
        OPEN.put(changed, this);
        pending.add(new Pending(itemId, SearchIndex.modelFacts(changed, itemId)));
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

    /** Waits until the items filed so far are indexed; true if there was something to wait for. */
    public static boolean awaitPending(ResearchWorkspace workspace) throws IOException {
        IndexSync sync = OPEN.get(workspace);
        if (sync == null || sync.job.getState() == Job.NONE && sync.pending.isEmpty()) {
            return false;
        }
        try {
            sync.job.join();
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while the index catches up", e);
        }
    }

    private IStatus drain(IProgressMonitor monitor) {
        ResearchWorkspace current = workspace;
        if (current == null) {
            return Status.OK_STATUS;
        }
        try {
            SearchIndex index = pending.isEmpty() && !commitRequested ? null : SearchIndex.of(current);
            for (Pending next = pending.poll(); next != null; next = pending.poll()) {
                index.update(next.itemId(), next.facts());
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
