package dossier.connector.mastodon.internal;

import static dossier.connector.JsonFields.string;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;

import dossier.connector.Connector;
import dossier.connector.ConnectorException;
import dossier.connector.FetchContext;
import dossier.connector.JsonFields;
import dossier.connector.Paging;
import dossier.connector.RateLimit;
import dossier.connector.SourceSpec;
import dossier.connector.http.FetchException;
import dossier.connector.http.FetchResponse;
import dossier.store.Capture;
import dossier.store.Engagement;
import dossier.store.ItemType;

/**
 * Public statuses of a hashtag timeline or an account, through the Mastodon REST API v1: pages
 * followed through Link headers, the rate-limit headers respected. A status keeps its JSON as
 * the original bytes (counts, reply-to, tags, mentions, links, card).
 */
public final class MastodonConnector implements Connector {

    static final int PAGE_SIZE = 40;
    private static final Pattern NEXT_LINK = Pattern.compile("<([^>]+)>\\s*;\\s*rel=\"?next\"?");

    @Override
    public void fetch(SourceSpec source, FetchContext context) throws ConnectorException, FetchException {
        URI instance = instance(source);
        String hashtag = source.optional("hashtag", null);
        String account = source.optional("account", null);
        if ((hashtag == null) == (account == null)) {
            throw new ConnectorException("source '" + source.name() + "' needs either a hashtag or an account parameter");
        }
        int limit = source.positive("limit", 200);
        URI first = hashtag != null
                ? instance.resolve("/api/v1/timelines/tag/" + encode(hashtag.replaceFirst("^#", "")) + "?limit=" + PAGE_SIZE)
                : instance.resolve("/api/v1/accounts/" + encode(accountId(instance, account, context)) + "/statuses?limit="
                        + PAGE_SIZE);
        Paging.capture(source, context, limit, "status", first, uri -> {
            FetchResponse response = context.http().get(uri, false);
            return new Paging.Page<>(array(response).asList(), () -> {
                URI next = nextPage(response);
                return next != null && waitForRateLimit(response, context) ? next : null;
            });
        }, status -> capture(status.getAsJsonObject()));
    }

    private static URI instance(SourceSpec source) throws ConnectorException {
        String value = source.required("instance");
        if (!value.contains("://")) {
            value = "https://" + value;
        }
        try {
            URI uri = URI.create(value);
            if (uri.getHost() == null) {
                throw new IllegalArgumentException("no host");
            }
            return uri;
        } catch (IllegalArgumentException e) {
            throw new ConnectorException("source '" + source.name() + "': instance " + value + " is not a server address");
        }
    }

    private static String accountId(URI instance, String account, FetchContext context)
            throws FetchException, ConnectorException {
        URI lookup = instance.resolve("/api/v1/accounts/lookup?acct=" + encode(account.replaceFirst("^@", "")));
        JsonObject found = object(context.http().get(lookup, false));
        if (!found.has("id")) {
            throw new ConnectorException(lookup + ": no account " + account);
        }
        return found.get("id").getAsString();
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static JsonArray array(FetchResponse response) throws ConnectorException {
        JsonElement json = parse(response);
        if (!json.isJsonArray()) {
            throw new ConnectorException(response.uri() + ": expected a list of statuses, got " + kind(json));
        }
        return json.getAsJsonArray();
    }

    private static JsonObject object(FetchResponse response) throws ConnectorException {
        JsonElement json = parse(response);
        if (!json.isJsonObject()) {
            throw new ConnectorException(response.uri() + ": expected an account, got " + kind(json));
        }
        return json.getAsJsonObject();
    }

    private static JsonElement parse(FetchResponse response) throws ConnectorException {
        return JsonFields.parse(response, "the Mastodon API");
    }

    private static String kind(JsonElement json) {
        return json.isJsonObject() ? "an object" : json.isJsonArray() ? "a list" : "a value";
    }

    /** The capture of a status; a reblog is captured as the status it re-shares. */
    static Capture capture(JsonObject status) {
        JsonObject shown = status.has("reblog") && status.get("reblog").isJsonObject()
                ? status.getAsJsonObject("reblog")
                : status;
        JsonObject account = shown.getAsJsonObject("account");
        String url = string(shown, "url").orElseGet(() -> string(shown, "uri").orElseThrow());
        String text = plainText(string(shown, "content").orElse(""));
        String spoiler = string(shown, "spoiler_text").orElse("");
        if (!spoiler.isBlank()) {
            text = spoiler + "\n\n" + text;
        }
        Instant published = string(shown, "created_at").map(JsonFields::instant).orElse(null);
        Long followers = account == null ? null : JsonFields.count(account, "followers_count");
        Engagement engagement = new Engagement(JsonFields.count(shown, "replies_count"),
                JsonFields.count(shown, "reblogs_count"), JsonFields.count(shown, "favourites_count"), null);
        return new Capture(ItemType.MENTION, url, string(shown, "uri").orElse(url), null,
                account == null ? null : string(account, "display_name").filter(s -> !s.isBlank())
                        .orElseGet(() -> string(account, "username").orElse(null)),
                account == null ? null : string(account, "acct").orElse(null), followers, published, Instant.now(),
                string(shown, "language").orElse(null), "application/json",
                shown.toString().getBytes(StandardCharsets.UTF_8), text, engagement);
    }

    /** The text of a status's HTML: paragraphs separated by a blank line, line breaks kept. */
    static String plainText(String html) {
        Document content = Jsoup.parseBodyFragment(html);
        content.select("br").forEach(br -> br.replaceWith(new TextNode("\n")));
        List<String> paragraphs = content.select("p").stream().map(Element::wholeText).map(String::strip).toList();
        return (paragraphs.isEmpty() ? content.body().wholeText() : String.join("\n\n", paragraphs)).strip();
    }

    /** The next page from the Link header, if any. */
    static URI nextPage(FetchResponse response) {
        for (String link : response.headers().allValues("Link")) {
            Matcher matcher = NEXT_LINK.matcher(link);
            if (matcher.find()) {
                return response.uri().resolve(matcher.group(1));
            }
        }
        return null;
    }

    /** Waits when the rate limit is used up; false if the reset is too far away to wait for. */
    private static boolean waitForRateLimit(FetchResponse response, FetchContext context) {
        Optional<String> remaining = response.header("X-RateLimit-Remaining");
        return remaining.isEmpty() || !remaining.get().trim().equals("0") || RateLimit.waitUntil(
                response.header("X-RateLimit-Reset").map(JsonFields::instant).orElse(null), context);
    }
}
