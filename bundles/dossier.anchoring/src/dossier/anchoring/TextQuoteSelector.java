package dossier.anchoring;

import java.util.Objects;

/**
 * The W3C Web Annotation TextQuoteSelector: the selected text and the context around it.
 * <p>
 * {@code prefix} and {@code suffix} hold {@link Anchoring#CONTEXT_LENGTH} characters (a surrogate
 * pair is never split); a shorter one means the text began or ended there.
 */
public record TextQuoteSelector(String exact, String prefix, String suffix) {

    public TextQuoteSelector {
        Objects.requireNonNull(exact, "exact");
        Objects.requireNonNull(prefix, "prefix");
        Objects.requireNonNull(suffix, "suffix");
    }
}
