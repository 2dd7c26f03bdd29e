package dossier.html.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import dossier.html.HtmlSanitizer;

class HtmlSanitizerTest {

    private static final String BASE = "https://news.example.com/articles/2024/launch.html";

    /** Hostile inputs: obfuscated schemes, event handlers, SVG/MathML, mXSS tricks, CSS. */
    static final List<String> HOSTILE = List.of(
            "<a href=\"javascript:alert(1)\">x</a>",
            "<a href=\"JaVaScRiPt:alert(1)\">x</a>",
            "<a href=\"  javascript:alert(1)\">x</a>",
            "<a href=\"\njavascript:alert(1)\">x</a>",
            "<a href=\"jav&#x09;ascript:alert(1)\">x</a>",
            "<a href=\"jav&#9;ascript:alert(1)\">x</a>",
            "<a href=\"jav\tascript:alert(1)\">x</a>",
            "<a href=\"java\u0000script:alert(1)\">x</a>",
            "<a href=\"&#106;avascript:alert(1)\">x</a>",
            "<a href=\"&#x6A;&#x61;&#x76;&#x61;&#x73;&#x63;&#x72;&#x69;&#x70;&#x74;&#x3A;alert(1)\">x</a>",
            "<a href=\"&#0000106&#0000097&#0000118&#0000097&#0000115&#0000099&#0000114&#0000105&#0000112&#0000116&#0000058alert(1)\">x</a>",
            "<a href=\"javascript&colon;alert(1)\">x</a>",
            "<a href=\"&Tab;javascript:alert(1)\">x</a>",
            "<a href=\"\u0001\u0002javascript:alert(1)\">x</a>",
            "<a href=\"vbscript:msgbox(1)\">x</a>",
            "<a href=\"VBScript:msgbox(1)\">x</a>",
            "<a href=\"data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==\">x</a>",
            "<a href=\" DaTa:text/html,<script>alert(1)</script>\">x</a>",
            "<img src=\"data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+\">",
            "<img src=\"javascript:alert(1)\">",
            "<img src=x onerror=alert(1)>",
            "<img src=\"http://x/a.png\" onerror=\"alert(1)\" style=\"width:expression(alert(1))\">",
            "<IMG SRC=JaVaScRiPt:alert('XSS')>",
            "<img \"\"\"><script>alert(\"XSS\")</script>\">",
            "<svg onload=alert(1)><circle r=10 /></svg>",
            "<svg><script>alert(1)</script></svg>",
            "<svg><a xlink:href=\"javascript:alert(1)\"><text>x</text></a></svg>",
            "<svg><animate onbegin=alert(1) attributeName=x dur=1s>",
            "<math><mtext><table><mglyph><style><img src=x onerror=alert(1)></style></mglyph></table></mtext></math>",
            "<math><mi xlink:href=\"javascript:alert(1)\">x</mi></math>",
            "<noscript><p title=\"</noscript><img src=x onerror=alert(1)>\"></noscript>",
            "<form><math><mtext></form><form><mglyph><style></math><img src onerror=alert(1)>",
            "<svg></p><style><a id=\"</style><img src=1 onerror=alert(1)>\">",
            "<textarea><img src=x onerror=alert(1)></textarea>",
            "<title><img src=x onerror=alert(1)></title>",
            "<xmp><img src=x onerror=alert(1)></xmp>",
            "<iframe src=\"javascript:alert(1)\"></iframe>",
            "<iframe srcdoc=\"<script>alert(1)</script>\"></iframe>",
            "<object data=\"javascript:alert(1)\"></object><embed src=\"x.swf\">",
            "<applet code=\"x\"></applet><frameset><frame src=\"javascript:alert(1)\"></frameset>",
            "<meta http-equiv=\"refresh\" content=\"0;url=javascript:alert(1)\">",
            "<link rel=stylesheet href=\"http://evil/x.css\"><base href=\"javascript:alert(1)//\">",
            "<form action=\"javascript:alert(1)\"><input type=submit formaction=\"javascript:alert(1)\"><button>b</button></form>",
            "<style>body{background:url(javascript:alert(1))}</style><p>t</p>",
            "<div style=\"background-image: url(javascript:alert(1)); width: expression(alert(1))\">x</div>",
            "<p STYLE=\"xss:expr/*XSS*/ession(alert('XSS'))\">x</p>",
            "<span onmouseover=alert(1)>hover</span>",
            "<div ONCLICK=alert(1) class=x id=y>x</div>",
            "<p on\u0000click=alert(1)>x</p>",
            "<body onload=alert(1)>x</body>",
            "<a href=\"http://ok.example/\" onclick=\"alert(1)\" target=\"_blank\">ok</a>",
            "<scr<script>ipt>alert(1)</scr</script>ipt>",
            "<<script>alert(1);//<</script>",
            "<script src=http://evil/x.js></script>",
            "<SCRIPT/XSS SRC=\"http://evil/x.js\"></SCRIPT>",
            "<p>unclosed <b>bold <i>italic <a href=\"javascript:alert(1)\">link",
            "<table><tr><td><a href=\"java&#x0A;script:alert(1)\">x</a><script>alert(1)",
            "<!--<img src=\"--><img src=x onerror=alert(1)//\">",
            "<![CDATA[<script>alert(1)</script>]]>",
            "<a href=\"&#x26;#106;avascript:alert(1)\">double</a>",
            "<a href=\"java&NewLine;script:alert(1)\">x</a>",
            "<a href=\"java%0ascript:alert(1)\">x</a>",
            "<a href=\"//evil.example/\">protocol-relative</a>",
            "<img srcset=\"javascript:alert(1) 1x\" src=\"https://ok.example/i.png\">",
            "<blockquote cite=\"javascript:alert(1)\">q</blockquote>",
            "<template><img src=x onerror=alert(1)></template>",
            "<isindex action=javascript:alert(1) type=image>",
            "<video><source onerror=\"alert(1)\"></video><audio src=x onerror=alert(1)>",
            "<details open ontoggle=alert(1)>",
            "<marquee onstart=alert(1)>x</marquee>",
            "<a href=\"&#x6a;&#x61;&#x76;&#x61;&#x73;&#x63;&#x72;&#x69;&#x70;&#x74;&#x0d;:alert(1)\">x</a>",
            "<a href=\"javascript\u2028:alert(1)\">x</a>",
            "<a href=\"\ufeffjavascript:alert(1)\">x</a>");

    @Test
    void hostileInputsComeOutSafe() {
        List<String> unsafe = new ArrayList<>();
        for (String h : HOSTILE) {
            for (String base : new String[] { BASE, null }) {
                String clean = HtmlSanitizer.sanitize(h, base);
                List<String> p = Safety.problems(clean);
                if (!p.isEmpty()) {
                    unsafe.add(h + " -> " + clean + " " + p);
                }
            }
        }
        System.out.println("hostile cases: " + HOSTILE.size() + " (x2 bases), unsafe " + unsafe.size());
        assertEquals(List.of(), unsafe);
    }

    @Test
    void articlesKeepTheirShape() {
        String in = "<h2 class=\"x\" id=\"y\">Title</h2><p>Para with <em>em</em>, <strong>strong</strong>, <code>c</code>"
                + " and a <a href=\"/other.html\" title=\"t\">link</a>.</p><ul><li>one</li></ul><ol><li>two</li></ol>"
                + "<blockquote>q</blockquote><pre>pre</pre><figure><img src=\"img/a.png\" alt=\"A\" title=\"T\">"
                + "<figcaption>cap</figcaption></figure><table><thead><tr><th>h</th></tr></thead>"
                + "<tbody><tr><td>d</td></tr></tbody></table><span style=\"color:red\">s</span><div align=center>d</div>"
                + "<a href=\"mailto:a@example.com\">mail</a><br>";
        String out = HtmlSanitizer.sanitize(in, BASE);
        assertEquals("<h2>Title</h2><p>Para with <em>em</em>, <strong>strong</strong>, <code>c</code> and a "
                + "<a href=\"https://news.example.com/other.html\" title=\"t\" rel=\"nofollow noopener\">link</a>.</p>"
                + "<ul><li>one</li></ul><ol><li>two</li></ol><blockquote>q</blockquote><pre>pre</pre><figure>"
                + "<img src=\"https://news.example.com/articles/2024/img/a.png\" alt=\"A\" title=\"T\">"
                + "<figcaption>cap</figcaption></figure><table><thead><tr><th>h</th></tr></thead>"
                + "<tbody><tr><td>d</td></tr></tbody></table><span>s</span><div>d</div>"
                + "<a href=\"mailto:a@example.com\" rel=\"nofollow noopener\">mail</a><br>", out);
    }

    @Test
    void dangerousContainersGoWithTheirContent() {
        String out = HtmlSanitizer.sanitize("<p>a</p><script>var secret=1</script><style>p{}</style>"
                + "<iframe>frame text</iframe><p>b</p>", BASE);
        assertEquals("<p>a</p><p>b</p>", out);
    }

    @Test
    void relativeLinksWithoutABaseAreDropped() {
        String out = HtmlSanitizer.sanitize("<a href=\"/x\">x</a><img src=\"y.png\">", null);
        assertFalse(out.contains("href"), out);
        assertFalse(out.contains("img"), out);
        assertTrue(out.contains(">x</a>"), out);
    }

    @Test
    void nullAndBlank() {
        assertEquals("", HtmlSanitizer.sanitize(null, BASE));
        assertEquals("", HtmlSanitizer.sanitize("  ", BASE));
        assertEquals("plain &amp; text &lt;3", HtmlSanitizer.sanitize("plain &amp; text &lt;3", BASE));
    }
}
