package dossier.anchoring;

/** Where a clip landed in the new text, or why it could not be placed. */
public sealed interface AnchorResult {

    /** How the quote was found. */
    enum Method {
        /** the exact quote is still at its old position */
        EXACT_AT_OLD_POSITION,
        /** the exact quote elsewhere, chosen by its context and closeness to the old position */
        EXACT_ELSEWHERE,
        /** an approximate match: whitespace, typography or small edits differ */
        FUZZY
    }

    /** The clip's passage is [start, end) of the new text. */
    record Anchored(int start, int end, Method method) implements AnchorResult {
    }

    /** The passage could not be found with confidence; {@code reason} says why, for the user. */
    record Orphaned(String reason) implements AnchorResult {
    }
}
