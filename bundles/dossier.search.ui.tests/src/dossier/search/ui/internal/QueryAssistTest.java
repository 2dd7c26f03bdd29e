package dossier.search.ui.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;

import org.eclipse.jface.fieldassist.IContentProposal;
import org.junit.jupiter.api.Test;

import dossier.index.QueryVocabulary;

/** Completion of field names in the query field, and the bold runs of a snippet. */
class QueryAssistTest {

    private static List<String> completions(String typed) {
        return Arrays.stream(new QuerySyntax().getProposals(typed, typed.length())).map(IContentProposal::getContent)
                .toList();
    }

    @Test
    void aFieldNameIsCompletedWhereTheCursorIs() {
        assertEquals(List.of("g:"), completions("social ta"));
        assertEquals(List.of("ublished:"), completions("(brand OR p"));
        assertEquals(List.of("tle:"), completions("-ti"));
        assertEquals(List.of(), completions("tag:The"), "a value is not a field");
        assertEquals(QueryVocabulary.completed().size(), completions("").size(), "every field when nothing is typed");
    }

    @Test
    void theCompletionAndTheHelpHaveEveryFieldOfTheVocabulary() {
        for (QueryVocabulary.Field field : QueryVocabulary.completed()) {
            assertTrue(completions("").contains(field.name() + ":"), "completion misses " + field.name());
            assertTrue(QuerySyntax.HELP.contains(field.name() + ":  " + field.meaning()), "help misses " + field.name());
        }
    }

    @Test
    void matchesMarkedInTheSnippetAreTheBoldRuns() {
        assertEquals(List.of(new Snippets.Segment("Social", true), new Snippets.Segment(" media is about ", false),
                new Snippets.Segment("sharing", true)), Snippets.segments("[Social] media is about [sharing]"));
        assertEquals("a [ stray", Snippets.plain("a [ stray"));
    }
}
