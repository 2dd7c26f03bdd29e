package dossier.index.internal;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
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
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.Term;
import org.apache.lucene.queries.mlt.MoreLikeThis;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.ControlledRealTimeReopenThread;
import org.apache.lucene.search.IndexSearcher;
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

import dossier.index.IndexSettings;
import dossier.index.QuerySyntaxException;
import dossier.index.SearchRequest;
import dossier.index.SearchResults;
import dossier.model.Tags;

/**
 * The searching side of an index: a {@link SearcherManager} over the writer, refreshed by a background thread at
 * most {@link IndexSettings#REFRESH_MILLIS} after a write (at once for a waiter), or over a fixed reader (an index of
 * an older version answering until the new one is built); search with facets, snippets and near-duplicates grouped,
 * and related items.
 */
public final class IndexSearching implements Closeable {

    private static final FacetsConfig FACETS_CONFIG = Schema.facetsConfig();
    /** The fields whose matches a snippet of the text shows: the text's own and its languages'. */
    private static final Set<String> TEXT_AND_LANGUAGES = Stream.concat(Stream.of(Schema.TEXT),
            Schema.TEXT_LANGUAGES.stream().map(Schema::textField)).collect(Collectors.toUnmodifiableSet());

    private final SearcherManager searchers;
    /** The writer whose writes this refreshes to, or null for a fixed reader. */
    private final IndexWriting writing;
    private volatile ControlledRealTimeReopenThread<IndexSearcher> reopener;
    private int refreshMillis;
    private final IPreferenceChangeListener settingsChanged = event -> applySettings();
    private final Analyzer analyzer;
    private final QueryLanguage language;
    /** The folder of a fixed reader, closed with it. */
    private final Directory directory;
    /** The last write a refresh made searchable. */
    private volatile long searchableWrite;

    private IndexSearching(SearcherManager searchers, IndexWriting writing, Directory directory,
            QueryLanguage language) {
        this.searchers = searchers;
        this.writing = writing;
        this.directory = directory;
        this.language = language;
        this.analyzer = language.analyzer();
        if (writing != null) {
            reopener = startReopener();
            IndexSettings.preferences().addPreferenceChangeListener(settingsChanged);
        }
    }

    /** Searches what {@code writing} writes, near-real-time. */
    public static IndexSearching live(IndexWriting writing, QueryLanguage language) throws IOException {
        return new IndexSearching(new SearcherManager(writing.writer(), FACETED), writing, null, language);
    }

    /**
     * Searches the index in a folder as it is, never refreshed (an index of an older version, answering until the new
     * one is built); fails if it cannot be read.
     */
    public static IndexSearching fixed(Path folder, QueryLanguage language) throws IOException {
        Directory directory = FSDirectory.open(folder);
        try {
            return new IndexSearching(new SearcherManager(DirectoryReader.open(directory), FACETED), null, directory,
                    language);
        } catch (IOException | RuntimeException e) {
            directory.close();
            throw e;
        }
    }

    private static final SearcherFactory FACETED = new SearcherFactory() {
        @Override
        public IndexSearcher newSearcher(IndexReader reader, IndexReader previous) {
            return new FacetedSearcher(reader);
        }
    };

    /** A background refresh at most {@link IndexSettings#REFRESH_MILLIS} after a write (at once for a waiter). */
    private ControlledRealTimeReopenThread<IndexSearcher> startReopener() {
        refreshMillis = IndexSettings.REFRESH_MILLIS.value();
        double maxStaleSeconds = refreshMillis / 1000.0;
        ControlledRealTimeReopenThread<IndexSearcher> thread = new ControlledRealTimeReopenThread<>(writing.writer(),
                searchers, maxStaleSeconds, Math.min(0.05, maxStaleSeconds));
        thread.setName("Dossier index refresh");
        thread.setDaemon(true);
        thread.start();
        return thread;
    }

    /** A new refresh interval restarts the refresh thread. */
    private synchronized void applySettings() {
        ControlledRealTimeReopenThread<IndexSearcher> old = reopener;
        if (old != null && refreshMillis != IndexSettings.REFRESH_MILLIS.value()) {
            reopener = startReopener();
            old.close(); // its waiters return, and wait again on the new thread
        }
    }

    /** Waits until the write with this sequence number is searchable (a fixed reader never shows it). */
    public void waitFor(long sequence) throws InterruptedException {
        ControlledRealTimeReopenThread<IndexSearcher> waitedOn;
        do {
            waitedOn = reopener;
            if (waitedOn == null) {
                return;
            }
            waitedOn.waitForGeneration(sequence);
        } while (waitedOn != reopener);
    }

    /** Makes every write so far searchable, if it is not yet. */
    public void catchUp() throws IOException {
        if (writing == null) {
            return;
        }
        long written = writing.lastWrite();
        if (written > searchableWrite) {
            searchers.maybeRefreshBlocking();
            searchableWrite = written;
        }
    }

    /** Makes every write so far searchable now. */
    public void refresh() throws IOException {
        if (writing != null) {
            searchers.maybeRefreshBlocking();
        }
    }

    /** The documents the current searcher sees, without refreshing it first. */
    public int searchableDocuments() throws IOException {
        IndexSearcher searcher = searchers.acquire();
        try {
            return searcher.getIndexReader().numDocs();
        } finally {
            searchers.release(searcher);
        }
    }

    /** The languages whose text field some document of the current searcher has (see {@link Schema#TEXT_LANGUAGES}). */
    public Set<String> textLanguages() throws IOException {
        return read(searcher -> {
            Set<String> languages = new TreeSet<>();
            for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
                for (String language : Schema.TEXT_LANGUAGES) {
                    if (leaf.reader().getFieldInfos().fieldInfo(Schema.textField(language)) != null) {
                        languages.add(language);
                    }
                }
            }
            return languages;
        });
    }

    /** Something read with a searcher. */
    public interface Read<T> {
        T read(IndexSearcher searcher) throws IOException;
    }

    /** Runs {@code read} on the current searcher, held for the call. */
    public <T> T read(Read<T> read) throws IOException {
        IndexSearcher searcher = searchers.acquire();
        try {
            return read.read(searcher);
        } finally {
            searchers.release(searcher);
        }
    }

    /** A searcher with the facet state of its reader, built once per reader, when first needed. */
    private static final class FacetedSearcher extends IndexSearcher {
        private SortedSetDocValuesReaderState state;
        private boolean stateBuilt;

        FacetedSearcher(IndexReader reader) {
            super(reader);
        }

        synchronized SortedSetDocValuesReaderState facetState() throws IOException {
            if (!stateBuilt) {
                stateBuilt = true;
                try {
                    state = new DefaultSortedSetDocValuesReaderState(getIndexReader(), FACETS_CONFIG);
                } catch (IllegalArgumentException e) {
                    state = null; // no document has facets yet
                }
            }
            return state;
        }
    }

    /** Runs a parsed search; {@code notice} (or null) says why the results may be incomplete. */
    public SearchResults search(Query query, SearchRequest request, String notice)
            throws QuerySyntaxException, IOException {
        FacetedSearcher searcher = (FacetedSearcher) searchers.acquire();
        try {
            return search(searcher, query, request, notice);
        } catch (IndexSearcher.TooManyClauses e) {
            throw new QuerySyntaxException("the query expands to more than 1,024 clauses; narrow it", 0);
        } finally {
            searchers.release(searcher);
        }
    }

    private SearchResults search(FacetedSearcher searcher, Query query, SearchRequest request, String notice)
            throws IOException {
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
            DrillDownQuery drill = new DrillDownQuery(FACETS_CONFIG, query);
            for (SearchRequest.DrillDown d : request.drillDowns()) {
                drill.add(d.dimension(), d.dimension().equals("tag") ? Tags.split(d.value()).toArray(String[]::new)
                        : new String[] { d.value() });
            }
            if (request.facets()) {
                DrillSideways.DrillSidewaysResult result = new DrillSideways(searcher, FACETS_CONFIG, state)
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
                .withMaskedFieldsFunc(field -> TEXT_AND_LANGUAGES)
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
        return new SearchResults(top.totalHits.value, hits, counts, notice != null, notice);
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
            return search(searcher, query, SearchRequest.of("").withLimit(limit), null).hits();
        } finally {
            searchers.release(searcher);
        }
    }

    @Override
    public void close() throws IOException {
        if (reopener != null) {
            IndexSettings.preferences().removePreferenceChangeListener(settingsChanged);
            reopener.close();
        }
        searchers.close();
        if (directory != null) {
            directory.close();
        }
    }
}
