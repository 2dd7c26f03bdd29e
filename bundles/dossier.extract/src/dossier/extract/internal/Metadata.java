package dossier.extract.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.google.gson.JsonPrimitive;

/** A page's metadata: JSON-LD first, then OpenGraph and other meta tags, then the markup itself. */
public record Metadata(String title, String author, Instant published, String canonicalUrl, String language,
        String jsonLdBody, Recipe recipe) {

    private static final Pattern ARTICLE_TYPE = Pattern.compile(
            "(?i).*(article|blogposting|posting|report|newsarticle|liveblogposting)$");

    /**
     * The metadata of a page whose elements the marks have visited, each in the page's order and before any
     * was changed.
     */
    public static Metadata of(Document document, Marks marks, String baseUrl) {
        List<JsonObject> objects = jsonLdObjects(marks.jsonLd);
        JsonObject ld = articleJsonLd(objects);
        Map<String, String> metas = metas(marks.metas);
        java.util.function.Function<String, String> meta = name -> metas.getOrDefault(lower(name), "");
        // the fallbacks that search the whole page are looked at only when the declarations say nothing
        String title = first(string(ld, "headline"), meta.apply("og:title"), meta.apply("twitter:title"),
                meta.apply("title"));
        if (title.isEmpty()) {
            title = first(marks.h1, document.title());
        }
        String author = first(author(ld), meta.apply("author"), meta.apply("article:author"),
                meta.apply("byl"), meta.apply("dc.creator"), meta.apply("sailthru.author"));
        if (author.isEmpty()) {
            author = marks.author.length() > 100 ? "" : marks.author;
        }
        Instant published = firstDate(string(ld, "datePublished"), meta.apply("article:published_time"),
                meta.apply("datePublished"), meta.apply("pubdate"), meta.apply("date"),
                meta.apply("dc.date"), meta.apply("dc.date.issued"), meta.apply("publish-date"),
                meta.apply("sailthru.date"));
        if (published == null) {
            published = firstDate(marks.time, string(ld, "dateCreated"), string(ld, "dateModified"));
        }
        String canonical = first(marks.canonical,
                meta.apply("og:url"), string(ld, "url"), baseUrl);
        Element html = marks.html;
        String language = first(html == null ? "" : html.attr("lang"), string(ld, "inLanguage"),
                meta.apply("og:locale"), meta.apply("content-language"), meta.apply("language"));
        language = language.replace('_', '-');
        return new Metadata(clean(title), clean(author), published, canonical.trim(), language.trim(),
                string(ld, "articleBody"), Recipe.of(objects));
    }

    // ---- JSON-LD

    /** The objects of the page's JSON-LD scripts, with those of their {@code @graph} and {@code mainEntity}. */
    private static List<JsonObject> jsonLdObjects(List<Element> scripts) {
        List<JsonObject> objects = new ArrayList<>();
        for (Element script : scripts) {
            try {
                collect(JsonParser.parseString(script.data().trim()), objects, 0);
            } catch (RuntimeException e) {
                continue; // malformed JSON-LD is common; ignore it
            }
        }
        return objects;
    }

    private static JsonObject articleJsonLd(List<JsonObject> objects) {
        JsonObject best = null;
        int bestRank = 0;
        for (JsonObject object : objects) {
            int rank = rank(object);
            if (rank > bestRank) {
                best = object;
                bestRank = rank;
            }
        }
        return best;
    }

    /** The object's {@code @type}s. */
    static Set<String> types(JsonObject object) {
        Set<String> types = new LinkedHashSet<>();
        JsonElement type = object.get("@type");
        if (type != null && type.isJsonPrimitive()) {
            types.add(type.getAsString());
        } else if (type != null && type.isJsonArray()) {
            for (JsonElement t : type.getAsJsonArray()) {
                if (t.isJsonPrimitive()) {
                    types.add(t.getAsString());
                }
            }
        }
        return types;
    }

    private static int rank(JsonObject object) {
        Set<String> types = types(object);
        int rank = 0;
        for (String t : types) {
            if (ARTICLE_TYPE.matcher(t).matches()) {
                rank = Math.max(rank, 3);
            } else if (t.endsWith("WebPage") && object.has("headline")) {
                rank = Math.max(rank, 1);
            }
        }
        if (rank > 0 && object.has("articleBody")) {
            rank++;
        }
        return rank;
    }

    private static void collect(JsonElement element, List<JsonObject> into, int depth) {
        if (element == null || depth > 8) {
            return;
        }
        if (element.isJsonArray()) {
            for (JsonElement e : element.getAsJsonArray()) {
                collect(e, into, depth + 1);
            }
        } else if (element.isJsonObject()) {
            JsonObject object = element.getAsJsonObject();
            into.add(object);
            collect(object.get("@graph"), into, depth + 1);
            collect(object.get("mainEntity"), into, depth + 1);
        }
    }

    private static String string(JsonObject object, String key) {
        if (object == null) {
            return "";
        }
        JsonElement value = object.get(key);
        if (value instanceof JsonArray array && !array.isEmpty()) {
            value = array.get(0);
        }
        if (value instanceof JsonPrimitive primitive) {
            return primitive.getAsString();
        }
        if (value instanceof JsonObject nested) {
            return first(string(nested, "@value"), string(nested, "name"), string(nested, "@id"));
        }
        return "";
    }

    private static String author(JsonObject ld) {
        if (ld == null) {
            return "";
        }
        JsonElement author = ld.get("author");
        if (author == null) {
            author = ld.get("creator");
        }
        List<String> names = new ArrayList<>();
        if (author instanceof JsonArray array) {
            for (JsonElement a : array) {
                addName(a, names);
            }
        } else {
            addName(author, names);
        }
        return String.join(", ", names);
    }

    private static void addName(JsonElement author, List<String> names) {
        String name = "";
        if (author instanceof JsonPrimitive primitive) {
            name = primitive.getAsString();
        } else if (author instanceof JsonObject object) {
            name = string(object, "name");
        }
        name = clean(name);
        if (!name.isEmpty() && !name.startsWith("http") && !names.contains(name)) {
            names.add(name);
        }
    }

    // ---- meta tags and markup

    private static final Evaluator AUTHOR = QueryParser.parse(
            "[rel=author], [itemprop=author] [itemprop=name], [itemprop=author]");
    private static final Evaluator TIME = QueryParser.parse(
            "time[datetime][itemprop=datePublished], time[pubdate][datetime], article time[datetime]");

    /**
     * What the metadata is read from, gathered element by element in the page's order, so that the walk that
     * strips the page can gather it before it changes anything.
     */
    public static final class Marks {
        private final Document document;
        final List<Element> jsonLd = new ArrayList<>();
        final List<Element> metas = new ArrayList<>();
        Element html;
        /** The first {@code h1}'s text, the canonical link's URL, the first author element's text, the time's. */
        String h1 = "";
        String canonical = "";
        String author = "";
        String time = "";
        private boolean h1Seen;
        private boolean canonicalSeen;
        private boolean authorSeen;
        private boolean timeSeen;

        public Marks(Document document) {
            this.document = document;
        }

        /** Takes note of the element if the metadata may be read from it. */
        public void visit(Element e) {
            if (e.attributesSize() == 0 && !e.normalName().equals("h1") && !e.normalName().equals("html")) {
                return;
            }
            switch (e.normalName()) {
                case "meta" -> metas.add(e);
                case "script" -> {
                    if (is(e, "type", "application/ld+json")) {
                        jsonLd.add(e);
                    }
                }
                case "link" -> {
                    if (!canonicalSeen && is(e, "rel", "canonical") && e.hasAttr("href")) {
                        canonicalSeen = true;
                        canonical = absolute(e);
                    }
                }
                case "html" -> html = html == null ? e : html;
                case "h1" -> {
                    if (!h1Seen) {
                        h1Seen = true;
                        h1 = e.text();
                    }
                }
                case "time" -> {
                    if (!timeSeen && e.hasAttr("datetime") && TIME.matches(document, e)) {
                        timeSeen = true;
                        time = e.attr("datetime");
                    }
                }
                default -> {
                }
            }
            if (!authorSeen && (e.hasAttr("rel") || e.hasAttr("itemprop")) && AUTHOR.matches(document, e)) {
                authorSeen = true;
                author = e.text();
            }
        }

        /** As a selector's {@code [key=value]} matches. */
        private static boolean is(Element e, String key, String value) {
            return e.hasAttr(key) && e.attr(key).trim().equalsIgnoreCase(value);
        }
    }

    /** The first non-empty content of each meta tag's property, name, itemprop or http-equiv, lower-cased. */
    private static Map<String, String> metas(List<Element> metaTags) {
        Map<String, String> metas = new HashMap<>();
        for (Element meta : metaTags) {
            String content = meta.attr("content").trim();
            if (content.isEmpty()) {
                continue;
            }
            for (String key : new String[] { "property", "name", "itemprop", "http-equiv" }) {
                String name = meta.attr(key);
                if (!name.isEmpty()) {
                    metas.putIfAbsent(lower(name), content);
                }
            }
        }
        return metas;
    }

    private static String absolute(Element link) {
        if (link == null) {
            return "";
        }
        String url = Urls.absolute(link, "href");
        return url.isEmpty() ? link.attr("href") : url;
    }

    private static String first(String... values) {
        for (String value : values) {
            if (value != null && !value.isBlank()) {
                return value;
            }
        }
        return "";
    }

    private static final Pattern WHITE_SPACE = Pattern.compile("\\s+");

    private static String clean(String value) {
        return value == null ? "" : WHITE_SPACE.matcher(value).replaceAll(" ").trim();
    }

    // ---- dates

    private static final Pattern COMPACT_OFFSET = Pattern.compile("([+-]\\d\\d)(\\d\\d)$");

    private static Instant firstDate(String... values) {
        for (String value : values) {
            Instant instant = parseDate(value);
            if (instant != null) {
                return instant;
            }
        }
        return null;
    }

    /** Parses the date forms found in pages: ISO 8601 with or without offset, RFC 1123, a bare date. */
    static Instant parseDate(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String v = value.trim();
        if (v.length() > 10 && v.charAt(10) == ' ' && Character.isDigit(v.charAt(0))) {
            v = v.substring(0, 10) + 'T' + v.substring(11);
        }
        v = v.replace(" ", "");
        Matcher compact = COMPACT_OFFSET.matcher(v);
        if (v.contains("T") && compact.find()) {
            v = v.substring(0, compact.start()) + compact.group(1) + ":" + compact.group(2);
        }
        Instant instant = parse(v, DateTimeFormatter.ISO_OFFSET_DATE_TIME, t -> OffsetDateTime.from(t).toInstant());
        if (instant == null) {
            instant = parse(v, DateTimeFormatter.ISO_ZONED_DATE_TIME, t -> ZonedDateTime.from(t).toInstant());
        }
        if (instant == null) {
            instant = parse(v, DateTimeFormatter.ISO_LOCAL_DATE_TIME,
                    t -> LocalDateTime.from(t).toInstant(ZoneOffset.UTC));
        }
        if (instant == null) {
            instant = parse(value.trim(), DateTimeFormatter.RFC_1123_DATE_TIME, t -> ZonedDateTime.from(t).toInstant());
        }
        if (instant != null) {
            return instant;
        }
        if (v.length() >= 10) {
            try {
                return LocalDate.parse(v.substring(0, 10)).atStartOfDay(ZoneOffset.UTC).toInstant();
            } catch (DateTimeParseException e) {
                // not a date
            }
        }
        return null;
    }

    /**
     * The text as the format reads it, or {@code null}; text the format cannot read is told apart without an
     * exception (most values fail all but one format).
     */
    private static Instant parse(String text, DateTimeFormatter format,
            java.util.function.Function<java.time.temporal.TemporalAccessor, Instant> instant) {
        java.text.ParsePosition position = new java.text.ParsePosition(0);
        if (format.parseUnresolved(text, position) == null || position.getIndex() != text.length()) {
            return null;
        }
        try {
            return instant.apply(format.parse(text));
        } catch (java.time.DateTimeException e) {
            return null;
        }
    }

    static String lower(String s) {
        return s.toLowerCase(Locale.ROOT);
    }
}
