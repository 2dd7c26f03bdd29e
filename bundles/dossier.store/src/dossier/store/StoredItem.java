package dossier.store;

import java.time.Instant;

/**
 * Metadata of an item's latest capture. {@code id} is stable (derived from the canonical URL, or from the content
 * hash when there is no URL), 16 characters of lower-case base32, URL- and file-name-safe. {@code engagement} is that
 * of the latest capture, never null.
 */
public record StoredItem(String id, ItemType type, String url, String canonicalUrl, String title, String authorName,
        String authorHandle, Long followerCount, Instant published, Instant captured, String language,
        String mediaType, String contentSha256, int captureCount, Engagement engagement) {

    public StoredItem {
        engagement = engagement == null ? Engagement.UNKNOWN : engagement;
    }

    /** An item whose engagement is not known. */
    public StoredItem(String id, ItemType type, String url, String canonicalUrl, String title, String authorName,
            String authorHandle, Long followerCount, Instant published, Instant captured, String language,
            String mediaType, String contentSha256, int captureCount) {
        this(id, type, url, canonicalUrl, title, authorName, authorHandle, followerCount, published, captured,
                language, mediaType, contentSha256, captureCount, Engagement.UNKNOWN);
    }
}
