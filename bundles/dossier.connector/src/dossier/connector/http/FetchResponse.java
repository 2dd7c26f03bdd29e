package dossier.connector.http;

import java.net.URI;
import java.net.http.HttpHeaders;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Locale;
import java.util.Optional;

/**
 * A successful answer.
 *
 * @param uri where the answer came from, after redirects
 * @param contentType the Content-Type header, or empty
 * @param body the decoded body (empty when not modified)
 * @param notModified the server said the cached copy is current (HTTP 304)
 * @param headers the answer's headers
 */
public record FetchResponse(URI uri, int status, String contentType, byte[] body, boolean notModified,
        HttpHeaders headers) {

    /** The first value of a header, if present. */
    public Optional<String> header(String name) {
        return headers.firstValue(name);
    }

    /** The media type without parameters, in lower case, e.g. {@code text/html}. */
    public String mediaType() {
        int semicolon = contentType.indexOf(';');
        return (semicolon < 0 ? contentType : contentType.substring(0, semicolon)).trim().toLowerCase(Locale.ROOT);
    }

    /** The charset named by the Content-Type, if it names a known one. */
    public Optional<Charset> charset() {
        for (String part : contentType.split(";")) {
            String p = part.trim();
            if (p.toLowerCase(Locale.ROOT).startsWith("charset=")) {
                try {
                    return Optional.of(Charset.forName(p.substring(8).replace("\"", "").trim()));
                } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
                    return Optional.empty();
                }
            }
        }
        return Optional.empty();
    }
}
