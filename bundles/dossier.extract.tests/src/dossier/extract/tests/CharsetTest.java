package dossier.extract.tests;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import dossier.extract.ArticleExtractor;

/** Pages declared in one charset and sent in another, or with none, come out readable. */
class CharsetTest {

    private static final String POLISH = "Jak pomóc osobie niewidomej, z którą jesteśmy w restauracji? Co zrobić, jeśli"
            + " w kontaktach z osobą głuchą towarzyszy nam tłumacz? Żółć gęślą jaźń.";
    private static final String GERMAN = "Die Gebühren für Flüge über Österreich steigen, weiß der Verband, und die"
            + " Bürger ärgern sich über größere Lärmbelästigung.";
    private static final String CHINESE = "中国的社交媒体用户数量持续增长，品牌纷纷在微博和微信上开展营销活动，"
            + "分析人士认为这一趋势将在未来几年继续保持。";

    private static byte[] page(String head, String text, String charset) {
        String html = "<html><head>" + head + "<title>t</title></head><body><article><p>" + text + "</p><p>" + text
                + "</p></article></body></html>";
        return html.getBytes(Charset.forName(charset));
    }

    private static void assertReadable(String expected, byte[] page) {
        String text = ArticleExtractor.extract(page, null).text();
        assertTrue(text.contains(expected), "expected the text readable, got: " + text);
    }

    @Test
    void latin2DeclaredAsUtf8() {
        assertReadable(POLISH, page("<meta charset=utf-8>", POLISH, "ISO-8859-2"));
    }

    @Test
    void windows1250DeclaredAsIso88591() {
        assertReadable(POLISH, page("<meta http-equiv=Content-Type content='text/html; charset=iso-8859-1'>", POLISH,
                "windows-1250"));
    }

    @Test
    void windows1252WithoutDeclaration() {
        assertReadable(GERMAN, page("", GERMAN, "windows-1252"));
    }

    @Test
    void utf8DeclaredAsLatin1() {
        assertReadable(GERMAN, page("<meta charset=iso-8859-1>", GERMAN, "UTF-8"));
        assertReadable(CHINESE, page("<meta charset=gb2312>", CHINESE, "UTF-8"));
    }

    @Test
    void gb2312WithAndWithoutDeclaration() {
        assertReadable(CHINESE, page("<meta charset=gb2312>", CHINESE, "GB2312"));
        assertReadable(CHINESE, page("", CHINESE, "GB2312"));
    }

    @Test
    void iso88591DeclaredAndSent() {
        assertReadable(GERMAN, page("<meta charset=ISO-8859-1>", GERMAN, "ISO-8859-1"));
        assertReadable(GERMAN, page("", GERMAN, StandardCharsets.ISO_8859_1.name()));
    }
}
