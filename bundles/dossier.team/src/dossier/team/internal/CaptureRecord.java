package dossier.team.internal;

import java.time.Instant;

import com.google.gson.Gson;

import dossier.store.Capture;
import dossier.store.ItemType;
import dossier.store.StoredItem;

/** A capture's metadata and text as the team collection keeps them (JSON), to make the capture again elsewhere. */
public record CaptureRecord(String type, String url, String canonicalUrl, String title, String authorName,
        String authorHandle, Long followerCount, String published, String captured, String language,
        String mediaType, String text) {

    private static final Gson GSON = new Gson();

    public static CaptureRecord of(StoredItem item, String text) {
        return new CaptureRecord(item.type().name(), item.url(), item.canonicalUrl(), item.title(), item.authorName(),
                item.authorHandle(), item.followerCount(), item.published() == null ? null : item.published().toString(),
                item.captured().toString(), item.language(), item.mediaType(), text);
    }

    public static CaptureRecord fromJson(String json) {
        return GSON.fromJson(json, CaptureRecord.class);
    }

    public String toJson() {
        return GSON.toJson(this);
    }

    public Capture capture(byte[] original) {
        return new Capture(ItemType.valueOf(type), url, canonicalUrl, title, authorName, authorHandle, followerCount,
                published == null ? null : Instant.parse(published), Instant.parse(captured), language, mediaType,
                original, text);
    }
}
