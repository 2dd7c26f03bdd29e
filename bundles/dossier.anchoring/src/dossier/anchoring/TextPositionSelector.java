package dossier.anchoring;

/** The W3C Web Annotation TextPositionSelector: the range [start, end) in UTF-16 chars. */
public record TextPositionSelector(int start, int end) {

    public TextPositionSelector {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("not a range: [" + start + ", " + end + ")");
        }
    }
}
