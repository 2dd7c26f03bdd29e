package dossier.connector.web.internal;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

import dossier.casefile.WebPages;
import dossier.connector.ConnectorException;
import dossier.connector.FetchContext;
import dossier.connector.SourceSpec;
import dossier.connector.UrlConnector;
import dossier.connector.http.FetchException;
import dossier.connector.http.FetchResponse;
import dossier.store.Capture;

/**
 * Web pages: the page is kept as fetched (provenance), the article extracted from it gives the
 * item's title, author, date, canonical URL, language and text. A page watched as a source is
 * captured again when it changes, and its clips re-anchor.
 */
public final class WebPageConnector implements UrlConnector {

    @Override
    public void fetch(SourceSpec source, FetchContext context) throws ConnectorException, FetchException {
        URI uri;
        try {
            uri = new URI(source.required("url"));
        } catch (URISyntaxException e) {
            throw new ConnectorException("source '" + source.name() + "': " + e.getInput() + " is not a URL");
        }
        FetchResponse response = context.http().get(uri);
        if (response.notModified()) {
            return;
        }
        if (!accepts(response)) {
            throw new ConnectorException(response.uri() + ": expected a web page, got " + response.mediaType());
        }
        try {
            context.capture(captures(response).get(0));
        } catch (IOException e) {
            throw new ConnectorException("source '" + source.name() + "': cannot store the page: " + e.getMessage(), e);
        }
    }

    @Override
    public boolean accepts(FetchResponse response) {
        String type = response.mediaType();
        if (type.equals("text/html") || type.equals("application/xhtml+xml")) {
            return true;
        }
        if (!type.isEmpty() && !type.equals("text/plain") && !type.equals("application/octet-stream")) {
            return false;
        }
        String head = new String(response.body(), 0, Math.min(1024, response.body().length), StandardCharsets.UTF_8)
                .toLowerCase(Locale.ROOT);
        return head.contains("<html") || head.contains("<!doctype html");
    }

    @Override
    public List<Capture> captures(FetchResponse response) throws ConnectorException {
        try {
            return List.of(WebPages.capture(response.body(), response.uri().toString(), null, Instant.now()));
        } catch (IllegalArgumentException e) {
            throw new ConnectorException(e.getMessage(), e);
        }
    }
}
