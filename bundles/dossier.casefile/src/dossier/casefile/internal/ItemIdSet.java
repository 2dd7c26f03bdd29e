package dossier.casefile.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A set of item ids kept exactly in 12 bytes an id: a store's id (16 base32 characters, 80 bits) is packed into a
 * long (its first 12 characters) and an int (its last 4), in sorted arrays searched by halves; any other id is kept
 * as a string. Immutable: {@link #with} makes the union with more ids in one pass.
 */
public final class ItemIdSet {

    /** The base32 characters of store ids in their order as characters, so packed ids sort as the ids do. */
    private static final String ALPHABET = "234567abcdefghijklmnopqrstuvwxyz";
    private static final int LENGTH = 16;
    private static final int HIGH_CHARACTERS = 12;
    public static final ItemIdSet EMPTY = new ItemIdSet(new long[0], new int[0], Set.of());

    private final long[] high;
    private final int[] low;
    private final Set<String> others;

    private ItemIdSet(long[] high, int[] low, Set<String> others) {
        this.high = high;
        this.low = low;
        this.others = others;
    }

    /** The set of these ids (repeats kept once). */
    public static ItemIdSet of(Collection<String> ids) {
        return EMPTY.with(ids);
    }

    /** This set and {@code more}: a new set; this one is left as it is. */
    public ItemIdSet with(Collection<String> more) {
        List<String> packable = new ArrayList<>(more.size());
        Set<String> unpackable = new HashSet<>(others);
        for (String id : more) {
            if (packable(id)) {
                packable.add(id);
            } else {
                unpackable.add(id);
            }
        }
        String[] sorted = packable.toArray(String[]::new);
        Arrays.sort(sorted);
        long[] mergedHigh = new long[high.length + sorted.length];
        int[] mergedLow = new int[mergedHigh.length];
        int i = 0;
        int j = 0;
        int n = 0;
        while (i < high.length || j < sorted.length) {
            long nextHigh;
            int nextLow;
            if (j >= sorted.length || i < high.length && compare(high[i], low[i], sorted[j]) <= 0) {
                nextHigh = high[i];
                nextLow = low[i++];
            } else {
                nextHigh = packHigh(sorted[j]);
                nextLow = packLow(sorted[j++]);
            }
            if (n == 0 || mergedHigh[n - 1] != nextHigh || mergedLow[n - 1] != nextLow) {
                mergedHigh[n] = nextHigh;
                mergedLow[n++] = nextLow;
            }
        }
        return new ItemIdSet(Arrays.copyOf(mergedHigh, n), Arrays.copyOf(mergedLow, n), Set.copyOf(unpackable));
    }

    public boolean contains(String id) {
        if (!packable(id)) {
            return others.contains(id);
        }
        long wantedHigh = packHigh(id);
        int wantedLow = packLow(id);
        int from = 0;
        int to = high.length - 1;
        while (from <= to) {
            int middle = (from + to) >>> 1;
            int order = high[middle] != wantedHigh ? Long.compare(high[middle], wantedHigh)
                    : Integer.compare(low[middle], wantedLow);
            if (order == 0) {
                return true;
            }
            if (order < 0) {
                from = middle + 1;
            } else {
                to = middle - 1;
            }
        }
        return false;
    }

    public int size() {
        return high.length + others.size();
    }

    /** How a packed id compares with a packable one. */
    private static int compare(long packedHigh, int packedLow, String id) {
        long idHigh = packHigh(id);
        return packedHigh != idHigh ? Long.compare(packedHigh, idHigh) : Integer.compare(packedLow, packLow(id));
    }

    private static boolean packable(String id) {
        if (id.length() != LENGTH) {
            return false;
        }
        for (int i = 0; i < LENGTH; i++) {
            if (ALPHABET.indexOf(id.charAt(i)) < 0) {
                return false;
            }
        }
        return true;
    }

    private static long packHigh(String id) {
        long packed = 0;
        for (int i = 0; i < HIGH_CHARACTERS; i++) {
            packed = packed << 5 | ALPHABET.indexOf(id.charAt(i));
        }
        return packed;
    }

    private static int packLow(String id) {
        int packed = 0;
        for (int i = HIGH_CHARACTERS; i < LENGTH; i++) {
            packed = packed << 5 | ALPHABET.indexOf(id.charAt(i));
        }
        return packed;
    }
}
