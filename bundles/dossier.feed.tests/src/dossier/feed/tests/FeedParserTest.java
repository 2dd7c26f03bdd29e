package dossier.feed.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

import dossier.feed.FeedEntry;
import dossier.feed.FeedException;
import dossier.feed.FeedParser;
import dossier.feed.ParsedFeed;

class FeedParserTest {

    private static ParsedFeed parse(String xml) throws FeedException {
        return FeedParser.parse(xml.getBytes(StandardCharsets.UTF_8), "https://example.com/feed.xml");
    }

    @Test
    void rss20() throws Exception {
        ParsedFeed f = parse("""
                <?xml version="1.0" encoding="UTF-8"?>
                <rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"
                     xmlns:dc="http://purl.org/dc/elements/1.1/">
                <channel><title>Brand Watch</title><link>https://example.com/</link><language>en-gb</language>
                <item><title>Launch &amp; reach</title><link>/posts/1</link><guid isPermaLink="false">p-1</guid>
                <description>&lt;p&gt;Short &lt;b&gt;summary&lt;/b&gt;&lt;/p&gt;</description>
                <content:encoded><![CDATA[<p>The <em>full</em> text.</p>]]></content:encoded>
                <dc:creator>Ada</dc:creator><category>launch</category><category>reach</category>
                <pubDate>Tue, 10 Jun 2003 04:00:00 GMT</pubDate></item>
                <item><title>Second</title><link>https://example.com/posts/2</link></item>
                </channel></rss>""");
        assertEquals("rss_2.0", f.feedType());
        assertEquals("Brand Watch", f.title());
        assertEquals("https://example.com/", f.siteUrl());
        assertEquals(2, f.entries().size());
        FeedEntry e = f.entries().get(0);
        assertEquals("p-1", e.id());
        assertEquals("https://example.com/posts/1", e.url());
        assertEquals("Launch & reach", e.title());
        assertEquals("Ada", e.authorName());
        assertEquals(Instant.parse("2003-06-10T04:00:00Z"), e.published());
        assertEquals("<p>Short <b>summary</b></p>", e.summaryHtml());
        assertEquals("<p>The <em>full</em> text.</p>", e.contentHtml());
        assertEquals("The full text.", e.text());
        assertEquals(List.of("launch", "reach"), e.categories());
        assertEquals("en-gb", e.language());
        assertEquals(List.of(), f.warnings());
    }

    @Test
    void rss10AndRss091() throws Exception {
        ParsedFeed f = parse("""
                <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/">
                <channel rdf:about="https://example.com/"><title>RDF</title><link>https://example.com/</link></channel>
                <item rdf:about="https://example.com/a"><title>A</title><link>https://example.com/a</link>
                <description>first</description></item></rdf:RDF>""");
        assertEquals("rss_1.0", f.feedType());
        assertEquals("A", f.entries().get(0).title());
        assertEquals("first", f.entries().get(0).text());
        ParsedFeed old = parse("""
                <!DOCTYPE rss PUBLIC "-//Netscape Communications//DTD RSS 0.91//EN"
                  "http://my.netscape.com/publish/formats/rss-0.91.dtd">
                <rss version="0.91"><channel><title>Old</title><link>https://example.com/</link>
                <description>d</description><language>en</language>
                <item><title>Caf&eacute;</title><link>https://example.com/c</link></item></channel></rss>""");
        assertTrue(old.feedType().startsWith("rss_0.91"), old.feedType());
        assertEquals("Caf\u00e9", old.entries().get(0).title());
        assertTrue(old.warnings().stream().anyMatch(w -> w.contains("DOCTYPE")), old.warnings().toString());
    }

    @Test
    void atom10AndAtom03() throws Exception {
        ParsedFeed f = parse("""
                <feed xmlns="http://www.w3.org/2005/Atom" xml:lang="de">
                <title type="text">Atom</title><link href="https://example.org/"/>
                <id>urn:x</id><updated>2024-05-01T10:00:00Z</updated>
                <entry><title type="html">&lt;b&gt;Bold&lt;/b&gt; move</title><id>urn:e1</id>
                <link rel="alternate" href="e1.html"/><author><name>Grace</name></author>
                <published>2024-04-30T08:00:00+02:00</published><updated>2024-05-01T10:00:00Z</updated>
                <summary>plain &lt;summary&gt;</summary>
                <content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml"><p>Hello <i>world</i></p></div></content>
                <category term="strategy"/></entry></feed>""");
        assertEquals("atom_1.0", f.feedType());
        FeedEntry e = f.entries().get(0);
        assertEquals("urn:e1", e.id());
        assertEquals("https://example.org/e1.html", e.url());
        assertEquals("Bold move", e.title());
        assertEquals("Grace", e.authorName());
        assertEquals(Instant.parse("2024-04-30T06:00:00Z"), e.published());
        assertEquals(Instant.parse("2024-05-01T10:00:00Z"), e.updated());
        assertEquals("plain &lt;summary&gt;", e.summaryHtml());
        assertTrue(e.contentHtml().contains("<i>world</i>"), e.contentHtml());
        assertEquals("Hello world", e.text());
        assertEquals(List.of("strategy"), e.categories());

        ParsedFeed old = parse("""
                <feed version="0.3" xmlns="http://purl.org/atom/ns#"><title>Old Atom</title>
                <entry><title>x</title><id>tag:x</id><issued>2004-01-01T00:00:00Z</issued>
                <content type="text/html" mode="escaped">&lt;p&gt;hi&lt;/p&gt;</content></entry></feed>""");
        assertEquals("atom_0.3", old.feedType());
        assertEquals("hi", old.entries().get(0).text());
    }

    @Test
    void jsonFeed11() throws Exception {
        ParsedFeed f = parse("""
                {"version": "https://jsonfeed.org/version/1.1", "title": "JSON", "home_page_url": "https://example.net/",
                 "language": "fr", "authors": [{"name": "Feed Author"}],
                 "items": [
                   {"id": "1", "url": "/one", "title": "One", "content_html": "<p>Un <b>deux</b></p>",
                    "summary": "s", "date_published": "2024-01-02T03:04:05Z", "tags": ["a", "b"]},
                   {"id": "2", "content_text": "just <text>", "authors": [{"name": "Zoe"}], "language": "en"}
                 ]}""");
        assertEquals("json_1.1", f.feedType());
        assertEquals("JSON", f.title());
        FeedEntry one = f.entries().get(0);
        assertEquals("https://example.net/one", one.url());
        assertEquals("<p>Un <b>deux</b></p>", one.contentHtml());
        assertEquals("Un deux", one.text());
        assertEquals("Feed Author", one.authorName());
        assertEquals("fr", one.language());
        assertEquals(List.of("a", "b"), one.categories());
        assertEquals(Instant.parse("2024-01-02T03:04:05Z"), one.published());
        FeedEntry two = f.entries().get(1);
        assertEquals("just &lt;text&gt;", two.contentHtml());
        assertEquals("just <text>", two.text());
        assertEquals("Zoe", two.authorName());
        assertEquals("en", two.language());
    }

    @Test
    void illFormedFeedsAreRecovered() throws Exception {
        ParsedFeed f = parse("""
                <rss version="2.0"><channel><title>Broken & proud</title>
                <item><title>Fish &amp; chips &nbsp;&mdash; &bogus; done</title><link>https://example.com/1</link>
                <description>a <b>bold</b> claim</description></item>
                <item><title>Unclosed<title><link>https://example.com/2</link></item>
                </channel>""");
        assertFalse(f.warnings().isEmpty());
        assertTrue(f.entries().size() >= 1, f.toString());
        assertEquals("Broken & proud", f.title());
        assertEquals("Fish & chips \u00a0\u2014 &bogus; done", f.entries().get(0).title());
    }

    @Test
    void charsets() throws Exception {
        String xml = "<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?><rss version=\"2.0\"><channel><title>t</title>"
                + "<item><title>Gr\u00fc\u00dfe \u00e0 Paris</title></item></channel></rss>";
        ParsedFeed latin = FeedParser.parse(xml.getBytes(StandardCharsets.ISO_8859_1), null);
        assertEquals("Gr\u00fc\u00dfe \u00e0 Paris", latin.entries().get(0).title());

        String utf16 = "\uFEFF<?xml version=\"1.0\" encoding=\"UTF-16\"?><rss version=\"2.0\"><channel><title>t</title>"
                + "<item><title>\u65e5\u672c\u8a9e</title></item></channel></rss>";
        ParsedFeed f16 = FeedParser.parse(utf16.getBytes(StandardCharsets.UTF_16LE), null);
        assertEquals("\u65e5\u672c\u8a9e", f16.entries().get(0).title());

        String koi = "<?xml version=\"1.0\" encoding=\"KOI8-R\"?><rss version=\"2.0\"><channel><title>t</title>"
                + "<item><title>\u041f\u0440\u0438\u0432\u0435\u0442</title></item></channel></rss>";
        assertEquals("\u041f\u0440\u0438\u0432\u0435\u0442",
                FeedParser.parse(koi.getBytes(Charset.forName("KOI8-R")), null).entries().get(0).title());

        // declared UTF-8 but with a stray windows-1252 byte (0x92, a curly apostrophe)
        byte[] head = "<rss version=\"2.0\"><channel><title>t</title><item><title>don".getBytes(StandardCharsets.UTF_8);
        byte[] tail = "t \u2013 ok</title></item></channel></rss>".getBytes(StandardCharsets.UTF_8);
        byte[] mixed = new byte[head.length + 1 + tail.length];
        System.arraycopy(head, 0, mixed, 0, head.length);
        mixed[head.length] = (byte) 0x92;
        System.arraycopy(tail, 0, mixed, head.length + 1, tail.length);
        ParsedFeed m = FeedParser.parse(mixed, null);
        assertEquals("don\u2019t \u2013 ok", m.entries().get(0).title());
        assertFalse(m.warnings().isEmpty());

        // the transport's charset overrides the XML declaration
        ParsedFeed http = FeedParser.parse(xml.getBytes(StandardCharsets.ISO_8859_1), null,
                "application/rss+xml; charset=windows-1252");
        assertEquals("Gr\u00fc\u00dfe \u00e0 Paris", http.entries().get(0).title());
    }

    @Test
    void notAFeedIsOneClearLine() {
        for (String doc : new String[] { "", "   ", "hello world", "<html><body>hi</body></html>",
                "{\"not\": \"a feed\"}", "{broken json", "\u0000\u0001\u0002" }) {
            FeedException e = assertThrows(FeedException.class,
                    () -> FeedParser.parse(doc.getBytes(StandardCharsets.UTF_8), null), doc);
            assertTrue(e.getMessage().startsWith("not a feed"), e.getMessage());
            assertFalse(e.getMessage().contains("\n"), e.getMessage());
        }
        assertThrows(FeedException.class, () -> FeedParser.parse(null, null));
    }

    @Test
    void emptyFeedHasNoEntries() throws Exception {
        ParsedFeed f = parse("<rss version=\"2.0\"><channel><title>Empty</title></channel></rss>");
        assertEquals(0, f.entries().size());
        assertNull(f.siteUrl());
    }
}
