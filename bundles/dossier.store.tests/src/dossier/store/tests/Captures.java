package dossier.store.tests;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;

import dossier.store.Capture;
import dossier.store.ItemType;

/** Test captures. */
public final class Captures {

    private Captures() {
    }

    public static Capture mention(String url, String json) {
        return mention(url, url, json, textOf(json));
    }

    public static Capture mention(String url, String canonicalUrl, String json, String text) {
        return new Capture(ItemType.MENTION, url, canonicalUrl, null, "Ann Example", "@ann", 1234L,
                Instant.parse("2025-03-01T10:00:00Z"), Instant.now(), "en", "application/json",
                json.getBytes(StandardCharsets.UTF_8), text);
    }

    /** The text a test "extracts" from an original: a function of it, so any pair can be checked. */
    public static String textOf(String original) {
        return "text of " + original;
    }

    public static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
