package dossier.index;

import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The fields of the query language, the one list: the query parser maps these names, the Search view completes and
 * explains them, {@code dossier search --help} and the README's table list them.
 */
public final class QueryVocabulary {

    /**
     * A field a query may name, what it matches, an example; other names it answers to; whether the Search view
     * completes it (the default field and item ids are not offered).
     */
    public record Field(String name, String meaning, String example, List<String> aliases, boolean completed) {

        /** The name and its aliases. */
        public Stream<String> names() {
            return Stream.concat(Stream.of(name), aliases.stream());
        }
    }

    public static final List<Field> FIELDS = List.of(
            field("title", "words in the title", "title:launch"),
            field("author", "the author's name or handle", "author:\"Jane Doe\""),
            field("tag", "a tag or its parent: tag:Theme/Brand", "tag:Theme/Brand"),
            field("case", "a case file by title", "case:\"Brand trust\""),
            field("source", "registrable domain, or \"local files\"", "source:example.com"),
            field("via", "a source of the workspace (Sources view) that brought it, by name",
                    "via:\"Mastodon #energy\""),
            field("site", "the item's host: site:example.com", "site:news.example.com"),
            field("domain", "a domain the item links to", "domain:youtube.com"),
            field("url", "an exact URL", "url:\"https://example.com/a\""),
            field("type", "article, mention or document", "type:mention"),
            new Field("lang", "language code: lang:en", "lang:en", List.of("language"), true),
            new Field("published", "a date or range: published:2024-05, published:>-7d",
                    "published:[2024-01-01 TO 2024-06-30]", List.of("date"), true),
            field("captured", "when it was captured, as published:", "captured:>-2w"),
            field("handle", "an @account", "handle:acme"),
            field("hashtag", "a #hashtag", "hashtag:launch"),
            field("followers", "the author's followers: a number or range", "followers:<1000"),
            field("replies", "replies or comments it drew", "replies:>=50"),
            field("reshares", "re-shares (reblogs, reposts)", "reshares:>10"),
            field("likes", "likes, favourites, points or score", "likes:>100"),
            field("quotes", "quotes of it", "quotes:>0"),
            field("engagement", "replies + reshares + likes + quotes", "engagement:[100 TO 1000]"),
            new Field("text", "title and text: the default field", "text:sharing", List.of(), false),
            new Field("id", "an item by its id", "id:01HZX3", List.of(), false));

    private QueryVocabulary() {
    }

    private static Field field(String name, String meaning, String example) {
        return new Field(name, meaning, example, List.of(), true);
    }

    /** The fields the Search view completes, in the order it offers them. */
    public static List<Field> completed() {
        return FIELDS.stream().filter(Field::completed).toList();
    }

    /** One line per completed field, for help texts: {@code title:  words in the title (title:launch)}. */
    public static List<String> helpLines() {
        return completed().stream().map(f -> f.name() + ":  " + f.meaning() + "  (" + f.example() + ")").toList();
    }

    /** The README's table: field, meaning, example. */
    public static String markdownTable() {
        StringBuilder table = new StringBuilder("| field | what it matches | example |\n|---|---|---|\n");
        for (Field field : FIELDS) {
            String names = field.names().map(n -> "`" + n + ":`").collect(Collectors.joining(", "));
            table.append("| ").append(names).append(" | ").append(field.meaning()).append(" | `")
                    .append(field.example()).append("` |\n");
        }
        return table.toString();
    }
}
