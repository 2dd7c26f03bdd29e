package dossier.feed;

import java.io.ByteArrayOutputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.SAXException;

import dossier.feed.internal.Html;
import dossier.feed.internal.SafeXml;
import dossier.feed.internal.TextDecoder;
import dossier.feed.internal.XmlRepair;

/**
 * OPML 1.0/2.0 subscription lists. Reading goes through the same DTD-less, entity-safe parser as feeds;
 * outlines with an {@code xmlUrl} are subscriptions, the titles of the outlines around them their category
 * (joined by "/"). Writing nests subscriptions under one outline per category.
 */
public final class Opml {

    private Opml() {
    }

    public static List<Subscription> read(byte[] bytes) throws FeedException {
        if (bytes == null || bytes.length == 0) {
            throw new FeedException("not OPML: the document is empty");
        }
        List<String> warnings = new ArrayList<>();
        String xml = XmlRepair.repair(TextDecoder.decode(bytes, null, warnings).stripLeading(), warnings);
        Document doc;
        try {
            doc = SafeXml.parse(xml);
        } catch (SAXException e) {
            throw new FeedException("not OPML: not well-formed XML (" + e.getMessage().replaceAll("\\s+", " ").strip()
                    + ")", e);
        }
        Element root = doc.getDocumentElement();
        if (!"opml".equalsIgnoreCase(root.getLocalName() != null ? root.getLocalName() : root.getTagName())) {
            throw new FeedException("not OPML: the root element is <" + root.getTagName() + ">");
        }
        List<Subscription> out = new ArrayList<>();
        for (Node n = root.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element body && "body".equalsIgnoreCase(name(body))) {
                collect(body, null, out);
            }
        }
        return out;
    }

    private static void collect(Element parent, String category, List<Subscription> out) {
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (!(n instanceof Element o) || !"outline".equalsIgnoreCase(name(o))) {
                continue;
            }
            String title = Html.blankToNull(o.getAttribute("title"));
            if (title == null) {
                title = Html.blankToNull(o.getAttribute("text"));
            }
            String xmlUrl = Html.blankToNull(o.getAttribute("xmlUrl"));
            if (xmlUrl == null) {
                xmlUrl = Html.blankToNull(o.getAttribute("xmlurl"));
            }
            if (xmlUrl != null) {
                String htmlUrl = Html.blankToNull(o.getAttribute("htmlUrl"));
                out.add(new Subscription(title != null ? title : xmlUrl, xmlUrl, htmlUrl, category));
                collect(o, category, out);
            } else {
                String sub = title == null ? category : category == null ? title : category + "/" + title;
                collect(o, sub, out);
            }
        }
    }

    private static String name(Element e) {
        return e.getLocalName() != null ? e.getLocalName() : e.getTagName();
    }

    /** An OPML 2.0 document (UTF-8) listing {@code subscriptions}, grouped by category in first-seen order. */
    public static byte[] write(List<Subscription> subscriptions) {
        Map<String, List<Subscription>> byCategory = new LinkedHashMap<>();
        for (Subscription s : subscriptions) {
            String c = s.category() == null || s.category().isBlank() ? "" : s.category();
            byCategory.computeIfAbsent(c, k -> new ArrayList<>()).add(s);
        }
        StringWriter sw = new StringWriter();
        try {
            XMLStreamWriter w = XMLOutputFactory.newDefaultFactory().createXMLStreamWriter(sw);
            w.writeStartDocument("UTF-8", "1.0");
            w.writeCharacters("\n");
            w.writeStartElement("opml");
            w.writeAttribute("version", "2.0");
            w.writeCharacters("\n  ");
            w.writeStartElement("head");
            w.writeStartElement("title");
            w.writeCharacters("Dossier subscriptions");
            w.writeEndElement();
            w.writeEndElement();
            w.writeCharacters("\n  ");
            w.writeStartElement("body");
            for (Map.Entry<String, List<Subscription>> e : byCategory.entrySet()) {
                String[] path = e.getKey().isEmpty() ? new String[0] : e.getKey().split("/");
                String indent = "\n    ";
                for (String p : path) {
                    w.writeCharacters(indent);
                    w.writeStartElement("outline");
                    w.writeAttribute("text", p);
                    w.writeAttribute("title", p);
                    indent += "  ";
                }
                for (Subscription s : e.getValue()) {
                    w.writeCharacters(indent);
                    w.writeEmptyElement("outline");
                    w.writeAttribute("type", "rss");
                    String title = s.title() == null ? s.xmlUrl() : s.title();
                    w.writeAttribute("text", title);
                    w.writeAttribute("title", title);
                    w.writeAttribute("xmlUrl", s.xmlUrl());
                    if (s.htmlUrl() != null) {
                        w.writeAttribute("htmlUrl", s.htmlUrl());
                    }
                }
                for (int i = path.length; i > 0; i--) {
                    indent = indent.substring(0, indent.length() - 2);
                    w.writeCharacters(indent);
                    w.writeEndElement();
                }
            }
            w.writeCharacters("\n  ");
            w.writeEndElement();
            w.writeCharacters("\n");
            w.writeEndElement();
            w.writeEndDocument();
            w.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("OPML could not be written: " + e.getMessage(), e);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes((sw.toString() + "\n").getBytes(StandardCharsets.UTF_8));
        return out.toByteArray();
    }
}
