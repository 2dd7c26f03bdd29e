package dossier.extract.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import dossier.extract.internal.Urls;

/** A link read without a base URL resolves as jsoup's {@code absUrl} resolves it, which the output once called. */
class UrlsTest {

    @Test
    void linksWithoutABaseResolveAsJsoupResolvesThem() {
        for (String value : List.of("https://example.org/a b?q=1#f", "HTTP://Example.org", "http:/path", "http://",
                "https:", "http:foo", "mailto:jane@example.org", "tel:+123", "javascript:void(0)",
                "data:image/png;base64,AAAA", "ftp://host/file", "\u0001https://example.org/\u001fx", " https://x.y",
                "1abc:def", "a+b.c-d:rest", "//cdn.example.org/x.js", "/relative:colon", "#top", "?q=a:b",
                "urn:isbn:123", "file:///etc/hosts", "page.html", "", "../up\u0000:x", "https://例子.测试/路径", "https://[::1]:8080/", "https://x.y:99999/")) {
            assertEquals(jsoup(value), Urls.withoutBase(value), value);
        }
    }

    @Test
    void theBenchmarkPagesLinksResolveAsJsoupResolvesThem() throws IOException {
        int compared = 0;
        for (Path folder : List.of(BenchmarkQualityTest.benchmark(), TrafilaturaBenchmarkTest.benchmark())) {
            List<Path> pages;
            try (Stream<Path> files = Files.list(folder.resolve("html"))) {
                pages = files.filter(p -> p.toString().endsWith(".html.gz")).sorted().toList();
            }
            for (Path page : pages) {
                String id = page.getFileName().toString().replace(".html.gz", "");
                Document document = Jsoup.parse(new ByteArrayInputStream(BenchmarkScores.page(folder, id)),
                        "UTF-8", "");
                for (Element e : document.select("a[href*=:], img[src*=:]")) {
                    String key = e.hasAttr("href") ? "href" : "src";
                    assertEquals(e.absUrl(key), Urls.withoutBase(e.attr(key)), e.attr(key));
                    compared++;
                }
            }
        }
        assertTrue(compared > 10_000, "links compared: " + compared);
    }

    private static String jsoup(String value) {
        Element link = Jsoup.parse("<a>link</a>", "").selectFirst("a");
        return link.attr("href", value).absUrl("href");
    }
}
