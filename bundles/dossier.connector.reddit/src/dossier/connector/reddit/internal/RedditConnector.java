package dossier.connector.reddit.internal;

import static dossier.connector.JsonFields.string;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.List;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;

import dossier.connector.Connector;
import dossier.connector.ConnectorException;
import dossier.connector.FetchContext;
import dossier.connector.JsonFields;
import dossier.connector.Paging;
import dossier.connector.RateLimitedApi;
import dossier.connector.Secrets;
import dossier.connector.SourceSpec;
import dossier.connector.http.ApiRequest;
import dossier.connector.http.FetchException;
import dossier.connector.http.FetchResponse;
import dossier.connector.http.HttpFetcher;

/**
 * A subreddit's new posts or a search, through Reddit's JSON listings: pages followed by {@code after} until the
 * limit, a User-Agent in the form Reddit's API rules ask for, the X-Ratelimit-* headers respected. With an OAuth
 * client id (its secret in secure storage) the listings come from the OAuth API with an application-only token
 * (client credentials grant), asked for again once when refused.
 */
public final class RedditConnector implements Connector {

    static final String CONNECTOR = "reddit";
    static final int PAGE_SIZE = 100;

    @Override
    public void fetch(SourceSpec source, FetchContext context) throws ConnectorException, FetchException {
        String listing = listing(source);
        String client = source.optional("client", null);
        URI server = client == null ? source.server("api", "https://www.reddit.com")
                : source.server("oauth-api", "https://oauth.reddit.com");
        Calls calls = new Calls(new RateLimitedApi(context, RedditConnector::usedUpUntil), userAgent(source),
                client == null ? null : new Token(source, client));
        Paging.capture(source, context, source.positive("limit", 100), "post", "", after -> {
            URI uri = server.resolve(listing + (listing.contains("?") ? "&" : "?") + "limit=" + PAGE_SIZE
                    + "&raw_json=1" + (after.isEmpty() ? "" : "&after=" + URLEncoder.encode(after, StandardCharsets.UTF_8)));
            JsonObject data = calls.listing(uri);
            if (data == null) {
                return new Paging.Page<String, JsonObject>(List.of(), () -> null);
            }
            List<JsonObject> posts = data.getAsJsonArray("children").asList().stream().filter(JsonElement::isJsonObject)
                    .map(JsonElement::getAsJsonObject).filter(child -> "t3".equals(string(child, "kind").orElse(null)))
                    .map(child -> child.getAsJsonObject("data")).toList();
            String next = string(data, "after").filter(a -> !a.isEmpty() && !a.equals(after)).orElse(null);
            return new Paging.Page<>(posts, () -> next);
        }, RedditPosts::capture);
    }

    /** The listing's path and query: a subreddit's new posts, or a search (within a subreddit if one is given). */
    private static String listing(SourceSpec source) throws ConnectorException {
        String subreddit = source.optional("subreddit", null);
        String query = source.optional("query", null);
        if (subreddit == null && query == null) {
            throw new ConnectorException("source '" + source.name() + "' needs a subreddit or a query parameter");
        }
        String prefix = "";
        if (subreddit != null) {
            subreddit = subreddit.replaceFirst("^/?r/", "");
            if (!subreddit.matches("[A-Za-z0-9_]{2,21}")) {
                throw new ConnectorException("source '" + source.name() + "': " + subreddit + " is not a subreddit name");
            }
            prefix = "/r/" + subreddit;
        }
        if (query == null) {
            return prefix + "/new.json";
        }
        String sort = source.optional("sort", "new");
        if (!List.of("new", "relevance", "top", "comments").contains(sort)) {
            throw new ConnectorException("source '" + source.name() + "': sort must be new, relevance, top or comments");
        }
        return prefix + "/search.json?q=" + URLEncoder.encode(query, StandardCharsets.UTF_8) + "&sort=" + sort
                + (subreddit == null ? "" : "&restrict_sr=1");
    }

    /** Reddit's form: platform:app id:version (by /u/user). */
    static String userAgent(SourceSpec source) {
        String contact = source.optional("contact", null);
        return "desktop:dossier.research.notebook:0.1 ("
                + (contact == null ? "+https://dossier.invalid/bot" : "by /u/" + contact.replaceFirst("^/?u/", "")) + ")";
    }

    /** X-Ratelimit-Remaining below 1 (or a 429): until X-Ratelimit-Reset seconds from now. */
    static Instant usedUpUntil(FetchResponse response) {
        boolean usedUp = response.status() == 429 || response.header("X-Ratelimit-Remaining")
                .map(RedditConnector::number).filter(remaining -> remaining < 1).isPresent();
        if (!usedUp) {
            return null;
        }
        Double reset = response.header("X-Ratelimit-Reset").map(RedditConnector::number).orElse(null);
        return reset == null || reset.isNaN() ? null : Instant.now().plusMillis((long) (reset * 1000));
    }

    private static Double number(String value) {
        try {
            return Double.parseDouble(value.trim());
        } catch (NumberFormatException e) {
            return Double.NaN;
        }
    }

    /** The listing requests of one fetch: with the User-Agent, and the OAuth token when there is one. */
    private record Calls(RateLimitedApi api, String userAgent, Token token) {

        /** A listing's data; null when the rate limit ends the fetch. */
        JsonObject listing(URI uri) throws ConnectorException, FetchException {
            for (boolean renewed = false;; renewed = true) {
                ApiRequest request = ApiRequest.get(uri).header("User-Agent", userAgent).header("Accept", "application/json");
                if (token != null) {
                    request = request.header("Authorization", "bearer " + token.value(api, userAgent));
                }
                FetchResponse response = api.send(request);
                if (response == null) {
                    return null;
                }
                if (response.status() == 401 && token != null && !renewed) {
                    token.forget();
                    continue;
                }
                return data(response);
            }
        }
    }

    /** The data of a Listing answer ({"kind": "Listing", "data": {"children": [...], "after": ...}}). */
    private static JsonObject data(FetchResponse response) throws ConnectorException, FetchException {
        if (response.status() >= 400) {
            throw new FetchException(response.uri() + ": HTTP " + HttpFetcher.status(response.status()) + reason(response));
        }
        JsonElement json = JsonFields.parse(response, "Reddit");
        if (!json.isJsonObject() || !"Listing".equals(string(json.getAsJsonObject(), "kind").orElse(null))
                || !json.getAsJsonObject().has("data")
                || !json.getAsJsonObject().getAsJsonObject("data").has("children")) {
            throw new ConnectorException(response.uri() + ": expected a Listing from Reddit");
        }
        return json.getAsJsonObject().getAsJsonObject("data");
    }

    /** Reddit's own words in an error answer ({"message": ..., "error": ...} or {"reason": ...}), if any. */
    private static String reason(FetchResponse response) {
        try {
            JsonElement json = JsonFields.parse(response, "Reddit");
            if (json.isJsonObject()) {
                String said = string(json.getAsJsonObject(), "reason").or(() -> string(json.getAsJsonObject(), "message"))
                        .orElse("");
                return said.isEmpty() ? "" : " (" + said + ")";
            }
        } catch (ConnectorException e) {
            // not JSON: the status says it all
        }
        return "";
    }

    /** An application-only OAuth token (client credentials grant), asked for once per fetch and again if refused. */
    private static final class Token {
        private final URI endpoint;
        private final String client;
        private final String secret;
        private String value;

        Token(SourceSpec source, String client) throws ConnectorException {
            this.endpoint = source.server("api", "https://www.reddit.com").resolve("/api/v1/access_token");
            this.client = client;
            this.secret = Secrets.get(CONNECTOR, client, Secrets.PASSWORD).orElseThrow(() -> new ConnectorException(
                    "no secret kept for the Reddit OAuth client " + client + "; keep it with: dossier source password "
                            + CONNECTOR + " " + client));
        }

        String value(RateLimitedApi api, String userAgent) throws ConnectorException, FetchException {
            if (value == null) {
                String basic = Base64.getEncoder().encodeToString((client + ":" + secret).getBytes(StandardCharsets.UTF_8));
                FetchResponse response = api.send(ApiRequest.post(endpoint, "application/x-www-form-urlencoded",
                        "grant_type=client_credentials").header("Authorization", "Basic " + basic)
                        .header("User-Agent", userAgent));
                if (response == null || response.status() >= 400) {
                    throw new ConnectorException(endpoint + ": Reddit refused the OAuth client " + client + " ("
                            + (response == null ? "rate limit used up" : "HTTP " + HttpFetcher.status(response.status()))
                            + ")");
                }
                JsonElement json = JsonFields.parse(response, "Reddit");
                value = json.isJsonObject() ? string(json.getAsJsonObject(), "access_token").orElse(null) : null;
                if (value == null) {
                    throw new ConnectorException(endpoint + ": Reddit's token answer has no access_token");
                }
            }
            return value;
        }

        void forget() {
            value = null;
        }
    }
}
