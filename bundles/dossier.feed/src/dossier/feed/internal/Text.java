package dossier.feed.internal;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import dossier.feed.FeedEntry;
import dossier.feed.ParsedFeed;

/**
 * Repairs double-encoded text ("mojibake"): UTF-8 that was read as windows-1252 (or Latin-1) and encoded again,
 * so that "…" shows as "â€¦". Only runs of characters that form a valid UTF-8 multi-byte sequence when taken as
 * windows-1252 bytes are changed, which ordinary text practically never contains.
 */
public final class Text {

    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    private Text() {
    }

    public static ParsedFeed repair(ParsedFeed f) {
        List<FeedEntry> entries = new ArrayList<>(f.entries().size());
        boolean changed = false;
        for (FeedEntry e : f.entries()) {
            FeedEntry r = new FeedEntry(e.id(), e.url(), fix(e.title()), fix(e.authorName()), e.published(),
                    e.updated(), fix(e.summaryHtml()), fix(e.contentHtml()), fix(e.text()), e.categories(),
                    e.language());
            changed |= !r.equals(e);
            entries.add(r);
        }
        String title = fix(f.title());
        changed |= title != null && !title.equals(f.title());
        if (!changed) {
            return f;
        }
        List<String> warnings = new ArrayList<>(f.warnings());
        warnings.add("double-encoded UTF-8 was repaired");
        return new ParsedFeed(title, f.siteUrl(), f.feedType(), entries, warnings);
    }

    /** {@code s} with double-encoded UTF-8 sequences decoded. */
    public static String fix(String s) {
        if (s == null) {
            return null;
        }
        StringBuilder out = null;
        int i = 0, n = s.length();
        while (i < n) {
            int b0 = byteOf(s.charAt(i));
            int len = b0 >= 0xC2 && b0 <= 0xDF ? 2 : b0 >= 0xE0 && b0 <= 0xEF ? 3 : b0 >= 0xF0 && b0 <= 0xF4 ? 4 : 0;
            if (len > 0 && i + len <= n) {
                byte[] bytes = new byte[len];
                bytes[0] = (byte) b0;
                boolean ok = true;
                for (int k = 1; k < len && ok; k++) {
                    int b = byteOf(s.charAt(i + k));
                    ok = b >= 0x80 && b <= 0xBF;
                    bytes[k] = (byte) b;
                }
                if (ok) {
                    try {
                        String decoded = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                                .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes))
                                .toString();
                        if (out == null) {
                            out = new StringBuilder(s.length()).append(s, 0, i);
                        }
                        out.append(decoded);
                        i += len;
                        continue;
                    } catch (CharacterCodingException e) {
                        // not UTF-8 after all
                    }
                }
            }
            if (out != null) {
                out.append(s.charAt(i));
            }
            i++;
        }
        return out == null ? s : out.toString();
    }

    /** The windows-1252 (else Latin-1) byte of {@code c}, or -1. */
    private static int byteOf(char c) {
        if (c < 0x80) {
            return c;
        }
        if (c <= 0xFF) {
            return c;
        }
        CharsetEncoder enc = WINDOWS_1252.newEncoder();
        if (!enc.canEncode(c)) {
            return -1;
        }
        try {
            return enc.encode(java.nio.CharBuffer.wrap(new char[] { c })).get() & 0xff;
        } catch (CharacterCodingException e) {
            return -1;
        }
    }
}
