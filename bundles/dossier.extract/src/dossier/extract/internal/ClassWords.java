package dossier.extract.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A list of words looked for in lower-cased class and id names, given as a regular-expression
 * alternation. Plain words are found with {@link String#indexOf}, many times faster than a long
 * alternation; only the words with regex syntax ({@code \b}, {@code ?}) go through the regex engine.
 */
final class ClassWords {

    private static final Pattern PLAIN = Pattern.compile("[a-z0-9_-]+");

    private final String[] plain;
    private final Pattern rest;

    ClassWords(String alternation) {
        List<String> plainWords = new ArrayList<>();
        List<String> regexWords = new ArrayList<>();
        for (String word : alternation.split("\\|")) {
            (PLAIN.matcher(word).matches() ? plainWords : regexWords).add(word);
        }
        plain = plainWords.toArray(String[]::new);
        rest = regexWords.isEmpty() ? null : Pattern.compile(String.join("|", regexWords));
    }

    /** Whether {@code name}, lower-cased, holds one of the words. */
    boolean in(String name) {
        for (String word : plain) {
            if (name.contains(word)) {
                return true;
            }
        }
        return rest != null && rest.matcher(name).find();
    }
}
