package dossier.index.internal;

import java.net.URI;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.regex.Pattern;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.core.KeywordTokenizer;
import org.apache.lucene.analysis.da.DanishAnalyzer;
import org.apache.lucene.analysis.de.GermanAnalyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.es.SpanishAnalyzer;
import org.apache.lucene.analysis.fi.FinnishAnalyzer;
import org.apache.lucene.analysis.fr.FrenchAnalyzer;
import org.apache.lucene.analysis.it.ItalianAnalyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.nl.DutchAnalyzer;
import org.apache.lucene.analysis.no.NorwegianAnalyzer;
import org.apache.lucene.analysis.pt.PortugueseAnalyzer;
import org.apache.lucene.analysis.ru.RussianAnalyzer;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.analysis.sv.SwedishAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.util.BytesRef;

import com.twitter.twittertext.Extractor;

import dossier.index.IndexSettings;
import dossier.model.Tags;
import dossier.store.Engagement;
import dossier.store.StoredItem;

/**
 * The one place that defines the index: its fields, their analyzers (one {@link PerFieldAnalyzerWrapper}), the
 * facet dimensions, the writer settings, and how an item becomes a document. The query parser, the highlighter,
 * MoreLikeThis and the benchmark's plain-Lucene baseline all use these.
 */
public final class Schema {

    /** Bumped when fields or analysis change: an index of another version is rebuilt at open. */
    public static final String VERSION = "4";
    public static final String VERSION_KEY = "dossier.index.version";
    public static final String COMMITTED_KEY = "dossier.index.committed";

    public static final String ID = "id";
    public static final String TYPE = "type";
    public static final String LANG = "lang";
    public static final String TITLE = "title";
    /** title and body, English analysis, offsets in postings for the highlighter; the default field */
    public static final String TEXT = "text";
    public static final String AUTHOR = "author";
    public static final String HANDLE = "handle";
    public static final String HASHTAG = "hashtag";
    public static final String URL = "url";
    public static final String DOMAIN = "domain";
    public static final String SITE = "site";
    public static final String SOURCE = "source";
    /** The ids of the workspace's sources that brought the item ({@code via:NAME} asks for a source's by its name). */
    public static final String VIA = "via";
    public static final String TAG = "tag";
    public static final String CASE = "case";
    public static final String PUBLISHED = "published";
    public static final String CAPTURED = "captured";
    /** published, else captured: for date order */
    public static final String DATE = "date";
    public static final String SIMHASH = "simhash";
    public static final String GENERATION = "gen";
    /** The author's followers (reach) and the item's engagement counts: points, doc values and stored. */
    public static final String FOLLOWERS = "followers";
    public static final String REPLIES = "replies";
    public static final String RESHARES = "reshares";
    public static final String LIKES = "likes";
    public static final String QUOTES = "quotes";
    /** replies + reshares + likes + quotes, the known ones */
    public static final String ENGAGEMENT = "engagement";
    /** Who posted it, one value per item for rankings (doc values only): {@code @handle}, else the author's name. */
    public static final String ACCOUNT = "account";
    /** Whole-number fields: queried by value or range ({@code likes:>100}). */
    public static final Set<String> COUNTS = Set.of(FOLLOWERS, REPLIES, RESHARES, LIKES, QUOTES, ENGAGEMENT);

    /** Facet dimensions (SortedSetDocValues facets; {@code tag} is hierarchical). */
    public static final List<String> FACETS = List.of("tag", "source", "site", "author", "type", "language", "month");

    /**
     * The languages Lucene has an analyzer for (stemming, stop words) that the text of an item in that language also
     * goes through, into a field of its own ({@code text_de}): language code to analyzer, each made with its
     * no-argument constructor (the team collection's Solr schema names the same classes). Other languages, and
     * {@code und}, have the English {@link #TEXT} field alone.
     */
    private static final Map<String, Supplier<Analyzer>> LANGUAGES = Map.ofEntries(
            Map.entry("da", DanishAnalyzer::new), Map.entry("de", GermanAnalyzer::new),
            Map.entry("es", SpanishAnalyzer::new), Map.entry("fi", FinnishAnalyzer::new),
            Map.entry("fr", FrenchAnalyzer::new), Map.entry("it", ItalianAnalyzer::new),
            Map.entry("nl", DutchAnalyzer::new), Map.entry("no", NorwegianAnalyzer::new),
            Map.entry("pt", PortugueseAnalyzer::new), Map.entry("ru", RussianAnalyzer::new),
            Map.entry("sv", SwedishAnalyzer::new));
    /** Tags naming a language of {@link #LANGUAGES} by another code: Norwegian Bokmål and Nynorsk. */
    private static final Map<String, String> SAME_LANGUAGE = Map.of("nb", "no", "nn", "no");

    /** The languages with a text field of their own, sorted. */
    public static final List<String> TEXT_LANGUAGES = LANGUAGES.keySet().stream().sorted().toList();

    /** The text field of a language of {@link #TEXT_LANGUAGES}: {@code text_de}. */
    public static String textField(String language) {
        return TEXT + "_" + language;
    }

    /** The language whose text field this is, or null. */
    public static String languageOf(String field) {
        return field.startsWith(TEXT + "_") && LANGUAGES.containsKey(field.substring(TEXT.length() + 1))
                ? field.substring(TEXT.length() + 1) : null;
    }

    /** The analyzer of a language of {@link #TEXT_LANGUAGES} (a new one). */
    public static Analyzer languageAnalyzer(String language) {
        return LANGUAGES.get(language).get();
    }

    /** The language of {@link #TEXT_LANGUAGES} a primary language subtag names, or null if it names none. */
    static String textLanguage(String primary) {
        String language = SAME_LANGUAGE.getOrDefault(primary, primary);
        return LANGUAGES.containsKey(language) ? language : null;
    }

    /** Fields holding exact, lower-cased values: not analyzed beyond lower case. */
    public static final Set<String> EXACT = Set.of(ID, TYPE, LANG, HANDLE, HASHTAG, URL, DOMAIN, SITE, SOURCE, TAG,
            CASE, VIA);

    private static final FieldType TEXT_TYPE = new FieldType(TextField.TYPE_STORED);
    static {
        TEXT_TYPE.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
        TEXT_TYPE.freeze();
    }
    /** A language's text field: the text field's text again (stored there), with offsets for the highlighter. */
    private static final FieldType LANGUAGE_TEXT_TYPE = new FieldType(TextField.TYPE_NOT_STORED);
    static {
        LANGUAGE_TEXT_TYPE.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
        LANGUAGE_TEXT_TYPE.freeze();
    }
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("yyyy-MM", Locale.ROOT)
            .withZone(ZoneOffset.UTC);

    private Schema() {
    }

    /** Lower-cases the whole value into one token: the query side of the exact fields. */
    static final class ExactAnalyzer extends Analyzer {
        @Override
        protected TokenStreamComponents createComponents(String fieldName) {
            Tokenizer tokenizer = new KeywordTokenizer();
            return new TokenStreamComponents(tokenizer, new LowerCaseFilter(tokenizer));
        }

        @Override
        protected TokenStream normalize(String fieldName, TokenStream in) {
            return new LowerCaseFilter(in);
        }
    }

    /**
     * English for text and title, each language's own for its text field, standard for author names, exact
     * (lower-cased) for the rest.
     */
    public static Analyzer analyzer() {
        Analyzer exact = new ExactAnalyzer();
        Map<String, Analyzer> perField = new java.util.HashMap<>();
        for (String field : EXACT) {
            perField.put(field, exact);
        }
        perField.put(AUTHOR, new StandardAnalyzer());
        LANGUAGES.forEach((language, analyzer) -> perField.put(textField(language), analyzer.get()));
        return new PerFieldAnalyzerWrapper(new EnglishAnalyzer(), perField);
    }

    private static final FacetsConfig FACETS_CONFIG = facetsConfig();
    private static final Pattern LANGUAGE_SUBTAG = Pattern.compile("[-_]");

    public static FacetsConfig facetsConfig() {
        FacetsConfig config = new FacetsConfig();
        config.setHierarchical("tag", true);
        config.setMultiValued("tag", true);
        return config;
    }

    /** True if some document of the reader has facet values in this dimension. */
    public static boolean hasDimension(SortedSetDocValuesReaderState state, String dim) {
        return FACETS_CONFIG.getDimConfig(dim).hierarchical ? state.getDimTree(dim) != null
                : state.getOrdRange(dim) != null;
    }

    /** Writer settings shared by Dossier's index and the benchmark's baseline. */
    public static IndexWriterConfig writerConfig(Analyzer analyzer) {
        IndexWriterConfig config = new IndexWriterConfig(analyzer);
        config.setRAMBufferSizeMB(IndexSettings.RAM_BUFFER_MB.value());
        return config;
    }

    /**
     * What the index knows of an item: its metadata, text, tag paths, case files (id and title) and the ids of the
     * sources that brought it.
     */
    public record ItemFacts(StoredItem item, String text, List<String> tags, List<Map.Entry<String, String>> cases,
            List<String> sources) {
    }

    private static final ThreadLocal<Extractor> EXTRACTOR = ThreadLocal.withInitial(Extractor::new);

    /** The document of an item, facet fields translated (ready for the writer). */
    public static Document document(ItemFacts facts, long generation) {
        try {
            return FACETS_CONFIG.build(fields(facts, generation));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e); // not thrown without a taxonomy
        }
    }

    private static Document fields(ItemFacts facts, long generation) {
        StoredItem item = facts.item();
        String body = facts.text() == null ? "" : facts.text();
        String title = item.title() == null ? "" : item.title();
        Document doc = new Document();
        doc.add(new StringField(ID, item.id(), Field.Store.YES));
        String type = item.type().name().toLowerCase(Locale.ROOT);
        doc.add(new StringField(TYPE, type, Field.Store.YES));
        doc.add(new SortedSetDocValuesFacetField("type", type));
        String lang = item.language() == null || item.language().isBlank() ? "und"
                : item.language().toLowerCase(Locale.ROOT);
        doc.add(new StringField(LANG, lang, Field.Store.YES));
        String primary = LANGUAGE_SUBTAG.split(lang, 2)[0];
        if (!primary.equals(lang)) {
            doc.add(new StringField(LANG, primary, Field.Store.NO)); // lang:de finds de-AT
        }
        doc.add(new SortedSetDocValuesFacetField("language", lang));
        doc.add(new TextField(TITLE, title, Field.Store.YES));
        String text = title.isEmpty() || body.startsWith(title) ? body : title + "\n\n" + body;
        doc.add(new Field(TEXT, text, TEXT_TYPE));
        String textLanguage = textLanguage(primary);
        if (textLanguage != null) {
            doc.add(new Field(textField(textLanguage), text, LANGUAGE_TEXT_TYPE));
        }

        String author = item.authorName() != null ? item.authorName() : item.authorHandle();
        if (author != null && !author.isBlank()) {
            doc.add(new TextField(AUTHOR, author + (item.authorHandle() != null ? " " + item.authorHandle() : ""),
                    Field.Store.YES));
            doc.add(new SortedSetDocValuesFacetField("author", author));
            String account = item.authorHandle() != null && !item.authorHandle().isBlank()
                    ? "@" + lower(withoutPrefix(item.authorHandle(), "@")) : author;
            doc.add(new SortedDocValuesField(ACCOUNT, new BytesRef(account)));
        }
        Extractor extractor = EXTRACTOR.get();
        Set<String> handles = new LinkedHashSet<>();
        if (item.authorHandle() != null) {
            handles.add(lower(withoutPrefix(item.authorHandle(), "@")));
        }
        around(body, '@', '\uFF20', extractor::extractMentionedScreennames).forEach(h -> handles.add(lower(h)));
        handles.forEach(h -> doc.add(new StringField(HANDLE, h, Field.Store.NO)));
        new LinkedHashSet<>(around(body, '#', '\uFF03', extractor::extractHashtags)).forEach(
                h -> doc.add(new StringField(HASHTAG, lower(h), Field.Store.NO)));
        Set<String> domains = new LinkedHashSet<>();
        for (String url : new LinkedHashSet<>(around(body, '.', '.', extractor::extractURLs))) { // a URL has a dot
            doc.add(new StringField(URL, lower(url), Field.Store.NO));
            String host = host(url.contains("://") ? url : "http://" + url);
            if (host != null) {
                domains.addAll(parentDomains(host));
            }
        }
        String itemUrl = item.canonicalUrl() != null ? item.canonicalUrl() : item.url();
        if (itemUrl != null) {
            doc.add(new StringField(URL, lower(itemUrl), Field.Store.YES));
        }
        String host = itemUrl == null ? null : host(itemUrl);
        String site = host == null ? "local files" : withoutPrefix(host, "www.");
        String source = host == null ? "local files" : registrable(host);
        (host == null ? List.of(site) : parentDomains(host)).forEach(d -> {
            doc.add(new StringField(SITE, d, Field.Store.NO));
            domains.add(d);
        });
        domains.forEach(d -> doc.add(new StringField(DOMAIN, d, Field.Store.NO)));
        doc.add(new StringField(SOURCE, source, Field.Store.NO));
        doc.add(new SortedSetDocValuesFacetField("site", site));
        doc.add(new SortedSetDocValuesFacetField("source", source));

        Set<String> tagTerms = new LinkedHashSet<>();
        for (String path : facts.tags()) {
            List<String> parts = Tags.split(path);
            if (parts.isEmpty()) {
                continue;
            }
            doc.add(new SortedSetDocValuesFacetField("tag", parts.toArray(String[]::new)));
            for (int i = 1; i <= parts.size(); i++) {
                tagTerms.add(lower(String.join("/", parts.subList(0, i))));
            }
        }
        tagTerms.forEach(t -> doc.add(new StringField(TAG, t, Field.Store.NO)));
        for (Map.Entry<String, String> caseFile : facts.cases()) {
            doc.add(new StringField(CASE, caseFile.getKey().toLowerCase(Locale.ROOT), Field.Store.NO));
            doc.add(new StringField(CASE, lower(caseFile.getValue()), Field.Store.NO));
        }
        facts.sources().forEach(id -> doc.add(new StringField(VIA, lower(id), Field.Store.NO)));

        date(doc, PUBLISHED, item.published());
        date(doc, CAPTURED, item.captured());
        Instant date = item.published() != null ? item.published() : item.captured();
        doc.add(new NumericDocValuesField(DATE, date.toEpochMilli()));
        doc.add(new StoredField(DATE, date.toEpochMilli()));
        doc.add(new SortedSetDocValuesFacetField("month", MONTH.format(date)));
        doc.add(new NumericDocValuesField(SIMHASH, SimHash.of(body)));
        doc.add(new LongPoint(GENERATION, generation));
        Engagement engagement = item.engagement();
        count(doc, FOLLOWERS, item.followerCount());
        count(doc, REPLIES, engagement.replies());
        count(doc, RESHARES, engagement.reshares());
        count(doc, LIKES, engagement.likes());
        count(doc, QUOTES, engagement.quotes());
        count(doc, ENGAGEMENT, engagement.total());
        return doc;
    }

    /**
     * Runs a twitter-text extraction on each whitespace-delimited word holding {@code mark} (with the character
     * before it, which decides whether it starts an entity) instead of on the whole text: the same entities, without
     * twitter-text's costly scan of long texts (about 100 us a call).
     */
    static List<String> around(String text, char mark, char wideMark, java.util.function.Function<String,
            List<String>> extract) {
        List<String> found = new ArrayList<>();
        int i = 0;
        while (i < text.length()) {
            int at = next(text, mark, wideMark, i);
            if (at < 0) {
                break;
            }
            int start = at;
            while (start > 0 && !Character.isWhitespace(text.charAt(start - 1))) {
                start--;
            }
            int end = at + 1;
            while (end < text.length() && !Character.isWhitespace(text.charAt(end))) {
                end++;
            }
            found.addAll(extract.apply(text.substring(start, end)));
            i = end;
        }
        return found;
    }

    private static int next(String text, char mark, char wideMark, int from) {
        int a = text.indexOf(mark, from);
        int b = text.indexOf(wideMark, from);
        return a < 0 ? b : b < 0 ? a : Math.min(a, b);
    }

    private static void date(Document doc, String field, Instant value) {
        if (value != null) {
            doc.add(new LongPoint(field, value.toEpochMilli()));
            doc.add(new NumericDocValuesField(field, value.toEpochMilli()));
        }
    }

    private static void count(Document doc, String field, Long value) {
        if (value != null) {
            doc.add(new LongPoint(field, value));
            doc.add(new NumericDocValuesField(field, value));
            doc.add(new StoredField(field, value));
        }
    }

    static String lower(String value) {
        return value.toLowerCase(Locale.ROOT);
    }

    /** The {@link #VIA} term of a source's name or id, as {@code via:NAME} asks for it. */
    public static String viaTerm(String nameOrId) {
        return lower(nameOrId.strip());
    }

    static String host(String url) {
        try {
            String host = URI.create(url.strip().replace(" ", "%20")).getHost();
            return host == null || host.isEmpty() ? null : lower(host);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static String withoutPrefix(String text, String prefix) {
        return text.startsWith(prefix) ? text.substring(prefix.length()) : text;
    }

    /** news.example.co.uk gives news.example.co.uk, example.co.uk, co.uk is left out (one label dropped at most to two). */
    static List<String> parentDomains(String host) {
        List<String> result = new ArrayList<>();
        String h = withoutPrefix(host, "www.");
        result.add(h);
        int dot = h.indexOf('.');
        while (dot > 0 && h.indexOf('.', dot + 1) > 0) {
            h = h.substring(dot + 1);
            result.add(h);
            dot = h.indexOf('.');
        }
        return result;
    }

    /** The last two labels of a host (three for hosts like example.co.uk): the source's name. */
    static String registrable(String host) {
        String[] labels = withoutPrefix(host, "www.").split("\\.");
        int keep = labels.length >= 3 && labels[labels.length - 2].length() <= 3 && labels[labels.length - 1].length() == 2
                ? 3 : 2;
        return String.join(".", java.util.Arrays.asList(labels).subList(Math.max(0, labels.length - keep), labels.length));
    }
}
