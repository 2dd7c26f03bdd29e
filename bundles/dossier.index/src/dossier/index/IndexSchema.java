package dossier.index;

import java.util.List;
import java.util.Map;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.IndexWriterConfig;

import dossier.index.internal.Schema;
import dossier.store.StoredItem;

/**
 * The index's fields, analysis, facets and documents, for building the same index outside a workspace (the
 * benchmark's plain-Lucene baseline): what {@link SearchIndex} itself uses.
 */
public final class IndexSchema {

    public static final String ID = Schema.ID;
    public static final String TITLE = Schema.TITLE;
    /** title and text: the default field, the one snippets come from */
    public static final String TEXT = Schema.TEXT;
    /** published, else captured: for date order */
    public static final String DATE = Schema.DATE;
    /** The author's followers: reach. */
    public static final String FOLLOWERS = Schema.FOLLOWERS;
    /** Engagement counts of an item (numeric doc values; absent when not known) and their sum. */
    public static final String REPLIES = Schema.REPLIES;
    public static final String RESHARES = Schema.RESHARES;
    public static final String LIKES = Schema.LIKES;
    public static final String QUOTES = Schema.QUOTES;
    public static final String ENGAGEMENT = Schema.ENGAGEMENT;
    /** Who posted an item (sorted doc values): {@code @handle}, else the author's name. */
    public static final String ACCOUNT = Schema.ACCOUNT;
    /** The facet dimensions. */
    public static final List<String> FACETS = Schema.FACETS;
    /** The ids of the sources that brought an item. */
    public static final String VIA = Schema.VIA;

    /**
     * The languages whose text is also analyzed as that language (stemmed, stop words left out) in a field of its own,
     * {@link #textField}; searched beside {@link #TEXT}.
     */
    public static final List<String> TEXT_LANGUAGES = Schema.TEXT_LANGUAGES;

    private IndexSchema() {
    }

    /**
     * The {@link #VIA} term of a source's id or name: {@code via:NAME} asks for the name's term beside the ids of the
     * workspace's sources of that name.
     */
    public static String viaTerm(String nameOrId) {
        return Schema.viaTerm(nameOrId);
    }

    /** The text field of a language of {@link #TEXT_LANGUAGES}: {@code text_de}. */
    public static String textField(String language) {
        return Schema.textField(language);
    }

    /** A new analyzer of a language of {@link #TEXT_LANGUAGES}, as its text field has it. */
    public static Analyzer languageAnalyzer(String language) {
        return Schema.languageAnalyzer(language);
    }

    public static Analyzer analyzer() {
        return Schema.analyzer();
    }

    public static IndexWriterConfig writerConfig(Analyzer analyzer) {
        return Schema.writerConfig(analyzer);
    }

    public static FacetsConfig facetsConfig() {
        return Schema.facetsConfig();
    }

    /** True if some document of the reader has facet values in this dimension. */
    public static boolean hasDimension(SortedSetDocValuesReaderState state, String dim) {
        return Schema.hasDimension(state, dim);
    }

    /** The document of an item in no case file and without tags, as the index writes it. */
    public static Document document(StoredItem item, String text) {
        return document(item, text, List.of(), List.of());
    }

    /** The document of an item with its tag paths and case files (id and title), as the index writes it. */
    public static Document document(StoredItem item, String text, List<String> tags,
            List<Map.Entry<String, String>> caseFiles) {
        return document(item, text, tags, caseFiles, List.of());
    }

    /** The same, brought by these sources (their ids). */
    public static Document document(StoredItem item, String text, List<String> tags,
            List<Map.Entry<String, String>> caseFiles, List<String> sourceIds) {
        return Schema.document(new Schema.ItemFacts(item, text, tags, caseFiles, sourceIds), 0);
    }
}
