package dossier.feed;

/**
 * A feed subscription as OPML lists it.
 *
 * @param title    the outline's title (or text)
 * @param xmlUrl   the feed's URL
 * @param htmlUrl  the site's URL, or {@code null}
 * @param category the enclosing outlines' titles joined by "/" (e.g. {@code "Brands/Retail"}), or {@code null}
 */
public record Subscription(String title, String xmlUrl, String htmlUrl, String category) {
}
