package dossier.feed.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;

import dossier.feed.FeedException;
import dossier.feed.Opml;
import dossier.feed.Subscription;

class OpmlTest {

    @Test
    void readsNestedOutlinesAsCategories() throws Exception {
        String opml = """
                <?xml version="1.0" encoding="UTF-8"?>
                <opml version="2.0"><head><title>Subs</title></head><body>
                  <outline text="Top level" type="rss" xmlUrl="https://a.example/feed" htmlUrl="https://a.example/"/>
                  <outline text="Brands">
                    <outline text="Retail">
                      <outline title="Shop &amp; Co" text="ignored" type="rss" xmlUrl="https://b.example/rss"/>
                    </outline>
                    <outline text="Caf&eacute;" type="rss" xmlUrl="https://c.example/atom"/>
                  </outline>
                </body></opml>""";
        List<Subscription> subs = Opml.read(opml.getBytes(StandardCharsets.UTF_8));
        assertEquals(List.of(new Subscription("Top level", "https://a.example/feed", "https://a.example/", null),
                new Subscription("Shop & Co", "https://b.example/rss", null, "Brands/Retail"),
                new Subscription("Caf\u00e9", "https://c.example/atom", null, "Brands")), subs);
    }

    @Test
    void roundTrip() throws Exception {
        List<Subscription> subs = List.of(new Subscription("A <one> & \"two\"", "https://a.example/feed?x=1&y=2",
                "https://a.example/", null), new Subscription("B", "https://b.example/rss", null, "Brands/Retail"),
                new Subscription("C", "https://c.example/rss", null, "Brands/Retail"),
                new Subscription("D \u00e9\u65e5", "https://d.example/rss", "https://d.example/", "Brands"),
                new Subscription("E", "https://e.example/rss", null, "Press"));
        byte[] written = Opml.write(subs);
        String text = new String(written, StandardCharsets.UTF_8);
        assertTrue(text.startsWith("<?xml"), text);
        assertEquals(subs, Opml.read(written), text);
    }

    @Test
    void notOpml() {
        assertThrows(FeedException.class, () -> Opml.read(new byte[0]));
        FeedException e = assertThrows(FeedException.class,
                () -> Opml.read("<rss><channel/></rss>".getBytes(StandardCharsets.UTF_8)));
        assertEquals("not OPML: the root element is <rss>", e.getMessage());
        assertThrows(FeedException.class, () -> Opml.read("<opml><body>".getBytes(StandardCharsets.UTF_8)));
    }
}
