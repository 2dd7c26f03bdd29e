package dossier.connector.bluesky.internal;

import static dossier.connector.JsonFields.string;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;

import dossier.connector.ConnectorException;
import dossier.connector.FetchContext;
import dossier.connector.JsonFields;
import dossier.connector.RateLimitedApi;
import dossier.connector.http.ApiRequest;
import dossier.connector.http.FetchException;
import dossier.connector.http.FetchResponse;
import dossier.connector.http.HttpFetcher;

/**
 * The XRPC calls of one fetch (https://atproto.com/specs/xrpc): answers read as JSON objects, a refusal named by the
 * error of its answer, the rate-limit headers (RateLimit-Remaining, RateLimit-Reset in epoch seconds) respected, a
 * session's expired access token refreshed once.
 */
final class Xrpc {

    private final RateLimitedApi api;

    Xrpc(FetchContext context) {
        this.api = new RateLimitedApi(context, Xrpc::usedUpUntil);
    }

    /**
     * A query (GET) of {@code nsid} with {@code parameters} (a list value is repeated); {@code session} may be null.
     * Null when the rate limit ends the fetch (warned).
     */
    JsonObject query(URI server, String nsid, Map<String, ?> parameters, Session session)
            throws ConnectorException, FetchException {
        URI uri = server.resolve("/xrpc/" + nsid + "?" + queryString(parameters));
        for (boolean refreshed = false;; refreshed = true) {
            ApiRequest request = ApiRequest.get(uri);
            if (session != null) {
                request = request.header("Authorization", "Bearer " + session.accessToken());
            }
            FetchResponse response = api.send(request);
            if (response == null) {
                return null;
            }
            try {
                return answer(response);
            } catch (XrpcException e) {
                if (session == null || refreshed || !e.expiredToken()) {
                    throw e;
                }
                session.refresh();
            }
        }
    }

    /** A procedure (POST) of {@code nsid} with a JSON input or none, authorized by {@code bearer} or not. */
    JsonObject procedure(URI server, String nsid, JsonObject input, String bearer)
            throws ConnectorException, FetchException {
        URI uri = server.resolve("/xrpc/" + nsid);
        ApiRequest request = input == null ? new ApiRequest(uri, "POST", Map.of(), null)
                : ApiRequest.post(uri, "application/json", input.toString());
        if (bearer != null) {
            request = request.header("Authorization", "Bearer " + bearer);
        }
        FetchResponse response = api.send(request);
        if (response == null) {
            throw new ConnectorException(uri + ": the rate limit is used up");
        }
        return answer(response);
    }

    /** RateLimit-Remaining 0 or a 429: until RateLimit-Reset (epoch seconds). */
    private static Instant usedUpUntil(FetchResponse response) {
        boolean usedUp = response.status() == 429
                || response.header("RateLimit-Remaining").map(String::trim).filter("0"::equals).isPresent();
        return usedUp ? response.header("RateLimit-Reset").map(Xrpc::epochSeconds).orElse(null) : null;
    }

    private static Instant epochSeconds(String value) {
        try {
            return Instant.ofEpochSecond(Long.parseLong(value.trim()));
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static JsonObject answer(FetchResponse response) throws ConnectorException, XrpcException {
        if (response.status() >= 400) {
            JsonObject error = errorBody(response);
            String name = error == null ? "" : string(error, "error").orElse("");
            String message = error == null ? "" : string(error, "message").orElse("");
            throw new XrpcException(response.uri() + ": HTTP " + HttpFetcher.status(response.status())
                    + (name.isEmpty() ? "" : ": " + name) + (message.isEmpty() ? "" : " (" + message + ")"),
                    response.status(), name);
        }
        JsonElement json = JsonFields.parse(response, "the Bluesky API");
        if (!json.isJsonObject()) {
            throw new ConnectorException(response.uri() + ": expected an object from the Bluesky API");
        }
        return json.getAsJsonObject();
    }

    private static JsonObject errorBody(FetchResponse response) {
        try {
            JsonElement json = JsonParser.parseString(new String(response.body(), StandardCharsets.UTF_8));
            return json.isJsonObject() ? json.getAsJsonObject() : null;
        } catch (JsonParseException e) {
            return null;
        }
    }

    private static String queryString(Map<String, ?> parameters) {
        return parameters.entrySet().stream().flatMap(entry -> (entry.getValue() instanceof List<?> values ? values
                : List.of(entry.getValue())).stream().map(value -> entry.getKey() + "="
                        + URLEncoder.encode(value.toString(), StandardCharsets.UTF_8)))
                .collect(Collectors.joining("&"));
    }
}
