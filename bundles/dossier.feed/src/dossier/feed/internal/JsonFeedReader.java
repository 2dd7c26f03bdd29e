package dossier.feed.internal;

import java.util.ArrayList;
import java.util.List;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

import dossier.feed.FeedEntry;
import dossier.feed.FeedException;
import dossier.feed.ParsedFeed;

/** JSON Feed 1.0 and 1.1 (https://www.jsonfeed.org/version/1.1/). */
public final class JsonFeedReader {

    private JsonFeedReader() {
    }

    public static ParsedFeed read(String text, String url, List<String> warnings) throws FeedException {
        JsonElement parsed;
        try {
            parsed = JsonParser.parseString(text);
        } catch (RuntimeException e) {
            throw new FeedException("not a feed: invalid JSON (" + oneLine(e.getMessage()) + ")", e);
        }
        if (!parsed.isJsonObject()) {
            throw new FeedException("not a feed: the JSON document is not an object");
        }
        JsonObject feed = parsed.getAsJsonObject();
        String version = str(feed, "version");
        if (version == null || !version.contains("jsonfeed.org/version/")) {
            if (!feed.has("items")) {
                throw new FeedException("not a feed: JSON without a JSON Feed \"version\" or \"items\"");
            }
            warnings.add("no JSON Feed version; read as JSON Feed 1.1");
        }
        String type = version != null && version.endsWith("/1") ? "json_1.0" : "json_1.1";
        String language = str(feed, "language");
        String feedAuthor = author(feed);
        String home = Html.resolve(url, str(feed, "home_page_url"));
        List<FeedEntry> entries = new ArrayList<>();
        JsonArray items = feed.has("items") && feed.get("items").isJsonArray() ? feed.getAsJsonArray("items")
                : new JsonArray();
        for (JsonElement ie : items) {
            if (!ie.isJsonObject()) {
                warnings.add("an item that is not an object was skipped");
                continue;
            }
            JsonObject item = ie.getAsJsonObject();
            String link = Html.resolve(home != null ? home : url, str(item, "url"));
            String html = str(item, "content_html");
            String plain = str(item, "content_text");
            String content = html != null ? html : plain != null ? Html.escape(plain) : null;
            String summary = str(item, "summary");
            String summaryHtml = summary == null ? null : Html.escape(summary);
            List<String> tags = new ArrayList<>();
            if (item.has("tags") && item.get("tags").isJsonArray()) {
                for (JsonElement t : item.getAsJsonArray("tags")) {
                    if (t.isJsonPrimitive()) {
                        tags.add(t.getAsString());
                    }
                }
            }
            String author = author(item);
            String itemLang = str(item, "language");
            String title = str(item, "title");
            String best = plain != null ? plain : html != null ? Html.text(html) : summary != null ? summary : title;
            entries.add(new FeedEntry(str(item, "id"), link, title, author != null ? author : feedAuthor,
                    Dates.parse(str(item, "date_published")), Dates.parse(str(item, "date_modified")), summaryHtml,
                    content, best, tags, itemLang != null ? itemLang : language));
        }
        return new ParsedFeed(str(feed, "title"), home, type, entries, warnings);
    }

    private static String author(JsonObject o) {
        if (o.has("authors") && o.get("authors").isJsonArray()) {
            for (JsonElement a : o.getAsJsonArray("authors")) {
                if (a.isJsonObject() && str(a.getAsJsonObject(), "name") != null) {
                    return str(a.getAsJsonObject(), "name");
                }
            }
        }
        if (o.has("author") && o.get("author").isJsonObject()) {
            return str(o.getAsJsonObject("author"), "name");
        }
        return null;
    }

    private static String str(JsonObject o, String key) {
        JsonElement e = o.get(key);
        if (e == null || e.isJsonNull() || !e.isJsonPrimitive()) {
            return null;
        }
        return Html.blankToNull(e.getAsString());
    }

    static String oneLine(String s) {
        return s == null ? "" : s.replaceAll("\\s+", " ").strip();
    }
}
