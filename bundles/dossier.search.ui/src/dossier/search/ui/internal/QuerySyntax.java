package dossier.search.ui.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.eclipse.jface.fieldassist.ContentProposal;
import org.eclipse.jface.fieldassist.IContentProposal;
import org.eclipse.jface.fieldassist.IContentProposalProvider;

/** The query language as the Search view explains it: field names to complete, and the help text. */
final class QuerySyntax implements IContentProposalProvider {

    /** A field a query may name, and what it matches. */
    record Field(String name, String meaning) {
    }

    static final List<Field> FIELDS = List.of(new Field("title", "words in the title"),
            new Field("author", "the author's name or handle"), new Field("tag", "a tag or its parent: tag:Theme/Brand"),
            new Field("case", "a case file by title"), new Field("source", "registrable domain, or \"local files\""),
            new Field("site", "the item's host: site:example.com"), new Field("domain", "a domain the item links to"),
            new Field("url", "an exact URL"), new Field("type", "article, mention or document"),
            new Field("lang", "language code: lang:en"),
            new Field("published", "a date or range: published:2024-05, published:>-7d"),
            new Field("captured", "when it was captured, as published:"), new Field("handle", "an @account"),
            new Field("hashtag", "a #hashtag"));

    static final String HELP = """
            Words: all must match (AND is the default); stemmed English: sharing finds share.
            "a phrase" \u2014 exactly these words; "social sharing"~5 \u2014 within 5 words of each other.
            AND  OR  NOT  -word  +word  ( grouping )  wild*card  bud?et
            @handle and #hashtag are matched exactly; #brand* finds every hashtag starting with brand.
            Fields: title: author: tag: case: source: site: domain: url: type: lang: published: captured:
              tag:Theme/Brand (a tag and its children)   type:mention   site:example.com   case:"Brand trust"
            Dates: published:2024-05   published:[2024-01-01 TO 2024-06-30]   published:>-7d (also -2w -3m -1y now)
            Ctrl+Space in the query field completes a field name. Facets on the left narrow the results;
            check several values of one facet to see any of them.""";

    @Override
    public IContentProposal[] getProposals(String contents, int position) {
        String before = contents.substring(0, position);
        int start = Math.max(Math.max(before.lastIndexOf(' '), before.lastIndexOf('(')), before.lastIndexOf('-')) + 1;
        String word = before.substring(start).toLowerCase(Locale.ROOT);
        List<IContentProposal> proposals = new ArrayList<>();
        if (word.contains(":")) {
            return new IContentProposal[0];
        }
        for (Field field : FIELDS) {
            if (field.name().startsWith(word)) {
                proposals.add(new ContentProposal(field.name().substring(word.length()) + ":",
                        field.name() + ":  " + field.meaning(), field.meaning()));
            }
        }
        return proposals.toArray(IContentProposal[]::new);
    }
}
