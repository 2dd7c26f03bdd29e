package dossier.casefile;

import java.time.Instant;

import dossier.extract.Article;
import dossier.extract.ArticleExtractor;
import dossier.store.Capture;
import dossier.store.ItemType;

/**
 * A web page as a capture: the page is kept as given (fetched, or rendered in the user's browser), the article
 * extracted from it gives the item's title, author, date, canonical URL, language and text. Every way a web page
 * comes in (the web connector, the browser extension) makes its capture here.
 */
public final class WebPages {

    private WebPages() {
    }

    /**
     * The capture of the page {@code html} found at {@code url}; {@code title} stands in when the page names none
     * (may be null). A page that cannot be read raises an IllegalArgumentException saying why.
     */
    public static Capture capture(byte[] html, String url, String title, Instant captured) {
        Article article;
        try {
            article = ArticleExtractor.extract(html, url);
        } catch (RuntimeException e) {
            throw new IllegalArgumentException(url + ": the page could not be read (" + e.getMessage() + ")", e);
        }
        String canonical = article.canonicalUrl() == null || article.canonicalUrl().isBlank() ? url
                : article.canonicalUrl();
        String articleTitle = article.title() == null || article.title().isBlank() ? title : article.title();
        return new Capture(ItemType.ARTICLE, url, canonical, articleTitle, article.author(), null, null,
                article.published(), captured, article.language(), "text/html", html, article.text());
    }
}
