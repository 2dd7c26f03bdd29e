package dossier.extract.internal;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The charset a page's bytes are really in. Declarations lie often (a template's {@code utf-8} over
 * bytes saved as Latin-2, {@code iso-8859-1} over UTF-8) or are missing, so the bytes decide: bytes that
 * decode as UTF-8 are UTF-8; otherwise the declared charset and the common single- and double-byte
 * charsets are tried, and the one whose non-ASCII characters read as letters inside words of their own
 * script wins.
 */
public final class Charsets {

    private static final Pattern DECLARED = Pattern.compile("(?i)charset\\s*=\\s*[\"']?\\s*([\\w.:-]+)");
    /** Fallbacks when the bytes are not UTF-8: Western and Central European (Windows, ISO), then Chinese. */
    private static final List<String> GUESSES = List.of("windows-1252", "windows-1250", "ISO-8859-2", "GB18030");
    /** Stray bytes tolerated in a UTF-8 page (a truncated character, a pasted Latin-1 word). */
    private static final double INVALID_SHARE = 0.02;

    private Charsets() {
    }

    /**
     * The charset to read {@code html} with, or {@code null} when it starts with a byte-order mark (the
     * parser honours it).
     */
    public static Charset of(byte[] html) {
        if (html.length >= 2 && ((html[0] == (byte) 0xFE && html[1] == (byte) 0xFF)
                || (html[0] == (byte) 0xFF && html[1] == (byte) 0xFE))
                || html.length >= 3 && html[0] == (byte) 0xEF && html[1] == (byte) 0xBB && html[2] == (byte) 0xBF) {
            return null;
        }
        if (isMostlyUtf8(html)) {
            return StandardCharsets.UTF_8;
        }
        List<Charset> candidates = new ArrayList<>();
        Charset declared = declared(html);
        if (declared != null && !declared.equals(StandardCharsets.UTF_8)) {
            candidates.add(declared);
        }
        for (String guess : GUESSES) {
            Charset charset = Charset.forName(guess);
            if (!candidates.contains(charset)) {
                candidates.add(charset);
            }
        }
        Charset best = candidates.get(0);
        long bestScore = Long.MIN_VALUE;
        for (Charset candidate : candidates) {
            long score = readability(decode(html, candidate));
            if (score > bestScore) {
                best = candidate;
                bestScore = score;
            }
        }
        return best;
    }

    /** The charset named in the first 4 KB (meta charset or http-equiv), as browsers map the label. */
    static Charset declared(byte[] html) {
        Matcher m = DECLARED.matcher(new String(html, 0, Math.min(html.length, 4096), StandardCharsets.ISO_8859_1));
        if (!m.find()) {
            return null;
        }
        String label = m.group(1).toLowerCase(Locale.ROOT);
        // the WHATWG encoding standard reads these labels as their supersets
        label = switch (label) {
            case "iso-8859-1", "latin1", "us-ascii", "ascii", "iso8859-1" -> "windows-1252";
            case "gb2312", "gbk", "x-gbk" -> "GB18030";
            case "iso-8859-9" -> "windows-1254";
            default -> label;
        };
        try {
            return Charset.forName(label);
        } catch (IllegalArgumentException e) {
            return null; // unknown or malformed label
        }
    }

    private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
    private static final long HIGH_BITS = 0x8080808080808080L;

    /** Whether the non-ASCII bytes form valid UTF-8 sequences, but for a few strays. */
    static boolean isMostlyUtf8(byte[] bytes) {
        int valid = 0;
        int invalid = 0;
        int words = bytes.length - Long.BYTES;
        for (int i = 0; i < bytes.length;) {
            if (i <= words && ((long) LONGS.get(bytes, i) & HIGH_BITS) == 0) {
                i += Long.BYTES; // eight ASCII bytes at once: most of any page is markup
                continue;
            }
            int b = bytes[i] & 0xFF;
            if (b < 0x80) {
                i++;
                continue;
            }
            int length = b >= 0xF0 && b <= 0xF4 ? 4 : b >= 0xE0 ? 3 : b >= 0xC2 && b <= 0xDF ? 2 : 0;
            boolean ok = length > 0 && i + length <= bytes.length;
            for (int k = 1; ok && k < length; k++) {
                ok = (bytes[i + k] & 0xC0) == 0x80;
            }
            if (ok) {
                valid++;
                i += length;
            } else {
                invalid++;
                i++;
            }
        }
        return invalid <= INVALID_SHARE * (valid + invalid);
    }

    private static String decode(byte[] bytes, Charset charset) {
        try {
            return charset.newDecoder().onMalformedInput(CodingErrorAction.REPLACE)
                    .onUnmappableCharacter(CodingErrorAction.REPLACE).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (java.nio.charset.CharacterCodingException e) {
            throw new IllegalStateException(e); // cannot happen when replacing
        }
    }

    /**
     * Non-ASCII characters that are letters next to letters of their own script (or to non-letters) count
     * for a decoding; symbols, replacement characters, letters wedged between letters of another script and
     * accented Latin letters between two others count against it.
     */
    static long readability(String text) {
        long score = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x80) {
                continue;
            }
            if (c <= 0x9f) {
                // C1 control characters are no text: the bytes were typographic punctuation in another charset
                score -= 3;
                continue;
            }
            if (!Character.isLetter(c)) {
                score--;
                continue;
            }
            if (!isLetter(text, i - 1) && !isLetter(text, i + 1)) {
                score--; // a letter standing alone is a symbol of another charset (©, ») more often than a word
                continue;
            }
            Character.UnicodeScript script = Character.UnicodeScript.of(c);
            boolean fits = fits(text, i - 1, script) && fits(text, i + 1, script);
            if (fits && script == Character.UnicodeScript.LATIN) {
                // accented Latin letters stand among ASCII ones; runs of them are bytes of another charset
                fits = !isNonAsciiLetter(text, i - 1) || !isNonAsciiLetter(text, i + 1);
            }
            score += fits ? 1 : -1;
        }
        return score;
    }

    private static boolean isLetter(String text, int i) {
        return i >= 0 && i < text.length() && Character.isLetter(text.charAt(i));
    }

    private static boolean isNonAsciiLetter(String text, int i) {
        return i >= 0 && i < text.length() && text.charAt(i) >= 0x80 && Character.isLetter(text.charAt(i));
    }

    private static boolean fits(String text, int i, Character.UnicodeScript script) {
        if (i < 0 || i >= text.length() || !Character.isLetter(text.charAt(i))) {
            return true;
        }
        return Character.UnicodeScript.of(text.charAt(i)) == script;
    }
}
