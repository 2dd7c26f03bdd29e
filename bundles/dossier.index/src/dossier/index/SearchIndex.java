package dossier.index;

import java.io.Closeable;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.apache.lucene.index.LiveIndexWriterConfig;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;

import dossier.casefile.ResearchWorkspace;
import dossier.index.internal.IndexLifecycle;
import dossier.index.internal.IndexSync;
import dossier.index.internal.ModelFacts;
import dossier.index.internal.QueryLanguage;
import dossier.index.internal.Schema;
import dossier.model.casefile.Source;

/**
 * The full-text index of a research workspace, in {@code <workspace>/index/}: derived from the store and the model,
 * never precious. The facade of its rooms in {@code dossier.index.internal}: its life and versions
 * ({@code IndexLifecycle}, {@code IndexFolders}), the writer and its commit policy ({@code IndexWriting}: every 50,000
 * changes, 30 s after the first uncommitted change, after a workspace save, on close) and the searcher
 * ({@code IndexSearching}: refreshed in the background, so a write is searchable within a second; {@link #waitFor(long)}
 * waits for one's own write). The intervals and the writer's RAM buffer are {@link IndexSettings}, applied as they
 * change. A missing, damaged or out-of-step index found at open is rebuilt from the store (synchronously or in the
 * background) and searches meanwhile answer from what is indexed, saying they are incomplete; an index of another
 * version answers until the new version, built beside it, takes its place.
 * <p>
 * {@link #of(ResearchWorkspace)} gives the one instance of an open workspace, a service of the workspace
 * ({@code dossier.casefile.services}) that {@link IndexSync} keeps in sync with imports; it closes with the workspace.
 */
public final class SearchIndex implements Closeable, IndexSync.Target {

    public static final String FOLDER = "index";

    /** How a rebuild found necessary at open runs. */
    public enum Rebuild {
        SYNCHRONOUS, BACKGROUND
    }

    /** Progress of a rebuild: called every 1 % or so, and at the end with {@code done == total}. */
    public interface Progress {
        /** A rebuild starts, for this reason (why the index found at open was not usable, or "on request"). */
        default void starting(String reason) {
        }

        void rebuilt(int done, int total);

        Progress NONE = (done, total) -> {
        };
    }

    private final ResearchWorkspace workspace;
    private final QueryLanguage language;
    private final IndexLifecycle life;
    /** Held while the rebuild that {@link #openProblem} calls for is started (by the first caller of {@link #of}). */
    private final Object openRebuild = new Object();
    private boolean openRebuildStarted;

    private SearchIndex(ResearchWorkspace workspace) throws IOException {
        this.workspace = workspace;
        this.language = new QueryLanguage(Schema.analyzer(), name -> workspace.readModel(() -> workspace.model()
                .getSources().stream().filter(s -> name.equalsIgnoreCase(s.getName())).map(Source::getId).toList()));
        this.life = new IndexLifecycle(workspace, workspace.folder().resolve(FOLDER), language,
                () -> workspace.serviceIfCreated(IndexSync.class).ifPresent(IndexSync::indexed));
    }

    // ---- opening

    /** The index of an open workspace, opened (rebuilding synchronously if needed) on first use. */
    public static SearchIndex of(ResearchWorkspace workspace) throws IOException {
        return of(workspace, Rebuild.SYNCHRONOUS, Progress.NONE);
    }

    /**
     * The index of an open workspace, opened on first use; a rebuild found necessary at open runs as
     * {@code rebuild} says, reporting to {@code progress}. {@link #openProblem()} says why it was rebuilt.
     */
    public static SearchIndex of(ResearchWorkspace workspace, Rebuild rebuild, Progress progress) throws IOException {
        SearchIndex index = workspace.service(SearchIndex.class);
        synchronized (index.openRebuild) {
            if (index.openProblem() != null && !index.openRebuildStarted) {
                index.openRebuildStarted = true;
                progress.starting(index.openProblem());
                if (rebuild == Rebuild.SYNCHRONOUS) {
                    index.rebuild(progress);
                } else {
                    index.rebuildInBackground(progress);
                }
            }
        }
        return index;
    }

    /** The index of this workspace if it is open, else null. */
    public static SearchIndex ifOpen(ResearchWorkspace workspace) {
        return workspace.serviceIfCreated(SearchIndex.class).orElse(null);
    }

    /** Opens the index of a workspace: its service factory calls this once; everyone else calls {@link #of}. */
    public static SearchIndex open(ResearchWorkspace workspace) throws IOException {
        return new SearchIndex(workspace);
    }

    /** Why the index was rebuilt when it was opened (missing, damaged, other version, out of step), or null. */
    public String openProblem() {
        return life.openProblem();
    }

    // ---- writing

    /**
     * Indexes an item's current state (store, tags, case files, sources) after an import or a change; returns the
     * writer's sequence number to {@link #waitFor(long)} on. An item no longer in the store is removed.
     */
    public long update(String itemId) throws IOException {
        return life.update(itemId, ModelFacts.withSources(workspace, Set.of(itemId)).get(itemId), null);
    }

    /**
     * Indexes an item from the store with model facts read earlier, and its latest text when the caller has it (else
     * null: read from the store); any thread may call it.
     */
    @Override
    public long update(String itemId, ModelFacts facts, String text) throws IOException {
        return life.update(itemId, facts, text);
    }

    /**
     * Runs {@code listener} whenever the workspace's index has taken items: after each run of the indexing job that
     * indexed some (a search then counts them), and after a rebuild; it runs on the indexing thread. Returns what
     * removes the listener.
     */
    public static Runnable whenIndexed(ResearchWorkspace workspace, Runnable listener) {
        return workspace.serviceIfCreated(IndexSync.class).map(sync -> sync.addIndexedListener(listener))
                .orElse(() -> {
                });
    }

    /** Waits until the write with this sequence number is searchable. */
    public void waitFor(long sequence) throws InterruptedException {
        life.waitFor(sequence);
    }

    /**
     * Waits for the items filed (and the clips and tags changed) before this call and makes every write so far
     * searchable: a caller sees its own changes.
     */
    private void catchUp() throws IOException {
        awaitPendingItems();
        life.search(searching -> {
            searching.catchUp();
            return null;
        });
    }

    private void awaitPendingItems() throws IOException {
        Optional<IndexSync> sync = workspace.serviceIfCreated(IndexSync.class);
        if (sync.isPresent()) {
            sync.get().awaitPending();
        }
    }

    /** Makes every write so far searchable now (without waiting for the refresh thread). */
    public void refresh() throws IOException {
        awaitPendingItems();
        life.search(searching -> {
            searching.refresh();
            return null;
        });
    }

    /** Makes what is indexed durable (also done on a policy and on close). */
    @Override
    public void commit() throws IOException {
        life.commit();
    }

    /** The writer's live configuration. */
    LiveIndexWriterConfig writerConfig() {
        return life.writing().config();
    }

    /** The documents the current searcher sees, without refreshing it first. */
    int searchableDocuments() throws IOException {
        return life.search(searching -> searching.searchableDocuments());
    }

    // ---- rebuilding

    /**
     * Rebuilds the index from the store and the model, on this thread.
     *
     * @throws IllegalStateException (saying how far it is) while another rebuild runs
     */
    public void rebuild(Progress progress) throws IOException {
        life.rebuild(progress::rebuilt);
    }

    /**
     * Rebuilds the index from the store and the model on a background thread; searches meanwhile are incomplete.
     *
     * @throws IllegalStateException (saying how far it is) while another rebuild runs
     */
    public void rebuildInBackground(Progress progress) {
        life.rebuildInBackground(progress::rebuilt);
    }

    /** Waits for a background rebuild to end. */
    public void awaitRebuild() throws InterruptedException, IOException {
        life.awaitRebuild();
    }

    // ---- searching

    /** Runs a search; see {@link SearchRequest}. */
    public SearchResults search(SearchRequest request) throws QuerySyntaxException, IOException {
        catchUp();
        return life.search(searching -> searching.search(language.parse(request.query(), searching.textLanguages()),
                request, life.notice()));
    }

    /** Statistics read from the index with Lucene's own searcher (doc values, point ranges, counts). */
    public interface Reading<T> {
        T read(IndexSearcher searcher, Query query) throws IOException;
    }

    /**
     * Runs a reading on the current searcher with a query of the query language (empty: every item): for figures
     * such as counts per day or rankings, computed from doc values, never by walking the store.
     */
    public <T> T read(String query, Reading<T> reading) throws QuerySyntaxException, IOException {
        catchUp();
        return life.search(searching -> {
            Query parsed = language.parse(query, searching.textLanguages());
            return searching.read(searcher -> reading.read(searcher, parsed));
        });
    }

    /**
     * Parses a query without running it (for saved searches, the team collection, and the benchmark's plain-Lucene
     * column), for an index holding text in every language that has a text field of its own.
     */
    public Query parse(String query) throws QuerySyntaxException {
        return language.parse(query);
    }

    /** Items like this one (MoreLikeThis on the text), most alike first; near-duplicates grouped. */
    public List<SearchResults.Hit> related(String itemId, int limit) throws IOException {
        catchUp();
        return life.search(searching -> searching.related(itemId, limit));
    }

    // ---- status and closing

    public IndexStatus status() throws IOException {
        return life.status();
    }

    /** Waits for a running rebuild, commits and closes; the workspace's listener calls this when it closes. */
    @Override
    public void close() throws IOException {
        life.close();
    }
}
