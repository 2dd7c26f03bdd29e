package dossier.report;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Escaping and formatting for the XHTML report: every text from users and sources goes through here. */
final class Markup {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'", Locale.ROOT)
            .withZone(ZoneOffset.UTC);

    private Markup() {
    }

    /** {@code text} as XML character data or attribute value; characters XML 1.0 cannot hold are dropped. */
    static String escape(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
            case '<' -> out.append("&lt;");
            case '>' -> out.append("&gt;");
            case '&' -> out.append("&amp;");
            case '"' -> out.append("&quot;");
            case '\'' -> out.append("&#39;");
            default -> {
                boolean pair = Character.isHighSurrogate(c) && i + 1 < text.length()
                        && Character.isLowSurrogate(text.charAt(i + 1));
                if (pair) {
                    out.append(c).append(text.charAt(++i));
                } else if (c == '\t' || c == '\n' || c == '\r' || c >= 0x20 && c <= 0xD7FF
                        || c >= 0xE000 && c <= 0xFFFD) {
                    out.append(c);
                }
            }
            }
        }
        return out.toString();
    }

    /** Escaped text whose line breaks survive in XHTML. */
    static String paragraphs(String text) {
        return escape(text).replace("\r\n", "\n").replace("\n", "<br/>");
    }

    /** A link to a source, only for schemes a report may point at (never javascript: or data:). */
    static boolean isLinkable(String url) {
        if (url == null) {
            return false;
        }
        String lower = url.strip().toLowerCase(Locale.ROOT);
        return lower.startsWith("http://") || lower.startsWith("https://") || lower.startsWith("file:");
    }

    static String time(Instant instant) {
        return instant == null ? "unknown" : TIME.format(instant);
    }
}
