package dossier.extract;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

import com.optimaize.langdetect.DetectedLanguage;
import com.optimaize.langdetect.LanguageDetector;
import com.optimaize.langdetect.LanguageDetectorBuilder;
import com.optimaize.langdetect.ngram.NgramExtractors;
import com.optimaize.langdetect.profiles.LanguageProfileReader;
import com.optimaize.langdetect.text.CommonTextObjectFactories;
import com.optimaize.langdetect.text.TextObjectFactory;

/**
 * The language of a text, from Optimaize's character n-gram profiles of 71 languages. Thread-safe; the
 * profiles load once, on first use.
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
        static final LanguageDetector DETECTOR;
        static final TextObjectFactory TEXT = CommonTextObjectFactories.forDetectingOnLargeText();

        static {
            try {
                DETECTOR = LanguageDetectorBuilder.create(NgramExtractors.standard())
                        .withProfiles(new LanguageProfileReader().readAllBuiltIn()).build();
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
        List<DetectedLanguage> found = Detector.DETECTOR.getProbabilities(Detector.TEXT.forText(sample));
        if (found.isEmpty() || found.get(0).getProbability() < MINIMUM_PROBABILITY) {
            return "";
        }
        return found.get(0).getLocale().toString();
    }
}
