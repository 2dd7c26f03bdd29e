package dossier.connector.bluesky.internal;

import static dossier.connector.JsonFields.string;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;

import dossier.connector.JsonFields;
import dossier.store.Capture;
import dossier.store.Engagement;
import dossier.store.ItemType;

/**
 * Captures of Bluesky posts (app.bsky.feed.defs#postView): the post view's JSON is the original, its reply, repost,
 * like and quote counts the engagement.
 */
final class Posts {

    private static final String LINK = "app.bsky.richtext.facet#link";

    private Posts() {
    }

    /**
     * The capture of a post: its page on bsky.app as URL, its at:// URI as identity, the author's handle and
     * followers ({@code followers} by DID, from the profiles), the text with each link's full address.
     */
    static Capture capture(JsonObject post, Map<String, Long> followers) {
        String uri = string(post, "uri").orElseThrow(() -> new IllegalStateException("a post without uri"));
        JsonObject author = post.getAsJsonObject("author");
        JsonObject record = post.getAsJsonObject("record");
        if (author == null || record == null) {
            throw new IllegalStateException("post " + uri + " has no author or record");
        }
        String handle = string(author, "handle").orElse(null);
        String did = string(author, "did").orElse(null);
        String page = "https://bsky.app/profile/" + (handle != null ? handle : did) + "/post/"
                + uri.substring(uri.lastIndexOf('/') + 1);
        JsonArray languages = record.has("langs") && record.get("langs").isJsonArray() ? record.getAsJsonArray("langs")
                : new JsonArray();
        Instant published = string(record, "createdAt").map(JsonFields::instant)
                .orElseGet(() -> string(post, "indexedAt").map(JsonFields::instant).orElse(null));
        return new Capture(ItemType.MENTION, page, uri, null,
                string(author, "displayName").filter(name -> !name.isBlank()).orElse(handle), handle,
                did == null ? null : followers.get(did), published, Instant.now(),
                languages.isEmpty() ? null : languages.get(0).getAsString(), "application/json",
                post.toString().getBytes(StandardCharsets.UTF_8), text(record),
                new Engagement(JsonFields.count(post, "replyCount"), JsonFields.count(post, "repostCount"),
                        JsonFields.count(post, "likeCount"), JsonFields.count(post, "quoteCount")));
    }

    private static int offset(JsonObject index, String member) {
        Long offset = JsonFields.count(index, member);
        return offset == null || offset > Integer.MAX_VALUE ? -1 : offset.intValue();
    }

    /** The record's text with each link facet's shortened text replaced by the link's full address. */
    static String text(JsonObject record) {
        byte[] text = string(record, "text").orElse("").getBytes(StandardCharsets.UTF_8);
        List<int[]> slices = new ArrayList<>();
        List<String> links = new ArrayList<>();
        JsonElement facets = record.get("facets");
        for (JsonElement facet : facets != null && facets.isJsonArray() ? facets.getAsJsonArray() : new JsonArray()) {
            JsonObject index = facet.getAsJsonObject().getAsJsonObject("index");
            JsonElement features = facet.getAsJsonObject().get("features");
            if (index == null || features == null || !features.isJsonArray()) {
                continue;
            }
            for (JsonElement feature : features.getAsJsonArray()) {
                JsonObject link = feature.getAsJsonObject();
                if (LINK.equals(string(link, "$type").orElse(null)) && link.has("uri")) {
                    slices.add(new int[] { offset(index, "byteStart"), offset(index, "byteEnd"), links.size() });
                    links.add(link.get("uri").getAsString());
                }
            }
        }
        slices.sort(Comparator.comparingInt(slice -> slice[0]));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int at = 0;
        for (int[] slice : slices) {
            if (slice[0] < at || slice[1] < slice[0] || slice[1] > text.length) {
                continue; // overlapping or outside the text: left as written
            }
            out.write(text, at, slice[0] - at);
            out.writeBytes(links.get(slice[2]).getBytes(StandardCharsets.UTF_8));
            at = slice[1];
        }
        out.write(text, at, text.length - at);
        return out.toString(StandardCharsets.UTF_8);
    }
}
