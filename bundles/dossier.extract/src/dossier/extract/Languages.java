package dossier.extract;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;

import com.optimaize.langdetect.NgramFrequencyData;
import com.optimaize.langdetect.ngram.NgramExtractor;
import com.optimaize.langdetect.ngram.NgramExtractors;
import com.optimaize.langdetect.profiles.LanguageProfile;
import com.optimaize.langdetect.profiles.LanguageProfileReader;
import com.optimaize.langdetect.text.CommonTextObjectFactories;
import com.optimaize.langdetect.text.TextObject;
import com.optimaize.langdetect.text.TextObjectFactory;
import com.optimaize.langdetect.text.TextObjectFactoryBuilder;

/**
 * The language of a text, from Optimaize's character n-gram profiles of 71 languages, by Optimaize's own
 * algorithms (its text filters and n-grams, its short-text and long-text detection with its seed) run here
 * so that the long-text one can take 3 random trials instead of its fixed 7 and make strings of the n-grams
 * it draws only. Thread-safe; the profiles load once, on first use.
 */
public final class Languages {

    /** Enough text to tell the language apart; more only costs time. */
    private static final int SAMPLE = 600;
    /** Below this many letters no guess is reliable. */
    private static final int MINIMUM_LETTERS = 20;
    private static final double MINIMUM_PROBABILITY = 0.9;

    private Languages() {
    }

    private static final class Detector {
        static final TextObjectFactory TEXT = CommonTextObjectFactories.forDetectingOnLargeText();
        /** The same without the text filters, for a text they would leave as it is. */
        static final TextObjectFactory UNFILTERED = new TextObjectFactoryBuilder().maxTextLength(10000).build();
        static final NgramExtractor NGRAMS = NgramExtractors.standard();
        static final NgramFrequencyData FREQUENCIES;

        static {
            try {
                List<LanguageProfile> profiles = new LanguageProfileReader().readAllBuiltIn();
                FREQUENCIES = NgramFrequencyData.create(profiles, NGRAMS.getGramLengths());
            } catch (IOException e) {
                throw new UncheckedIOException("the language profiles are unreadable", e);
            }
        }
    }

    /**
     * The language of {@code text} as a BCP 47 tag ({@code de}, {@code en}, {@code zh-CN}), or an empty
     * string when the text is too short or no language is likely enough.
     */
    public static String detect(CharSequence text) {
        if (text == null) {
            return "";
        }
        CharSequence sample = text.length() > SAMPLE ? text.subSequence(0, SAMPLE) : text;
        int letters = 0;
        for (int i = 0; i < sample.length() && letters < MINIMUM_LETTERS; i++) {
            letters += Character.isLetter(sample.charAt(i)) ? 1 : 0;
        }
        if (letters < MINIMUM_LETTERS) {
            return "";
        }
        TextObject filtered = (changedByFilters(sample) ? Detector.TEXT : Detector.UNFILTERED).forText(sample);
        double[] probabilities;
        if (filtered.length() <= SHORT_TEXT) {
            Map<String, Integer> grams = Detector.NGRAMS.extractCountedGrams(filtered);
            if (grams.isEmpty()) {
                return "";
            }
            probabilities = shortTextProbabilities(grams);
        } else {
            Grams grams = new Grams(filtered);
            if (grams.size() == 0) {
                return "";
            }
            probabilities = probabilities(grams);
        }
        int best = 0;
        for (int i = 1; i < probabilities.length; i++) {
            best = probabilities[i] > probabilities[best] ? i : best;
        }
        return probabilities[best] < MINIMUM_PROBABILITY ? ""
                : Detector.FREQUENCIES.getLanguage(best).toString();
    }

    /**
     * Whether Optimaize's text filters may change the text: they remove URLs ({@code http...}) and e-mail
     * addresses ({@code ...@...}), and the letters of the scripts other than the text's main one, so a text
     * with neither and with letters of one script only passes them unchanged.
     */
    private static boolean changedByFilters(CharSequence text) {
        Character.UnicodeScript only = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '@' || c == 'h' && i + 3 < text.length() && text.charAt(i + 1) == 't' && text.charAt(i + 2) == 't'
                    && text.charAt(i + 3) == 'p') {
                return true;
            }
            Character.UnicodeScript script = c < 0x80
                    ? (c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' ? Character.UnicodeScript.LATIN
                            : Character.UnicodeScript.COMMON)
                    : Character.UnicodeScript.of(c);
            if (script != Character.UnicodeScript.COMMON && script != Character.UnicodeScript.INHERITED
                    && script != Character.UnicodeScript.UNKNOWN) {
                if (only != null && script != only) {
                    return true;
                }
                only = script;
            }
        }
        return false;
    }

    /**
     * The language a source declares for a text when it declares one, else the one detected in the text;
     * {@code null} when neither tells. For sources that name a language only sometimes: a feed, a post, a row
     * of an export.
     */
    public static String declaredOrDetected(String declared, CharSequence text) {
        if (declared != null && !declared.isBlank()) {
            return declared;
        }
        String detected = detect(text);
        return detected.isEmpty() ? null : detected;
    }

    /** Texts up to this long go to the short-text algorithm, as Optimaize's detector has it. */
    private static final int SHORT_TEXT = 50;
    /**
     * Optimaize's detector runs 7 trials; 3 name the same language on the 2,889 texts tried (the benchmarks'
     * extracted articles, whole and their first 22 to 50 characters) in under half the sampling time.
     */
    private static final int TRIALS = 3;
    private static final int ITERATION_LIMIT = 1000;
    private static final double CONVERGED = 0.99999;
    private static final double ALPHA = 0.5;
    private static final double ALPHA_WIDTH = 0.05;
    private static final double BASE_FREQUENCY = 10000;

    /**
     * Optimaize's (and Cybozu's) long-text algorithm, with its seed: each trial multiplies the languages'
     * probabilities by those of n-grams drawn at random until one language stands out; the trials are averaged.
     */
    private static double[] probabilities(Grams grams) {
        int languages = Detector.FREQUENCIES.getLanguageList().size();
        double[] average = new double[languages];
        Random random = new Random(41);
        // each drawn n-gram's probabilities looked up once, however often it is drawn
        double[][] ofGrams = new double[grams.size()][];
        for (int trial = 0; trial < TRIALS; trial++) {
            double[] probabilities = uniform();
            double weight = (ALPHA + random.nextGaussian() * ALPHA_WIDTH) / BASE_FREQUENCY;
            for (int i = 0; i < ITERATION_LIMIT; i++) {
                int drawn = random.nextInt(grams.size());
                if (ofGrams[drawn] == null) {
                    ofGrams[drawn] = ofGram(grams.get(drawn));
                }
                update(probabilities, ofGrams[drawn], weight, 1);
                if (i % 5 == 0 && normalize(probabilities) > CONVERGED) {
                    break;
                }
            }
            for (int l = 0; l < languages; l++) {
                average[l] += probabilities[l] / TRIALS;
            }
        }
        return average;
    }

    /**
     * The n-grams Optimaize's standard extractor takes from a text, in its order (the text padded with a space at
     * either end; every 1-gram but a space, every 2-gram, every 3-gram without a space in the middle), each made
     * a string only when the long-text algorithm draws it: it draws a few hundred of the thousands.
     */
    private static final class Grams {
        private final String text;
        /** Each n-gram's start shifted left by 2, its length in the low 2 bits. */
        private final int[] grams;
        private final int size;

        Grams(CharSequence filtered) {
            String t = filtered.toString();
            if (!t.isEmpty() && (t.charAt(0) != ' ' || t.charAt(t.length() - 1) != ' ')) {
                t = (t.charAt(0) == ' ' ? "" : " ") + t + (t.charAt(t.length() - 1) == ' ' ? "" : " ");
            }
            text = t;
            grams = new int[3 * t.length()];
            int n = 0;
            for (int length = 1; length <= 3; length++) {
                for (int i = 0; i + length <= t.length(); i++) {
                    if (length == 1 ? t.charAt(i) != ' ' : length == 2 || t.charAt(i + 1) != ' ') {
                        grams[n++] = i << 2 | length;
                    }
                }
            }
            size = n;
        }

        int size() {
            return size;
        }

        String get(int index) {
            int start = grams[index] >>> 2;
            return text.substring(start, start + (grams[index] & 3));
        }
    }

    /** Optimaize's short-text algorithm: each distinct n-gram as often as it occurs, until one language stands out. */
    private static double[] shortTextProbabilities(Map<String, Integer> grams) {
        double[] probabilities = uniform();
        double weight = ALPHA / BASE_FREQUENCY;
        for (Map.Entry<String, Integer> gram : grams.entrySet()) {
            update(probabilities, ofGram(gram.getKey()), weight, gram.getValue());
            if (normalize(probabilities) > CONVERGED) {
                break;
            }
        }
        normalize(probabilities);
        return probabilities;
    }

    private static double[] uniform() {
        double[] probabilities = new double[Detector.FREQUENCIES.getLanguageList().size()];
        Arrays.fill(probabilities, 1.0 / probabilities.length);
        return probabilities;
    }

    /** No language knows the n-gram. */
    private static final double[] UNKNOWN = new double[0];

    /** The n-gram's probability in each language, or {@link #UNKNOWN}. */
    private static double[] ofGram(String gram) {
        double[] ofGram = Detector.FREQUENCIES.getProbabilities(gram);
        return ofGram == null ? UNKNOWN : ofGram;
    }

    /**
     * Multiplies each language's probability by that of the n-gram in the language (smoothed), once per
     * occurrence.
     */
    private static void update(double[] probabilities, double[] ofGram, double weight, int occurrences) {
        if (ofGram == UNKNOWN) {
            return;
        }
        // occurrences outside, languages inside: a loop the compiler can vectorize, each language's products unchanged
        for (int i = 0; i < occurrences; i++) {
            for (int l = 0; l < probabilities.length; l++) {
                probabilities[l] *= weight + ofGram[l];
            }
        }
    }

    /** Scales the probabilities to sum to 1; returns the largest. */
    private static double normalize(double[] probabilities) {
        double sum = 0;
        for (double p : probabilities) {
            sum += p;
        }
        // apart, so that the compiler can vectorize the division
        for (int l = 0; l < probabilities.length; l++) {
            probabilities[l] /= sum;
        }
        double max = 0;
        for (double p : probabilities) {
            max = Math.max(max, p);
        }
        return max;
    }
}
