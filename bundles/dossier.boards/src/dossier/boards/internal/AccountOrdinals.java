package dossier.boards.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.OrdinalMap;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.util.BytesRef;

import dossier.index.IndexSchema;

/**
 * The account names of a whole index reader by one number each, in the names' order (Lucene's {@link OrdinalMap}
 * over the segments' sorted doc values): made once per reader and shared by every panel that ranks accounts on it,
 * forgotten when the reader closes.
 */
final class AccountOrdinals {

    /** Packed arrays of the map a quarter larger than the smallest, for faster reads (Lucene's PackedInts.DEFAULT). */
    private static final float PACKING_OVERHEAD = 0.25f;
    private static final Map<IndexReader.CacheKey, OrdinalMap> MAPS = new ConcurrentHashMap<>();

    private AccountOrdinals() {
    }

    /** The map of the reader's account names; made by the first panel that asks, the others wait for it. */
    static OrdinalMap of(IndexReader reader) throws IOException {
        IndexReader.CacheHelper helper = reader.getReaderCacheHelper();
        if (helper == null) {
            return build(reader, null);
        }
        try {
            return MAPS.computeIfAbsent(helper.getKey(), key -> {
                helper.addClosedListener(MAPS::remove);
                try {
                    return build(reader, key);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    private static OrdinalMap build(IndexReader reader, IndexReader.CacheKey key) throws IOException {
        List<LeafReaderContext> leaves = reader.leaves();
        SortedDocValues[] names = new SortedDocValues[leaves.size()];
        for (int i = 0; i < names.length; i++) {
            names[i] = DocValues.getSorted(leaves.get(i).reader(), IndexSchema.ACCOUNT);
        }
        return OrdinalMap.build(key, names, PACKING_OVERHEAD);
    }

    /** The name of a global ordinal of the map made for the reader. */
    static String name(OrdinalMap map, IndexReader reader, long ordinal) throws IOException {
        LeafReaderContext leaf = reader.leaves().get(map.getFirstSegmentNumber(ordinal));
        BytesRef name = DocValues.getSorted(leaf.reader(), IndexSchema.ACCOUNT)
                .lookupOrd((int) map.getFirstSegmentOrd(ordinal));
        return name.utf8ToString();
    }
}
