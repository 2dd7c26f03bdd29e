package dossier.extract;

import java.time.Instant;

/**
 * The article found in a web page.
 *
 * @param title the headline, or the page title; empty when there is none
 * @param author the author's name(s); empty when unknown
 * @param published when the article was published, or {@code null} when unknown
 * @param canonicalUrl the canonical URL ({@code <link rel=canonical>}, {@code og:url}, JSON-LD, else the base URL)
 * @param language the language tag ({@code <html lang>}, JSON-LD {@code inLanguage}, meta); empty when unknown
 * @param text the article body as plain text, paragraphs separated by a blank line
 * @param html the article body as simple HTML: {@code p, h2-h6, ul/ol/li, blockquote, pre, a href, img src,
 *            em/strong}; no scripts, styles, or attributes other than {@code href, src, alt, title}
 */
public record Article(String title, String author, Instant published, String canonicalUrl, String language,
        String text, String html) {
}
