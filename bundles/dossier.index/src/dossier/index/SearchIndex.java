package dossier.index;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Optional;
import java.util.LinkedHashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BiConsumer;
import java.util.function.Predicate;
import java.util.stream.Stream;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.facet.DrillDownQuery;
import org.apache.lucene.facet.DrillSideways;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.Facets;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.LiveIndexWriterConfig;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.index.Term;
import org.apache.lucene.queries.mlt.MoreLikeThis;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.ControlledRealTimeReopenThread;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherFactory;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.eclipse.core.runtime.preferences.IEclipsePreferences.IPreferenceChangeListener;

import dossier.casefile.ResearchWorkspace;
import dossier.index.internal.IndexSync;
import dossier.index.internal.QueryLanguage;
import dossier.index.internal.Schema;
import dossier.index.internal.Schema.ItemFacts;
import dossier.index.internal.SimHash;
import dossier.model.Tags;
import dossier.model.casefile.CaseFile;
import dossier.model.casefile.Clip;
import dossier.model.casefile.TagAssignment;
import dossier.store.CaptureStore;
import dossier.store.StoredItem;

/**
 * The full-text index of a research workspace, in {@code <workspace>/index/}: derived from the store and the model,
 * never precious. One {@link IndexWriter}; a {@link SearcherManager} refreshed by a background thread, so a write is
 * searchable within a second ({@link #waitFor(long)} waits for one's own write); commits every 50,000 changes, every
 * 30 s with changes, and on close (the intervals and the writer's RAM buffer are {@link IndexSettings}, applied as they
 * change). A missing, damaged or other-version index found at open is rebuilt from the store
 * (synchronously or in the background); meanwhile searches answer from what is indexed and say they are incomplete.
 * <p>
 * {@link #of(ResearchWorkspace)} gives the one instance of an open workspace, a service of the workspace
 * ({@code dossier.casefile.services}) that {@link IndexSync} keeps in sync with imports; it closes with the workspace.
 */
public final class SearchIndex implements Closeable {

    public static final String FOLDER = "index";
    static final int COMMIT_EVERY_CHANGES = 50_000;

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
    private final CaptureStore store;
    private final Path folder;
    private final Directory directory;
    private final IndexWriter writer;
    private final SearcherManager searchers;
    private volatile ControlledRealTimeReopenThread<IndexSearcher> reopener;
    private int refreshMillis;
    private final IPreferenceChangeListener settingsChanged = event -> applySettings();
    private final ScheduledExecutorService committer;
    private final Analyzer analyzer = Schema.analyzer();
    private final FacetsConfig facetsConfig = Schema.facetsConfig();
    private final QueryLanguage language = new QueryLanguage(analyzer);
    private final AtomicLong pending = new AtomicLong();
    /** The writer's sequence number of the last write, and of the last one a refresh made searchable. */
    private final AtomicLong lastWrite = new AtomicLong();
    private volatile long searchableWrite;
    private volatile long firstPending;
    private volatile long generation = System.currentTimeMillis();
    private final String openProblem;
    /** Held while the rebuild that {@link #openProblem} calls for is started (by the first caller of {@link #of}). */
    private final Object openRebuild = new Object();
    private boolean openRebuildStarted;
    private volatile boolean rebuilding;
    /** Guards a rebuild's writes against updates: the rebuild's model snapshot must not overwrite a newer update. */
    private final Object rebuildWrites = new Object();
    private final Set<String> updatedWhileRebuilding = new HashSet<>();
    private volatile int rebuilt;
    private volatile int rebuildTotal;
    private volatile Thread rebuildThread;
    private volatile IOException rebuildFailure;

    private SearchIndex(ResearchWorkspace workspace, Path folder, Directory directory, IndexWriter writer,
            String openProblem) throws IOException {
        this.workspace = workspace;
        this.store = workspace.store();
        this.folder = folder;
        this.directory = directory;
        this.writer = writer;
        this.openProblem = openProblem;
        this.searchers = new SearcherManager(writer, new SearcherFactory() {
            @Override
            public IndexSearcher newSearcher(IndexReader reader, IndexReader previous) {
                return new FacetedSearcher(reader);
            }
        });
        this.reopener = startReopener();
        IndexSettings.preferences().addPreferenceChangeListener(settingsChanged);
        this.committer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread thread = new Thread(r, "Dossier index commit");
            thread.setDaemon(true);
            return thread;
        });
        committer.scheduleWithFixedDelay(this::commitIfDue, 1, 1, TimeUnit.SECONDS);
    }

    /** A background refresh at most {@link IndexSettings#REFRESH_MILLIS} after a write (at once for a waiter). */
    private ControlledRealTimeReopenThread<IndexSearcher> startReopener() {
        refreshMillis = IndexSettings.REFRESH_MILLIS.value();
        double maxStaleSeconds = refreshMillis / 1000.0;
        ControlledRealTimeReopenThread<IndexSearcher> thread = new ControlledRealTimeReopenThread<>(writer, searchers,
                maxStaleSeconds, Math.min(0.05, maxStaleSeconds));
        thread.setName("Dossier index refresh");
        thread.setDaemon(true);
        thread.start();
        return thread;
    }

    /** Applies changed settings to the open index: the RAM buffer, the refresh interval (the commit's is read as due). */
    private synchronized void applySettings() {
        if (!writer.isOpen()) {
            return;
        }
        writer.getConfig().setRAMBufferSizeMB(IndexSettings.RAM_BUFFER_MB.value());
        ControlledRealTimeReopenThread<IndexSearcher> old = reopener;
        if (refreshMillis != IndexSettings.REFRESH_MILLIS.value()) {
            reopener = startReopener();
            old.close(); // its waiters return, and wait again on the new thread
        }
    }

    /** The writer's live configuration. */
    LiveIndexWriterConfig writerConfig() {
        return writer.getConfig();
    }

    /** The documents the current searcher sees, without refreshing it first. */
    int searchableDocuments() throws IOException {
        IndexSearcher searcher = searchers.acquire();
        try {
            return searcher.getIndexReader().numDocs();
        } finally {
            searchers.release(searcher);
        }
    }

    /** A searcher with the facet state of its reader, built once per reader, when first needed. */
    private final class FacetedSearcher extends IndexSearcher {
        private SortedSetDocValuesReaderState state;
        private boolean stateBuilt;

        FacetedSearcher(IndexReader reader) {
            super(reader);
        }

        synchronized SortedSetDocValuesReaderState facetState() throws IOException {
            if (!stateBuilt) {
                stateBuilt = true;
                try {
                    state = new DefaultSortedSetDocValuesReaderState(getIndexReader(), facetsConfig);
                } catch (IllegalArgumentException e) {
                    state = null; // no document has facets yet
                }
            }
            return state;
        }
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
            if (index.openProblem != null && !index.openRebuildStarted) {
                index.openRebuildStarted = true;
                progress.starting(index.openProblem);
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
        Path folder = workspace.folder().resolve(FOLDER);
        Files.createDirectories(folder);
        FSDirectory directory = FSDirectory.open(folder);
        String problem = null;
        try {
            if (!DirectoryReader.indexExists(directory)) {
                problem = workspace.store().size() == 0 ? null : "there is no search index yet";
            } else {
                String version = SegmentInfos.readLatestCommit(directory).getUserData().get(Schema.VERSION_KEY);
                if (!Schema.VERSION.equals(version)) {
                    problem = "the search index has version " + version + ", this Dossier writes version "
                            + Schema.VERSION;
                    wipe(folder);
                }
            }
        } catch (IOException | RuntimeException e) {
            problem = "the search index is damaged (" + e.getClass().getSimpleName() + ": " + firstLine(e) + ")";
            wipe(folder);
        }
        IndexWriter writer;
        try {
            writer = new IndexWriter(directory, Schema.writerConfig(Schema.analyzer()));
            DirectoryReader.open(writer).close(); // reads every segment's metadata: fails here if one is damaged
        } catch (IOException | RuntimeException e) {
            problem = "the search index is damaged (" + e.getClass().getSimpleName() + ": " + firstLine(e) + ")";
            try {
                directory.close();
            } catch (IOException ignored) {
                // reopened below
            }
            wipe(folder);
            directory = FSDirectory.open(folder);
            writer = new IndexWriter(directory,
                    Schema.writerConfig(Schema.analyzer()).setOpenMode(IndexWriterConfig.OpenMode.CREATE));
        }
        if (problem == null) {
            int documents = writer.getDocStats().numDocs;
            int items = workspace.store().size();
            if (documents != items) {
                problem = "the search index has " + documents + " documents for " + items + " stored items";
            }
        }
        return new SearchIndex(workspace, folder, directory, writer, problem);
    }

    private static String firstLine(Throwable e) {
        String message = e.getMessage() == null ? "" : e.getMessage();
        return message.lines().findFirst().orElse("");
    }

    private static void wipe(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : files.toList()) {
                if (!Files.isDirectory(file)) {
                    Files.delete(file);
                }
            }
        }
    }

    /** Why the index was rebuilt when it was opened (missing, damaged, other version, out of step), or null. */
    public String openProblem() {
        return openProblem;
    }

    // ---- writing

    /**
     * Indexes an item's current state (store, tags, case files) after an import or a change; returns the writer's
     * sequence number to {@link #waitFor(long)} on. An item no longer in the store is removed.
     */
    public long update(String itemId) throws IOException {
        return update(itemId, modelFacts(workspace, itemId));
    }

    /**
     * What the model says of an item: its tags and those of its clips, and the case files holding it or a clip of it.
     * Read it on the thread that changes the model, or under {@link ResearchWorkspace#readModel}.
     */
    public record ModelFacts(List<String> tags, List<Map.Entry<String, String>> cases) {

        /** Nothing: an item in no case file, with no tags. */
        public static final ModelFacts NONE = new ModelFacts(List.of(), List.of());
    }

    /** An item's tags are its own and its clips' tags, so {@code tag:} finds the items of tagged clips. */
    public static ModelFacts modelFacts(ResearchWorkspace workspace, String itemId) {
        return modelFacts(workspace, Set.of(itemId)).getOrDefault(itemId, ModelFacts.NONE);
    }

    /**
     * The facts of these items, in one pass over the model's clips and tag assignments; the case files holding each
     * item come from the workspace's membership index ({@link ResearchWorkspace#holds}), not from a walk over every
     * case file's item ids. Items the model says nothing of are left out.
     */
    public static Map<String, ModelFacts> modelFacts(ResearchWorkspace workspace, Collection<String> itemIds) {
        Set<String> wanted = itemIds instanceof Set<String> set ? set : new HashSet<>(itemIds);
        return modelFacts(workspace, wanted::contains, (caseFile, held) -> {
            for (String itemId : wanted) {
                if (workspace.holds(caseFile, itemId)) {
                    held.add(itemId);
                }
            }
        });
    }

    /** The facts of every item the model knows, for a rebuild: one walk over every case file's item ids. */
    private static Map<String, ModelFacts> allModelFacts(ResearchWorkspace workspace) {
        return modelFacts(workspace, id -> true, (caseFile, held) -> held.addAll(caseFile.getItemIds()));
    }

    /** The facts of the items {@code wanted} accepts; {@code heldItems} adds those a case file holds. */
    private static Map<String, ModelFacts> modelFacts(ResearchWorkspace workspace, Predicate<String> wanted,
            BiConsumer<CaseFile, Set<String>> heldItems) {
        Map<String, Set<String>> tags = new HashMap<>();
        Map<String, List<Map.Entry<String, String>>> cases = new HashMap<>();
        Map<String, String> clipItems = new HashMap<>();
        List<CaseFile> caseFiles = workspace.caseFiles();
        for (CaseFile caseFile : caseFiles) {
            Set<String> held = new LinkedHashSet<>();
            heldItems.accept(caseFile, held);
            for (Clip clip : caseFile.getClips()) {
                if (wanted.test(clip.getItemId())) {
                    clipItems.put(clip.getId(), clip.getItemId());
                    held.add(clip.getItemId());
                }
            }
            for (String itemId : held) {
                cases.computeIfAbsent(itemId, k -> new ArrayList<>()).add(Map.entry(caseFile.getId(),
                        caseFile.getTitle()));
            }
        }
        for (CaseFile caseFile : caseFiles) {
            for (TagAssignment assignment : caseFile.getTagAssignments()) {
                String itemId = clipItems.getOrDefault(assignment.getTargetId(), assignment.getTargetId());
                if (assignment.getTag() != null && wanted.test(itemId)) {
                    tags.computeIfAbsent(itemId, k -> new LinkedHashSet<>()).add(Tags.path(assignment.getTag()));
                }
            }
        }
        Map<String, ModelFacts> facts = new HashMap<>();
        Set<String> itemIds = new HashSet<>(cases.keySet());
        itemIds.addAll(tags.keySet());
        for (String itemId : itemIds) {
            facts.put(itemId, new ModelFacts(List.copyOf(tags.getOrDefault(itemId, Set.of())),
                    List.copyOf(cases.getOrDefault(itemId, List.of()))));
        }
        return facts;
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

    /** Indexes an item from the store with model facts read earlier; any thread may call it. */
    public long update(String itemId, ModelFacts facts) throws IOException {
        return update(itemId, facts, null);
    }

    /** As {@link #update(String, ModelFacts)}, with the item's latest text when the caller has it (else null: read). */
    public long update(String itemId, ModelFacts facts, String text) throws IOException {
        StoredItem item = store.item(itemId).orElse(null);
        ItemFacts fresh = item == null ? null
                : new ItemFacts(item, text != null ? text : store.text(itemId), facts.tags(), facts.cases());
        synchronized (rebuildWrites) {
            if (rebuilding) {
                updatedWhileRebuilding.add(itemId);
            }
            return fresh == null ? written(writer.deleteDocuments(new Term(Schema.ID, itemId))) : index(fresh);
        }
    }

    private long index(ItemFacts facts) throws IOException {
        return written(writer.updateDocument(new Term(Schema.ID, facts.item().id()),
                Schema.document(facts, generation)));
    }

    private long written(long sequence) {
        changed();
        lastWrite.accumulateAndGet(sequence, Math::max);
        return sequence;
    }

    private void changed() {
        if (pending.getAndIncrement() == 0) {
            firstPending = System.currentTimeMillis();
        }
    }

    /** Waits until the write with this sequence number is searchable. */
    public void waitFor(long sequence) throws InterruptedException {
        ControlledRealTimeReopenThread<IndexSearcher> waitedOn;
        do {
            waitedOn = reopener;
            waitedOn.waitForGeneration(sequence);
        } while (waitedOn != reopener);
    }

    /**
     * Waits for the items filed (and the clips and tags changed) before this call and makes every write so far
     * searchable: a caller sees its own changes.
     */
    private void catchUp() throws IOException {
        awaitPendingItems();
        long written = lastWrite.get();
        if (written > searchableWrite) {
            searchers.maybeRefreshBlocking();
            searchableWrite = written;
        }
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
        searchers.maybeRefreshBlocking();
    }

    private void commitIfDue() {
        long changes = pending.get();
        if (changes >= COMMIT_EVERY_CHANGES
                || changes > 0 && System.currentTimeMillis() - firstPending >= IndexSettings.COMMIT_SECONDS.value()
                        * 1000L) {
            try {
                commit();
            } catch (IOException | RuntimeException e) {
                // the next attempt, or close, commits; the index is derived and rebuilt if it is lost
            }
        }
    }

    /** Makes what is indexed durable (also done on a policy and on close). */
    public synchronized void commit() throws IOException {
        if (!writer.isOpen()) {
            return;
        }
        pending.set(0);
        writer.setLiveCommitData(Map.of(Schema.VERSION_KEY, Schema.VERSION, Schema.COMMITTED_KEY,
                Long.toString(System.currentTimeMillis())).entrySet());
        writer.commit();
    }

    // ---- rebuilding

    /**
     * Rebuilds the index from the store and the model, on this thread.
     *
     * @throws IllegalStateException (saying how far it is) while another rebuild runs
     */
    public void rebuild(Progress progress) throws IOException {
        Runnable work = prepareRebuild(progress);
        work.run();
        if (rebuildFailure != null) {
            throw rebuildFailure;
        }
    }

    /**
     * Rebuilds the index from the store and the model on a background thread; searches meanwhile are incomplete.
     *
     * @throws IllegalStateException (saying how far it is) while another rebuild runs
     */
    public void rebuildInBackground(Progress progress) {
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
            throw new IllegalStateException(String.format(java.util.Locale.ROOT, "the search index is already being"
                    + " rebuilt (%,d of %,d items so far); wait for it to finish", rebuilt, rebuildTotal));
        }
    }

    /** Snapshots the model's tags and case files (on the caller's thread: the model is not thread-safe). */
    private Runnable prepareRebuild(Progress progress) {
        synchronized (this) {
            refuseWhileRebuilding();
            synchronized (rebuildWrites) {
                rebuilding = true; // from here on, updates are recorded: the snapshot below cannot overwrite them
            }
        }
        Map<String, ModelFacts> facts;
        try {
            facts = allModelFacts(workspace);
        } catch (RuntimeException e) {
            synchronized (rebuildWrites) {
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
                int step = Math.max(1, ids.size() / 100);
                for (String id : ids) {
                    StoredItem item = store.item(id).orElse(null);
                    if (item != null) {
                        ModelFacts known = facts.getOrDefault(id, ModelFacts.NONE);
                        ItemFacts itemFacts = new ItemFacts(item, store.text(id), known.tags(), known.cases());
                        synchronized (rebuildWrites) {
                            if (!updatedWhileRebuilding.contains(id)) {
                                index(itemFacts); // else an update since the model snapshot knows better
                            }
                        }
                    }
                    rebuilt++;
                    if (rebuilt % step == 0 && rebuilt < ids.size()) {
                        progress.rebuilt(rebuilt, ids.size());
                    }
                }
                writer.deleteDocuments(new BooleanQuery.Builder().add(new MatchAllDocsQuery(), BooleanClause.Occur.MUST)
                        .add(LongPoint.newExactQuery(Schema.GENERATION, gen), BooleanClause.Occur.MUST_NOT).build());
                commit();
                searchers.maybeRefreshBlocking();
                rebuilding = false;
                workspace.serviceIfCreated(IndexSync.class).ifPresent(IndexSync::indexed);
                progress.rebuilt(ids.size(), ids.size());
            } catch (IOException e) {
                rebuildFailure = e;
            } catch (RuntimeException e) {
                rebuildFailure = new IOException("the index rebuild failed: " + e, e);
            } finally {
                synchronized (rebuildWrites) {
                    rebuilding = false;
                    updatedWhileRebuilding.clear();
                }
            }
        };
    }

    // ---- searching

    /** Runs a search; see {@link SearchRequest}. */
    public SearchResults search(SearchRequest request) throws QuerySyntaxException, IOException {
        catchUp();
        Query query = language.parse(request.query());
        FacetedSearcher searcher = (FacetedSearcher) searchers.acquire();
        try {
            return search(searcher, query, request);
        } catch (IndexSearcher.TooManyClauses e) {
            throw new QuerySyntaxException("the query expands to more than 1,024 clauses; narrow it", 0);
        } finally {
            searchers.release(searcher);
        }
    }

    /** Parses a query without running it (for saved searches, and the benchmark's plain-Lucene column). */
    public Query parse(String query) throws QuerySyntaxException {
        return language.parse(query);
    }

    private SearchResults search(FacetedSearcher searcher, Query query, SearchRequest request) throws IOException {
        int window = Math.min(1000, request.limit() * 2 + 5); // room for near-duplicates to group
        Sort sort = request.order() == SearchRequest.Order.DATE
                ? new Sort(new SortField(Schema.DATE, SortField.Type.LONG, true))
                : null;
        SortedSetDocValuesReaderState state = request.facets() || !request.drillDowns().isEmpty()
                ? searcher.facetState()
                : null;
        TopDocs top;
        Facets facets = null;
        if (!request.drillDowns().isEmpty() && state != null) {
            DrillDownQuery drill = new DrillDownQuery(facetsConfig, query);
            for (SearchRequest.DrillDown d : request.drillDowns()) {
                drill.add(d.dimension(), d.dimension().equals("tag") ? Tags.split(d.value()).toArray(String[]::new)
                        : new String[] { d.value() });
            }
            if (request.facets()) {
                DrillSideways.DrillSidewaysResult result = new DrillSideways(searcher, facetsConfig, state)
                        .search(drill, null, null, window, sort, false);
                top = result.hits;
                facets = result.facets;
            } else {
                top = sort == null ? searcher.search(drill, window) : searcher.search(drill, window, sort);
            }
        } else if (request.facets() && state != null) {
            FacetsCollector collector = new FacetsCollector();
            top = sort == null ? FacetsCollector.search(searcher, query, window, collector)
                    : FacetsCollector.search(searcher, query, window, sort, collector);
            facets = new SortedSetDocValuesFacetCounts(state, collector);
        } else {
            top = sort == null ? searcher.search(query, window) : searcher.search(query, window, sort);
        }
        List<List<ScoreDoc>> groups = group(searcher, top.scoreDocs, request.limit());
        ScoreDoc[] leaders = groups.stream().map(g -> g.get(0)).toArray(ScoreDoc[]::new);
        String[] snippets = UnifiedHighlighter.builder(searcher, analyzer)
                .withFormatter(new DefaultPassageFormatter("[", "]", " \u2026 ", false)).build()
                .highlight(Schema.TEXT, language.highlightQuery(query), new TopDocs(top.totalHits, leaders), 1);
        List<SearchResults.Hit> hits = new ArrayList<>();
        Set<String> wanted = Set.of(Schema.ID, Schema.TITLE, Schema.TYPE, Schema.DATE);
        for (int i = 0; i < groups.size(); i++) {
            List<ScoreDoc> group = groups.get(i);
            Document doc = searcher.storedFields().document(group.get(0).doc, wanted);
            List<String> duplicates = new ArrayList<>();
            for (ScoreDoc member : group.subList(1, group.size())) {
                duplicates.add(searcher.storedFields().document(member.doc, Set.of(Schema.ID)).get(Schema.ID));
            }
            String title = doc.get(Schema.TITLE);
            String snippet = snippets[i] == null ? "" : snippets[i].replaceAll("\\s+", " ").strip();
            if (title != null && !title.isBlank() && snippet.startsWith(title + " ")) {
                snippet = snippet.substring(title.length() + 1); // the title is shown beside the snippet
            }
            Number date = doc.getField(Schema.DATE) == null ? null : doc.getField(Schema.DATE).numericValue();
            hits.add(new SearchResults.Hit(doc.get(Schema.ID), doc.get(Schema.TITLE), doc.get(Schema.TYPE),
                    date == null ? null : Instant.ofEpochMilli(date.longValue()), snippet,
                    Float.isNaN(group.get(0).score) ? 0 : group.get(0).score, group.size(), duplicates));
        }
        Map<String, List<SearchResults.FacetValue>> counts = facets == null ? Map.of()
                : counts(facets, state, request);
        boolean incomplete = rebuilding;
        String notice = incomplete ? String.format(java.util.Locale.ROOT, "the search index is being rebuilt (%,d of"
                + " %,d items so far): results may be incomplete", rebuilt, rebuildTotal) : null;
        return new SearchResults(top.totalHits.value, hits, counts, incomplete, notice);
    }

    /**
     * Groups near-duplicates among the ranked documents (SimHash within {@link SimHash#MAX_DISTANCE} bits of the
     * group's first member), keeping rank order, until {@code limit} groups.
     */
    private static List<List<ScoreDoc>> group(IndexSearcher searcher, ScoreDoc[] docs, int limit) throws IOException {
        List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
        List<List<ScoreDoc>> groups = new ArrayList<>();
        List<Long> signatures = new ArrayList<>();
        for (ScoreDoc doc : docs) {
            LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(doc.doc, leaves));
            NumericDocValues values = leaf.reader().getNumericDocValues(Schema.SIMHASH);
            long signature = values != null && values.advanceExact(doc.doc - leaf.docBase) ? values.longValue() : 0;
            int found = -1;
            for (int g = 0; g < groups.size() && found < 0; g++) {
                if (SimHash.distance(signatures.get(g), signature) <= SimHash.MAX_DISTANCE) {
                    found = g;
                }
            }
            if (found >= 0) {
                groups.get(found).add(doc);
            } else if (groups.size() < limit) {
                groups.add(new ArrayList<>(List.of(doc)));
                signatures.add(signature);
            }
        }
        return groups;
    }

    private static Map<String, List<SearchResults.FacetValue>> counts(Facets facets,
            SortedSetDocValuesReaderState state, SearchRequest request) throws IOException {
        Map<String, List<SearchResults.FacetValue>> counts = new LinkedHashMap<>();
        for (String dim : Schema.FACETS) {
            if (!Schema.hasDimension(state, dim)) {
                counts.put(dim, List.of()); // no document has it (Lucene fails on an absent hierarchical one)
                continue;
            }
            String[] drilledTag = dim.equals("tag") ? request.drillDowns().stream()
                    .filter(d -> d.dimension().equals("tag")).reduce((a, b) -> b)
                    .map(d -> Tags.split(d.value()).toArray(String[]::new)).orElse(null) : null;
            String[] path = drilledTag == null ? new String[0] : Arrays.copyOf(drilledTag, drilledTag.length - 1);
            List<SearchResults.FacetValue> values = new ArrayList<>();
            addValues(values, facets, dim, path); // a drilled tag's siblings, sideways
            if (drilledTag != null) {
                addValues(values, facets, dim, drilledTag); // and its children, to drill further down
            }
            counts.put(dim, values);
        }
        return counts;
    }

    private static void addValues(List<SearchResults.FacetValue> values, Facets facets, String dim, String[] path)
            throws IOException {
        FacetResult result;
        try {
            result = facets.getTopChildren(dim.equals("month") ? 24 : 10, dim, path);
        } catch (IllegalArgumentException e) {
            return; // a path no result has
        }
        if (result != null) {
            String prefix = path.length == 0 ? "" : String.join("/", path) + "/";
            for (LabelAndValue value : result.labelValues) {
                values.add(new SearchResults.FacetValue(prefix + value.label, value.value.longValue()));
            }
        }
    }

    /** Items like this one (MoreLikeThis on the text), most alike first; near-duplicates grouped. */
    public List<SearchResults.Hit> related(String itemId, int limit) throws IOException {
        catchUp();
        FacetedSearcher searcher = (FacetedSearcher) searchers.acquire();
        try {
            TopDocs self = searcher.search(new TermQuery(new Term(Schema.ID, itemId)), 1);
            if (self.scoreDocs.length == 0) {
                return List.of();
            }
            MoreLikeThis like = new MoreLikeThis(searcher.getIndexReader());
            like.setAnalyzer(analyzer);
            like.setFieldNames(new String[] { Schema.TEXT });
            like.setMinTermFreq(1);
            like.setMinDocFreq(1);
            like.setMaxQueryTerms(30);
            Query query = new BooleanQuery.Builder().add(like.like(self.scoreDocs[0].doc), BooleanClause.Occur.SHOULD)
                    .add(new TermQuery(new Term(Schema.ID, itemId)), BooleanClause.Occur.MUST_NOT).build();
            return search(searcher, query, SearchRequest.of("").withLimit(limit)).hits();
        } finally {
            searchers.release(searcher);
        }
    }

    // ---- status and closing

    public IndexStatus status() throws IOException {
        Instant committed = null;
        if (DirectoryReader.indexExists(directory)) {
            String millis = SegmentInfos.readLatestCommit(directory).getUserData().get(Schema.COMMITTED_KEY);
            committed = millis == null ? null : Instant.ofEpochMilli(Long.parseLong(millis));
        }
        return new IndexStatus(writer.getDocStats().numDocs, store.size(), Schema.VERSION, committed, rebuilding,
                rebuilt, folder.toString());
    }

    /** Waits for a running rebuild, commits and closes; the workspace's listener calls this when it closes. */
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
        IndexSettings.preferences().removePreferenceChangeListener(settingsChanged);
        committer.shutdownNow();
        reopener.close();
        try {
            commit();
        } finally {
            searchers.close();
            writer.close();
            directory.close();
        }
    }
}
