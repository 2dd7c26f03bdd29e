package dossier.search.ui.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.eclipse.jface.fieldassist.ContentProposal;
import org.eclipse.jface.fieldassist.IContentProposal;
import org.eclipse.jface.fieldassist.IContentProposalProvider;

import dossier.index.QueryVocabulary;

/**
 * The query language as the Search view explains it: field names to complete, and the help text (the fields from
 * {@link QueryVocabulary}).
 */
final class QuerySyntax implements IContentProposalProvider {

    static final String HELP = """
            Words: all must match (AND is the default); stemmed English: sharing finds share.
            "a phrase" \u2014 exactly these words; "social sharing"~5 \u2014 within 5 words of each other.
            AND  OR  NOT  -word  +word  ( grouping )  wild*card  bud?et
            @handle and #hashtag are matched exactly; #brand* finds every hashtag starting with brand.
            Fields:
            %s
            Dates: published:2024-05   published:[2024-01-01 TO 2024-06-30]   published:>-7d (also -2w -3m -1y now)
            Ctrl+Space in the query field completes a field name. Facets on the left narrow the results;
            check several values of one facet to see any of them.""".formatted(
            String.join("\n", QueryVocabulary.helpLines().stream().map(line -> "  " + line).toList()));

    @Override
    public IContentProposal[] getProposals(String contents, int position) {
        String before = contents.substring(0, position);
        int start = Math.max(Math.max(before.lastIndexOf(' '), before.lastIndexOf('(')), before.lastIndexOf('-')) + 1;
        String word = before.substring(start).toLowerCase(Locale.ROOT);
        List<IContentProposal> proposals = new ArrayList<>();
        if (word.contains(":")) {
            return new IContentProposal[0];
        }
        for (QueryVocabulary.Field field : QueryVocabulary.completed()) {
            if (field.name().startsWith(word)) {
                proposals.add(new ContentProposal(field.name().substring(word.length()) + ":",
                        field.name() + ":  " + field.meaning(), field.meaning()));
            }
        }
        return proposals.toArray(IContentProposal[]::new);
    }
}
