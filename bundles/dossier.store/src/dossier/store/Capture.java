package dossier.store;

import java.time.Instant;
import java.util.Objects;

/**
 * One capture as a connector or importer hands it over: the bytes fetched ({@code original}: HTML, JSON or XML) and
 * the text extracted from them. Only {@code type}, {@code captured} and {@code original} are required.
 * <p>
 * The item's identity is its canonical URL (falling back to {@code url}); without any URL it is the SHA-256 of
 * {@code original}. {@code engagement} is never null ({@link Engagement#UNKNOWN} when not known); {@code followerCount}
 * is the author's reach.
 */
public record Capture(ItemType type, String url, String canonicalUrl, String title, String authorName,
        String authorHandle, Long followerCount, Instant published, Instant captured, String language,
        String mediaType, byte[] original, String text, Engagement engagement) {

    public Capture {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(captured, "captured");
        Objects.requireNonNull(original, "original");
        engagement = engagement == null ? Engagement.UNKNOWN : engagement;
    }

    /** A capture whose engagement is not known. */
    public Capture(ItemType type, String url, String canonicalUrl, String title, String authorName,
            String authorHandle, Long followerCount, Instant published, Instant captured, String language,
            String mediaType, byte[] original, String text) {
        this(type, url, canonicalUrl, title, authorName, authorHandle, followerCount, published, captured, language,
                mediaType, original, text, Engagement.UNKNOWN);
    }

    /** This capture with {@code engagement}. */
    public Capture withEngagement(Engagement engagement) {
        return new Capture(type, url, canonicalUrl, title, authorName, authorHandle, followerCount, published,
                captured, language, mediaType, original, text, engagement);
    }

    /** This capture with {@code title}. */
    public Capture withTitle(String title) {
        return new Capture(type, url, canonicalUrl, title, authorName, authorHandle, followerCount, published,
                captured, language, mediaType, original, text, engagement);
    }

    /** The URL that identifies the item: the canonical URL, else the URL, else {@code null}. */
    public String identityUrl() {
        if (canonicalUrl != null && !canonicalUrl.isEmpty()) {
            return canonicalUrl;
        }
        return url == null || url.isEmpty() ? null : url;
    }
}
