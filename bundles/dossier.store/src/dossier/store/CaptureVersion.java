package dossier.store;

import java.time.Instant;

/**
 * One capture of an item: versions are numbered from 1 (the first capture); read its bytes and text with
 * {@link CaptureStore#original(CaptureVersion)} and {@link CaptureStore#text(CaptureVersion)}.
 */
public record CaptureVersion(String itemId, int number, Instant captured, String url, String contentSha256) {
}
