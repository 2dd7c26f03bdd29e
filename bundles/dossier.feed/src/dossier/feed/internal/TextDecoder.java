package dossier.feed.internal;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Decodes a feed's bytes: a byte order mark wins, then the charset of an HTTP Content-Type (where the caller
 * has one), then the XML declaration's encoding (with UTF-16/32 recognised from the first bytes), else UTF-8;
 * bytes that are not valid in the chosen charset fall back to windows-1252 (for a UTF-8 guess) or are
 * replaced, with a warning.
 */
public final class TextDecoder {

    private static final Pattern XML_ENCODING = Pattern
            .compile("^\\s*<\\?xml[^>]*?encoding\\s*=\\s*[\"']([A-Za-z0-9._:\\-]+)[\"']");
    private static final Pattern CHARSET_PARAM = Pattern.compile("(?i)charset\\s*=\\s*[\"']?([A-Za-z0-9._:\\-]+)");
    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    private TextDecoder() {
    }

    /** The decoded text, without a byte order mark. */
    public static String decode(byte[] bytes, String contentType, List<String> warnings) {
        int n = bytes.length;
        int b0 = n > 0 ? bytes[0] & 0xff : -1, b1 = n > 1 ? bytes[1] & 0xff : -1;
        int b2 = n > 2 ? bytes[2] & 0xff : -1, b3 = n > 3 ? bytes[3] & 0xff : -1;
        // 1. byte order marks
        if (b0 == 0xEF && b1 == 0xBB && b2 == 0xBF) {
            return decodeWith(bytes, 3, StandardCharsets.UTF_8, warnings, true);
        }
        if (b0 == 0 && b1 == 0 && b2 == 0xFE && b3 == 0xFF) {
            return decodeWith(bytes, 4, Charset.forName("UTF-32BE"), warnings, false);
        }
        if (b0 == 0xFF && b1 == 0xFE && b2 == 0 && b3 == 0) {
            return decodeWith(bytes, 4, Charset.forName("UTF-32LE"), warnings, false);
        }
        if (b0 == 0xFE && b1 == 0xFF) {
            return decodeWith(bytes, 2, StandardCharsets.UTF_16BE, warnings, false);
        }
        if (b0 == 0xFF && b1 == 0xFE) {
            return decodeWith(bytes, 2, StandardCharsets.UTF_16LE, warnings, false);
        }
        // 2. an explicit charset from the transport
        Charset http = contentType == null ? null : charsetParam(contentType, warnings);
        // 3. UTF-16/32 without a byte order mark, recognised by how "<" is encoded
        Charset family = null;
        if (b0 == 0 && b1 == 0 && b2 == 0 && b3 == '<') {
            family = Charset.forName("UTF-32BE");
        } else if (b0 == '<' && b1 == 0 && b2 == 0 && b3 == 0) {
            family = Charset.forName("UTF-32LE");
        } else if (b0 == 0 && b1 == '<') {
            family = StandardCharsets.UTF_16BE;
        } else if (b0 == '<' && b1 == 0) {
            family = StandardCharsets.UTF_16LE;
        }
        if (http != null && (family == null || http.name().startsWith("UTF-16") || http.name().startsWith("UTF-32"))) {
            return decodeWith(bytes, 0, http, warnings, http.equals(StandardCharsets.UTF_8));
        }
        if (family != null) {
            return decodeWith(bytes, 0, family, warnings, false);
        }
        // 4. the XML declaration
        String head = new String(bytes, 0, Math.min(n, 512), StandardCharsets.ISO_8859_1);
        Matcher m = XML_ENCODING.matcher(head);
        if (m.find()) {
            Charset declared = lookup(m.group(1), warnings);
            if (declared != null) {
                if (declared.name().startsWith("UTF-16") || declared.name().startsWith("UTF-32")) {
                    // declared as 16/32 bits but the bytes are ASCII-compatible: the declaration is wrong
                    warnings.add("the XML declaration says " + m.group(1) + " but the document is 8-bit; read as UTF-8");
                    return decodeWith(bytes, 0, StandardCharsets.UTF_8, warnings, true);
                }
                return decodeWith(bytes, 0, declared, warnings, declared.equals(StandardCharsets.UTF_8));
            }
        }
        // 5. the XML default
        return decodeWith(bytes, 0, StandardCharsets.UTF_8, warnings, true);
    }

    /** The charset named by a Content-Type's charset parameter, or null. */
    static Charset charsetParam(String contentType, List<String> warnings) {
        Matcher m = CHARSET_PARAM.matcher(contentType);
        return m.find() ? lookup(m.group(1), warnings) : null;
    }

    /** A charset by name, widened as browsers do (gb2312 to GB18030, latin-1 and ASCII to windows-1252). */
    static Charset lookup(String name, List<String> warnings) {
        String n = name.toLowerCase(Locale.ROOT);
        switch (n) {
        case "gb2312", "gbk", "x-gbk", "csgb2312", "euc-cn":
            n = "GB18030";
            break;
        case "iso-8859-1", "latin1", "latin-1", "iso8859-1", "iso_8859-1", "us-ascii", "ascii", "ansi_x3.4-1968":
            n = "windows-1252";
            break;
        case "utf8":
            n = "UTF-8";
            break;
        default:
            break;
        }
        try {
            return Charset.forName(n);
        } catch (RuntimeException e) {
            warnings.add("unknown encoding \"" + name + "\"; guessed instead");
            return null;
        }
    }

    private static String decodeWith(byte[] bytes, int offset, Charset cs, List<String> warnings, boolean fallback) {
        ByteBuffer in = ByteBuffer.wrap(bytes, offset, bytes.length - offset);
        try {
            CharBuffer out = cs.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(in);
            return stripBom(out.toString());
        } catch (CharacterCodingException e) {
            if (fallback) {
                warnings.add("the document is not valid " + cs.name() + "; invalid bytes read as windows-1252");
                return stripBom(mixedUtf8(bytes, offset));
            }
            warnings.add("the document has bytes that are not valid " + cs.name() + "; they were replaced");
            return stripBom(new String(bytes, offset, bytes.length - offset, cs));
        }
    }

    /** UTF-8 where the bytes are valid UTF-8, windows-1252 for each byte where they are not. */
    static String mixedUtf8(byte[] b, int offset) {
        StringBuilder out = new StringBuilder(b.length);
        int i = offset;
        while (i < b.length) {
            int c = b[i] & 0xff;
            int len = c < 0x80 ? 1 : c >= 0xC2 && c <= 0xDF ? 2 : c >= 0xE0 && c <= 0xEF ? 3 : c >= 0xF0 && c <= 0xF4 ? 4 : 0;
            if (len == 1) {
                out.append((char) c);
                i++;
                continue;
            }
            if (len > 1 && i + len <= b.length) {
                try {
                    String s = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                            .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(b, i, len))
                            .toString();
                    out.append(s);
                    i += len;
                    continue;
                } catch (CharacterCodingException e) {
                    // not a valid sequence: fall through to windows-1252
                }
            }
            out.append(new String(b, i, 1, WINDOWS_1252));
            i++;
        }
        return out.toString();
    }

    private static String stripBom(String s) {
        return !s.isEmpty() && s.charAt(0) == '\uFEFF' ? s.substring(1) : s;
    }
}
