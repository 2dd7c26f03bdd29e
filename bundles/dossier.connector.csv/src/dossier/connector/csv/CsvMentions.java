package dossier.connector.csv;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.EnumMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import com.google.gson.Gson;

import dossier.extract.Languages;
import dossier.store.Capture;
import dossier.store.Engagement;
import dossier.store.ItemType;

/**
 * Mentions from the CSV exports of social-listening tools: which column holds what (guessed from
 * the headers the common tools write, or given), and a row turned into a capture.
 */
final class CsvMentions {

    /** What Dossier reads from a row. */
    enum Field {
        TEXT, URL, AUTHOR, HANDLE, FOLLOWERS, PUBLISHED, LANGUAGE, TITLE, REPLIES, RESHARES, LIKES, QUOTES;

        String key() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** Header names the common tools use, compared without case, spaces, dashes or underscores. */
    private static final Map<Field, List<String>> KNOWN = new EnumMap<>(Map.ofEntries(
            Map.entry(Field.TEXT, List.of("fulltext", "text", "content", "hitsentence", "snippet", "message",
                    "posttext", "body", "mention", "tweettext")),
            Map.entry(Field.URL, List.of("url", "link", "permalink", "posturl", "mentionurl", "originalurl")),
            Map.entry(Field.AUTHOR, List.of("author", "authorname", "fullname", "name", "influencer", "displayname",
                    "username")),
            Map.entry(Field.HANDLE, List.of("handle", "authorhandle", "screenname", "twitterscreenname", "account",
                    "userhandle")),
            Map.entry(Field.FOLLOWERS, List.of("followers", "followercount", "followerscount", "twitterfollowers",
                    "reach", "audience")),
            Map.entry(Field.PUBLISHED, List.of("date", "published", "publisheddate", "publishedat", "createdat",
                    "time", "datetime", "timestamp", "postdate")),
            Map.entry(Field.LANGUAGE, List.of("language", "lang", "languagecode")),
            Map.entry(Field.TITLE, List.of("title", "headline", "subject")),
            Map.entry(Field.REPLIES, List.of("replies", "replycount", "comments", "commentcount", "numcomments",
                    "twitterreplies")),
            Map.entry(Field.RESHARES, List.of("reshares", "shares", "sharecount", "retweets", "retweetcount",
                    "reposts", "repostcount", "reblogs", "twitterretweets")),
            Map.entry(Field.LIKES, List.of("likes", "likecount", "favorites", "favourites", "favoritecount",
                    "reactions", "twitterlikes", "points", "score")),
            Map.entry(Field.QUOTES, List.of("quotes", "quotecount", "quotetweets"))));

    private static final Gson GSON = new Gson();
    private static final List<DateTimeFormatter> LOCAL_FORMATS = List.of(
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss"), DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm"),
            DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss"), DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm:ss"),
            DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm"), DateTimeFormatter.ofPattern("MM/dd/yyyy HH:mm"),
            DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm"));

    private CsvMentions() {
    }

    static String normalize(String header) {
        return header.toLowerCase(Locale.ROOT).replaceAll("[\\s_\\-.]", "").replace("\uFEFF", "");
    }

    /** A key for a header layout: the same columns in the same order give the same key. */
    static String layout(List<String> headers) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            for (String header : headers) {
                sha.update(normalize(header).getBytes(StandardCharsets.UTF_8));
                sha.update((byte) 0);
            }
            return HexFormat.of().formatHex(sha.digest()).substring(0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The columns recognised by their names; fields without a recognised column are absent. */
    static Map<String, String> guess(List<String> headers) {
        Map<String, String> mapping = new LinkedHashMap<>();
        for (Field field : Field.values()) {
            for (String known : KNOWN.get(field)) {
                String match = headers.stream().filter(h -> normalize(h).equals(known)).findFirst().orElse(null);
                if (match != null && !mapping.containsValue(match)) {
                    mapping.put(field.key(), match);
                    break;
                }
            }
        }
        return mapping;
    }

    /** The capture of one row; null if the row has no text. */
    static Capture capture(Map<String, String> row, Map<String, String> mapping) {
        String text = value(row, mapping, Field.TEXT);
        if (text == null) {
            return null;
        }
        String url = value(row, mapping, Field.URL);
        // the row as JSON, columns sorted: the same row in two exports is the same content
        byte[] original = GSON.toJson(new TreeMap<>(row)).getBytes(StandardCharsets.UTF_8);
        return new Capture(ItemType.MENTION, url, url, value(row, mapping, Field.TITLE), value(row, mapping, Field.AUTHOR),
                handle(value(row, mapping, Field.HANDLE)), count(value(row, mapping, Field.FOLLOWERS)),
                instant(value(row, mapping, Field.PUBLISHED)), Instant.now(),
                Languages.declaredOrDetected(value(row, mapping, Field.LANGUAGE), text),
                "application/json", original, text, new Engagement(count(value(row, mapping, Field.REPLIES)),
                        count(value(row, mapping, Field.RESHARES)), count(value(row, mapping, Field.LIKES)),
                        count(value(row, mapping, Field.QUOTES))));
    }

    private static String value(Map<String, String> row, Map<String, String> mapping, Field field) {
        String column = mapping.get(field.key());
        String value = column == null ? null : row.get(column);
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static String handle(String value) {
        return value == null ? null : value.replaceFirst("^@", "");
    }

    /** A count as the tools write it (12,400 or 12.400 or 12 400); null if it is not one. */
    static Long count(String value) {
        if (value == null) {
            return null;
        }
        try {
            return Long.parseLong(value.replaceAll("[,\\s.\u00a0']", ""));
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** A date in the forms the tools write: ISO 8601 with or without offset, or common local forms (read as UTC). */
    static Instant instant(String value) {
        if (value == null) {
            return null;
        }
        try {
            return OffsetDateTime.parse(value).toInstant();
        } catch (DateTimeParseException e) {
            // next form
        }
        try {
            return Instant.parse(value);
        } catch (DateTimeParseException e) {
            // next form
        }
        for (DateTimeFormatter format : LOCAL_FORMATS) {
            try {
                return LocalDateTime.parse(value, format).toInstant(ZoneOffset.UTC);
            } catch (DateTimeParseException e) {
                // next form
            }
        }
        try {
            return LocalDate.parse(value).atStartOfDay().toInstant(ZoneOffset.UTC);
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
