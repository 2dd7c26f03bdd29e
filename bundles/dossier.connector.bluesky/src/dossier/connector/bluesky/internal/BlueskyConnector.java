package dossier.connector.bluesky.internal;

import static dossier.connector.JsonFields.string;

import java.net.URI;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;

import dossier.connector.Connector;
import dossier.connector.ConnectorException;
import dossier.connector.FetchContext;
import dossier.connector.JsonFields;
import dossier.connector.Paging;
import dossier.connector.SourceSpec;
import dossier.connector.http.FetchException;

/**
 * Posts of an account (app.bsky.feed.getAuthorFeed), a custom feed (app.bsky.feed.getFeed) from the public AppView,
 * or a search (app.bsky.feed.searchPosts) on the login's server with a session: pages followed by cursor until the
 * limit, the authors' followers looked up (app.bsky.actor.getProfiles). A repost is captured as the post it shares.
 */
public final class BlueskyConnector implements Connector {

    static final int PAGE_SIZE = 100;
    /** Most actors app.bsky.actor.getProfiles takes at once. */
    static final int PROFILES_PER_CALL = 25;

    private record Call(URI server, String nsid, Map<String, Object> parameters, Session session, String list) {
    }

    @Override
    public void fetch(SourceSpec source, FetchContext context) throws ConnectorException, FetchException {
        Xrpc xrpc = new Xrpc(context);
        Call call = call(source, xrpc);
        Map<String, Long> followers = new HashMap<>();
        Paging.capture(source, context, source.positive("limit", 100), "post", "", cursor -> {
            Map<String, Object> parameters = new LinkedHashMap<>(call.parameters());
            parameters.put("limit", PAGE_SIZE);
            if (!cursor.isEmpty()) {
                parameters.put("cursor", cursor);
            }
            JsonObject answer = xrpc.query(call.server(), call.nsid(), parameters, call.session());
            if (answer == null) {
                return new Paging.Page<String, JsonObject>(List.of(), () -> null);
            }
            List<JsonObject> posts = posts(answer, call);
            lookUpFollowers(xrpc, call, posts, followers, context);
            String next = string(answer, "cursor").filter(c -> !c.isEmpty() && !c.equals(cursor)).orElse(null);
            return new Paging.Page<>(posts, () -> next);
        }, post -> Posts.capture(post, followers));
    }

    private static Call call(SourceSpec source, Xrpc xrpc) throws ConnectorException {
        String actor = source.optional("actor", null);
        String query = source.optional("query", null);
        String feed = source.optional("feed", null);
        if ((actor != null ? 1 : 0) + (query != null ? 1 : 0) + (feed != null ? 1 : 0) != 1) {
            throw new ConnectorException("source '" + source.name() + "' needs one of actor, query or feed");
        }
        URI api = source.server("api", "https://public.api.bsky.app");
        if (actor != null) {
            return new Call(api, "app.bsky.feed.getAuthorFeed", Map.of("actor", actor.replaceFirst("^@", "")), null,
                    "feed");
        }
        if (feed != null) {
            if (!feed.startsWith("at://")) {
                throw new ConnectorException("source '" + source.name() + "': feed must be an at:// address");
            }
            return new Call(api, "app.bsky.feed.getFeed", Map.of("feed", feed), null, "feed");
        }
        String sort = source.optional("sort", "latest");
        if (!sort.equals("latest") && !sort.equals("top")) {
            throw new ConnectorException("source '" + source.name() + "': sort must be latest or top");
        }
        String login = source.optional("login", null);
        if (login == null) {
            throw new ConnectorException("source '" + source.name() + "': a Bluesky search needs a login parameter"
                    + " (your handle, its app password kept with: dossier source password bluesky HANDLE)");
        }
        URI service = source.server("service", "https://bsky.social");
        Map<String, Object> search = new LinkedHashMap<>();
        search.put("q", query);
        search.put("sort", sort);
        return new Call(service, "app.bsky.feed.searchPosts", search,
                new Session(xrpc, service, login.replaceFirst("^@", "")), "posts");
    }

    /** The post views of an answer: a search's posts, or the posts of a feed's items. */
    private static List<JsonObject> posts(JsonObject answer, Call call) throws ConnectorException {
        JsonElement list = answer.get(call.list());
        if (list == null || !list.isJsonArray()) {
            throw new ConnectorException(call.server() + "/xrpc/" + call.nsid() + ": expected an answer with "
                    + call.list() + ", got " + String.join(", ", answer.keySet()));
        }
        return list.getAsJsonArray().asList().stream().filter(JsonElement::isJsonObject).map(JsonElement::getAsJsonObject)
                .map(item -> call.list().equals("feed") && item.has("post") ? item.getAsJsonObject("post") : item)
                .toList();
    }

    /** Adds the followers of the posts' authors not yet known; a lookup that fails is a warning. */
    private static void lookUpFollowers(Xrpc xrpc, Call call, List<JsonObject> posts, Map<String, Long> followers,
            FetchContext context) throws ConnectorException {
        List<String> unknown = posts.stream().map(post -> post.getAsJsonObject("author"))
                .filter(author -> author != null && author.has("did")).map(author -> author.get("did").getAsString())
                .filter(did -> !followers.containsKey(did)).distinct().toList();
        for (int from = 0; from < unknown.size(); from += PROFILES_PER_CALL) {
            List<String> actors = unknown.subList(from, Math.min(unknown.size(), from + PROFILES_PER_CALL));
            try {
                JsonObject answer = xrpc.query(call.server(), "app.bsky.actor.getProfiles", Map.of("actors", actors),
                        call.session());
                JsonArray profiles = answer == null || !answer.has("profiles") ? new JsonArray()
                        : answer.getAsJsonArray("profiles");
                for (JsonElement profile : profiles) {
                    JsonObject found = profile.getAsJsonObject();
                    string(found, "did").ifPresent(did -> followers.put(did,
                            JsonFields.count(found, "followersCount")));
                }
            } catch (FetchException e) {
                context.warn("the authors' followers could not be looked up (" + e.getMessage() + ")");
            }
            actors.forEach(did -> followers.putIfAbsent(did, null));
        }
    }
}
