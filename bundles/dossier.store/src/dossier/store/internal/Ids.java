package dossier.store.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** Item ids and the 64-bit keys of the in-memory maps. */
final class Ids {

    private static final char[] BASE32 = "abcdefghijklmnopqrstuvwxyz234567".toCharArray();
    private static final HexFormat HEX = HexFormat.of();

    private Ids() {
    }

    static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** 16 base32 characters (80 bits) of SHA-256("url\n" + url). */
    static String idForUrl(MessageDigest md, String url) {
        md.reset();
        md.update("url\n".getBytes(StandardCharsets.UTF_8));
        return base32(md.digest(url.getBytes(StandardCharsets.UTF_8)));
    }

    /** 16 base32 characters (80 bits) of SHA-256("content\n" + sha256 of the original). */
    static String idForContent(MessageDigest md, byte[] contentSha) {
        md.reset();
        md.update("content\n".getBytes(StandardCharsets.UTF_8));
        return base32(md.digest(contentSha));
    }

    private static String base32(byte[] hash) {
        char[] out = new char[16];
        long bits = 0;
        int nbits = 0;
        int o = 0;
        for (int i = 0; o < 16; i++) {
            bits = (bits << 8) | (hash[i] & 0xff);
            nbits += 8;
            while (nbits >= 5 && o < 16) {
                out[o++] = BASE32[(int) (bits >>> (nbits - 5)) & 31];
                nbits -= 5;
            }
        }
        return new String(out);
    }

    /** The map key of an item id (FNV-1a, mixed); never 0. */
    static long idKey(String id) {
        long h = 0xcbf29ce484222325L;
        for (int i = 0; i < id.length(); i++) {
            h ^= id.charAt(i);
            h *= 0x100000001b3L;
        }
        h ^= h >>> 31;
        return h == 0 ? 1 : h;
    }

    /** The map key of a content hash: its first 64 bits; never 0. */
    static long shaKey(byte[] sha) {
        long h = 0;
        for (int i = 0; i < 8; i++) {
            h = (h << 8) | (sha[i] & 0xff);
        }
        return h == 0 ? 1 : h;
    }

    static String hex(byte[] sha) {
        return HEX.formatHex(sha);
    }

    /** The 32 bytes of a SHA-256 in hex, or null if {@code hex} is not one. */
    static byte[] parseSha(String hex) {
        if (hex == null || hex.length() != 64) {
            return null;
        }
        try {
            return HEX.parseHex(hex.toLowerCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
