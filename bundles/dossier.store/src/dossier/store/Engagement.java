package dossier.store;

/**
 * The attention an item drew when it was captured, as its platform counts it; {@code null} = not known. Mastodon's
 * replies, reblogs and favourites, Bluesky's replies, reposts, likes and quotes, Hacker News comments (replies) and
 * points (likes), Reddit comments (replies) and score (likes).
 */
public record Engagement(Long replies, Long reshares, Long likes, Long quotes) {

    /** Nothing known. */
    public static final Engagement UNKNOWN = new Engagement(null, null, null, null);

    /** True if no count is known. */
    public boolean isUnknown() {
        return replies == null && reshares == null && likes == null && quotes == null;
    }

    /** The sum of the known counts, or {@code null} if none is known. */
    public Long total() {
        if (isUnknown()) {
            return null;
        }
        return orZero(replies) + orZero(reshares) + orZero(likes) + orZero(quotes);
    }

    private static long orZero(Long count) {
        return count == null ? 0 : count;
    }
}
