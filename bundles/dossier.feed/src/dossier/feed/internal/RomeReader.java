package dossier.feed.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Locale;

import com.rometools.rome.feed.synd.SyndCategory;
import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.feed.synd.SyndPerson;
import com.rometools.rome.io.SyndFeedInput;

import dossier.feed.FeedEntry;
import dossier.feed.ParsedFeed;

/**
 * Well-formed RSS and Atom through ROME. ROME is handed a DOM that {@link SafeXml} built, so ROME never parses
 * bytes itself; its own parser set-up (doctypes refused by default in 2.x) is a second line that is not reached.
 *
 * <p>
 * ROME finds its parsers through {@code com/rometools/rome/rome.properties}, loaded with
 * {@code ConfigurableClassLoader}, which in ROME 2.x defaults to ROME's own class loader (not the thread's
 * context class loader): inside OSGi that is ROME's bundle class loader, which sees its own properties and
 * parser classes. Plugins in other bundles (an extra {@code rome.properties}) would not be seen; Dossier uses
 * none.
 */
public final class RomeReader {

    private RomeReader() {
    }

    public static ParsedFeed read(org.w3c.dom.Document dom, String url, List<String> warnings)
            throws com.rometools.rome.io.FeedException {
        SyndFeedInput input = new SyndFeedInput();
        input.setAllowDoctypes(false);
        input.setPreserveWireFeed(false);
        SyndFeed feed = input.build(dom);
        String siteUrl = Html.resolve(url, feed.getLink());
        String base = siteUrl != null ? siteUrl : url;
        String language = Html.blankToNull(feed.getLanguage());
        List<FeedEntry> entries = new ArrayList<>();
        for (SyndEntry e : feed.getEntries()) {
            String link = Html.resolve(base, e.getLink());
            if (link == null && e.getLinks() != null && !e.getLinks().isEmpty()) {
                link = Html.resolve(base, e.getLinks().get(0).getHref());
            }
            boolean atom = feed.getFeedType() != null && feed.getFeedType().startsWith("atom");
            String summary = html(e.getDescription(), atom);
            String content = null;
            if (e.getContents() != null) {
                StringBuilder b = new StringBuilder();
                for (SyndContent c : e.getContents()) {
                    String h = html(c, atom);
                    if (h != null) {
                        b.append(b.length() > 0 ? "\n" : "").append(h);
                    }
                }
                content = Html.blankToNull(b.toString());
            }
            String title = Html.blankToNull(e.getTitle());
            if (title != null && e.getTitleEx() != null && isMarkup(e.getTitleEx().getType())) {
                title = Html.blankToNull(Html.text(title));
            }
            String author = Html.blankToNull(e.getAuthor());
            if (author == null && e.getAuthors() != null) {
                for (SyndPerson p : e.getAuthors()) {
                    author = Html.blankToNull(p.getName());
                    if (author != null) {
                        break;
                    }
                }
            }
            List<String> categories = new ArrayList<>();
            if (e.getCategories() != null) {
                for (SyndCategory c : e.getCategories()) {
                    String name = Html.blankToNull(c.getName());
                    if (name != null) {
                        categories.add(name);
                    }
                }
            }
            String best = content != null ? content : summary;
            String id = Html.blankToNull(e.getUri());
            entries.add(new FeedEntry(id != null ? id : link, link, title, author, instant(e.getPublishedDate()),
                    instant(e.getUpdatedDate()), summary, content, best != null ? Html.text(best) : title,
                    categories, language));
        }
        return new ParsedFeed(Html.blankToNull(feed.getTitle()), siteUrl, feed.getFeedType(), entries, warnings);
    }

    /** Content as HTML; in Atom a missing type means text (RFC 4287 3.1.1). */
    private static String html(SyndContent c, boolean atom) {
        if (c == null || c.getValue() == null) {
            return null;
        }
        String v = c.getValue();
        String type = c.getType() == null ? (atom ? "text" : "") : c.getType().toLowerCase(Locale.ROOT);
        if (type.equals("text") || type.equals("text/plain")) {
            return Html.blankToNull(Html.escape(v));
        }
        return Html.blankToNull(v);
    }

    private static boolean isMarkup(String type) {
        return type != null && (type.contains("html") || type.contains("xml"));
    }

    private static Instant instant(Date d) {
        return d == null ? null : d.toInstant();
    }
}
