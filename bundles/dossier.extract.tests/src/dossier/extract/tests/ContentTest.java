package dossier.extract.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import dossier.extract.Article;
import dossier.extract.ArticleExtractor;

/** The article body: boilerplate removal, structure kept, and hostile input. */
class ContentTest {

    private static String paragraph(int i) {
        return "<p>Paragraph " + i + " of the story: the strategist compared the engagement of the two campaigns,"
                + " and found that the smaller one, oddly enough, had reached more of the people it wanted to"
                + " reach.</p>";
    }

    private static String article(int paragraphs) {
        StringBuilder s = new StringBuilder();
        for (int i = 1; i <= paragraphs; i++) {
            s.append(paragraph(i));
        }
        return s.toString();
    }

    @Test
    void commentsSidebarNavigationAndFooterAreNotTheArticle() {
        StringBuilder comments = new StringBuilder();
        for (int i = 0; i < 30; i++) {
            comments.append("<li class='comment'><div class='comment-author'>reader").append(i)
                    .append("</div><p>I completely disagree with this analysis, and frankly, the data says otherwise,"
                            + " as anyone who has run a campaign knows very well.</p></li>");
        }
        String html = "<html><body><header><nav><ul><li><a href='/'>Home</a></li><li><a href='/news'>News</a></li>"
                + "</ul></nav></header><div id='page'><div class='main-column'><article><h1>The title</h1>"
                + "<p class='byline'>By Jane Doe</p>" + article(6) + "<h2>What it means</h2>" + article(2)
                + "<ul><li>first finding of the study</li><li>second finding of the study</li></ul>"
                + "<blockquote><p>A quote from the agency, long enough to be a real part of the article body.</p>"
                + "</blockquote>"
                + "<div class='share-buttons'><a href='#'>Share on Facebook</a> <a href='#'>Tweet</a></div>"
                + "</article><section id='comments'><h3>30 comments</h3><ol class='comment-list'>" + comments
                + "</ol></section></div><aside class='sidebar'><h3>Most popular</h3><ul>"
                + "<li><a href='/1'>Another story about something else entirely</a></li>"
                + "<li><a href='/2'>Yet another story about something else</a></li></ul>"
                + "<p>Sign up for our newsletter, the best newsletter about social media there is.</p></aside></div>"
                + "<footer><p>Copyright 2024 Example Media. All rights reserved.</p></footer>"
                + "<div class='cookie-banner'><p>We use cookies to improve your experience, accept them.</p></div>"
                + "</body></html>";
        Article a = ArticleExtractor.extract(html, "https://example.com/");
        String text = a.text();
        assertTrue(text.startsWith("Paragraph 1 of the story"), text);
        assertTrue(text.contains("Paragraph 6 of the story"), text);
        assertTrue(text.contains("\n\nWhat it means\n\n"), "headings belong to the article: " + text);
        assertTrue(text.contains("second finding of the study"), "lists belong to the article: " + text);
        assertTrue(text.contains("A quote from the agency"), "quotes belong to the article: " + text);
        for (String boilerplate : new String[] { "disagree", "Home", "Most popular", "newsletter", "Copyright",
                "cookies", "Share on", "By Jane Doe", "The title" }) {
            assertFalse(text.contains(boilerplate), boilerplate + " is not the article: " + text);
        }
        String body = a.html().replace("\n", "");
        assertTrue(body.contains("<h2>What it means</h2>"), body);
        assertTrue(body.contains("<ul><li>first finding of the study</li><li>second finding of the study</li></ul>"),
                body);
        assertTrue(body.contains("<blockquote><p>A quote from the agency"), body);
    }

    @Test
    void htmlIsSimpleAndSafe() {
        String html = "<body><div class='post-body'>" + article(3)
                + "<p style='color:red' onclick='steal()'>Read the <a href='/report.pdf' class='x' onclick='x()'>full"
                + " report</a>, <em>all</em> of it, <b>now</b>, before it is gone for good from the website.</p>"
                + "<script>alert(1)</script><style>p{}</style><img src='/chart.png' alt='Chart' width='10'>"
                + "</div></body>";
        Article a = ArticleExtractor.extract(html, "https://example.com/dir/page");
        String body = a.html();
        assertTrue(body.contains("<a href=\"https://example.com/report.pdf\">full report</a>"), body);
        assertTrue(body.contains("<em>all</em>") && body.contains("<strong>now</strong>"), body);
        assertTrue(body.contains("<img src=\"https://example.com/chart.png\" alt=\"Chart\">"), body);
        for (String unsafe : new String[] { "script", "alert", "style", "onclick", "class=", "width=" }) {
            assertFalse(body.contains(unsafe), unsafe + " in " + body);
        }
        assertFalse(a.text().contains("alert"), a.text());
        assertTrue(a.text().contains("Read the full report, all of it, now, before"), a.text());
    }

    @Test
    void paragraphsSplitByLineBreaksInsideADiv() {
        StringBuilder s = new StringBuilder("<body><div id='nav'><a href='/'>Home</a></div><div class='text'>");
        for (int i = 0; i < 5; i++) {
            s.append("Line ").append(i).append(" of an old-fashioned page, written with breaks, not paragraphs,")
                    .append(" like many blogs still are.<br><br>");
        }
        s.append("</div></body>");
        Article a = ArticleExtractor.extract(s.toString(), null);
        assertTrue(a.text().startsWith("Line 0 of an old-fashioned page"), a.text());
        assertTrue(a.text().contains("like many blogs still are.\n\nLine 1"), a.text());
        assertFalse(a.text().contains("Home"), a.text());
    }

    @Test
    void emptyAndTrivialPages() {
        for (String html : new String[] { "", "<html></html>", "<html><body></body></html>", "   ",
                "<html><body><script>var a = 1;</script></body></html>", "<p>Hi</p>", "\u0000\u0001garbage<<<>>>" }) {
            Article a = ArticleExtractor.extract(html, null);
            assertTrue(a.text().length() < 20, "'" + html + "' gave " + a.text());
        }
        Article none = ArticleExtractor.extract(new byte[0], null);
        assertEquals("", none.text());
        assertEquals("", none.html());
    }

    @Test
    void wrongCharsetDeclaredAndBomAndMetaCharset() {
        String page = "<html><head><meta charset='%s'></head><body><article>" + article(3)
                + "<p>Caf\u00e9s and na\u00efve cr\u00e8me br\u00fbl\u00e9e: \u00fcber-marketing in M\u00fcnchen,"
                + " with \u20ac prices, strange but true, and true it is.</p></article></body></html>";
        // declared and used: windows-1252
        Article latin = ArticleExtractor.extract(String.format(page, "windows-1252")
                .getBytes(Charset.forName("windows-1252")), null);
        assertTrue(latin.text().contains("Caf\u00e9s and na\u00efve cr\u00e8me br\u00fbl\u00e9e"), latin.text());
        // a UTF-8 byte-order mark wins over a wrong declaration
        byte[] utf8 = String.format(page, "iso-8859-1").getBytes(StandardCharsets.UTF_8);
        byte[] bom = new byte[utf8.length + 3];
        bom[0] = (byte) 0xEF;
        bom[1] = (byte) 0xBB;
        bom[2] = (byte) 0xBF;
        System.arraycopy(utf8, 0, bom, 3, utf8.length);
        assertTrue(ArticleExtractor.extract(bom, null).text().contains("M\u00fcnchen, with \u20ac prices"));
        // a wrong declaration without BOM: decoded as declared, never fails
        Article wrong = ArticleExtractor.extract(String.format(page, "utf-16").getBytes(StandardCharsets.UTF_8), null);
        assertTrue(wrong.text().contains("Paragraph 1 of the story"), wrong.text());
        // an unknown charset name falls back to UTF-8
        Article unknown = ArticleExtractor.extract(String.format(page, "x-no-such-charset")
                .getBytes(StandardCharsets.UTF_8), null);
        assertTrue(unknown.text().contains("M\u00fcnchen"), unknown.text());
        // no declaration at all: UTF-8
        Article undeclared = ArticleExtractor.extract(page.replace("<meta charset='%s'>", "")
                .getBytes(StandardCharsets.UTF_8), null);
        assertTrue(undeclared.text().contains("cr\u00e8me"), undeclared.text());
    }

    @Test
    void deeplyNestedDivs() {
        StringBuilder s = new StringBuilder("<html><body>");
        int depth = 20_000;
        s.append("<div>".repeat(depth)).append(article(5)).append("</div>".repeat(depth)).append("</body></html>");
        Article a = ArticleExtractor.extract(s.toString(), null);
        assertTrue(a.text().contains("Paragraph 5 of the story"), a.text());
    }

    @Test
    void fiveMegabytePage() {
        StringBuilder s = new StringBuilder("<html><body><div class='menu'>");
        while (s.length() < 4_000_000) {
            s.append("<a href='/x'>link</a> ");
        }
        s.append("</div><div class='story'>").append(article(40)).append("</div><div class='junk'>");
        while (s.length() < 5_200_000) {
            s.append("<span>x</span>");
        }
        s.append("</div></body></html>");
        Article a = ArticleExtractor.extract(s.toString().getBytes(StandardCharsets.UTF_8), null);
        assertTrue(a.text().startsWith("Paragraph 1 of the story"), a.text().substring(0, 200));
        assertTrue(a.text().contains("Paragraph 40 of the story"));
        assertFalse(a.text().contains("link link"));
    }
}
