package dossier.html.tests;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Element;

/** Checks that sanitised HTML is safe, both on the parsed tree and on the raw text. */
final class Safety {

    private static final Set<String> FORBIDDEN = Set.of("script", "style", "iframe", "object", "embed", "applet",
            "frame", "frameset", "meta", "link", "base", "form", "svg", "math", "template", "noscript", "textarea",
            "input", "button");
    private static final Pattern RAW_BAD = Pattern.compile("(?is)<\\s*script|<\\s*(iframe|object|embed|applet|frame"
            + "|meta|link|base|form|svg|math|style)[\\s/>]|\\son[a-z]+\\s*=|\\sstyle\\s*=|expression\\s*\\(");
    private static final Pattern RAW_BAD_URL = Pattern
            .compile("(?is)(href|src|cite)\\s*=\\s*[\"']?\\s*(javascript|vbscript|data|livescript|mocha)\\s*:");

    private Safety() {
    }

    /** What is unsafe in {@code html} (empty when it is safe). */
    static List<String> problems(String html) {
        List<String> out = new ArrayList<>();
        if (RAW_BAD.matcher(html).find()) {
            out.add("raw: " + RAW_BAD.matcher(html).results().map(r -> r.group()).toList());
        }
        if (RAW_BAD_URL.matcher(html).find()) {
            out.add("raw url: " + RAW_BAD_URL.matcher(html).results().map(r -> r.group()).toList());
        }
        for (Element e : Jsoup.parseBodyFragment(html).body().getAllElements()) {
            if (FORBIDDEN.contains(e.normalName())) {
                out.add("element " + e.normalName());
            }
            for (Attribute a : e.attributes()) {
                String k = a.getKey().toLowerCase(Locale.ROOT);
                if (k.startsWith("on") || k.equals("style")) {
                    out.add("attribute " + k);
                }
                if (k.equals("href") || k.equals("src") || k.equals("cite") || k.equals("action")
                        || k.equals("formaction") || k.equals("srcset") || k.equals("xlink:href")) {
                    String v = a.getValue().replaceAll("[\\p{Cntrl}\\s\\u00a0\\u200b\\ufeff]", "")
                            .toLowerCase(Locale.ROOT);
                    if (!(v.startsWith("http://") || v.startsWith("https://") || v.startsWith("mailto:"))) {
                        out.add(k + "=" + a.getValue());
                    }
                }
            }
            if (e.normalName().equals("a") && e.hasAttr("href") && !e.attr("rel").equals("nofollow noopener")) {
                out.add("link without rel=nofollow noopener");
            }
        }
        if (html.toLowerCase(Locale.ROOT).contains("expression(")) {
            out.add("expression(");
        }
        return out;
    }
}
