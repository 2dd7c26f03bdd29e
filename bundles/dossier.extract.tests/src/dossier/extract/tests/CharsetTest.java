package dossier.extract.tests;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

import dossier.extract.ArticleExtractor;

/**
 * Pages declared in one charset and sent in another, or with none, come out readable: pages made here in each
 * charset, and pages of trafilatura's benchmark saved in them.
 */
class CharsetTest {

    private static final String POLISH = "Jak pomóc osobie niewidomej, z którą jesteśmy w restauracji? Co zrobić, jeśli"
            + " w kontaktach z osobą głuchą towarzyszy nam tłumacz? Żółć gęślą jaźń.";
    private static final String GERMAN = "Die Gebühren für Flüge über Österreich steigen, weiß der Verband, und die"
            + " Bürger ärgern sich über größere Lärmbelästigung.";
    private static final String CHINESE = "中国的社交媒体用户数量持续增长，品牌纷纷在微博和微信上开展营销活动，"
            + "分析人士认为这一趋势将在未来几年继续保持。";

    /** German with the typographic punctuation windows-1252 has where ISO-8859-2 has control characters. */
    private static final String GERMAN_QUOTES = "Der Trainer sagte: \u201eWir wollen unbedingt oben dabei sein.\u201c"
            + " Das Ergebnis \u2013 wie in den Partien zuvor \u2013 war knapp, und die Zuschauer im ausverkauften Stadion"
            + " sahen ein Spiel, das bis zur letzten Minute offen blieb. \u00a9 2021 Verlag, Preis 5 \u20ac \u00bb mehr";

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

    @Test
    void windows1250WithoutDeclaration() {
        assertReadable(POLISH, page("", POLISH, "windows-1250"));
    }

    @Test
    void iso88592DeclaredAndSent() {
        assertReadable(POLISH, page("<meta charset=iso-8859-2>", POLISH, "ISO-8859-2"));
    }

    @Test
    void gb2312DeclaredAsLatin1() {
        assertReadable(CHINESE, page("<meta charset=iso-8859-1>", CHINESE, "GB2312"));
    }

    @Test
    void windows1252PunctuationIsNotReadAsLatin2() {
        // the bytes of „ “ – are control characters in ISO-8859-2 and those of © » letters standing alone
        assertReadable(GERMAN_QUOTES, page("", GERMAN_QUOTES, "windows-1252"));
        assertReadable(GERMAN_QUOTES, page("<meta charset=iso-8859-1>", GERMAN_QUOTES, "windows-1252"));
    }

    /** Pages of trafilatura's benchmark as they were saved, each in the charset named. */
    @Test
    void benchmarkPagesInSingleByteCharsets() throws IOException {
        Path benchmark = TrafilaturaBenchmarkTest.benchmark();
        // windows-1252, declared as such: quotation marks and dashes
        assertRealPage(benchmark, "d60caba9d12c467b9708ec8981cad8aa",
                "Lucien Favre zum Angriff auf: \u201eWir wollen unbedingt");
        // windows-1252 declared as ISO-8859-1
        assertRealPage(benchmark, "proplanta.de.erloesobergrenze",
                "Gewinnabsch\u00f6pfung \u201egef\u00e4hrdet wichtige erneuerbare Energien\u201c");
        // ISO-8859-2 declared as UTF-8
        assertRealPage(benchmark, "_Ziemniaki na sz\u00f3stej, sur\u00f3wka na dziesi\u0105tej_. Jak pomaga\u0107, \u017ceby nie"
                + " zaszkodzi\u0107_ [PORADNIK W PIGU\u0141CE]", "Co zrobi\u0107, je\u015bli w kontaktach z osob\u0105 g\u0142uch\u0105");
        // windows-1250, declared as such
        assertRealPage(benchmark, "Unijne fundusze coraz bli\u017cej. Sejm zag\u0142osowa\u0142 _za_ - Polityka - rp.pl",
                "Koalicji Obywatelskiej nie uda\u0142o si\u0119 prze\u0142o\u017cy\u0107 g\u0142osowania");
    }

    private static void assertRealPage(Path benchmark, String id, String expected) throws IOException {
        String text = ArticleExtractor.extract(BenchmarkScores.page(benchmark, id), null).text();
        assertTrue(text.contains(expected), id + ": expected the text readable, got: "
                + text.substring(0, Math.min(300, text.length())));
        assertFalse(text.chars().anyMatch(c -> c >= 0x80 && c <= 0x9f || c == 0xfffd),
                id + ": control or replacement characters in the text");
    }
}
