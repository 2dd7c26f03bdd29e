package dossier.anchoring.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

import dossier.anchoring.internal.NormalizedText;

class NormalizedTextTest {

    @Test
    void foldsWhitespaceTypographyAndInvisibleCharacters() {
        assertEquals("\"It's\" - a test... ok", NormalizedText.fold("\u201CIt\u2019s\u201D \u2014 a\u00A0 test\u2026\n\tok\u00AD"));
        assertEquals(" ", NormalizedText.fold(" \n\u200B "));
    }

    @Test
    void mapsFoldedRangesBackToTheOriginal() {
        String original = "a  \u201Cb\u201D\u2026 c";
        NormalizedText normalized = NormalizedText.of(original);
        assertEquals("a \"b\"... c", normalized.text());
        int b = normalized.text().indexOf('b');
        assertEquals(original.indexOf('b'), normalized.originalStart(b));
        assertEquals(original.indexOf('\u2026') + 1, normalized.originalEnd(normalized.text().indexOf("...") + 3));
        assertEquals(b, normalized.foldedIndex(original.indexOf('b')));
        assertEquals(normalized.length(), normalized.foldedIndex(original.length()));
    }
}
