package dossier.feed.internal;

import java.net.URI;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Entities;

/** Small HTML and URL helpers for feed fields. */
public final class Html {

    private Html() {
    }

    /** Plain text as HTML. */
    public static String escape(String text) {
        return text == null ? null : Entities.escape(text);
    }

    /** The text a reader sees in {@code html}, whitespace normalised. */
    public static String text(String html) {
        if (html == null || html.isBlank()) {
            return html == null ? null : "";
        }
        if (html.indexOf('<') < 0 && html.indexOf('&') < 0) {
            return html.strip().replaceAll("\\s+", " ");
        }
        return Jsoup.parseBodyFragment(html).body().text();
    }

    /** {@code s} with leading/trailing whitespace removed, or null when nothing is left. */
    public static String blankToNull(String s) {
        if (s == null) {
            return null;
        }
        String t = s.strip();
        return t.isEmpty() ? null : t;
    }

    /** {@code url} resolved against {@code base} where both allow it; otherwise {@code url} as given. */
    public static String resolve(String base, String url) {
        String u = blankToNull(url);
        if (u == null || base == null) {
            return u;
        }
        try {
            URI b = new URI(base.strip());
            if (!b.isAbsolute()) {
                return u;
            }
            URI r = b.resolve(new URI(u));
            return r.toString();
        } catch (Exception e) {
            return u;
        }
    }
}
