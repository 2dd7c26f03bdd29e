package dossier.connector.feed.internal;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import dossier.connector.ConnectorException;
import dossier.connector.FetchContext;
import dossier.connector.SourceSpec;
import dossier.connector.UrlConnector;
import dossier.connector.http.FetchException;
import dossier.connector.http.FetchResponse;
import dossier.extract.Languages;
import dossier.feed.FeedEntry;
import dossier.feed.FeedException;
import dossier.feed.FeedParser;
import dossier.feed.ParsedFeed;
import dossier.html.HtmlSanitizer;
import dossier.store.Capture;
import dossier.store.ItemType;

/**
 * RSS, Atom and JSON Feed sources. Each entry becomes an article whose stored HTML is the
 * entry's content sanitized (never a script, handler or javascript: URL), and whose text is the
 * entry's plain text. An unchanged feed (HTTP 304) costs one request and stores nothing.
 */
public final class FeedConnector implements UrlConnector {

    @Override
    public void fetch(SourceSpec source, FetchContext context) throws ConnectorException, FetchException {
        URI uri = uri(source.required("url"), source);
        FetchResponse response = context.http().get(uri);
        if (response.notModified()) {
            return;
        }
        for (Capture capture : captures(response)) {
            if (context.monitor().isCanceled()) {
                return;
            }
            try {
                context.capture(capture);
            } catch (IOException e) {
                throw new ConnectorException("source '" + source.name() + "': cannot store an entry: " + e.getMessage(),
                        e);
            }
        }
    }

    private static URI uri(String value, SourceSpec source) throws ConnectorException {
        try {
            return new URI(value);
        } catch (URISyntaxException e) {
            throw new ConnectorException("source '" + source.name() + "': " + value + " is not a URL");
        }
    }

    @Override
    public boolean accepts(FetchResponse response) {
        String type = response.mediaType();
        if (type.contains("rss") || type.contains("atom") || type.contains("feed") || type.endsWith("/xml")
                || type.endsWith("+xml") && !type.contains("xhtml")) {
            return true;
        }
        String head = new String(response.body(), 0, Math.min(512, response.body().length), StandardCharsets.UTF_8)
                .stripLeading().toLowerCase(Locale.ROOT);
        return head.startsWith("<?xml") && (head.contains("<rss") || head.contains("<feed") || head.contains("<rdf"))
                || head.startsWith("<rss") || head.startsWith("<feed")
                || head.startsWith("{") && head.contains("jsonfeed.org/version");
    }

    @Override
    public List<Capture> captures(FetchResponse response) throws ConnectorException {
        ParsedFeed feed;
        try {
            feed = FeedParser.parse(response.body(), response.uri().toString(), response.contentType());
        } catch (FeedException e) {
            throw new ConnectorException(response.uri() + ": " + e.getMessage(), e);
        }
        List<Capture> captures = new ArrayList<>();
        Instant now = Instant.now();
        for (FeedEntry entry : feed.entries()) {
            String html = entry.contentHtml() != null && !entry.contentHtml().isBlank() ? entry.contentHtml()
                    : entry.summaryHtml() == null ? "" : entry.summaryHtml();
            String base = entry.url() != null ? entry.url() : response.uri().toString();
            String safe = HtmlSanitizer.sanitize(html, base);
            String text = entry.text() == null ? "" : entry.text();
            if (safe.isBlank() && text.isBlank() && entry.title() == null) {
                continue;
            }
            captures.add(new Capture(ItemType.ARTICLE, entry.url(), entry.url(), entry.title(), entry.authorName(), null,
                    null, entry.published() != null ? entry.published() : entry.updated(), now,
                    Languages.declaredOrDetected(entry.language(), text),
                    "text/html", safe.getBytes(StandardCharsets.UTF_8), text));
        }
        return captures;
    }
}
