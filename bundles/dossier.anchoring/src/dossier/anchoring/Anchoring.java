package dossier.anchoring;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import dossier.anchoring.internal.NormalizedText;
import dossier.anchoring.internal.QuoteAnchorer;

/**
 * Describes a clip's passage by W3C selectors and finds it again in a changed text.
 * <p>
 * Anchoring follows the Hypothesis client: the exact quote at its old position, else the exact
 * quote elsewhere chosen by context and closeness, else an approximate match tolerant to
 * whitespace, typography and small edits. It is conservative: a passage that cannot be confirmed
 * is orphaned rather than placed somewhere that might be wrong.
 */
public final class Anchoring {

    /** Characters of context kept on each side of a quote. */
    public static final int CONTEXT_LENGTH = 32;

    private Anchoring() {
    }

    /** The selectors of [start, end) in {@code text}. */
    public static Selectors describe(String text, int start, int end) {
        Objects.checkFromToIndex(start, end, text.length());
        int prefixStart = Math.max(0, start - CONTEXT_LENGTH);
        if (prefixStart > 0 && Character.isLowSurrogate(text.charAt(prefixStart))) {
            prefixStart--;
        }
        int suffixEnd = Math.min(text.length(), end + CONTEXT_LENGTH);
        if (suffixEnd < text.length() && Character.isHighSurrogate(text.charAt(suffixEnd - 1))) {
            suffixEnd++;
        }
        TextQuoteSelector quote = new TextQuoteSelector(text.substring(start, end), text.substring(prefixStart, start),
                text.substring(end, suffixEnd));
        return new Selectors(quote, new TextPositionSelector(start, end));
    }

    /**
     * Every place where {@code quote} occurs in {@code text}, comparing as anchoring does: runs of
     * whitespace, typographic quotes, dashes and ellipses match their plain forms. Positions are in
     * {@code text}, without leading or trailing whitespace. For a user typing the passage to clip.
     */
    public static List<TextPositionSelector> occurrences(String text, String quote) {
        String key = NormalizedText.fold(quote).strip();
        List<TextPositionSelector> found = new ArrayList<>();
        if (key.isEmpty()) {
            return found;
        }
        NormalizedText folded = NormalizedText.of(text);
        for (int at = folded.text().indexOf(key); at >= 0; at = folded.text().indexOf(key, at + 1)) {
            found.add(new TextPositionSelector(folded.originalStart(at), folded.originalEnd(at + key.length())));
        }
        return found;
    }

    /** Finds the passage described by {@code quote}, last seen at {@code oldPosition}, in {@code newText}. */
    public static AnchorResult anchor(String newText, TextQuoteSelector quote, TextPositionSelector oldPosition) {
        return new QuoteAnchorer(newText, quote, oldPosition).anchor();
    }
}
