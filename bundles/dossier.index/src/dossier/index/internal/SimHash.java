package dossier.index.internal;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * 64-bit SimHash of a text's word 3-shingles, leaving out URLs, @handles and "RT" (words for texts under three words): near-identical texts (the same
 * story syndicated with other boilerplate, the same post re-shared with "RT @x:") differ in a few bits.
 */
public final class SimHash {

    /** Texts whose signatures differ in at most this many bits are near-duplicates. */
    public static final int MAX_DISTANCE = 6;

    private static final Pattern LINKS_AND_HANDLES = Pattern.compile("https?://\\S+|@\\w+");
    private static final Pattern NON_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");

    private SimHash() {
    }

    public static long of(String text) {
        String[] words = NON_WORD.split(LINKS_AND_HANDLES.matcher(text.toLowerCase(Locale.ROOT)).replaceAll(" "));
        int[] counts = new int[64];
        int n = 0;
        long h1 = 0;
        long h2 = 0;
        for (String word : words) {
            if (word.isEmpty() || word.equals("rt")) {
                continue;
            }
            long h = hash(word);
            if (n >= 2) {
                add(counts, mix(h2 * 31 + h1 * 961 + h));
            }
            h2 = h1;
            h1 = h;
            n++;
        }
        if (n < 3) {
            for (String word : words) {
                if (!word.isEmpty()) {
                    add(counts, hash(word));
                }
            }
        }
        long signature = 0;
        for (int bit = 0; bit < 64; bit++) {
            if (counts[bit] > 0) {
                signature |= 1L << bit;
            }
        }
        return signature;
    }

    public static int distance(long a, long b) {
        return Long.bitCount(a ^ b);
    }

    private static void add(int[] counts, long h) {
        for (int bit = 0; bit < 64; bit++) {
            counts[bit] += ((h >>> bit) & 1) != 0 ? 1 : -1;
        }
    }

    private static long hash(String word) {
        long h = 0xcbf29ce484222325L;
        for (int i = 0; i < word.length(); i++) {
            h = (h ^ word.charAt(i)) * 0x100000001b3L;
        }
        return mix(h);
    }

    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
        z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
        return z ^ (z >>> 31);
    }
}
