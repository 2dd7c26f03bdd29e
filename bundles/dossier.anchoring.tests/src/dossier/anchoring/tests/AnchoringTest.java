package dossier.anchoring.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import dossier.anchoring.AnchorResult;
import dossier.anchoring.AnchorResult.Anchored;
import dossier.anchoring.AnchorResult.Method;
import dossier.anchoring.AnchorResult.Orphaned;
import dossier.anchoring.Anchoring;
import dossier.anchoring.Selectors;
import dossier.anchoring.TextPositionSelector;
import dossier.anchoring.TextQuoteSelector;

class AnchoringTest {

    private static final String ARTICLE = """
            Social media is about social sharing.

            It is not just about having the conversation, it is about growing the conversation by \
            inviting those with whom you are conversing to share it with their friends.

            Quality content is the number one piece of any social media strategy. There I said it.
            """;

    /** Clips {@code passage} (its first occurrence) in {@code before} and anchors it in {@code after}. */
    private static AnchorResult reanchor(String before, String passage, String after) {
        int start = before.indexOf(passage);
        Selectors selectors = Anchoring.describe(before, start, start + passage.length());
        return Anchoring.anchor(after, selectors.quote(), selectors.position());
    }

    private static Anchored assertAnchoredAt(AnchorResult result, String text, String expected, Method method) {
        Anchored anchored = assertInstanceOf(Anchored.class, result);
        assertEquals(expected, text.substring(anchored.start(), anchored.end()));
        assertEquals(method, anchored.method());
        return anchored;
    }

    @Test
    void occurrencesMatchWhitespaceAndTypographyAsTheReaderSeesThem() {
        String text = "He said \u201cshare it\u201d  twice.\nThen: share\u00a0it \u2014 again.";
        List<TextPositionSelector> share = Anchoring.occurrences(text, "share it");
        assertEquals(2, share.size());
        assertEquals("share\u00a0it", text.substring(share.get(1).start(), share.get(1).end()));
        List<TextPositionSelector> quoted = Anchoring.occurrences(text, " said \"share it\" twice. ");
        assertEquals(1, quoted.size());
        assertEquals("said \u201cshare it\u201d  twice.", text.substring(quoted.get(0).start(), quoted.get(0).end()));
        assertEquals(1, Anchoring.occurrences(text, "it - again").size());
        assertTrue(Anchoring.occurrences(text, "share them").isEmpty());
        assertTrue(Anchoring.occurrences(text, "  ").isEmpty());
    }

    @Test
    void describeKeepsThePositionAnd32CharactersOfContext() {
        Selectors selectors = Anchoring.describe(ARTICLE, 200, 220);
        assertEquals(new TextPositionSelector(200, 220), selectors.position());
        TextQuoteSelector quote = selectors.quote();
        assertEquals(ARTICLE.substring(200, 220), quote.exact());
        assertEquals(ARTICLE.substring(168, 200), quote.prefix());
        assertEquals(ARTICLE.substring(220, 252), quote.suffix());
        assertEquals("", Anchoring.describe(ARTICLE, 0, 6).quote().prefix());
        assertThrows(IndexOutOfBoundsException.class, () -> Anchoring.describe(ARTICLE, 5, ARTICLE.length() + 1));
    }

    @Test
    void describeNeverSplitsASurrogatePair() {
        String emoji = "\uD83D\uDE00";
        String text = emoji + "y".repeat(31) + "quote" + "z".repeat(31) + emoji;
        TextQuoteSelector quote = Anchoring.describe(text, 33, 38).quote();
        assertEquals(emoji + "y".repeat(31), quote.prefix());
        assertEquals("z".repeat(31) + emoji, quote.suffix());
    }

    @Test
    void anUnchangedTextAnchorsAtTheOldPosition() {
        String passage = "growing the conversation";
        Anchored anchored = assertAnchoredAt(reanchor(ARTICLE, passage, ARTICLE), ARTICLE, passage,
                Method.EXACT_AT_OLD_POSITION);
        assertEquals(ARTICLE.indexOf(passage), anchored.start());
    }

    @Test
    void textInsertedBeforeMovesTheAnchorWithThePassage() {
        String passage = "growing the conversation";
        String after = "Update: this post was revised.\n\n" + ARTICLE;
        Anchored anchored = assertAnchoredAt(reanchor(ARTICLE, passage, after), after, passage, Method.EXACT_ELSEWHERE);
        assertEquals(after.indexOf(passage), anchored.start());
    }

    @Test
    void aRepeatedQuoteIsDisambiguatedByItsContext() {
        String before = "First: the conversation starts here. Second: the conversation grows there.";
        int second = before.lastIndexOf("the conversation");
        Selectors selectors = Anchoring.describe(before, second, second + "the conversation".length());
        String after = "Intro. " + before;
        Anchored anchored = assertInstanceOf(Anchored.class,
                Anchoring.anchor(after, selectors.quote(), selectors.position()));
        assertEquals(after.lastIndexOf("the conversation"), anchored.start());
    }

    @Test
    void aShortQuoteWhosePassageWasRemovedIsOrphanedEvenIfTheWordsOccurElsewhere() {
        String passage = "social media strategy";
        String after = ARTICLE.replace("Quality content is the number one piece of any social media strategy. ", "")
                + "\nA social media strategy needs goals.\n";
        assertInstanceOf(Orphaned.class, reanchor(ARTICLE, passage, after));
    }

    @Test
    void aRemovedSentenceIsOrphaned() {
        String passage = "Quality content is the number one piece of any social media strategy.";
        String after = ARTICLE.replace(passage + " ", "");
        Orphaned orphaned = assertInstanceOf(Orphaned.class, reanchor(ARTICLE, passage, after));
        assertTrue(orphaned.reason().contains("no longer in the text"), orphaned.reason());
    }

    @Test
    void whitespaceAndTypographicChangesAreTolerated() {
        String before = "He said \"it's called social media -- you have to have the conversation...\" and left.";
        String passage = "\"it's called social media -- you have to have the conversation...\"";
        String after = "He said \u201Cit\u2019s called  social\u00A0media\u2014you have to\nhave the conversation\u2026\u201D and left.";
        assertAnchoredAt(reanchor(before, passage, after), after,
                "\u201Cit\u2019s called  social\u00A0media\u2014you have to\nhave the conversation\u2026\u201D", Method.FUZZY);
    }

    @Test
    void aChangedWordOrAFixedTypoInsideTheQuoteIsTolerated() {
        String passage = "It is not just about having the conversation, it is about growing the conversation";
        String changedWord = ARTICLE.replace("growing the conversation", "widening the conversation");
        assertAnchoredAt(reanchor(ARTICLE, passage, changedWord), changedWord,
                "It is not just about having the conversation, it is about widening the conversation", Method.FUZZY);
        String withTypo = ARTICLE.replace("conversation,", "convresation,");
        String fixed = ARTICLE;
        assertAnchoredAt(reanchor(withTypo, passage.replace("conversation,", "convresation,"), fixed), fixed, passage,
                Method.FUZZY);
    }

    @Test
    void aQuoteRewrittenBeyondTheErrorBudgetIsOrphaned() {
        String passage = "Quality content is the number one piece of any social media strategy.";
        String after = ARTICLE.replace(passage, "Great posts matter more than anything else in your plan.");
        assertInstanceOf(Orphaned.class, reanchor(ARTICLE, passage, after));
    }

    @Test
    void quotesAtTheStartAndTheEndOfTheTextAreFound() {
        String after = ARTICLE.replace("\n\nIt is not", "\n\nReally, it is not");
        assertAnchoredAt(reanchor(ARTICLE, "Social media", after), after, "Social media", Method.EXACT_AT_OLD_POSITION);
        String end = "There I said it.\n";
        assertAnchoredAt(reanchor(ARTICLE, end, after), after, end, Method.EXACT_ELSEWHERE);
    }

    @Test
    void emptyOrWhitespaceOnlyTextsAndQuotesOrphan() {
        TextQuoteSelector quote = new TextQuoteSelector("social", "", " media");
        TextPositionSelector position = new TextPositionSelector(0, 6);
        assertInstanceOf(Orphaned.class, Anchoring.anchor("", quote, position));
        assertInstanceOf(Orphaned.class, Anchoring.anchor(" \n\t ", quote, position));
        assertInstanceOf(Orphaned.class,
                Anchoring.anchor(ARTICLE, new TextQuoteSelector(" \n", "", ""), new TextPositionSelector(0, 2)));
    }

    @Test
    void anOldPositionBeyondTheNewTextIsHarmless() {
        String passage = "There I said it.";
        String after = "Quality content is the number one piece of any social media strategy. There I said it.\n";
        assertAnchoredAt(reanchor(ARTICLE, passage, after), after, passage, Method.EXACT_ELSEWHERE);
    }

    @Test
    void aVeryLongQuoteWithAnEditInTheMiddleIsFound() {
        StringBuilder paragraph = new StringBuilder();
        for (int i = 0; i < 400; i++) {
            paragraph.append("Sentence number ").append(i).append(" talks about sharing. ");
        }
        String before = "Intro.\n\n" + paragraph + "\n\nOutro.";
        String after = "New intro.\n\n" + paragraph.toString().replace("number 200 talks", "number 200 speaks")
                + "\n\nOutro.";
        AnchorResult result = reanchor(before, paragraph.toString(), after);
        Anchored anchored = assertInstanceOf(Anchored.class, result);
        assertEquals(after.indexOf("Sentence number 0 "), anchored.start());
        assertEquals(after.indexOf(" \n\nOutro."), anchored.end(), "the quote's edge whitespace is not part of a fuzzy match");
    }

    @Test
    void unicodeTextIsAnchoredWithoutSplittingCharacters() {
        String before = "Caf\u00E9 cr\u00E8me \uD83D\uDE00 \u65E5\u672C\u8A9E\u306E\u6587\u7AE0 \uD83D\uDE80 na\u00EFve r\u00E9sum\u00E9.";
        String passage = "\uD83D\uDE00 \u65E5\u672C\u8A9E\u306E\u6587\u7AE0 \uD83D\uDE80";
        String after = "Pr\u00E9face. " + before.replace("\u306E\u6587", "\u306E\u6587\u6587");
        Anchored anchored = assertInstanceOf(Anchored.class, reanchor(before, passage, after));
        assertEquals("\uD83D\uDE00 \u65E5\u672C\u8A9E\u306E\u6587\u6587\u7AE0 \uD83D\uDE80",
                after.substring(anchored.start(), anchored.end()));
    }
}
