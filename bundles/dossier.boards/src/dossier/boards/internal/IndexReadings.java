package dossier.boards.internal;

import java.io.IOException;
import java.util.Arrays;
import java.util.function.IntConsumer;

import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.Weight;
import org.apache.lucene.util.Bits;

import dossier.index.IndexSchema;

/** Figures read from the index's doc values for the items a query matches: never from the store. */
final class IndexReadings {

    private IndexReadings() {
    }

    /** Visits each live document of a leaf that the query matches. */
    interface LeafVisitor {
        IntConsumer open(LeafReaderContext leaf) throws IOException;
    }

    static void forEachMatch(IndexSearcher searcher, Query query, LeafVisitor visitor) throws IOException {
        Weight weight = searcher.createWeight(searcher.rewrite(query), ScoreMode.COMPLETE_NO_SCORES, 1f);
        for (LeafReaderContext context : searcher.getIndexReader().leaves()) {
            Scorer scorer = weight.scorer(context);
            if (scorer == null) {
                continue;
            }
            IntConsumer onDoc = visitor.open(context);
            Bits live = context.reader().getLiveDocs();
            DocIdSetIterator docs = scorer.iterator();
            for (int doc = docs.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = docs.nextDoc()) {
                if (live == null || live.get(doc)) {
                    onDoc.accept(doc);
                }
            }
        }
    }

    /** The dates (published, else captured; epoch milliseconds) of the matching items, in index order. */
    static long[] dates(IndexSearcher searcher, Query query) throws IOException {
        long[][] dates = { new long[1024] };
        int[] n = { 0 };
        forEachMatch(searcher, query, leaf -> {
            NumericDocValues values = leaf.reader().getNumericDocValues(IndexSchema.DATE);
            return doc -> {
                try {
                    if (values != null && values.advanceExact(doc)) {
                        if (n[0] == dates[0].length) {
                            dates[0] = Arrays.copyOf(dates[0], n[0] * 2);
                        }
                        dates[0][n[0]++] = values.longValue();
                    }
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            };
        });
        return Arrays.copyOf(dates[0], n[0]);
    }

    /**
     * A numeric doc value of a document, or {@code missing}; doc ids must come in increasing order. A primitive, not a
     * boxed Long: read for each of a million matches, boxes made the garbage collector stop the UI thread sooner.
     */
    static long value(NumericDocValues values, int doc, long missing) {
        try {
            return values != null && values.advanceExact(doc) ? values.longValue() : missing;
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
