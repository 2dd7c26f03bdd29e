package dossier.anchoring.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Approximate string search by Myers' bit-parallel algorithm (1999) in Hyyrö's blocked form, for
 * patterns of any length: the edit distance (insertions, deletions, substitutions) of the best
 * match ending at every text position, in O(n * m / 64).
 */
public final class ApproximateSearch {

    /** A match of the pattern at [start, end) of the text with {@code errors} edits. */
    public record Match(int start, int end, int errors) {
    }

    private ApproximateSearch() {
    }

    /**
     * The matches of {@code pattern} in {@code text} with at most {@code maxErrors} edits, the best
     * one of every region: matches never overlap; better (fewer errors, then length closer to the
     * pattern's) come first.
     */
    public static List<Match> find(String text, String pattern, int maxErrors) {
        int m = pattern.length();
        if (m == 0 || text.isEmpty()) {
            return List.of();
        }
        int[] errorsAtEnd = errorsAtEachEnd(text, pattern, false);
        List<Match> candidates = new ArrayList<>();
        for (int j = 0; j < errorsAtEnd.length; j++) {
            int errors = errorsAtEnd[j];
            boolean localMinimum = (j == 0 || errors <= errorsAtEnd[j - 1])
                    && (j == errorsAtEnd.length - 1 || errors < errorsAtEnd[j + 1]);
            if (errors <= maxErrors && localMinimum) {
                candidates.add(withStart(text, pattern, j + 1, errors));
            }
        }
        candidates.sort(Comparator.comparingInt(Match::errors)
                .thenComparingInt(match -> Math.abs(match.end() - match.start() - m)));
        List<Match> kept = new ArrayList<>();
        for (Match candidate : candidates) {
            if (kept.stream().noneMatch(other -> candidate.start() < other.end() && other.start() < candidate.end())) {
                kept.add(candidate);
            }
        }
        return kept;
    }

    /** Finds where the best match ending at {@code end} starts, by aligning backwards. */
    private static Match withStart(String text, String pattern, int end, int errors) {
        int windowStart = Math.max(0, end - pattern.length() - errors);
        String reversedWindow = new StringBuilder(text.substring(windowStart, end)).reverse().toString();
        String reversedPattern = new StringBuilder(pattern).reverse().toString();
        int[] distances = errorsAtEachEnd(reversedWindow, reversedPattern, true);
        int bestLength = -1;
        int bestErrors = Integer.MAX_VALUE;
        for (int k = 0; k < distances.length; k++) {
            int length = k + 1;
            boolean better = distances[k] < bestErrors || distances[k] == bestErrors
                    && Math.abs(length - pattern.length()) < Math.abs(bestLength - pattern.length());
            if (better) {
                bestErrors = distances[k];
                bestLength = length;
            }
        }
        return new Match(end - bestLength, end, bestErrors);
    }

    /**
     * For every end position j + 1 of {@code text}, the edit distance between {@code pattern} and
     * the best substring ending there (or, when {@code anchoredAtStart}, the prefix text[0, j + 1)).
     */
    static int[] errorsAtEachEnd(String text, String pattern, boolean anchoredAtStart) {
        int m = pattern.length();
        int blocks = (m + 63) >>> 6;
        Map<Character, long[]> equalities = new HashMap<>();
        for (int i = 0; i < m; i++) {
            equalities.computeIfAbsent(pattern.charAt(i), c -> new long[blocks])[i >>> 6] |= 1L << (i & 63);
        }
        long[] noEquality = new long[blocks];
        long[] verticalPlus = new long[blocks];
        long[] verticalMinus = new long[blocks];
        Arrays.fill(verticalPlus, -1L);
        long lastRowBit = 1L << ((m - 1) & 63);
        int topRowDelta = anchoredAtStart ? 1 : 0;
        int score = m;
        int[] errors = new int[text.length()];
        for (int j = 0; j < text.length(); j++) {
            long[] equality = equalities.getOrDefault(text.charAt(j), noEquality);
            int carry = topRowDelta;
            for (int b = 0; b < blocks; b++) {
                long rowBit = b == blocks - 1 ? lastRowBit : 1L << 63;
                long pv = verticalPlus[b];
                long mv = verticalMinus[b];
                long eq = equality[b] | (carry < 0 ? 1L : 0L);
                long xv = eq | mv;
                long xh = (((eq & pv) + pv) ^ pv) | eq;
                long ph = mv | ~(xh | pv);
                long mh = pv & xh;
                int carryOut = (ph & rowBit) != 0 ? 1 : (mh & rowBit) != 0 ? -1 : 0;
                ph <<= 1;
                mh <<= 1;
                if (carry < 0) {
                    mh |= 1L;
                } else if (carry > 0) {
                    ph |= 1L;
                }
                verticalPlus[b] = mh | ~(xv | ph);
                verticalMinus[b] = ph & xv;
                carry = carryOut;
            }
            score += carry;
            errors[j] = score;
        }
        return errors;
    }

    /** The Levenshtein distance of two short strings. */
    public static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitution, Math.min(previous[j], current[j - 1]) + 1);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
