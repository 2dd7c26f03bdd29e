package dossier.extract.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A list of lower-case words looked for in class and id names (in any case), written as a regular-expression
 * alternation of which only three constructs are understood: {@code \b} (a word boundary: as
 * {@link java.util.regex.Pattern} has it but with {@code _} a separator as {@code -} is, and a change from lower to
 * upper case one too) at either end of a word, {@code ?} after a character, and {@code (?!x)} at the end (the word
 * does not count where {@code x} follows it: {@code comment(?!ary)}). The words are found with
 * {@link String#indexOf}, many times faster than the regex engine on a long alternation.
 */
final class ClassWords {

    /** One spelling of a word, whether it must start or end at a word boundary, and what must not follow it. */
    private record Word(String text, boolean boundaryBefore, boolean boundaryAfter, String notBefore) {
    }

    private final List<Word> words = new ArrayList<>();

    ClassWords(String alternation) {
        for (String word : alternation.split("\\|")) {
            int lookahead = word.indexOf("(?!");
            String notBefore = lookahead < 0 ? "" : word.substring(lookahead + 3, word.length() - 1);
            String bare = lookahead < 0 ? word : word.substring(0, lookahead);
            boolean before = bare.startsWith("\\b");
            boolean after = bare.endsWith("\\b");
            String text = bare.substring(before ? 2 : 0, bare.length() - (after ? 2 : 0));
            for (String spelling : spellings(text)) {
                if (!spelling.matches("[a-z0-9_-]+") || !notBefore.matches("[a-z0-9_-]*")) {
                    throw new IllegalArgumentException("not a class word: " + word);
                }
                words.add(new Word(spelling, before, after, notBefore));
            }
        }
    }

    /** The spellings of a word whose {@code x?} marks an optional character. */
    private static List<String> spellings(String text) {
        int optional = text.indexOf('?');
        if (optional < 1) {
            return List.of(text);
        }
        List<String> spellings = new ArrayList<>();
        for (String rest : spellings(text.substring(optional + 1))) {
            spellings.add(text.substring(0, optional) + rest);
            spellings.add(text.substring(0, optional - 1) + rest);
        }
        return spellings;
    }

    /** Whether {@code name} holds one of the words, in any case; a change from lower to upper case is a boundary. */
    boolean in(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        String cased = lower.length() == name.length() ? name : lower;
        for (Word word : words) {
            String text = word.text();
            for (int at = lower.indexOf(text); at >= 0; at = lower.indexOf(text, at + 1)) {
                if ((!word.boundaryBefore() || isBoundary(cased, at))
                        && (!word.boundaryAfter() || isBoundary(cased, at + text.length()))
                        && (word.notBefore().isEmpty() || !lower.startsWith(word.notBefore(), at + text.length()))) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * A word boundary as {@code \b} has it, but with {@code _} a separator as {@code -} is (snake case and BEM's
     * {@code __} join words as hyphens do): a letter or digit on one side only; or a lower-case letter before an
     * upper-case one (camel case: {@code topAds}, {@code itemFullText}).
     */
    private static boolean isBoundary(String name, int at) {
        boolean before = at > 0 && isWordChar(name.charAt(at - 1));
        boolean after = at < name.length() && isWordChar(name.charAt(at));
        return before != after || before && Character.isLowerCase(name.charAt(at - 1))
                && Character.isUpperCase(name.charAt(at));
    }

    private static boolean isWordChar(char c) {
        return Character.isLetterOrDigit(c);
    }
}
