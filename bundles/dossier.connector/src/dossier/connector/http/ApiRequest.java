package dossier.connector.http;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A request to an API through {@link HttpFetcher#exchange}: a method, headers (credentials, the content type) and a
 * body, or none.
 */
public record ApiRequest(URI uri, String method, Map<String, String> headers, byte[] body) {

    public ApiRequest {
        headers = Map.copyOf(headers);
    }

    public static ApiRequest get(URI uri) {
        return new ApiRequest(uri, "GET", Map.of(), null);
    }

    /** A POST of {@code body} in UTF-8 as {@code contentType}. */
    public static ApiRequest post(URI uri, String contentType, String body) {
        return new ApiRequest(uri, "POST", Map.of("Content-Type", contentType), body.getBytes(StandardCharsets.UTF_8));
    }

    /** This request with one more header. */
    public ApiRequest header(String name, String value) {
        Map<String, String> more = new LinkedHashMap<>(headers);
        more.put(name, value);
        return new ApiRequest(uri, method, more, body);
    }
}
