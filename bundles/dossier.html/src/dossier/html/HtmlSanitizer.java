package dossier.html;

import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Entities;
import org.jsoup.safety.Cleaner;
import org.jsoup.safety.Safelist;

/**
 * Turns untrusted HTML (feed content, article bodies) into HTML that Dossier can render safely.
 *
 * <p>
 * An allow-list, never a block-list: what is not named here is dropped. Elements that carry code or
 * change how the rest is parsed ({@code script}, {@code style}, {@code iframe}, {@code object}, {@code svg},
 * {@code math}, {@code template}, {@code noscript}, {@code textarea}, forms ...) are removed together
 * with their content; other unknown elements are unwrapped (their text is kept). No event handlers,
 * no {@code style} attributes, no classes or ids. {@code href}, {@code src} and {@code cite} are made
 * absolute against the base URL and kept only for {@code http}, {@code https} (and {@code mailto} in
 * links), judged on the URL as a browser would read it (entities decoded, whitespace and control
 * characters ignored, any case). Links get {@code rel="nofollow noopener"}.
 *
 * <p>
 * The result is serialised by jsoup from a clean tree of allowed elements only, so text is escaped
 * and there is no raw-text or foreign (SVG/MathML) context left in which a browser's re-parse could
 * turn text into markup (mutation XSS).
 */
public final class HtmlSanitizer {

    /** Removed with everything inside them. */
    private static final List<String> DROP_WITH_CONTENT = List.of("script", "style", "iframe", "frame", "frameset",
            "object", "embed", "applet", "param", "form", "input", "button", "select", "option", "textarea", "meta",
            "link", "base", "basefont", "noscript", "noembed", "noframes", "template", "svg", "math", "xmp", "plaintext",
            "listing", "title", "head", "audio", "video", "source", "track", "canvas", "portal", "dialog", "xml",
            "layer", "ilayer", "bgsound", "isindex", "keygen", "marquee", "blink");

    private static final Set<String> URL_ATTRIBUTES = Set.of("href", "src", "cite");

    private static final Safelist SAFELIST = new Safelist()
            .addTags("p", "br", "hr", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "li", "dl", "dt", "dd",
                    "blockquote", "q", "pre", "code", "kbd", "samp", "var", "em", "strong", "b", "i", "u", "s",
                    "strike", "del", "ins", "mark", "small", "sub", "sup", "abbr", "cite", "dfn", "a", "img", "figure",
                    "figcaption", "table", "caption", "colgroup", "col", "thead", "tbody", "tfoot", "tr", "th", "td",
                    "span", "div")
            .addAttributes("a", "href", "title")
            .addAttributes("img", "src", "alt", "title", "width", "height")
            .addAttributes("blockquote", "cite")
            .addAttributes("q", "cite")
            .addAttributes("abbr", "title")
            .addAttributes("ol", "start")
            .addAttributes("th", "colspan", "rowspan", "scope")
            .addAttributes("td", "colspan", "rowspan")
            .addAttributes("col", "span")
            .addAttributes("colgroup", "span")
            .addProtocols("a", "href", "http", "https", "mailto")
            .addProtocols("img", "src", "http", "https")
            .addProtocols("blockquote", "cite", "http", "https")
            .addProtocols("q", "cite", "http", "https")
            .addEnforcedAttribute("a", "rel", "nofollow noopener")
            .preserveRelativeLinks(false);

    private HtmlSanitizer() {
    }

    /**
     * Sanitises {@code html}.
     *
     * @param html    untrusted HTML (a fragment or a whole document); {@code null} gives ""
     * @param baseUrl the URL relative links are resolved against (an http or https URL), or {@code null}:
     *                then relative links are dropped
     * @return safe HTML (a body fragment)
     */
    public static String sanitize(String html, String baseUrl) {
        if (html == null || html.isBlank()) {
            return "";
        }
        String base = httpBase(baseUrl);
        Document dirty = Jsoup.parseBodyFragment(html, base);
        // the whole document, not just the body: parseBodyFragment keeps stray head content out of the body anyway
        dirty.select(String.join(",", DROP_WITH_CONTENT)).remove();
        // foreign or namespaced elements (e.g. "svg:script", "x:onload") are never rendered as HTML by us
        for (Element e : dirty.body().getAllElements()) {
            if (e != dirty.body() && e.tagName().indexOf(':') >= 0) {
                e.remove();
            }
        }
        Document clean = new Cleaner(SAFELIST).clean(dirty);
        for (Element e : clean.body().getAllElements()) {
            for (Attribute a : List.copyOf(e.attributes().asList())) {
                String key = a.getKey().toLowerCase(Locale.ROOT);
                if (key.startsWith("on") || key.equals("style") || key.startsWith("xmlns") || key.indexOf(':') >= 0) {
                    e.removeAttr(a.getKey());
                } else if (URL_ATTRIBUTES.contains(key) && !isSafeUrl(a.getValue(), e.normalName().equals("a"))) {
                    e.removeAttr(a.getKey());
                }
            }
            if (e.normalName().equals("img") && !e.hasAttr("src")) {
                e.remove();
            }
        }
        clean.outputSettings().prettyPrint(false).escapeMode(Entities.EscapeMode.base).charset("UTF-8");
        return clean.body().html();
    }

    /**
     * Whether {@code url} is an absolute http or https URL (or mailto where {@code mailto} is true), judged
     * after removing whitespace and control characters as browsers do.
     */
    static boolean isSafeUrl(String url, boolean mailto) {
        if (url == null) {
            return false;
        }
        StringBuilder b = new StringBuilder(url.length());
        for (int i = 0; i < url.length(); i++) {
            char c = url.charAt(i);
            if (c > ' ' && !(c >= 0x7f && c <= 0x9f) && !Character.isWhitespace(c) && !Character.isSpaceChar(c)
                    && Character.getType(c) != Character.FORMAT) {
                b.append(c);
            }
        }
        String u = b.toString().toLowerCase(Locale.ROOT);
        if (mailto && u.startsWith("mailto:")) {
            return true;
        }
        if (!(u.startsWith("http://") || u.startsWith("https://"))) {
            return false;
        }
        try {
            URI uri = new URI(url.strip());
            String scheme = uri.getScheme();
            return scheme != null && (scheme.equalsIgnoreCase("http") || scheme.equalsIgnoreCase("https"));
        } catch (Exception e) {
            // not parseable as a URI (e.g. spaces): the normalised prefix check above already passed
            return true;
        }
    }

    private static String httpBase(String baseUrl) {
        if (baseUrl == null || baseUrl.isBlank()) {
            return "";
        }
        String b = baseUrl.strip();
        return isSafeUrl(b, false) ? b : "";
    }
}
