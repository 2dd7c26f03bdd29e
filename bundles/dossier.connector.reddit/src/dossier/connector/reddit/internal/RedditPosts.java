package dossier.connector.reddit.internal;

import static dossier.connector.JsonFields.string;

import java.nio.charset.StandardCharsets;
import java.time.Instant;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;

import dossier.connector.JsonFields;
import dossier.store.Capture;
import dossier.store.Engagement;
import dossier.store.ItemType;

/**
 * Captures of Reddit posts (a listing's t3 data, kept as the original with its flair and upvote ratio): the linked
 * page as URL (the discussion for a text post), the discussion as identity, the subreddit's subscribers as reach, the
 * comment count, crossposts and score as replies, reshares and likes (a negative score is not a count of likes).
 */
final class RedditPosts {

    private static final String SITE = "https://www.reddit.com";

    private RedditPosts() {
    }

    static Capture capture(JsonObject post) {
        String discussion = SITE + string(post, "permalink").orElseThrow(() -> new IllegalStateException("no permalink"));
        boolean self = post.has("is_self") && post.get("is_self").getAsBoolean();
        String url = self ? discussion : string(post, "url").filter(u -> u.startsWith("http")).orElse(discussion);
        String title = string(post, "title").orElse("");
        String body = string(post, "selftext").orElse("").strip();
        String author = string(post, "author").orElse(null);
        JsonElement created = post.get("created_utc");
        Instant published = created != null && created.isJsonPrimitive() && created.getAsJsonPrimitive().isNumber()
                ? Instant.ofEpochSecond((long) created.getAsDouble())
                : null;
        return new Capture(ItemType.MENTION, url, discussion, title, author, author == null ? null : "u/" + author,
                JsonFields.count(post, "subreddit_subscribers"), published, Instant.now(), null, "application/json",
                post.toString().getBytes(StandardCharsets.UTF_8), body.isEmpty() ? title : title + "\n\n" + body,
                new Engagement(JsonFields.count(post, "num_comments"), JsonFields.count(post, "num_crossposts"),
                        JsonFields.count(post, "score"), null));
    }
}
