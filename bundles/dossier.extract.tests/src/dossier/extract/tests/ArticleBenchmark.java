package dossier.extract.tests;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The article-extraction benchmark's metric, exactly as its {@code score.py} computes it: texts split
 * into {@code \w+} tokens (Python's Unicode word characters), compared as multisets of 4-token
 * shingles; per page the true-positive, false-positive and false-negative counts are normalised to sum
 * to 1; precision and recall are averaged over pages and F1 is the harmonic mean of the two averages.
 */
final class ArticleBenchmark {

    /** Per-page counts, normalised to sum to 1 (all 0 when both texts are empty). */
    record Counts(double tp, double fp, double fn) {
        double precision() {
            if (fp == 0 && fn == 0) {
                return 1.0;
            }
            return tp == 0 && fp == 0 ? 0.0 : tp / (tp + fp);
        }

        double recall() {
            if (fp == 0 && fn == 0) {
                return 1.0;
            }
            return tp == 0 && fn == 0 ? 0.0 : tp / (tp + fn);
        }

        double f1() {
            double p = precision();
            double r = recall();
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }
    }

    record Score(double f1, double precision, double recall, int pages) {
    }

    private ArticleBenchmark() {
    }

    /** Python's {@code \w} on str: alphabetic, decimal, digit or numeric characters, and the underscore. */
    static boolean isWordChar(int cp) {
        if (cp == '_' || Character.isLetter(cp)) {
            return true;
        }
        int type = Character.getType(cp);
        return type == Character.DECIMAL_DIGIT_NUMBER || type == Character.LETTER_NUMBER
                || type == Character.OTHER_NUMBER;
    }

    static List<String> tokens(String text) {
        List<String> tokens = new ArrayList<>();
        if (text == null) {
            return tokens;
        }
        int start = -1;
        for (int i = 0; i < text.length();) {
            int cp = text.codePointAt(i);
            if (isWordChar(cp)) {
                if (start < 0) {
                    start = i;
                }
            } else if (start >= 0) {
                tokens.add(text.substring(start, i));
                start = -1;
            }
            i += Character.charCount(cp);
        }
        if (start >= 0) {
            tokens.add(text.substring(start));
        }
        return tokens;
    }

    static Map<String, Integer> shingles(String text) {
        List<String> tokens = tokens(text);
        Map<String, Integer> shingles = new HashMap<>();
        if (tokens.isEmpty()) {
            return shingles;
        }
        if (tokens.size() < 4) {
            shingles.put(String.join("\u0000", tokens), 1);
            return shingles;
        }
        for (int i = 0; i + 4 <= tokens.size(); i++) {
            shingles.merge(String.join("\u0000", tokens.subList(i, i + 4)), 1, Integer::sum);
        }
        return shingles;
    }

    static Counts counts(String truth, String prediction) {
        Map<String, Integer> t = shingles(truth);
        Map<String, Integer> p = shingles(prediction);
        long tp = 0;
        long fp = 0;
        long fn = 0;
        for (Map.Entry<String, Integer> e : t.entrySet()) {
            int inP = p.getOrDefault(e.getKey(), 0);
            tp += Math.min(e.getValue(), inP);
            fn += Math.max(0, e.getValue() - inP);
        }
        for (Map.Entry<String, Integer> e : p.entrySet()) {
            fp += Math.max(0, e.getValue() - t.getOrDefault(e.getKey(), 0));
        }
        double s = tp + fp + fn;
        return s == 0 ? new Counts(0, 0, 0) : new Counts(tp / s, fp / s, fn / s);
    }

    static Score score(List<Counts> rows) {
        double precisionSum = 0;
        int precisionPages = 0;
        double recallSum = 0;
        int recallPages = 0;
        for (Counts c : rows) {
            if (c.tp() + c.fp() > 0) {
                precisionSum += c.precision();
                precisionPages++;
            }
            if (c.tp() + c.fn() > 0) {
                recallSum += c.recall();
                recallPages++;
            }
        }
        double p = precisionPages == 0 ? 0 : precisionSum / precisionPages;
        double r = recallPages == 0 ? 0 : recallSum / recallPages;
        return new Score(p + r == 0 ? 0 : 2 * p * r / (p + r), p, r, rows.size());
    }
}
