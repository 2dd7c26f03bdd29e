package dossier.casefile;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;

import dossier.casefile.internal.Titles;
import dossier.model.casefile.CaseFile;
import dossier.model.casefile.Source;
import dossier.store.Capture;
import dossier.store.PutResult;

/**
 * The one way material comes into a workspace. Every way in (a source's fetch, a URL fetched once, local files, a CSV
 * export, annotations imported onto stored items) fills a {@link Batch}: each capture is stored at once, on the
 * caller's thread, so a fetch that fails half way keeps what it stored. {@link #file} then makes the store durable,
 * adds the items to their source's record ({@link SourceItems}), and on the thread that changes the model files them
 * as one undoable command: into the case file (created if new; the Inbox if none), tagged, the clips of changed items
 * re-anchored, the source's fetch recorded. Nothing is read back from the store: the batch keeps each capture's text
 * for re-anchoring and hands the texts to the workspace's listeners (the search index).
 */
public final class Intake {

    /** The source parameter naming the case file its items go into (the Inbox if none). */
    public static final String CASE_PARAMETER = "case";

    /** Runs a change on the thread that changes the model and returns once it ran. */
    @FunctionalInterface
    public interface ModelThread {

        void run(Runnable change);

        /** Runs {@code work} on this thread and returns its result or throws what it threw. */
        default <T> T call(Callable<T> work) throws Exception {
            Object[] result = new Object[1];
            Exception[] failure = { new IllegalStateException("Dossier is closing: nothing was done") };
            run(() -> {
                try {
                    result[0] = work.call();
                    failure[0] = null;
                } catch (Exception e) {
                    failure[0] = e;
                }
            });
            if (failure[0] != null) {
                throw failure[0];
            }
            @SuppressWarnings("unchecked")
            T value = (T) result[0];
            return value;
        }

        /** The calling thread changes the model (commands, scripts, tests). */
        ModelThread CALLER = Runnable::run;
    }

    /**
     * Where a batch goes: a case file by id or title ({@code null}: the Inbox), tags for every item, and the source that
     * brought it ({@code null} for a one-off import).
     */
    public record Filing(String caseFile, List<String> tags, Source source) {

        public Filing {
            tags = List.copyOf(tags);
        }

        /** Into a case file (by id or title; null: the Inbox), with tags for every item. */
        public static Filing into(String caseFile, List<String> tags) {
            return new Filing(caseFile, tags, null);
        }

        /** Into a case file object (null: the Inbox), with tags for every item. */
        public static Filing into(CaseFile caseFile, List<String> tags) {
            return new Filing(caseFile == null ? null : caseFile.getId(), tags, null);
        }

        /** What a source brought: into the case file of its {@code case} parameter, else the Inbox. */
        public static Filing of(Source source) {
            String caseFile = source.getParameters().get(CASE_PARAMETER);
            return new Filing(caseFile == null || caseFile.isBlank() ? null : caseFile.strip(), List.of(), source);
        }
    }

    /** What a filed batch brought; {@code notFiled} says why its items were stored but not filed, or is null. */
    public record Report(List<PutResult> results, List<String> problems, String notFiled) {

        public long count(PutResult.Outcome kind) {
            return results.stream().filter(r -> r.outcome() == kind).count();
        }
    }

    /** Captures stored for one filing; {@link #put} may be called from several threads. */
    public final class Batch {

        private final Filing filing;
        private final List<PutResult> results = Collections.synchronizedList(new ArrayList<>());
        private final Map<String, String> texts = new ConcurrentHashMap<>();
        private final List<String> problems = Collections.synchronizedList(new ArrayList<>());
        private volatile boolean stored;
        private volatile boolean fetchOk = true;
        private volatile String fetchMessage;

        private Batch(Filing filing) {
            this.filing = filing;
        }

        /**
         * Stores a capture now (durable once the batch is filed); its text is kept for filing. A capture without a
         * title (a post, a comment) is titled by its text's opening line ({@link Titles}).
         */
        public PutResult put(Capture capture) throws IOException {
            if ((capture.title() == null || capture.title().isBlank()) && capture.text() != null) {
                capture = capture.withTitle(Titles.fromLines(capture.text().lines()));
            }
            PutResult result = workspace.store().put(capture);
            stored = true;
            results.add(result);
            if (capture.text() != null) {
                texts.put(result.id(), capture.text());
            }
            return result;
        }

        /** An item already stored, to be filed with the batch (e.g. one that annotations were imported onto). */
        public void include(String itemId) {
            results.add(new PutResult(itemId, PutResult.Outcome.UNCHANGED));
        }

        /** Something of the batch that could not be stored, for the report. */
        public void problem(String problem) {
            problems.add(problem);
        }

        /** How the source's fetch went, for its record (a source's batch only; by default it went well). */
        public void fetched(boolean ok, String message) {
            fetchOk = ok;
            fetchMessage = message;
        }

        public Filing filing() {
            return filing;
        }

        public List<PutResult> results() {
            synchronized (results) {
                return List.copyOf(results);
            }
        }

        public List<String> problems() {
            synchronized (problems) {
                return List.copyOf(problems);
            }
        }
    }

    private final ResearchWorkspace workspace;

    Intake(ResearchWorkspace workspace) {
        this.workspace = workspace;
    }

    /** A new batch for this filing. */
    public Batch batch(Filing filing) {
        return new Batch(filing);
    }

    /**
     * Files a batch (see the class comment). Call it off the UI thread: the store's flush and the source's record
     * are written on this thread (a batch of items {@link Batch#include included} only, outside any source, writes
     * nothing); only the model change runs on {@code modelThread}. A change the model refuses (the trainer's case file
     * in training mode) is thrown here, after everything was stored.
     */
    public Report file(Batch batch, ModelThread modelThread) throws IOException {
        List<PutResult> results = batch.results();
        Source source = batch.filing.source();
        if (batch.stored) {
            workspace.store().flush();
        }
        if (source != null && !results.isEmpty()) {
            workspace.service(SourceItems.class).add(source.getId(), results.stream().map(PutResult::id).toList());
        }
        workspace.textsStored(batch.texts);
        String[] notFiled = { "Dossier closed before they were filed: they stay stored (and searchable),"
                + " in no case file" };
        RuntimeException[] refused = new RuntimeException[1];
        modelThread.run(() -> {
            try {
                notFiled[0] = fileInModel(batch, results);
            } catch (RuntimeException e) {
                refused[0] = e;
            }
        });
        if (refused[0] != null || notFiled[0] != null) {
            // what is stored is searchable even where it could not be filed
            workspace.notifyItemsChanged(results.stream().map(PutResult::id).distinct().toList());
        }
        if (refused[0] != null) {
            throw refused[0];
        }
        return new Report(results, batch.problems(), notFiled[0]);
    }

    /** Stores captures and files them, on the calling thread (which changes the model). */
    public Report take(List<Capture> captures, Filing filing) throws IOException {
        Batch batch = batch(filing);
        for (Capture capture : captures) {
            batch.put(capture);
        }
        return file(batch, ModelThread.CALLER);
    }

    /** Files the batch in the model as one command, reading nothing from the store; returns why not, or null. */
    private String fileInModel(Batch batch, List<PutResult> results) {
        Filing filing = batch.filing;
        Source source = filing.source();
        if (source != null && source.eContainer() == null) {
            return "source '" + source.getName() + "' was removed while it was fetched: what it brought stays stored"
                    + " (and searchable), in no case file";
        }
        if (results.isEmpty() && source == null) {
            return null;
        }
        Set<String> ids = new LinkedHashSet<>();
        results.forEach(r -> ids.add(r.id()));
        String label = source != null ? "fetch " + source.getName() : "import " + ids.size() + " items";
        Set<String> told = workspace.asOneCommandTold(label, () -> {
            if (!ids.isEmpty()) {
                CaseFile target = workspace.caseFileNamed(
                        filing.caseFile() == null ? ResearchWorkspace.INBOX : filing.caseFile());
                workspace.fileItems(target, ids, filing.tags());
                for (PutResult result : results) {
                    if (result.outcome() == PutResult.Outcome.UPDATED) {
                        workspace.reanchor(result.id(), batch.texts.getOrDefault(result.id(), ""));
                    }
                }
            }
            if (source != null) {
                workspace.recordFetch(source, batch.fetchOk, batch.fetchMessage != null ? batch.fetchMessage
                        : results.size() + " items", results.size());
            }
        });
        workspace.notifyItemsChanged(ids.stream().filter(id -> !told.contains(id)).toList());
        return null;
    }
}
