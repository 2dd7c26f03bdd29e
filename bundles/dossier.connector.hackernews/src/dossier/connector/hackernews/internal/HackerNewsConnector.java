package dossier.connector.hackernews.internal;

import static dossier.connector.JsonFields.string;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.TextNode;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;

import dossier.connector.Connector;
import dossier.connector.ConnectorException;
import dossier.connector.FetchContext;
import dossier.connector.JsonFields;
import dossier.connector.Paging;
import dossier.connector.SourceSpec;
import dossier.connector.http.FetchException;
import dossier.connector.http.FetchResponse;
import dossier.store.Capture;
import dossier.store.Engagement;
import dossier.store.ItemType;

/**
 * Stories matching a search, through the Hacker News search API (hn.algolia.com/api/v1): pages followed until the
 * limit or the last page. A story keeps its JSON hit as the original bytes (points, comments, tags); its identity is
 * its discussion page on news.ycombinator.com, so a story is the same item whichever search finds it.
 */
public final class HackerNewsConnector implements Connector {

    static final int PAGE_SIZE = 50;
    private static final String ITEM_PAGE = "https://news.ycombinator.com/item?id=";

    @Override
    public void fetch(SourceSpec source, FetchContext context) throws ConnectorException, FetchException {
        String query = source.required("query");
        URI api = source.server("api", "https://hn.algolia.com");
        String endpoint = switch (source.optional("sort", "date")) {
            case "date" -> "/api/v1/search_by_date";
            case "relevance" -> "/api/v1/search";
            default -> throw new ConnectorException("source '" + source.name() + "': sort must be date or relevance");
        };
        Paging.capture(source, context, source.positive("limit", 100), "story", 0, page -> {
            URI uri = api.resolve(endpoint + "?query=" + URLEncoder.encode(query, StandardCharsets.UTF_8)
                    + "&tags=story&hitsPerPage=" + PAGE_SIZE + "&page=" + page);
            JsonObject answer = answer(context.http().get(uri, false));
            int pages = answer.has("nbPages") ? answer.get("nbPages").getAsInt() : 0;
            return new Paging.Page<>(answer.getAsJsonArray("hits").asList(), () -> page + 1 < pages ? page + 1 : null);
        }, hit -> capture(hit.getAsJsonObject()));
    }

    private static JsonObject answer(FetchResponse response) throws ConnectorException {
        JsonElement json = JsonFields.parse(response, "the Hacker News search API");
        if (!json.isJsonObject() || !json.getAsJsonObject().has("hits") || !json.getAsJsonObject().get("hits").isJsonArray()) {
            throw new ConnectorException(response.uri() + ": expected search results (an object with hits)");
        }
        return json.getAsJsonObject();
    }

    /** The capture of a story hit: the linked URL (the discussion for Ask HN), the discussion as identity. */
    static Capture capture(JsonObject hit) {
        String discussion = ITEM_PAGE + string(hit, "objectID").orElseThrow(() -> new IllegalStateException("no objectID"));
        String title = string(hit, "title").orElse("");
        String story = string(hit, "story_text").map(HackerNewsConnector::plainText).orElse("");
        String text = story.isEmpty() ? title : title + "\n\n" + story;
        String author = string(hit, "author").orElse(null);
        return new Capture(ItemType.MENTION, string(hit, "url").filter(url -> !url.isBlank()).orElse(discussion),
                discussion, title, author, author, null, string(hit, "created_at").map(JsonFields::instant)
                        .orElse(null),
                Instant.now(), null, "application/json", hit.toString().getBytes(StandardCharsets.UTF_8), text,
                new Engagement(JsonFields.count(hit, "num_comments"), null, JsonFields.count(hit, "points"), null));
    }

    /** The text of a story's HTML ("first paragraph<p>second ..."): paragraphs separated by a blank line. */
    static String plainText(String html) {
        Document content = Jsoup.parseBodyFragment(html);
        content.select("p").forEach(paragraph -> paragraph.before(new TextNode("\n\n")));
        return content.body().wholeText().replaceAll("\n{3,}", "\n\n").strip();
    }
}
