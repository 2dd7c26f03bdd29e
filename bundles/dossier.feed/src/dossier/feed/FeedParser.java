package dossier.feed;

import java.util.ArrayList;
import java.util.List;

import org.w3c.dom.Document;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

import dossier.feed.internal.JsonFeedReader;
import dossier.feed.internal.LenientFeedReader;
import dossier.feed.internal.RomeReader;
import dossier.feed.internal.SafeXml;
import dossier.feed.internal.Text;
import dossier.feed.internal.TextDecoder;
import dossier.feed.internal.XmlRepair;

/**
 * Reads RSS 0.9x/1.0/2.0, Atom 0.3/1.0 and JSON Feed 1.0/1.1 from untrusted bytes.
 *
 * <ol>
 * <li>The bytes are decoded (byte order mark, then the transport's charset, then the XML declaration, else
 * UTF-8 with a windows-1252 fallback for invalid bytes).</li>
 * <li>A document starting with <code>{</code> is JSON Feed (Gson).</li>
 * <li>XML is repaired ({@link XmlRepair}: the DOCTYPE removed, undeclared entities and bare ampersands fixed)
 * and parsed by the JDK parser with DTDs and external entities refused ({@link SafeXml}); the DOM goes to ROME.</li>
 * <li>XML that is still not well-formed, or that ROME does not recognise, is read leniently with jsoup's XML
 * parser; a warning says so.</li>
 * </ol>
 * Nothing here opens a file or a URL. A document that is not a feed raises {@link FeedException}.
 */
public final class FeedParser {

    private FeedParser() {
    }

    /** Parses a feed fetched from {@code url} (used to resolve relative links; may be null). */
    public static ParsedFeed parse(byte[] bytes, String url) throws FeedException {
        return parse(bytes, url, null);
    }

    /**
     * Parses a feed whose HTTP Content-Type was {@code contentType} (its charset overrides the XML declaration, as
     * for XML served over HTTP; may be null).
     */
    public static ParsedFeed parse(byte[] bytes, String url, String contentType) throws FeedException {
        if (bytes == null || bytes.length == 0) {
            throw new FeedException("not a feed: the document is empty");
        }
        List<String> warnings = new ArrayList<>();
        String text = TextDecoder.decode(bytes, contentType, warnings);
        String trimmed = text.stripLeading();
        if (trimmed.isEmpty()) {
            throw new FeedException("not a feed: the document is blank");
        }
        if (trimmed.charAt(0) == '{' || trimmed.charAt(0) == '[') {
            return JsonFeedReader.read(trimmed, url, warnings);
        }
        if (trimmed.charAt(0) != '<') {
            throw new FeedException("not a feed: the document is neither XML nor JSON (it starts with \""
                    + oneLine(trimmed.substring(0, Math.min(20, trimmed.length()))) + "\")");
        }
        String xml = XmlRepair.repair(trimmed, warnings);
        Document dom = null;
        try {
            dom = SafeXml.parse(xml);
        } catch (SAXException e) {
            warnings.add("not well-formed XML" + where(e) + ": " + oneLine(e.getMessage()) + "; read leniently");
        }
        if (dom != null) {
            try {
                ParsedFeed feed = RomeReader.read(dom, url, warnings);
                if (!feed.entries().isEmpty()) {
                    return Text.repair(feed);
                }
                // ROME found no entries: a liberal reader may (e.g. Atom with RSS-style <item> elements)
                ParsedFeed lenient = LenientFeedReader.read(xml, url, new ArrayList<>(warnings));
                if (lenient == null || lenient.entries().isEmpty()) {
                    return Text.repair(feed);
                }
                warnings.add("entries found only by the lenient reader (non-standard element names)");
                return Text.repair(new ParsedFeed(feed.title(), feed.siteUrl(), feed.feedType(), lenient.entries(),
                        warnings));
            } catch (com.rometools.rome.io.FeedException | RuntimeException e) {
                warnings.add("ROME could not read it (" + oneLine(e.getMessage()) + "); read leniently");
            }
        }
        ParsedFeed lenient;
        try {
            lenient = LenientFeedReader.read(xml, url, warnings);
        } catch (RuntimeException e) {
            throw new FeedException("not a feed: unreadable XML (" + oneLine(e.getMessage()) + ")", e);
        }
        if (lenient == null) {
            String root = dom != null ? dom.getDocumentElement().getTagName() : null;
            throw new FeedException(root != null ? "not a feed: the root element is <" + root + ">"
                    : "not a feed: no rss, rdf:RDF, channel or feed element");
        }
        return Text.repair(lenient);
    }

    private static String where(SAXException e) {
        return e instanceof SAXParseException p && p.getLineNumber() > 0 ? " (line " + p.getLineNumber() + ")" : "";
    }

    static String oneLine(String s) {
        return s == null ? "" : s.replaceAll("\\s+", " ").strip();
    }
}
