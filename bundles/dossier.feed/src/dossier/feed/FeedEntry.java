package dossier.feed;

import java.time.Instant;
import java.util.List;

/**
 * One item or entry of a feed. HTML fields are as the feed gave them (untrusted: sanitise before rendering,
 * see {@code dossier.html.HtmlSanitizer}); plain text given as text is escaped into HTML.
 *
 * @param id          the guid / id, or the link when there is none; may be {@code null}
 * @param url         the entry's link, absolute where the feed's URL allowed resolving it
 * @param title       its title as text
 * @param authorName  the first author's name
 * @param published   when it was published, or {@code null}
 * @param updated     when it was last updated, or {@code null}
 * @param summaryHtml the summary / description as HTML
 * @param contentHtml the full content as HTML
 * @param text        plain text of the best content (content, else summary, else title)
 * @param categories  categories or tags
 * @param language    the entry's (or else the feed's) language, or {@code null}
 */
public record FeedEntry(String id, String url, String title, String authorName, Instant published, Instant updated,
        String summaryHtml, String contentHtml, String text, List<String> categories, String language) {

    public FeedEntry {
        categories = categories == null ? List.of() : List.copyOf(categories);
    }
}
