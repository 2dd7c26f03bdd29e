package dossier.feed.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;

import dossier.feed.FeedEntry;
import dossier.feed.ParsedFeed;

/**
 * Reads RSS and Atom from XML that is not well-formed, with jsoup's forgiving XML parser (which never loads a
 * DTD or an entity from anywhere), picking items and entries out by element name.
 */
public final class LenientFeedReader {

    private LenientFeedReader() {
    }

    /** The feed, or null when the document has no feed root (rss, rdf:RDF, channel or feed). */
    public static ParsedFeed read(String text, String url, List<String> warnings) {
        Document doc = Jsoup.parse(text, url == null ? "" : url, Parser.xmlParser());
        Element root = null;
        for (Element e : doc.getAllElements()) {
            String n = local(e);
            if (n.equals("rss") || n.equals("rdf") || n.equals("feed") || n.equals("channel")) {
                root = e;
                break;
            }
        }
        if (root == null) {
            return null;
        }
        boolean atom = local(root).equals("feed");
        Element channel = atom ? root : first(root, "channel");
        if (channel == null) {
            channel = root;
        }
        String feedTitle = textOf(child(channel, "title"));
        String siteUrl = atom ? atomLink(channel) : textOf(child(channel, "link"));
        String language = textOf(child(channel, "language"));
        if (language == null) {
            language = Html.blankToNull(root.attr("xml:lang"));
        }
        String base = siteUrl != null ? Html.resolve(url, siteUrl) : url;
        List<FeedEntry> entries = new ArrayList<>();
        for (Element e : root.getAllElements()) {
            String n = local(e);
            if (!(n.equals("item") || n.equals("entry"))) {
                continue;
            }
            String title = textOf(child(e, "title"));
            if (title != null && title.indexOf('<') >= 0) {
                title = Html.text(title);
            }
            String link = atomLink(e);
            if (link == null) {
                link = textOf(child(e, "link"));
            }
            link = Html.resolve(base, link);
            String id = textOf(child(e, "guid", "id"));
            String summary = htmlOf(child(e, "description", "summary", "tagline"));
            String content = htmlOf(child(e, "encoded", "content", "body", "fullitem"));
            Element authorEl = child(e, "author", "creator");
            String author = null;
            if (authorEl != null) {
                Element name = child(authorEl, "name");
                author = name != null ? textOf(name) : textOf(authorEl);
            }
            List<String> categories = new ArrayList<>();
            for (Element c : e.children()) {
                String cn = local(c);
                if (cn.equals("category") || cn.equals("subject")) {
                    String term = Html.blankToNull(c.attr("term"));
                    String v = term != null ? term : textOf(c);
                    if (v != null) {
                        categories.add(v);
                    }
                }
            }
            String best = content != null ? content : summary;
            String itemLang = Html.blankToNull(e.attr("xml:lang"));
            entries.add(new FeedEntry(id != null ? id : link, link, title, author,
                    Dates.parse(textOf(child(e, "pubDate", "published", "issued", "date", "created"))),
                    Dates.parse(textOf(child(e, "updated", "modified"))), summary, content,
                    best != null ? Html.text(best) : title, categories, itemLang != null ? itemLang : language));
        }
        return new ParsedFeed(feedTitle, Html.resolve(url, siteUrl), atom ? "recovered_atom" : "recovered_rss", entries,
                warnings);
    }

    private static String local(Element e) {
        String n = e.tagName();
        int colon = n.lastIndexOf(':');
        return (colon >= 0 ? n.substring(colon + 1) : n).toLowerCase(Locale.ROOT);
    }

    private static Element first(Element root, String name) {
        for (Element e : root.getAllElements()) {
            if (local(e).equals(name)) {
                return e;
            }
        }
        return null;
    }

    private static Element child(Element parent, String... names) {
        for (String name : names) {
            for (Element c : parent.children()) {
                if (local(c).equals(name.toLowerCase(Locale.ROOT))) {
                    return c;
                }
            }
        }
        return null;
    }

    private static String atomLink(Element parent) {
        for (Element c : parent.children()) {
            if (local(c).equals("link") && c.hasAttr("href")) {
                String rel = c.attr("rel");
                if (rel.isEmpty() || rel.equals("alternate")) {
                    return Html.blankToNull(c.attr("href"));
                }
            }
        }
        return null;
    }

    private static String textOf(Element e) {
        return e == null ? null : Html.blankToNull(e.wholeText());
    }

    /** An element's content as HTML: escaped or CDATA HTML is its text; inline (X)HTML is its markup. */
    private static String htmlOf(Element e) {
        if (e == null) {
            return null;
        }
        if (!e.children().isEmpty()) {
            return Html.blankToNull(e.html());
        }
        String type = e.attr("type").toLowerCase(Locale.ROOT);
        String t = e.wholeText();
        if (type.equals("text") || type.equals("text/plain")) {
            return Html.blankToNull(Html.escape(t));
        }
        return Html.blankToNull(t);
    }
}
