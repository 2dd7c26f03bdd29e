package dossier.anchoring.internal;

import java.util.Arrays;

/**
 * A text folded for comparison, with a map back to the original: whitespace runs become one
 * space, typographic quotes, dashes and the ellipsis become their ASCII forms, and invisible
 * characters (soft hyphen, zero-width spaces, BOM) are dropped. Case is kept.
 */
public final class NormalizedText {

    private final String text;
    /** for each folded char, the original range it came from */
    private final int[] originalStart;
    private final int[] originalEnd;
    /** for each original index (and the length), the first folded char at or after it */
    private final int[] foldedIndex;

    private NormalizedText(String text, int[] originalStart, int[] originalEnd, int[] foldedIndex) {
        this.text = text;
        this.originalStart = originalStart;
        this.originalEnd = originalEnd;
        this.foldedIndex = foldedIndex;
    }

    /** Folds {@code original} without keeping the map: for short keys. */
    public static String fold(String original) {
        return of(original).text;
    }

    public static NormalizedText of(String original) {
        int length = original.length();
        StringBuilder folded = new StringBuilder(length);
        int[] starts = new int[length * 3 + 1];
        int[] ends = new int[length * 3 + 1];
        int[] foldedIndex = new int[length + 1];
        int i = 0;
        while (i < length) {
            foldedIndex[i] = folded.length();
            char c = original.charAt(i);
            if (isSpace(c)) {
                int runEnd = i + 1;
                while (runEnd < length && (isSpace(original.charAt(runEnd)) || isInvisible(original.charAt(runEnd)))) {
                    foldedIndex[runEnd++] = folded.length();
                }
                append(folded, starts, ends, " ", i, runEnd);
                i = runEnd;
                continue;
            }
            if (!isInvisible(c)) {
                append(folded, starts, ends, fold(c), i, i + 1);
            }
            i++;
        }
        foldedIndex[length] = folded.length();
        int n = folded.length();
        return new NormalizedText(folded.toString(), Arrays.copyOf(starts, n), Arrays.copyOf(ends, n), foldedIndex);
    }

    private static void append(StringBuilder folded, int[] starts, int[] ends, String replacement, int from, int to) {
        for (int k = 0; k < replacement.length(); k++) {
            starts[folded.length()] = from;
            ends[folded.length()] = to;
            folded.append(replacement.charAt(k));
        }
    }

    private static boolean isSpace(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c);
    }

    private static boolean isInvisible(char c) {
        return c == '\u00AD' || c == '\u200B' || c == '\u200C' || c == '\u200D' || c == '\u2060' || c == '\uFEFF';
    }

    private static String fold(char c) {
        switch (c) {
        case '\u2018', '\u2019', '\u201A', '\u201B', '\u2032', '\u00B4', '`':
            return "'";
        case '\u201C', '\u201D', '\u201E', '\u201F', '\u2033', '\u00AB', '\u00BB':
            return "\"";
        case '\u2010', '\u2011', '\u2012', '\u2013', '\u2014', '\u2015', '\u2212', '\uFE58', '\uFE63', '\uFF0D':
            return "-";
        case '\u2026':
            return "...";
        default:
            return String.valueOf(c);
        }
    }

    public String text() {
        return text;
    }

    public int length() {
        return text.length();
    }

    /** The folded index of original index {@code originalIndex} (0..original length). */
    public int foldedIndex(int originalIndex) {
        return foldedIndex[originalIndex];
    }

    /** The original start of folded char {@code index}. */
    public int originalStart(int index) {
        return originalStart[index];
    }

    /** The original end of the folded range ending (exclusive) at {@code end} > 0. */
    public int originalEnd(int end) {
        return originalEnd[end - 1];
    }
}
