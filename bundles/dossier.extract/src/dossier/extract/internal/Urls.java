package dossier.extract.internal;

import java.net.MalformedURLException;
import java.net.URL;
import java.util.regex.Pattern;

import org.jsoup.nodes.Element;

/**
 * A link's URL on a page read without a base URL, as {@link Element#absUrl} has it. jsoup resolves against the empty
 * base by first failing to read it, an exception with its stack trace for each link, and then reads the value alone;
 * this is that second step, taken directly ({@code UrlsTest} holds it to jsoup's result).
 */
public final class Urls {

    // as jsoup's StringUtil has them
    private static final Pattern CONTROL_CHARS = Pattern.compile("[\\x00-\\x1f]*");
    private static final Pattern VALID_URI_SCHEME = Pattern.compile("^[a-zA-Z][a-zA-Z0-9+-.]*:");

    private Urls() {
    }

    /**
     * The element's URL attribute resolved as {@link Element#absUrl} resolves it, an empty string when it does not
     * resolve; without a base URL, by {@link #withoutBase}.
     */
    public static String absolute(Element e, String key) {
        return e.baseUri().isEmpty() ? withoutBase(e.attr(key)) : e.absUrl(key);
    }

    /** The value as an absolute URL, or an empty string when it is not one (relative, or an HTTP URL without host). */
    public static String withoutBase(String value) {
        String url = CONTROL_CHARS.matcher(value).replaceAll("");
        if (url.indexOf(':') < 0) {
            return ""; // no scheme: Java cannot read it, and it names none
        }
        try {
            URL absolute = new URL(url);
            if (!(isHttp(absolute.getProtocol()) && absolute.getHost().isEmpty())) {
                return absolute.toExternalForm();
            }
        } catch (MalformedURLException e) {
            // not a URL Java reads: kept when it names a scheme other than HTTP's (mailto:, tel:, data:...)
        }
        int colon = url.indexOf(':');
        boolean http = colon > 0 && isHttp(url.substring(0, colon));
        return VALID_URI_SCHEME.matcher(url).find() && !http ? url : "";
    }

    private static boolean isHttp(String scheme) {
        return scheme.equalsIgnoreCase("http") || scheme.equalsIgnoreCase("https");
    }
}
