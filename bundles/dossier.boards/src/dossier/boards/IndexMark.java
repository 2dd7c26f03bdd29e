package dossier.boards;

import java.io.IOException;
import java.util.HashMap;
import java.util.Map;

import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.Weight;
import org.apache.lucene.util.Bits;

import dossier.index.QuerySyntaxException;
import dossier.index.SearchIndex;

/**
 * The index as a panel was computed from: its segments and how many documents each had deleted. The index writes a
 * new or changed item into a new segment (a change deletes the old document), so what came in since is in the
 * segments not marked, and a segment gone or with more deletions means items were changed or removed.
 */
public final class IndexMark {

    private final Map<Object, Integer> deletions;

    private IndexMark(Map<Object, Integer> deletions) {
        this.deletions = deletions;
    }

    /** The index as it is now. */
    public static IndexMark of(SearchIndex index) throws IOException {
        try {
            return index.read("", (searcher, all) -> new IndexMark(deletions(searcher.getIndexReader())));
        } catch (QuerySyntaxException e) {
            throw new IllegalStateException("the empty query is every item", e);
        }
    }

    /**
     * Whether the index changed what a query finds since this mark: an item it finds came in (or was changed), or
     * items were changed or removed (the index cannot say whether they were found by the query before, so yes).
     */
    public boolean touched(SearchIndex index, String query) throws IOException, QuerySyntaxException {
        return index.read(query, (searcher, parsed) -> touched(searcher, parsed));
    }

    /** Whether items were changed or removed since this mark. */
    public boolean removedSince(SearchIndex index) throws IOException {
        try {
            return index.read("", (searcher, all) -> removed(searcher.getIndexReader()));
        } catch (QuerySyntaxException e) {
            throw new IllegalStateException("the empty query is every item", e);
        }
    }

    private boolean touched(IndexSearcher searcher, Query query) throws IOException {
        if (removed(searcher.getIndexReader())) {
            return true;
        }
        Weight weight = null;
        for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
            if (deletions.containsKey(key(leaf))) {
                continue;
            }
            if (weight == null) {
                weight = searcher.createWeight(searcher.rewrite(query), ScoreMode.COMPLETE_NO_SCORES, 1f);
            }
            Scorer scorer = weight.scorer(leaf);
            if (scorer == null) {
                continue;
            }
            Bits live = leaf.reader().getLiveDocs();
            DocIdSetIterator docs = scorer.iterator();
            for (int doc = docs.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = docs.nextDoc()) {
                if (live == null || live.get(doc)) {
                    return true;
                }
            }
        }
        return false;
    }

    private boolean removed(IndexReader reader) {
        Map<Object, Integer> now = deletions(reader);
        for (Map.Entry<Object, Integer> marked : deletions.entrySet()) {
            Integer deleted = now.get(marked.getKey());
            if (deleted == null || deleted > marked.getValue()) {
                return true;
            }
        }
        return false;
    }

    private static Map<Object, Integer> deletions(IndexReader reader) {
        Map<Object, Integer> deletions = new HashMap<>();
        for (LeafReaderContext leaf : reader.leaves()) {
            deletions.put(key(leaf), leaf.reader().numDeletedDocs());
        }
        return deletions;
    }

    /** A segment's identity (a reader without one is new each time: always looked at). */
    private static Object key(LeafReaderContext leaf) {
        var helper = leaf.reader().getCoreCacheHelper();
        return helper == null ? leaf.reader() : helper.getKey();
    }
}
