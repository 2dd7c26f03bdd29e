package dossier.team.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.index.DocValuesType;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.index.IndexableFieldType;
import org.apache.solr.common.SolrInputDocument;

import dossier.index.IndexSchema;
import dossier.store.Engagement;
import dossier.store.ItemType;
import dossier.store.StoredItem;

/**
 * The team collection's Solr schema, generated from the local index's own documents ({@link IndexSchema#document}):
 * every field the local index writes becomes a Solr field of the same name and kind (exact, English or standard text,
 * a language's text through the local index's own analyzer class for it,
 * long), every facet dimension a {@code facet_DIM} field, and the team's own fields ({@code team_*}) are added. A field
 * the local index starts writing is in the next generated schema; a document holding a field the schema lacks is
 * refused, never sent without it. The schema's name carries a fingerprint of its fields, so a collection set up by
 * another version of Dossier is recognized.
 */
public final class SolrSchema {

    /** What a field holds and how Solr treats it. */
    enum Kind {
        ID("string"), EXACT("string"), TEXT_EN("text_en"), TEXT_STANDARD("text_standard"), LONG("plong"),
        STORED("string"), BINARY("binary"),
        /** a language's text field ({@code text_de}): of its language's field type ({@code lang_de}) */
        TEXT_LANGUAGE(null);

        final String solrType;

        Kind(String solrType) {
            this.solrType = solrType;
        }
    }

    /** One Solr field. */
    record SolrField(String name, Kind kind, boolean indexed, boolean stored, boolean docValues, boolean multiValued) {
    }

    public static final String ID = IndexSchema.ID;
    public static final String FACET_PREFIX = "facet_";
    public static final String PUBLISHER = "team_publisher";
    public static final String PUBLISHED_AT = "team_published_at";
    public static final String SHA256 = "team_sha256";
    public static final String ITEM_TAGS = "team_item_tags";
    public static final String CLIPS = "team_clips";
    public static final String NOTES = "team_notes";
    public static final String CAPTURE = "team_capture";
    public static final String ORIGINAL = "team_original";
    public static final String FINGERPRINT = "team_fingerprint";
    public static final String SIMHASH = "simhash";

    private static final String FACETS_FIELD = FacetsConfig.DEFAULT_INDEX_FIELD_NAME;
    private static final char FACET_DELIMITER = FacetsConfig.DELIM_CHAR;

    /** The local index's language text fields ({@code text_de}) to their language ({@code de}). */
    private static final Map<String, String> LANGUAGE_FIELDS = IndexSchema.TEXT_LANGUAGES.stream()
            .collect(Collectors.toUnmodifiableMap(IndexSchema::textField, language -> language));

    private static final SolrSchema INSTANCE = new SolrSchema();

    private final Map<String, SolrField> fields;
    private final String fingerprint;

    private SolrSchema() {
        Analyzer analyzer = IndexSchema.analyzer();
        Map<String, SolrField> found = new LinkedHashMap<>();
        for (IndexableField field : probeDocuments()) {
            if (field.name().equals(FACETS_FIELD) || localOnly(field)) {
                continue;
            }
            SolrField seen = found.get(field.name());
            SolrField next = solrField(field, analyzer);
            found.put(field.name(), seen == null ? next : merge(seen, next));
        }
        for (String dim : IndexSchema.FACETS) {
            found.put(FACET_PREFIX + dim, new SolrField(FACET_PREFIX + dim, Kind.EXACT, true, false, true, true));
        }
        team(found, PUBLISHER, Kind.EXACT, false);
        team(found, PUBLISHED_AT, Kind.LONG, false);
        team(found, SHA256, Kind.EXACT, false);
        team(found, ITEM_TAGS, Kind.EXACT, true);
        team(found, CLIPS, Kind.TEXT_EN, true);
        team(found, NOTES, Kind.TEXT_EN, true);
        found.put(CAPTURE, new SolrField(CAPTURE, Kind.STORED, false, true, false, false));
        found.put(ORIGINAL, new SolrField(ORIGINAL, Kind.BINARY, false, true, false, false));
        found.put(FINGERPRINT, new SolrField(FINGERPRINT, Kind.STORED, false, true, false, false));
        this.fields = Map.copyOf(found);
        this.fingerprint = sha256(String.join("\n", found.values().stream().map(SolrField::toString).sorted().toList()))
                .substring(0, 12);
    }

    private static void team(Map<String, SolrField> fields, String name, Kind kind, boolean multiValued) {
        fields.put(name, new SolrField(name, kind, true, true, kind == Kind.LONG || kind == Kind.EXACT, multiValued));
    }

    public static SolrSchema get() {
        return INSTANCE;
    }

    /** The schema's name in Solr: {@code dossier-FINGERPRINT}. */
    public String name() {
        return "dossier-" + fingerprint;
    }

    /** The field names, for tests and status. */
    public Set<String> fieldNames() {
        return fields.keySet();
    }

    /** The local document's fields as a Solr document (facets as {@code facet_DIM} values, tag paths with parents). */
    public SolrInputDocument convert(Document local) {
        SolrInputDocument doc = new SolrInputDocument();
        for (IndexableField field : local) {
            if (localOnly(field)) {
                continue;
            }
            if (field.name().equals(FACETS_FIELD)) {
                if (field.fieldType().docValuesType() == DocValuesType.SORTED_SET) {
                    addFacet(doc, field.binaryValue().utf8ToString());
                }
                continue;
            }
            SolrField solrField = fields.get(field.name());
            if (solrField == null) {
                throw new IllegalStateException("the local index writes a field the team schema lacks: '" + field.name()
                        + "'; the team collection needs 'dossier team setup' with this version of Dossier");
            }
            // a value may come twice (stored, indexed, doc values): one of each
            var values = doc.getFieldValues(field.name());
            Object value = value(field);
            if (values == null || solrField.multiValued() && !values.contains(value)) {
                doc.addField(field.name(), value);
            }
        }
        return doc;
    }

    private void addFacet(SolrInputDocument doc, String encoded) {
        String[] parts = encoded.split(String.valueOf(FACET_DELIMITER));
        String field = FACET_PREFIX + parts[0];
        if (!fields.containsKey(field)) {
            throw new IllegalStateException("the local index has a facet the team schema lacks: '" + parts[0] + "'");
        }
        StringBuilder path = new StringBuilder();
        for (int i = 1; i < parts.length; i++) {
            path.append(i > 1 ? "/" : "").append(parts[i]);
            var values = doc.getFieldValues(field);
            if (values == null || !values.contains(path.toString())) {
                doc.addField(field, path.toString());
            }
        }
    }

    /** A field only for local statistics (sorted doc values, such as the boards' {@code account}): not sent. */
    private static boolean localOnly(IndexableField field) {
        IndexableFieldType type = field.fieldType();
        return type.docValuesType() == DocValuesType.SORTED && type.indexOptions() == IndexOptions.NONE
                && !type.stored() && type.pointDimensionCount() == 0;
    }

    private static Object value(IndexableField field) {
        IndexableFieldType type = field.fieldType();
        if (type.pointDimensionCount() > 0) {
            return LongPoint.decodeDimension(field.binaryValue().bytes, field.binaryValue().offset);
        }
        if (field.numericValue() != null) {
            return field.numericValue().longValue();
        }
        return field.stringValue();
    }

    private static SolrField solrField(IndexableField field, Analyzer analyzer) {
        IndexableFieldType type = field.fieldType();
        String name = field.name();
        boolean indexed = type.indexOptions() != IndexOptions.NONE || type.pointDimensionCount() > 0;
        boolean docValues = type.docValuesType() != DocValuesType.NONE;
        Kind kind;
        if (name.equals(IndexSchema.ID)) {
            kind = Kind.ID;
        } else if (type.pointDimensionCount() > 0 || field.numericValue() != null) {
            kind = Kind.LONG;
        } else if (LANGUAGE_FIELDS.containsKey(name)) {
            kind = Kind.TEXT_LANGUAGE;
        } else if (type.indexOptions() != IndexOptions.NONE && type.tokenized()) {
            kind = textKind(analyzer, name);
        } else if (type.indexOptions() != IndexOptions.NONE) {
            kind = Kind.EXACT;
        } else {
            kind = Kind.STORED;
        }
        boolean multiValued = kind == Kind.EXACT || kind == Kind.TEXT_EN || kind == Kind.TEXT_STANDARD
                || kind == Kind.TEXT_LANGUAGE || kind == Kind.STORED;
        return new SolrField(name, kind, indexed, type.stored(), docValues, multiValued);
    }

    private static SolrField merge(SolrField a, SolrField b) {
        if (a.kind() != b.kind()) {
            throw new IllegalStateException("the local field '" + a.name() + "' is both " + a.kind() + " and "
                    + b.kind());
        }
        return new SolrField(a.name(), a.kind(), a.indexed() || b.indexed(), a.stored() || b.stored(),
                a.docValues() || b.docValues(), a.multiValued() || b.multiValued());
    }

    /** Which of Solr's analysis chains gives what the local analyzer gives for this field. */
    static Kind textKind(Analyzer analyzer, String field) {
        List<String> tokens = tokens(analyzer, field, "The Running Dogs' bones");
        if (tokens.equals(List.of("run", "dog", "bone"))) {
            return Kind.TEXT_EN;
        }
        if (tokens.equals(List.of("the", "running", "dogs", "bones"))) {
            return Kind.TEXT_STANDARD;
        }
        throw new IllegalStateException("the local index analyzes '" + field + "' in a way the team schema does not"
                + " know: " + tokens);
    }

    /** The terms an analyzer gives a field's text. */
    public static List<String> tokens(Analyzer analyzer, String field, String text) {
        List<String> tokens = new ArrayList<>();
        try (TokenStream stream = analyzer.tokenStream(field, text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                tokens.add(term.toString());
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return tokens;
    }

    /**
     * An item that fills every field the local index writes (links, @handles, #hashtags, tags, a case file, a
     * source), in English and in each language with a text field of its own.
     */
    private static List<IndexableField> probeDocuments() {
        List<IndexableField> fields = new ArrayList<>();
        probeDocument("en").forEach(fields::add);
        for (String language : IndexSchema.TEXT_LANGUAGES) {
            probeDocument(language).forEach(fields::add);
        }
        return fields;
    }

    private static Document probeDocument(String language) {
        Instant now = Instant.parse("2024-05-01T10:00:00Z");
        StoredItem item = new StoredItem("probe", ItemType.MENTION, "https://news.example.co.uk/a",
                "https://news.example.co.uk/a", "Probe", "Jane Doe", "@jane", 10L, now, now, language, "text/html",
                "0".repeat(64), 1, new Engagement(1L, 1L, 1L, 1L));
        return IndexSchema.document(item, "Probe: @acme #launch https://example.org/x", List.of("Theme/Brand"),
                List.of(Map.entry("c1", "Case")), List.of("s1"));
    }

    /** The Solr field type of a language's text field: {@code text_de} has {@code lang_de}. */
    static String languageType(String field) {
        return "lang_" + LANGUAGE_FIELDS.get(field);
    }

    /** A field's attributes in schema.xml, as Solr's Schema API gives them back. */
    private static Map<String, Object> attributes(SolrField f) {
        Map<String, Object> attributes = new LinkedHashMap<>();
        attributes.put("name", f.name());
        attributes.put("type", f.kind() == Kind.TEXT_LANGUAGE ? languageType(f.name()) : f.kind().solrType);
        attributes.put("indexed", f.indexed());
        attributes.put("stored", f.stored());
        attributes.put("docValues", f.docValues() && f.kind() != Kind.TEXT_EN && f.kind() != Kind.TEXT_STANDARD
                && f.kind() != Kind.TEXT_LANGUAGE);
        attributes.put("multiValued", f.multiValued());
        if (f.kind() == Kind.ID) {
            attributes.put("required", true);
        }
        if (f.name().equals(IndexSchema.TEXT) || f.kind() == Kind.TEXT_LANGUAGE) {
            attributes.put("storeOffsetsWithPositions", true);
        }
        return attributes;
    }

    /**
     * The fields of a collection's schema ({@code existing}: as Solr's Schema API lists them with their defaults) that
     * this schema lacks or defines otherwise; none if this schema keeps every one of them as it is, so that it only
     * adds fields and the documents already in the collection stay as they are.
     */
    public List<String> conflicts(List<Map<String, Object>> existing) {
        List<String> conflicts = new ArrayList<>();
        for (Map<String, Object> field : existing) {
            String name = String.valueOf(field.get("name"));
            SolrField ours = fields.get(name);
            if (ours == null) {
                if (!name.equals("_version_")) {
                    conflicts.add(name);
                }
                continue;
            }
            Map<String, Object> attributes = attributes(ours);
            for (String attribute : List.of("type", "indexed", "stored", "docValues", "multiValued", "required",
                    "storeOffsetsWithPositions")) {
                if (!String.valueOf(attributes.getOrDefault(attribute, false)).equals(String.valueOf(field
                        .getOrDefault(attribute, false)))) {
                    conflicts.add(name);
                    break;
                }
            }
        }
        return conflicts;
    }

    /** Solr's schema.xml for these fields. */
    public String schemaXml() {
        StringBuilder xml = new StringBuilder();
        xml.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        xml.append("<!-- generated by Dossier from its local index's fields (dossier.team SolrSchema); do not edit -->\n");
        xml.append("<schema name=\"").append(name()).append("\" version=\"1.6\">\n");
        xml.append("  <uniqueKey>").append(IndexSchema.ID).append("</uniqueKey>\n");
        xml.append("  <field name=\"_version_\" type=\"plong\" indexed=\"false\" stored=\"false\" docValues=\"true\"/>\n");
        fields.values().stream().sorted((a, b) -> a.name().compareTo(b.name())).forEach(f -> {
            xml.append("  <field");
            attributes(f).forEach((name, value) -> xml.append(' ').append(name).append("=\"").append(value)
                    .append('"'));
            xml.append("/>\n");
        });
        xml.append("""
                  <fieldType name="string" class="solr.StrField" sortMissingLast="true"/>
                  <fieldType name="plong" class="solr.LongPointField"/>
                  <fieldType name="binary" class="solr.BinaryField"/>
                  <!-- the local index's EnglishAnalyzer; queries arrive analyzed by Dossier's own query parser -->
                  <fieldType name="text_en" class="solr.TextField" positionIncrementGap="100">
                    <analyzer type="index">
                      <tokenizer class="solr.StandardTokenizerFactory"/>
                      <filter class="solr.EnglishPossessiveFilterFactory"/>
                      <filter class="solr.LowerCaseFilterFactory"/>
                      <filter class="solr.StopFilterFactory"/>
                      <filter class="solr.PorterStemFilterFactory"/>
                    </analyzer>
                    <analyzer type="query">
                      <tokenizer class="solr.WhitespaceTokenizerFactory"/>
                    </analyzer>
                  </fieldType>
                  <!-- the local index's StandardAnalyzer -->
                  <fieldType name="text_standard" class="solr.TextField" positionIncrementGap="100">
                    <analyzer type="index">
                      <tokenizer class="solr.StandardTokenizerFactory"/>
                      <filter class="solr.LowerCaseFilterFactory"/>
                    </analyzer>
                    <analyzer type="query">
                      <tokenizer class="solr.WhitespaceTokenizerFactory"/>
                    </analyzer>
                  </fieldType>
                """);
        // each language's text field: the local index's own analyzer class (Solr makes it with its no-argument
        // constructor, as the local index does), queries again arriving analyzed
        for (String language : IndexSchema.TEXT_LANGUAGES) {
            xml.append("  <fieldType name=\"").append(languageType(IndexSchema.textField(language)))
                    .append("\" class=\"solr.TextField\">\n")
                    .append("    <analyzer type=\"index\" class=\"")
                    .append(IndexSchema.languageAnalyzer(language).getClass().getName()).append("\"/>\n")
                    .append("    <analyzer type=\"query\">\n")
                    .append("      <tokenizer class=\"solr.WhitespaceTokenizerFactory\"/>\n")
                    .append("    </analyzer>\n")
                    .append("  </fieldType>\n");
        }
        xml.append("</schema>\n");
        return xml.toString();
    }

    static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The fields the local index writes (its facets in {@code $facets}) but for local-only doc values. */
    public static Set<String> localFieldNames() {
        Set<String> names = new LinkedHashSet<>();
        probeDocuments().forEach(f -> {
            if (!localOnly(f)) {
                names.add(f.name());
            }
        });
        return names;
    }
}
