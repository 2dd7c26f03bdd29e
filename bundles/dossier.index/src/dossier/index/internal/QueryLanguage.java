package dossier.index.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.queryparser.classic.QueryParserConstants;
import org.apache.lucene.queryparser.classic.TokenMgrError;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.TermToBytesRefAttribute;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.MultiPhraseQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.BytesRef;

import dossier.index.QuerySyntaxException;
import dossier.index.QueryVocabulary;

/**
 * Dossier's query language on Lucene's classic query parser: words, "phrases", proximity ("a b"~5), AND OR NOT - +,
 * grouping, wildcards, the fields of {@link QueryVocabulary},
 * date ranges ({@code published:[2024-01-01 TO 2024-06-30]}, {@code published:>-7d}), counts ({@code likes:>100},
 * {@code followers:[0 TO 1000]}), and {@code @handle},
 * {@code #hashtag} matched exactly.
 */
public final class QueryLanguage {

    public static final int MAX_CLAUSES = 1024;

    /** Each name a query may use, to the index field it searches (a field is indexed under its own name). */
    private static final Map<String, String> FIELDS = QueryVocabulary.FIELDS.stream()
            .flatMap(f -> f.names().map(name -> Map.entry(name, f.name())))
            .collect(Collectors.toUnmodifiableMap(Map.Entry::getKey, Map.Entry::getValue));
    private static final Set<String> TYPES = Set.of("article", "mention", "document");
    /** field:>v, field:>=v, field:<v, field:<=v outside quotes */
    private static final Pattern COMPARISON = Pattern.compile("(\\b[A-Za-z]+):(>=|<=|>|<)([^\\s()\"]+)");
    /** a / inside a word (tag:Theme/Brand) is a path separator, not the start of a /regexp/ */
    private static final Pattern IN_WORD_SLASH = Pattern.compile("(?<=\\w)/(?=\\w)");
    private static final Pattern RELATIVE = Pattern.compile("-(\\d+)([dwmy])");

    /** The ids of the workspace's sources of a name, for {@code via:NAME} (the index holds sources by id). */
    @FunctionalInterface
    public interface SourceIds {
        List<String> named(String name);

        /** No workspace: {@code via:} takes its value as a source's id. */
        SourceIds NONE = name -> List.of();
    }

    private final Analyzer analyzer;
    private final SourceIds sourceIds;

    public QueryLanguage(Analyzer analyzer) {
        this(analyzer, SourceIds.NONE);
    }

    public QueryLanguage(Analyzer analyzer, SourceIds sourceIds) {
        this.analyzer = analyzer;
        this.sourceIds = sourceIds;
    }

    /** The analyzer queries are parsed with: the index's. */
    public Analyzer analyzer() {
        return analyzer;
    }

    /** Parses a query for an index that may hold every language with a text field of its own. */
    public Query parse(String query) throws QuerySyntaxException {
        return parse(query, Schema.TEXT_LANGUAGES);
    }

    /**
     * Parses a query; an empty query matches everything. A word or phrase of the text field is also looked for in
     * the text field of each of {@code languages} (as that language analyzes it: "Häuser" finds German "Haus"),
     * the best field scoring; clauses on those fields do not count against {@link #MAX_CLAUSES}, and a query that
     * would pass it with them searches the text field alone.
     */
    public Query parse(String query, Collection<String> languages) throws QuerySyntaxException {
        if (query == null || query.isBlank()) {
            return new MatchAllDocsQuery();
        }
        Parser parser = new Parser(analyzer, languages, sourceIds);
        Query parsed;
        try {
            parsed = parser.parse(rewriteComparisons(query));
        } catch (ParseException e) {
            throw syntaxError(e, query);
        } catch (IndexSearcher.TooManyClauses e) {
            throw tooMany(-1);
        } catch (FieldError e) {
            throw new QuerySyntaxException(e.getMessage(), 0);
        }
        int clauses = countClauses(parsed, false);
        if (clauses > MAX_CLAUSES) {
            throw tooMany(clauses);
        }
        if (!languages.isEmpty() && countClauses(parsed, true) > MAX_CLAUSES) {
            return parse(query, List.of()); // Lucene would refuse it: the text field alone, as it was
        }
        return parsed;
    }

    private static QuerySyntaxException tooMany(int clauses) {
        return new QuerySyntaxException("the query has " + (clauses < 0 ? "more than 1,024" : String.format(Locale.ROOT,
                "%,d", clauses)) + " clauses; at most 1,024 are allowed: split it or use wildcards or a tag", 0);
    }

    /**
     * The query for snippets: the query itself, plus the words of its @handles and #hashtags in the text field
     * (they are matched in their own exact fields, which the highlighter does not see).
     */
    public Query highlightQuery(Query query) {
        List<Query> extra = new ArrayList<>();
        query.visit(new QueryVisitor() {
            @Override
            public void consumeTerms(Query q, Term... terms) {
                for (Term term : terms) {
                    if (term.field().equals(Schema.HANDLE) || term.field().equals(Schema.HASHTAG)) {
                        for (BytesRef token : tokens(term.text())) {
                            extra.add(new TermQuery(new Term(Schema.TEXT, token)));
                        }
                    }
                }
            }

            @Override
            public QueryVisitor getSubVisitor(org.apache.lucene.search.BooleanClause.Occur occur, Query parent) {
                return occur == org.apache.lucene.search.BooleanClause.Occur.MUST_NOT ? EMPTY_VISITOR : this;
            }
        });
        if (extra.isEmpty()) {
            return query;
        }
        BooleanQuery.Builder builder = new BooleanQuery.Builder().add(query, BooleanClause.Occur.SHOULD);
        extra.forEach(q -> builder.add(q, BooleanClause.Occur.SHOULD));
        return builder.build();
    }

    private List<BytesRef> tokens(String text) {
        List<BytesRef> tokens = new ArrayList<>();
        try (TokenStream stream = analyzer.tokenStream(Schema.TEXT, text)) {
            TermToBytesRefAttribute term = stream.addAttribute(TermToBytesRefAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                tokens.add(BytesRef.deepCopyOf(term.getBytesRef()));
            }
            stream.end();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e); // not thrown for a String
        }
        return tokens;
    }

    /** The clauses of a query as Lucene counts them, with or without those on the languages' text fields. */
    static int countClauses(Query query, boolean withLanguages) {
        int[] count = new int[1];
        query.visit(new QueryVisitor() {
            @Override
            public boolean acceptField(String field) {
                return withLanguages || Schema.languageOf(field) == null;
            }

            @Override
            public void consumeTerms(Query q, Term... terms) {
                count[0] += Math.max(1, terms.length);
            }

            @Override
            public void visitLeaf(Query q) {
                count[0]++;
            }

            @Override
            public QueryVisitor getSubVisitor(org.apache.lucene.search.BooleanClause.Occur occur, Query parent) {
                return this;
            }
        });
        return count[0];
    }

    static String rewriteComparisons(String query) {
        StringBuilder out = new StringBuilder();
        String[] parts = query.split("\"", -1);
        for (int i = 0; i < parts.length; i++) {
            if (i > 0) {
                out.append('"');
            }
            if (i % 2 == 1) {
                out.append(parts[i]);
                continue;
            }
            Matcher m = COMPARISON.matcher(IN_WORD_SLASH.matcher(parts[i]).replaceAll("\\\\/"));
            StringBuilder rewritten = new StringBuilder();
            while (m.find()) {
                String v = m.group(3);
                String range = switch (m.group(2)) {
                case ">" -> "{" + v + " TO *]";
                case ">=" -> "[" + v + " TO *]";
                case "<" -> "[* TO " + v + "}";
                default -> "[* TO " + v + "]";
                };
                m.appendReplacement(rewritten, Matcher.quoteReplacement(m.group(1) + ":" + range));
            }
            m.appendTail(rewritten);
            out.append(rewritten);
        }
        return out.toString();
    }

    private static QuerySyntaxException syntaxError(ParseException e, String query) {
        Throwable cause = e.getCause();
        if (cause instanceof QuerySyntaxException q) {
            return q;
        }
        if (cause instanceof FieldError f) {
            return new QuerySyntaxException(f.getMessage(), 0);
        }
        if (cause instanceof IndexSearcher.TooManyClauses) {
            return tooMany(-1);
        }
        if (cause instanceof ParseException p && p.currentToken != null) {
            org.apache.lucene.queryparser.classic.Token at = p.currentToken.next != null ? p.currentToken.next
                    : p.currentToken;
            Set<String> expected = new LinkedHashSet<>();
            for (int[] sequence : p.expectedTokenSequences) {
                if (sequence.length > 0) {
                    expected.add(describe(sequence[0]));
                }
            }
            expected.remove(null);
            String found = at.kind == QueryParserConstants.EOF ? "the end of the query" : "'" + at.image + "'";
            return new QuerySyntaxException("syntax error at position " + (at.beginColumn + 1) + ": found " + found
                    + ", expected " + String.join(" or ", expected), at.beginColumn + 1);
        }
        if (cause instanceof TokenMgrError lexical) {
            Matcher m = Pattern.compile("column (\\d+)").matcher(lexical.getMessage());
            int column = m.find() ? Integer.parseInt(m.group(1)) + 1 : query.length();
            String what = lexical.getMessage().contains("<EOF>") && query.chars().filter(c -> c == '"').count() % 2 == 1
                    ? "an unclosed \" (a phrase needs its closing quote)"
                    : "a character that cannot start a word (escape it with \\)";
            return new QuerySyntaxException("syntax error at position " + column + ": " + what, column);
        }
        String message = e.getMessage() == null ? "cannot parse the query" : e.getMessage().lines().findFirst().get();
        return new QuerySyntaxException("syntax error: " + message, 0);
    }

    private static String describe(int kind) {
        return switch (kind) {
        case QueryParserConstants.TERM, QueryParserConstants.PREFIXTERM, QueryParserConstants.WILDTERM,
                QueryParserConstants.NUMBER -> "a word";
        case QueryParserConstants.QUOTED -> "a \"phrase\"";
        case QueryParserConstants.LPAREN -> "'('";
        case QueryParserConstants.RPAREN -> "')'";
        case QueryParserConstants.STAR -> "'*'";
        case QueryParserConstants.RANGEIN_START, QueryParserConstants.RANGEEX_START -> "a [range]";
        case QueryParserConstants.REGEXPTERM -> "a /regexp/";
        case QueryParserConstants.NOT, QueryParserConstants.PLUS, QueryParserConstants.MINUS -> "NOT, + or -";
        case QueryParserConstants.RANGE_TO -> "TO";
        case QueryParserConstants.RANGEIN_END, QueryParserConstants.RANGEEX_END -> "']' or '}'";
        case QueryParserConstants.RANGE_GOOP, QueryParserConstants.RANGE_QUOTED -> "a range bound";
        case QueryParserConstants.BAREOPER -> null;
        default -> null;
        };
    }

    /** An unknown field or a wrong value for a field; becomes a {@link QuerySyntaxException}. */
    static final class FieldError extends RuntimeException {
        private static final long serialVersionUID = 1L;

        FieldError(String message) {
            super(message);
        }
    }

    private static final class Parser extends QueryParser {

        private final Collection<String> languages;
        private final SourceIds sourceIds;

        Parser(Analyzer analyzer, Collection<String> languages, SourceIds sourceIds) {
            super(Schema.TEXT, analyzer);
            this.languages = languages;
            this.sourceIds = sourceIds;
            setDefaultOperator(AND_OPERATOR);
            setAllowLeadingWildcard(true);
            setSplitOnWhitespace(true);
            setAutoGeneratePhraseQueries(true);
        }

        private static String field(String name) {
            String field = FIELDS.get(name.toLowerCase(Locale.ROOT));
            if (field == null) {
                throw new FieldError("unknown field '" + name + ":'; the fields are " + String.join(": ",
                        new java.util.TreeSet<>(FIELDS.keySet())) + ": (quote a phrase that contains a colon)");
            }
            return field;
        }

        @Override
        protected Query getFieldQuery(String name, String text, boolean quoted) throws ParseException {
            String field = field(name);
            if (field.equals(Schema.TEXT) && !quoted && text.length() > 1) {
                if (text.charAt(0) == '@') {
                    return new TermQuery(new Term(Schema.HANDLE, Schema.lower(text.substring(1))));
                }
                if (text.charAt(0) == '#') {
                    return new TermQuery(new Term(Schema.HASHTAG, Schema.lower(text.substring(1))));
                }
            }
            if (Schema.COUNTS.contains(field)) {
                long value = count(field, text);
                return LongPoint.newExactQuery(field, value);
            }
            switch (field) {
            case Schema.PUBLISHED, Schema.CAPTURED:
                return dateRange(field, text, text, true, true);
            case Schema.TYPE:
                String type = Schema.lower(text);
                if (!TYPES.contains(type)) {
                    throw new FieldError("type: is article, mention or document, not '" + text + "'");
                }
                return new TermQuery(new Term(field, type));
            case Schema.HANDLE, Schema.HASHTAG:
                return new TermQuery(new Term(field, Schema.lower(text.replaceFirst("^[@#]", ""))));
            case Schema.SITE, Schema.DOMAIN:
                return new TermQuery(new Term(field, Schema.lower(text).replaceFirst("^www\\.", "")));
            case Schema.TAG:
                return new TermQuery(new Term(field, Schema.lower(String.join("/", dossier.model.Tags.split(text)))));
            case Schema.VIA:
                return via(text);
            case Schema.TEXT:
                return inLanguages(text, quoted, 0);
            default:
                if (Schema.EXACT.contains(field)) {
                    return new TermQuery(new Term(field, Schema.lower(text)));
                }
                return super.getFieldQuery(field, text, quoted);
            }
        }

        @Override
        protected Query getFieldQuery(String name, String text, int slop) throws ParseException {
            String field = field(name);
            return field.equals(Schema.TEXT) ? inLanguages(text, true, slop) : super.getFieldQuery(field, text, slop);
        }

        /** The items of the sources of this name (any case), or of the source with this id. */
        private Query via(String name) {
            Set<String> ids = new LinkedHashSet<>();
            ids.add(Schema.viaTerm(name));
            sourceIds.named(name.strip()).forEach(id -> ids.add(Schema.viaTerm(id)));
            if (ids.size() == 1) {
                return new TermQuery(new Term(Schema.VIA, ids.iterator().next()));
            }
            BooleanQuery.Builder any = new BooleanQuery.Builder();
            ids.forEach(id -> any.add(new TermQuery(new Term(Schema.VIA, id)), BooleanClause.Occur.SHOULD));
            return any.build();
        }

        /**
         * The text field's query, and if the words are not all English stop words, the best of it and each
         * language's text field's query (a language's stop words are left out of its own, as it indexes them).
         */
        private Query inLanguages(String text, boolean quoted, int slop) throws ParseException {
            Query plain = withSlop(super.getFieldQuery(Schema.TEXT, text, quoted), slop);
            if (plain == null || languages.isEmpty()) {
                return plain;
            }
            List<Query> fields = new ArrayList<>();
            fields.add(plain);
            for (String language : languages) {
                Query inLanguage = withSlop(super.getFieldQuery(Schema.textField(language), text, quoted), slop);
                if (inLanguage != null) {
                    fields.add(inLanguage);
                }
            }
            return fields.size() == 1 ? plain : new DisjunctionMaxQuery(fields, 0);
        }

        /** A phrase with this slop, as the classic parser sets it; other queries as they are. */
        private static Query withSlop(Query query, int slop) {
            if (slop == 0) {
                return query;
            }
            if (query instanceof PhraseQuery phrase) {
                PhraseQuery.Builder builder = new PhraseQuery.Builder().setSlop(slop);
                Term[] terms = phrase.getTerms();
                int[] positions = phrase.getPositions();
                for (int i = 0; i < terms.length; i++) {
                    builder.add(terms[i], positions[i]);
                }
                return builder.build();
            }
            if (query instanceof MultiPhraseQuery phrases) {
                return new MultiPhraseQuery.Builder(phrases).setSlop(slop).build();
            }
            return query;
        }

        @Override
        protected Query getRangeQuery(String name, String part1, String part2, boolean startInclusive,
                boolean endInclusive) throws ParseException {
            String field = field(name);
            if (field.equals(Schema.PUBLISHED) || field.equals(Schema.CAPTURED)) {
                return dateRange(field, part1, part2, startInclusive, endInclusive);
            }
            if (Schema.COUNTS.contains(field)) {
                long lower = part1 == null || part1.equals("*") ? Long.MIN_VALUE : count(field, part1);
                long upper = part2 == null || part2.equals("*") ? Long.MAX_VALUE : count(field, part2);
                return LongPoint.newRangeQuery(field, startInclusive || lower == Long.MIN_VALUE ? lower : lower + 1,
                        endInclusive || upper == Long.MAX_VALUE ? upper : upper - 1);
            }
            return super.getRangeQuery(field, part1, part2, startInclusive, endInclusive);
        }

        /** #brand* and @acme* expand over hashtags and handles, not words. */
        private static String[] entityField(String field, String text) {
            if (field.equals(Schema.TEXT) && text.length() > 1 && (text.charAt(0) == '#' || text.charAt(0) == '@')) {
                return new String[] { text.charAt(0) == '#' ? Schema.HASHTAG : Schema.HANDLE, text.substring(1) };
            }
            return new String[] { field, text };
        }

        @Override
        protected Query getWildcardQuery(String name, String text) throws ParseException {
            String[] target = entityField(field(name), text);
            return super.getWildcardQuery(target[0], target[1]);
        }

        @Override
        protected Query getPrefixQuery(String name, String text) throws ParseException {
            String[] target = entityField(field(name), text);
            return super.getPrefixQuery(target[0], target[1]);
        }

        @Override
        protected Query getFuzzyQuery(String name, String text, float similarity) throws ParseException {
            return super.getFuzzyQuery(field(name), text, similarity);
        }

        @Override
        protected Query getRegexpQuery(String name, String text) throws ParseException {
            return super.getRegexpQuery(field(name), text);
        }

        private static long count(String field, String value) {
            try {
                return Long.parseLong(value.strip());
            } catch (NumberFormatException e) {
                throw new FieldError(field + ": is a whole number, not '" + value + "': write " + field + ":100, "
                        + field + ":>100 or " + field + ":[10 TO 100]");
            }
        }

        private static Query dateRange(String field, String from, String to, boolean fromInclusive,
                boolean toInclusive) {
            long lower = from == null || from.equals("*") ? Long.MIN_VALUE : bound(from, false);
            long upper = to == null || to.equals("*") ? Long.MAX_VALUE : bound(to, true);
            if (!fromInclusive && lower != Long.MIN_VALUE) {
                lower = bound(from, true) + 1;
            }
            if (!toInclusive && upper != Long.MAX_VALUE) {
                upper = bound(to, false) - 1;
            }
            return LongPoint.newRangeQuery(field, lower, upper);
        }

        /** The first (or, with {@code end}, the last) millisecond a date names. */
        static long bound(String value, boolean end) {
            String v = value.strip();
            Matcher relative = RELATIVE.matcher(v);
            if (v.equalsIgnoreCase("now")) {
                return System.currentTimeMillis();
            }
            if (relative.matches()) {
                int n = Integer.parseInt(relative.group(1));
                LocalDate today = LocalDate.now(ZoneOffset.UTC);
                LocalDate day = switch (relative.group(2)) {
                case "d" -> today.minusDays(n);
                case "w" -> today.minusWeeks(n);
                case "m" -> today.minusMonths(n);
                default -> today.minusYears(n);
                };
                return end ? dayEnd(day) : day.atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli();
            }
            try {
                if (v.matches("\\d{4}")) {
                    int year = Integer.parseInt(v);
                    return end ? dayEnd(LocalDate.of(year, 12, 31)) : start(LocalDate.of(year, 1, 1));
                }
                if (v.matches("\\d{4}-\\d{2}")) {
                    YearMonth month = YearMonth.parse(v);
                    return end ? dayEnd(month.atEndOfMonth()) : start(month.atDay(1));
                }
                if (v.matches("\\d{4}-\\d{2}-\\d{2}")) {
                    LocalDate day = LocalDate.parse(v);
                    return end ? dayEnd(day) : start(day);
                }
                return Instant.parse(v).toEpochMilli();
            } catch (java.time.DateTimeException e) {
                throw new FieldError("'" + value + "' is not a date: write 2024-06-30, 2024-06, 2024, -7d (days),"
                        + " -2w, -3m, -1y or now");
            }
        }

        private static long start(LocalDate day) {
            return day.atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli();
        }

        private static long dayEnd(LocalDate day) {
            return start(day.plusDays(1)) - 1;
        }
    }
}
