package dossier.casefile.ui.internal;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

import dossier.html.HtmlSanitizer;

/**
 * An item's original as the reader shows it: HTML is sanitized ({@link HtmlSanitizer}) and laid out
 * as styled text (headings, emphasis, links, quotes, lists, code); other originals are shown as
 * their text. Built in a job; the reader turns the spans into style ranges.
 */
record OriginalText(String text, List<Span> spans) {

    enum Style {
        HEADING, STRONG, EMPHASIS, LINK, QUOTE, CODE
    }

    record Span(int start, int length, Style style) {
    }

    private static final Set<String> BLOCKS = Set.of("p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "li",
            "dl", "dt", "dd", "blockquote", "pre", "table", "tr", "caption", "figure", "figcaption");
    private static final Set<String> PARAGRAPHS = Set.of("p", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol",
            "blockquote", "pre", "table", "figure");
    private static final Map<String, Style> STYLES = Map.ofEntries(Map.entry("h1", Style.HEADING),
            Map.entry("h2", Style.HEADING), Map.entry("h3", Style.HEADING), Map.entry("h4", Style.HEADING),
            Map.entry("h5", Style.HEADING), Map.entry("h6", Style.HEADING), Map.entry("strong", Style.STRONG),
            Map.entry("b", Style.STRONG), Map.entry("th", Style.STRONG), Map.entry("em", Style.EMPHASIS),
            Map.entry("i", Style.EMPHASIS), Map.entry("cite", Style.EMPHASIS), Map.entry("a", Style.LINK),
            Map.entry("blockquote", Style.QUOTE), Map.entry("q", Style.QUOTE), Map.entry("code", Style.CODE),
            Map.entry("pre", Style.CODE), Map.entry("kbd", Style.CODE));

    static OriginalText of(String mediaType, byte[] original, String baseUrl) {
        String decoded = new String(original, StandardCharsets.UTF_8);
        if (mediaType == null || !mediaType.contains("html")) {
            return new OriginalText(decoded, List.of());
        }
        Element body = Jsoup.parseBodyFragment(HtmlSanitizer.sanitize(decoded, baseUrl)).body();
        Layout layout = new Layout();
        layout.walk(body, false);
        layout.spans.sort(Comparator.comparingInt(Span::start).thenComparing(Comparator.comparingInt(Span::length)
                .reversed()));
        return new OriginalText(layout.out.toString().strip(), List.copyOf(layout.spans));
    }

    private static final class Layout {
        final StringBuilder out = new StringBuilder();
        final List<Span> spans = new ArrayList<>();

        void walk(Node node, boolean preformatted) {
            if (node instanceof TextNode textNode) {
                append(preformatted ? textNode.getWholeText() : textNode.text(), preformatted);
                return;
            }
            if (!(node instanceof Element element)) {
                return;
            }
            String tag = element.normalName();
            switch (tag) {
            case "br":
                out.append('\n');
                return;
            case "hr":
                endLine();
                out.append("\u2015\u2015\u2015\n");
                return;
            case "img":
                String alt = element.attr("alt").strip();
                append("[image" + (alt.isEmpty() ? "" : ": " + alt) + "]", false);
                return;
            default:
                break;
            }
            if (BLOCKS.contains(tag)) {
                endLine();
            }
            if (tag.equals("li")) {
                out.append("\u2022 ");
            }
            int start = out.length();
            for (Node child : element.childNodes()) {
                walk(child, preformatted || tag.equals("pre"));
            }
            Style style = STYLES.get(tag);
            if (style != null && out.length() > start) {
                spans.add(new Span(start, out.length() - start, style));
            }
            if (PARAGRAPHS.contains(tag)) {
                endLine();
                if (out.length() > 1 && out.charAt(out.length() - 2) != '\n') {
                    out.append('\n');
                }
            } else if (BLOCKS.contains(tag)) {
                endLine();
            }
        }

        private void append(String text, boolean preformatted) {
            boolean lineStart = out.length() == 0 || out.charAt(out.length() - 1) == '\n';
            if (preformatted) {
                out.append(text);
            } else if (text.isBlank()) {
                if (!lineStart && out.charAt(out.length() - 1) != ' ') {
                    out.append(' ');
                }
            } else {
                out.append(lineStart ? text.stripLeading() : text);
            }
        }

        private void endLine() {
            if (out.length() > 0 && out.charAt(out.length() - 1) != '\n') {
                out.append('\n');
            }
        }
    }
}
