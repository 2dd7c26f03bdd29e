package dossier.team.internal;

import org.apache.lucene.document.LongPoint;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.PointRangeQuery;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.SynonymQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.WildcardQuery;
import org.apache.solr.client.solrj.util.ClientUtils;

import dossier.index.QuerySyntaxException;

/**
 * Writes a query parsed by the local index's query language (already analyzed: stemmed, lower-cased, dates resolved)
 * in Solr's standard syntax, term for term. The team schema analyzes queries by whitespace only, so Solr runs the same
 * terms the local index would. A word of the text field comes with its forms in each language's text field
 * ({@code text_de}; a {@link DisjunctionMaxQuery}), written as their OR: Solr sums the matching fields' scores where
 * the local index takes the best (an item has the text field and at most one language's, so at most two add up).
 */
final class SolrQuerySyntax {

    private SolrQuerySyntax() {
    }

    static String write(Query query) throws QuerySyntaxException {
        StringBuilder out = new StringBuilder();
        write(query, out);
        return out.toString();
    }

    private static void write(Query query, StringBuilder out) throws QuerySyntaxException {
        if (query instanceof BooleanQuery bool) {
            if (bool.clauses().isEmpty()) {
                out.append("(*:* -*:*)");
                return;
            }
            boolean onlyProhibited = bool.clauses().stream().allMatch(c -> c.getOccur() == BooleanClause.Occur.MUST_NOT);
            out.append('(');
            if (onlyProhibited) {
                out.append("*:*");
            }
            String separator = onlyProhibited ? " " : "";
            for (BooleanClause clause : bool.clauses()) {
                out.append(separator);
                separator = " ";
                switch (clause.getOccur()) {
                    case MUST, FILTER -> out.append('+');
                    case MUST_NOT -> out.append('-');
                    default -> {
                    }
                }
                write(clause.getQuery(), out);
            }
            out.append(')');
            if (bool.getMinimumNumberShouldMatch() > 0) {
                throw unsupported("a minimum number of optional clauses");
            }
        } else if (query instanceof TermQuery term) {
            term(term.getTerm(), out);
        } else if (query instanceof PhraseQuery phrase) {
            Term[] terms = phrase.getTerms();
            if (terms.length == 0) {
                out.append("(*:* -*:*)");
                return;
            }
            int[] positions = phrase.getPositions();
            int gaps = positions.length == 0 ? 0 : positions[positions.length - 1] - positions[0] - (terms.length - 1);
            out.append(terms[0].field()).append(":\"");
            for (int i = 0; i < terms.length; i++) {
                out.append(i > 0 ? " " : "").append(escapeInPhrase(terms[i].text()));
            }
            out.append('"');
            int slop = phrase.getSlop() + gaps;
            if (slop > 0) {
                out.append('~').append(slop);
            }
        } else if (query instanceof PrefixQuery prefix) {
            out.append(prefix.getField()).append(':').append(ClientUtils.escapeQueryChars(prefix.getPrefix().text()))
                    .append('*');
        } else if (query instanceof WildcardQuery wildcard) {
            out.append(wildcard.getField()).append(':').append(escapeWildcard(wildcard.getTerm().text()));
        } else if (query instanceof FuzzyQuery fuzzy) {
            term(fuzzy.getTerm(), out);
            out.append('~').append(fuzzy.getMaxEdits());
        } else if (query instanceof PointRangeQuery range && range.getNumDims() == 1 && range.getBytesPerDim() == 8) {
            long lower = LongPoint.decodeDimension(range.getLowerPoint(), 0);
            long upper = LongPoint.decodeDimension(range.getUpperPoint(), 0);
            out.append(range.getField()).append(":[").append(lower == Long.MIN_VALUE ? "*" : lower).append(" TO ")
                    .append(upper == Long.MAX_VALUE ? "*" : upper).append(']');
        } else if (query instanceof BoostQuery boost) {
            out.append('(');
            write(boost.getQuery(), out);
            out.append(")^").append(boost.getBoost());
        } else if (query instanceof ConstantScoreQuery constant) {
            write(constant.getQuery(), out);
        } else if (query instanceof SynonymQuery synonyms) {
            out.append('(');
            String separator = "";
            for (Term term : synonyms.getTerms()) {
                out.append(separator);
                separator = " OR ";
                term(term, out);
            }
            out.append(')');
        } else if (query instanceof DisjunctionMaxQuery dismax) {
            out.append('(');
            String separator = "";
            for (Query disjunct : dismax.getDisjuncts()) {
                out.append(separator);
                separator = " OR ";
                write(disjunct, out);
            }
            out.append(')');
        } else if (query instanceof MatchAllDocsQuery) {
            out.append("*:*");
        } else if (query instanceof MatchNoDocsQuery) {
            out.append("(*:* -*:*)");
        } else {
            throw unsupported(query.getClass().getSimpleName() + " (" + query + ")");
        }
    }

    private static void term(Term term, StringBuilder out) {
        out.append(term.field()).append(':').append(ClientUtils.escapeQueryChars(term.text()));
    }

    private static String escapeInPhrase(String text) {
        return text.replace("\\", "\\\\").replace("\"", "\\\"");
    }

    /** Escapes all but the wildcards {@code *} and {@code ?}. */
    private static String escapeWildcard(String pattern) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < pattern.length(); i++) {
            char c = pattern.charAt(i);
            if (c == '*' || c == '?') {
                out.append(c);
            } else if (c == '\\' && i + 1 < pattern.length()) {
                out.append(ClientUtils.escapeQueryChars(String.valueOf(pattern.charAt(++i))));
            } else {
                out.append(ClientUtils.escapeQueryChars(String.valueOf(c)));
            }
        }
        return out.toString();
    }

    private static QuerySyntaxException unsupported(String what) {
        return new QuerySyntaxException("the team collection cannot run " + what, 0);
    }
}
