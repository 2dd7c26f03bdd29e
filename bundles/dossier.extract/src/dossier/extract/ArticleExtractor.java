package dossier.extract;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

import dossier.extract.internal.ContentExtractor;
import dossier.extract.internal.Metadata;

/**
 * Extracts the article from a web page: metadata (JSON-LD, OpenGraph and meta tags, canonical link,
 * language) and the article body, found by scoring the page's containers by text and link density,
 * paragraphs, punctuation and class/id hints after removing boilerplate. Thread-safe; never modifies
 * its input.
 */
public final class ArticleExtractor {

    private ArticleExtractor() {
    }

    /**
     * Extracts the article from a page's bytes. The charset comes from a byte-order mark, else the
     * page's {@code <meta charset>} or HTTP-equiv declaration, else UTF-8.
     *
     * @param html the page as fetched
     * @param baseUrl the page's URL, to resolve relative links; may be {@code null} or empty
     */
    public static Article extract(byte[] html, String baseUrl) {
        try {
            Document document = Jsoup.parse(new ByteArrayInputStream(html), declaresUtf16WithoutBom(html) ? "UTF-8"
                    : null, baseUrl == null ? "" : baseUrl);
            return extract(document, baseUrl);
        } catch (IOException e) {
            throw new UncheckedIOException(e); // cannot happen when reading from memory
        }
    }

    private static final java.util.regex.Pattern UTF16_DECLARED = java.util.regex.Pattern
            .compile("(?i)charset\\s*=\\s*[\"']?\\s*utf-?(16|32)");

    /**
     * A page whose bytes start without a byte-order mark but whose meta tag declares UTF-16 or UTF-32
     * cannot be what it says (the declaration was readable as ASCII); as browsers do, read it as UTF-8.
     */
    private static boolean declaresUtf16WithoutBom(byte[] html) {
        if (html.length >= 2 && ((html[0] == (byte) 0xFE && html[1] == (byte) 0xFF)
                || (html[0] == (byte) 0xFF && html[1] == (byte) 0xFE))) {
            return false;
        }
        String head = new String(html, 0, Math.min(html.length, 4096), java.nio.charset.StandardCharsets.ISO_8859_1);
        return UTF16_DECLARED.matcher(head).find();
    }

    /**
     * Extracts the article from a page already decoded to characters.
     *
     * @param html the page
     * @param baseUrl the page's URL, to resolve relative links; may be {@code null} or empty
     */
    public static Article extract(String html, String baseUrl) {
        return extract(Jsoup.parse(html, baseUrl == null ? "" : baseUrl), baseUrl);
    }

    private static Article extract(Document document, String baseUrl) {
        Metadata metadata = Metadata.of(document, baseUrl);
        Document copy = document.clone();
        ContentExtractor.Body body = new ContentExtractor(document, metadata, false).extract();
        if (body.text().length() < 250) {
            // the strict pass removed too much: try again keeping containers only their names condemn
            ContentExtractor.Body lenient = new ContentExtractor(copy, metadata, true).extract();
            if (lenient.text().length() > body.text().length() * 2) {
                body = lenient;
            }
        }
        return new Article(metadata.title(), metadata.author(), metadata.published(), metadata.canonicalUrl(),
                metadata.language(), body.text(), body.html());
    }
}
