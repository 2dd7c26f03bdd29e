package dossier.casefile.ui.internal;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.widgets.Display;

import dossier.casefile.ResearchWorkspace;
import dossier.casefile.Target;
import dossier.model.casefile.CaseFile;
import dossier.model.casefile.Clip;
import dossier.store.StoredItem;

/**
 * Labels of clips, items and case files. Item titles come from the store in a job, never on the UI
 * thread; {@code arrived} runs on the UI thread when more of them are known.
 */
final class ItemTitles {

    static final String PENDING = "...";

    private final ResearchWorkspace workspace;
    private final Map<String, String> titles = new ConcurrentHashMap<>();
    private final Map<String, Target> items = new ConcurrentHashMap<>();
    private final Set<String> requested = ConcurrentHashMap.newKeySet();
    private final List<String> pending = new ArrayList<>();
    private final Job reading;

    ItemTitles(ResearchWorkspace workspace, Display display, Runnable arrived) {
        this.workspace = workspace;
        reading = Job.create("Reading item titles", monitor -> {
            List<String> ids;
            synchronized (pending) {
                ids = List.copyOf(pending);
                pending.clear();
            }
            ids.forEach(this::read);
            display.asyncExec(arrived);
            return Status.OK_STATUS;
        });
        reading.setSystem(true);
    }

    /**
     * The item's title; on the UI thread {@link #PENDING} while it is being read, elsewhere (a job filtering a table)
     * read at once.
     */
    String title(String itemId) {
        String title = titles.get(itemId);
        if (title != null) {
            return title;
        }
        if (Display.getCurrent() == null) {
            return read(itemId);
        }
        if (requested.add(itemId)) {
            synchronized (pending) {
                pending.add(itemId);
            }
            reading.schedule();
        }
        return PENDING;
    }

    private String read(String id) {
        String title;
        try {
            Optional<StoredItem> item = workspace.store().item(id);
            title = item.map(i -> i.title() == null ? id : i.title()).orElse(id + " (missing)");
            String found = title;
            item.ifPresent(i -> items.put(id, new Target(Target.Kind.ITEM, id, found)));
        } catch (IOException | RuntimeException e) {
            title = id + " (unreadable: " + e.getMessage() + ")";
        }
        titles.put(id, title);
        return title;
    }

    /** The item's title if it is known, else null. */
    String known(String itemId) {
        return titles.get(itemId);
    }

    /** A short label for whatever an id names: a case file, a clip or an item. */
    String label(String id) {
        for (CaseFile caseFile : workspace.caseFiles()) {
            if (caseFile.getId().equals(id)) {
                return caseFile.getTitle();
            }
            for (Clip clip : caseFile.getClips()) {
                if (clip.getId().equals(id)) {
                    return quote(clip);
                }
            }
        }
        return title(id);
    }

    /**
     * What an id names, for linking without reading the store on the UI thread: a case file or clip from the model,
     * an item as the job read it; empty while the item is being read (see {@link #known}) or if it is missing.
     */
    Optional<Target> target(String id) {
        for (CaseFile caseFile : workspace.caseFiles()) {
            if (caseFile.getId().equals(id)) {
                return Optional.of(new Target(Target.Kind.CASE_FILE, id, caseFile.getTitle()));
            }
            for (Clip clip : caseFile.getClips()) {
                if (clip.getId().equals(id)) {
                    return Optional.of(new Target(Target.Kind.CLIP, id, quote(clip)));
                }
            }
        }
        title(id);
        return Optional.ofNullable(items.get(id));
    }

    /** True once {@link #target} can answer for the id: it is a case file or clip, or its item was read. */
    boolean resolved(String id) {
        return target(id).isPresent() || known(id) != null;
    }

    static String quote(Clip clip) {
        String flat = clip.getExact().replaceAll("\\s+", " ").strip();
        return "\u201c" + (flat.length() <= 80 ? flat : flat.substring(0, 79) + "\u2026") + "\u201d";
    }
}
