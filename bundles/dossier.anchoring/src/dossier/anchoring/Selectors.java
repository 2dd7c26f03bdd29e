package dossier.anchoring;

/** Both selectors of one selection, as stored with a clip. */
public record Selectors(TextQuoteSelector quote, TextPositionSelector position) {
}
