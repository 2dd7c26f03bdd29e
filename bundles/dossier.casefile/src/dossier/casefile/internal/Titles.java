package dossier.casefile.internal;

import java.util.stream.Stream;

/** Titles made from an item's text when it came without one (a post, a plain-text file). */
public final class Titles {

    /** The longest title made; a longer one is cut at a word and ends in an ellipsis. */
    public static final int MAX = 120;

    private Titles() {
    }

    /**
     * A title from the text's lines: the first non-blank one if it is short and reads like a heading (no closing
     * full stop or comma), else the start of its first sentence; {@code null} if every line is blank.
     */
    public static String fromLines(Stream<String> lines) {
        String first = lines.map(String::strip).filter(l -> !l.isEmpty()).findFirst().orElse(null);
        if (first == null) {
            return null;
        }
        first = first.replaceAll("\\s+", " ");
        if (first.length() <= MAX && !first.endsWith(".") && !first.endsWith(",")) {
            return first;
        }
        int sentenceEnd = first.indexOf(". ");
        String sentence = sentenceEnd > 0 ? first.substring(0, sentenceEnd) : first;
        if (sentence.length() <= MAX) {
            return sentence;
        }
        int cut = sentence.lastIndexOf(' ', MAX - 1);
        return sentence.substring(0, cut > 40 ? cut : MAX - 1) + "\u2026";
    }
}
