package dossier.extract.internal;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jsoup.nodes.Element;
import org.jsoup.nodes.Entities;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/** Turns the article container into blocks of text and simple HTML, trimming boilerplate at the edges. */
final class Output {

    /** One block of the article: a paragraph, heading, list item, quote or preformatted text. */
    record Block(String tag, String list, boolean quote, String text, String html, int linkText, int emphasized,
            boolean byline, boolean endsInAddress, int linkCount) {
        /** The share of the block's text inside links. */
        double linkDensity() {
            return text.isEmpty() ? 0 : Math.min(1.0, (double) linkText / text.length());
        }
    }

    /** A time of day or a year: what a dateline holds in any language (month names and "ago" are a language's). */
    private static final Pattern DATE = Pattern.compile("\\b\\d{1,2}:\\d\\d\\b|\\b(19|20)\\d\\d\\b");

    /** The heading tags, {@code h1} to {@code h6}. */
    static final Set<String> HEADINGS = Set.of("h1", "h2", "h3", "h4", "h5", "h6");
    /** Class/id words of a byline: the page's markup naming the author's line. */
    private static final ClassWords BYLINE = new ClassWords("byline|author");
    /** The blocks opening the article, where a byline sits. */
    private static final int OPENING = 3;

    private final List<Block> blocks = new ArrayList<>();
    /** The content the blocks come from. */
    private Element root;
    /** The index of the first block after the content's last horizontal rule, -1 without one. */
    private int lastRule = -1;
    /** Whether a table comes after the content's last horizontal rule. */
    private boolean tableAfterRule;
    private boolean boundary;
    /** How many {@code <pre>} elements the walk is inside. */
    private int preDepth;
    /** How many links the walk is inside, and the current block's text inside links. */
    private int linkDepth;
    private int linkText;
    /**
     * How many emphasis elements ({@code em}, {@code i}, {@code strong}, {@code b}) the walk is inside, and the
     * current block's visible characters inside them.
     */
    private int emphasisDepth;
    private int emphasized;
    /**
     * Whether the current block ends with a link whose text is a web address written out, and whether the walk has
     * yet to meet the text of the link it is in.
     */
    private boolean endsInAddress;
    private boolean linkStarts;
    /** The links with text in the current block. */
    private int linkCount;
    /** For each {@code a} the walk is inside, what kind of link it is. */
    private final ArrayDeque<LinkKind> links = new ArrayDeque<>();

    /**
     * An {@code a} without an {@code href}; a link whose URL does not resolve (a relative one without a base URL: its
     * text is still link text); a link written out.
     */
    private enum LinkKind {
        NOT_A_LINK, LINK, RESOLVED_LINK
    }
    private final StringBuilder text = new StringBuilder();
    private final StringBuilder html = new StringBuilder();
    /** The dateline pattern, matched against many blocks. */
    private final Matcher date = DATE.matcher("");

    static ContentExtractor.Body of(Element content, Metadata metadata) {
        Output output = new Output();
        output.walk(content);
        List<Block> blocks = output.trim(metadata.title(), metadata.author());
        int textLength = 0;
        int htmlLength = 0;
        for (Block b : blocks) {
            textLength += b.text().length() + 2;
            htmlLength += b.html().length() + 40; // with room for the tags around it
        }
        StringBuilder text = new StringBuilder(textLength);
        StringBuilder html = new StringBuilder(htmlLength);
        for (int i = 0; i < blocks.size(); i++) {
            Block b = blocks.get(i);
            if (text.length() > 0) {
                text.append("\n\n");
            }
            text.append(b.text());
            Block previous = i > 0 ? blocks.get(i - 1) : null;
            Block next = i + 1 < blocks.size() ? blocks.get(i + 1) : null;
            if (b.quote() && (previous == null || !previous.quote())) {
                html.append("<blockquote>");
            }
            if (b.list() != null && (previous == null || !b.list().equals(previous.list()))) {
                html.append('<').append(b.list()).append('>');
            }
            html.append('<').append(b.tag()).append('>').append(b.html()).append("</").append(b.tag()).append('>');
            if (b.list() != null && (next == null || !b.list().equals(next.list()))) {
                html.append("</").append(b.list()).append('>');
            }
            if (b.quote() && (next == null || !next.quote())) {
                html.append("</blockquote>");
            }
            html.append('\n');
        }
        return new ContentExtractor.Body(nfc(text.toString()), nfc(html.toString().trim()));
    }

    private void walk(Element content) {
        root = content;
        preDepth = inPre(content) ? 1 : 0;
        NodeTraversor.traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                if (node instanceof TextNode t) {
                    appendText(t);
                } else if (node instanceof Element e) {
                    String tag = e.normalName();
                    if (tag.equals("pre")) {
                        preDepth++;
                    }
                    if (tag.equals("br")) {
                        if (preDepth > 0) {
                            text.append('\n');
                            html.append('\n');
                        } else {
                            flush(e);
                        }
                    } else if (ContentExtractor.BLOCK_TAGS.contains(tag)) {
                        flush(e);
                        if (tag.equals("hr")) {
                            lastRule = blocks.size();
                            tableAfterRule = false;
                        } else if (tag.equals("table")) {
                            tableAfterRule = true;
                        }
                    } else if (tag.equals("a")) {
                        String href = absolute(e, "href");
                        LinkKind link = !href.isEmpty() ? LinkKind.RESOLVED_LINK
                                : e.attr("href").isEmpty() ? LinkKind.NOT_A_LINK : LinkKind.LINK;
                        links.push(link);
                        if (link != LinkKind.NOT_A_LINK) {
                            boundary = true;
                            linkDepth++;
                            linkStarts = true;
                        }
                        if (link == LinkKind.RESOLVED_LINK) {
                            html.append("<a href=\"").append(Entities.escape(href)).append("\">");
                        }
                    } else if (tag.equals("em") || tag.equals("i")) {
                        html.append("<em>");
                        emphasisDepth++;
                    } else if (tag.equals("strong") || tag.equals("b")) {
                        html.append("<strong>");
                        emphasisDepth++;
                    } else if (tag.equals("img")) {
                        image(e);
                    }
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (node instanceof Element e) {
                    String tag = e.normalName();
                    if (tag.equals("pre")) {
                        preDepth--;
                    }
                    if (ContentExtractor.BLOCK_TAGS.contains(tag) && !tag.equals("br")) {
                        flush(e);
                    } else if (tag.equals("a")) {
                        LinkKind link = links.pop();
                        if (link != LinkKind.NOT_A_LINK) {
                            boundary = true;
                            linkDepth--;
                        }
                        if (link == LinkKind.RESOLVED_LINK) {
                            html.append("</a>");
                        }
                    } else if (tag.equals("em") || tag.equals("i")) {
                        html.append("</em>");
                        emphasisDepth--;
                    } else if (tag.equals("strong") || tag.equals("b")) {
                        html.append("</strong>");
                        emphasisDepth--;
                    }
                }
            }
        }, content);
        flush(content);
    }

    private void image(Element img) {
        String src = absolute(img, "src");
        if (!src.isEmpty()) {
            html.append("<img src=\"").append(Entities.escape(src)).append('"');
            if (img.hasAttr("alt")) {
                html.append(" alt=\"").append(Entities.escape(img.attr("alt"))).append('"');
            }
            html.append('>');
        }
    }

    /** The base URL the cached URLs were resolved against, and the URLs by their attribute's value. */
    private String resolvedBase;
    private final Map<String, String> resolved = new HashMap<>();

    /**
     * The element's URL attribute resolved as {@link Element#absUrl} resolves it, each value once: pages repeat
     * their links. Without a base URL a value with no scheme resolves to nothing, and one with a scheme is read alone
     * ({@link Urls}).
     */
    private String absolute(Element e, String key) {
        String value = e.attr(key);
        if (value.isEmpty()) {
            return e.absUrl(key);
        }
        String base = e.baseUri();
        if (base.isEmpty() && value.indexOf(':') < 0) {
            return "";
        }
        if (!base.equals(resolvedBase)) {
            resolved.clear();
            resolvedBase = base;
        }
        return resolved.computeIfAbsent(value, v -> Urls.absolute(e, key));
    }

    private static boolean inPre(Node node) {
        for (Node p = node.parent(); p != null; p = p.parent()) {
            if (p instanceof Element e && e.normalName().equals("pre")) {
                return true;
            }
        }
        return false;
    }

    private void appendText(TextNode t) {
        String s = t.getWholeText();
        if (preDepth > 0) {
            text.append(s);
            escape(s, html);
            return;
        }
        s = collapseSpaces(s);
        if (boundary && !s.isEmpty() && text.length() > 0 && !s.startsWith(" ")
                && text.charAt(text.length() - 1) != ' '
                && (isCjk(text.codePointBefore(text.length())) || isCjk(s.codePointAt(0)))) {
            // a link inside CJK text reads as a separate word
            text.append(' ');
        }
        boundary = false;
        if (s.startsWith(" ") && (text.length() == 0 || text.charAt(text.length() - 1) == ' ')) {
            s = s.substring(1);
        }
        text.append(s);
        escape(s, html);
        if (linkDepth > 0) {
            linkText += strippedLength(s);
        }
        if (emphasisDepth > 0) {
            emphasized += visibleLength(s);
        }
        if (!s.isBlank()) {
            if (linkDepth == 0) {
                endsInAddress = false;
            } else if (linkStarts) {
                endsInAddress = isWebAddress(s.strip());
                linkCount++;
            }
            linkStarts = linkStarts && linkDepth == 0;
        }
    }

    /** Whether the text opens with a web address: a scheme of the web or a host starting {@code www.}. */
    private static boolean isWebAddress(String s) {
        return s.startsWith("http://") || s.startsWith("https://") || s.startsWith("www.");
    }

    /** The length of {@code s.strip()}, without making it. */
    private static int strippedLength(String s) {
        long bounds = stripped(s);
        return (int) bounds - (int) (bounds >>> 32);
    }

    /** Appends the text HTML-escaped, as {@link Entities#escape(String)} does; most text has nothing to escape. */
    private static void escape(String s, StringBuilder into) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < ' ' && c != '\t' && c != '\n' && c != '\r' || c == '"' || c == '&' || c == '\'' || c == '<'
                    || c == '>' || c == '\u00a0' || Character.isSurrogate(c)) {
                into.append(Entities.escape(s));
                return;
            }
        }
        into.append(s);
    }

    /** Each run of white space (with no-break and zero-width spaces) as one space. */
    private static String collapseSpaces(String s) {
        StringBuilder collapsed = null;
        boolean inSpace = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean space = c == ' ' || c >= '\t' && c <= '\r' || c == '\u00a0' || c == '\u200b';
            if (collapsed == null && space && (inSpace || c != ' ')) {
                collapsed = new StringBuilder(s.length()).append(s, 0, i); // the first character to change
            }
            if (collapsed != null && !(space && inSpace)) {
                collapsed.append(space ? ' ' : c);
            }
            inSpace = space;
        }
        return collapsed == null ? s : collapsed.toString();
    }

    /** Ends the current block; {@code at} is the element where it ends, used to find its kind. */
    private void flush(Element at) {
        String t = strip(text);
        String h = strip(html);
        text.setLength(0);
        html.setLength(0);
        int links = linkText;
        linkText = 0;
        int emphasis = emphasized;
        emphasized = 0;
        boolean address = endsInAddress;
        endsInAddress = false;
        int count = linkCount;
        linkCount = 0;
        if (t.isEmpty() && !h.contains("<img ")) {
            return;
        }
        String tag = "p";
        String list = null;
        boolean quote = false;
        boolean pre = false;
        // only the opening blocks are asked whether the markup names them a byline, up to the content
        boolean byline = false;
        boolean inContent = blocks.size() < OPENING;
        for (Node n = at; n != null; n = n.parent()) {
            if (n instanceof Element e) {
                inContent &= e != root;
                byline |= inContent && e.attributesSize() > 0 && (namesByline(e.className()) || namesByline(e.id()));
                String name = e.normalName();
                if (name.equals("pre")) {
                    pre = true;
                } else if (HEADINGS.contains(name) && tag.equals("p")) {
                    tag = name.equals("h1") ? "h2" : name;
                } else if (name.equals("li") && list == null) {
                    tag = "li";
                    Element parent = e.parent();
                    list = parent != null && parent.normalName().equals("ol") ? "ol" : "ul";
                } else if (name.equals("blockquote")) {
                    quote = true;
                }
            }
        }
        if (pre) {
            tag = "pre";
            list = null;
        }
        blocks.add(new Block(tag, list, quote, t, h, links, emphasis, byline, address, count));
    }

    private static boolean namesByline(String name) {
        return !name.isEmpty() && BYLINE.in(name);
    }

    /** The builder's text without white space at either end, as {@link String#strip()} has it. */
    private static String strip(StringBuilder b) {
        long bounds = stripped(b);
        return b.substring((int) (bounds >>> 32), (int) bounds);
    }

    /** Where the text starts (the high 32 bits) and ends without white space at either end, as {@link String#strip()} has it. */
    private static long stripped(CharSequence s) {
        int start = 0;
        int end = s.length();
        while (start < end && Character.isWhitespace(Character.codePointAt(s, start))) {
            start += Character.charCount(Character.codePointAt(s, start));
        }
        while (end > start && Character.isWhitespace(Character.codePointBefore(s, end))) {
            end -= Character.charCount(Character.codePointBefore(s, end));
        }
        return (long) start << 32 | end;
    }

    /** Canonically equivalent text in one form (NFC), so that a search or a quote matches it whatever the page's form. */
    private static String nfc(String s) {
        return java.text.Normalizer.isNormalized(s, java.text.Normalizer.Form.NFC) ? s
                : java.text.Normalizer.normalize(s, java.text.Normalizer.Form.NFC);
    }

    private static boolean isCjk(int cp) {
        Character.UnicodeScript script = Character.UnicodeScript.of(cp);
        return script == Character.UnicodeScript.HAN || script == Character.UnicodeScript.HIRAGANA
                || script == Character.UnicodeScript.KATAKANA || script == Character.UnicodeScript.HANGUL;
    }

    /** The share of the text after the content's last horizontal rule under which that part is the publisher's notes. */
    private static final double NOTES_AFTER_RULE = 0.35;

    /**
     * Drops what follows the content's last horizontal rule when it is a small part of the text (under
     * {@link #NOTES_AFTER_RULE}) and holds no table: the page's own thematic break between the article and the notes
     * closing it (a press release's "about us", a disclaimer, a credit, the comments' prompt).
     */
    private void dropNotesAfterLastRule() {
        if (lastRule <= 0 || lastRule >= blocks.size() || tableAfterRule) {
            return;
        }
        int all = 0;
        int after = 0;
        for (int i = 0; i < blocks.size(); i++) {
            int length = blocks.get(i).text().length();
            all += length;
            after += i >= lastRule ? length : 0;
        }
        if (after < NOTES_AFTER_RULE * all) {
            blocks.subList(lastRule, blocks.size()).clear();
        }
    }

    private List<Block> trim(String title, String author) {
        dropNotesAfterLastRule();
        List<Block> kept = new ArrayList<>();
        // the blocks dropped promotions came right after, with how many came in a row
        Map<Block, Integer> promotionsAfter = new IdentityHashMap<>();
        for (Block b : blocks) {
            // a short paragraph that is mostly link, amid the text, points to another article, with or without a label
            // ("Read also:", "VEA TAMBIÉN:", "Czytaj też:"); so is one set wholly in emphasis whose label, ending in a
            // colon, is followed by a link to its end ("Mehr lesen: ...", "Dowiedz się więcej: ..."); a link whose text
            // is its web address written out names a source or a reference ("[1] http://..."), not another story
            boolean promo = b.tag().equals("p") && b.list() == null && b.text().length() < 120
                    && (b.linkDensity() > 0.8 && !b.endsInAddress() || isEmphasizedLabelledLink(b));
            // a short block bearing the copyright sign credits a picture or the publisher, in any language
            boolean credit = b.text().length() < 200 && b.text().indexOf('\u00a9') >= 0;
            if (!promo && !credit) {
                kept.add(b);
            } else if (promo && !kept.isEmpty()) {
                promotionsAfter.merge(kept.get(kept.size() - 1), 1, Integer::sum);
            }
        }
        // a short line heading a run of promotions is the run's label ("DON'T MISS", "Zum Thema:", "Más noticias de
        // Colombia"), in any language; a dated line is an entry of a list (a programme), a quote's line its own
        kept.removeIf(b -> promotionsAfter.getOrDefault(b, 0) >= LABELLED_RUN && b.text().length() < RUN_LABEL
                && b.list() == null && !b.quote() && !endsSentence(b.text()) && !date.reset(b.text()).find());
        String normalizedTitle = normalize(title);
        // bylines (a short block naming the page's declared author, or one the markup names a byline), datelines, the
        // repeated title and the publisher's notes (see below) among the first blocks; a dated line ending in a colon
        // leads in to what follows (a table, a list), a sentence as much as one ending in a full stop
        for (int i = 0; i < Math.min(OPENING, kept.size()); i++) {
            String t = kept.get(i).text();
            boolean drop = t.length() < 150 && (normalize(t).equals(normalizedTitle) && !normalizedTitle.isEmpty()
                    || t.length() < 100 && (namesAuthor(t, author) || kept.get(i).byline())
                    || t.length() < 90 && date.reset(t).find() && !t.endsWith(".") && !t.endsWith(":"))
                    || kept.size() > 1 && isPublishersNote(kept.get(i));
            if (drop) {
                kept.remove(i--);
            }
        }
        int lastBlock = kept.size();
        while (!kept.isEmpty()) {
            Block b = kept.get(kept.size() - 1);
            String t = b.text();
            // a short link closing the article leads elsewhere: back to a list, on to another page; so does a closing
            // block that is all link, however long (an offer's blurb)
            boolean link = t.length() < 120 && b.linkDensity() > 0.5 || b.linkDensity() > 0.9;
            // a short line closing the article with a date or a time of day, not a sentence, stamps it (published,
            // updated, a picture's date) in any language; a list's entries and a quote's attribution stay
            boolean stamp = t.length() < 80 && b.list() == null && !b.quote() && date.reset(t).find() && !t.endsWith(".")
                    && t.codePoints().anyMatch(Character::isLetter);
            // a closing block opening with the copyright sign is the publisher's notice, longer than a credit amid the
            // text; a sentence that names the sign is the article's
            boolean notice = t.length() < CLOSING_NOTICE && t.startsWith("\u00a9");
            // a closing block set wholly in emphasis that holds a link is the publisher's note (follow us, a newsletter,
            // a picture's source, the author's line), as is one among the first blocks (a disclosure of affiliate
            // links, a welcome); an emphasized closing line without a link may be the article's
            boolean note = isPublishersNote(b);
            // a short line ending in a colon that a dropped promotion followed, closing the article, was its label
            // ("Das Thema könnte dich auch interessieren:", "Lue aiheesta lisää:"); amid the text such a line may be
            // a list's or a quote's lead-in
            boolean label = t.length() < PROMOTION_LABEL && t.endsWith(":") && promotionsAfter.containsKey(b);
            // a closing block with a link that repeats one earlier in the article is the template's call to action,
            // placed twice; an article does not say the same thing twice
            boolean repeated = b.linkText() > 0 && repeatsEarlierBlock(kept);
            // a closing line that ends with a web address written out as its link sends the reader elsewhere for more
            // (follow our coverage at ..., more information under ...), in any language
            boolean address = t.length() < CLOSING_LINE && b.endsInAddress();
            // so does a closing line linking to four places or more (follow us on ..., filed under ..., write to ...)
            boolean linkList = t.length() < CLOSING_LINE && b.linkCount() >= LINKS_ELSEWHERE;
            if (!b.tag().startsWith("h") && !link && !stamp
                    && !notice && !note && !label && !repeated && !address && !linkList) {
                // the article's last line, when no other rule trims it, goes when it reads "Label: value" (a picture's
                // credit, a source, a view count: "Foto: MDR/Bernd Cramer", "SOURCE: Al Jazeera News"); it alone, since
                // the lines before it are the article's own
                if (kept.size() == lastBlock && kept.size() > 1 && isLabelledValue(b)) {
                    kept.remove(kept.size() - 1);
                }
                break;
            }
            kept.remove(kept.size() - 1);
            if (link && !kept.isEmpty()) {
                promotionsAfter.merge(kept.get(kept.size() - 1), 1, Integer::sum);
            }
        }
        return kept;
    }

    /**
     * Whether a block is set wholly in emphasis and made of a label ending in a colon and a link running to its end
     * that is {@link #LABELLED_LINK} of the text or more: a promotion of another page set apart from the prose.
     */
    private static boolean isEmphasizedLabelledLink(Block b) {
        String t = b.text();
        int colon = t.indexOf(':');
        return colon > 0 && b.linkDensity() >= LABELLED_LINK && b.linkText() >= t.length() - colon - 3
                && isEmphasized(b);
    }

    /**
     * Whether a block is a short line (< {@link #LABELLED_VALUE} characters) of a label (< {@link #LABEL} characters),
     * a colon and a space before a value (not a URL's scheme), not a sentence nor a list's entry.
     */
    private static boolean isLabelledValue(Block b) {
        String t = b.text();
        int colon = t.indexOf(':');
        return t.length() < LABELLED_VALUE && colon > 0 && colon < LABEL && colon < t.length() - 2
                && Character.isWhitespace(t.charAt(colon + 1)) && b.list() == null && !t.endsWith(".") && !t.endsWith("!")
                && !t.endsWith("?");
    }

    /** A closing line of a label and a value: a credit, a source. */
    private static final int LABELLED_VALUE = 80;
    /** A label: a word or three. */
    private static final int LABEL = 25;

    /**
     * Whether a block is the publisher's note: short (< {@link #PUBLISHERS_NOTE} characters), set wholly in emphasis
     * apart from the prose, and linking elsewhere.
     */
    private static boolean isPublishersNote(Block b) {
        return b.text().length() < PUBLISHERS_NOTE && b.linkText() > 0 && isEmphasized(b);
    }

    /**
     * Whether a block is set wholly in italics or bold: each of its visible characters inside emphasis, in one element
     * or in several (a link breaks a line's emphasis into pieces: {@code <i>Follow her on </i><a><i>X</i></a>}).
     */
    private static boolean isEmphasized(Block b) {
        return b.emphasized() > 0 && b.emphasized() == visibleLength(b.text());
    }

    /** The characters of the text that are not white space. */
    private static int visibleLength(String s) {
        int visible = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!Character.isWhitespace(c) && c != '\u00a0') {
                visible++;
            }
        }
        return visible;
    }

    /** The share of a labelled promotion's text in its link: a label is a few words before a title. */
    private static final double LABELLED_LINK = 0.2;

    /** The text of a closing copyright notice: a few sentences. */
    private static final int CLOSING_NOTICE = 400;
    /** The text of a publisher's note opening or closing the article: two or three lines. */
    private static final int PUBLISHERS_NOTE = 300;

    /**
     * A closing line giving a web address or links: a sentence or two (a publisher's "about us" ending in its address
     * is longer).
     */
    private static final int CLOSING_LINE = 165;
    /** The links that make a closing line a list of places to go. */
    private static final int LINKS_ELSEWHERE = 4;

    /** Whether the last of the blocks has the same text as one before it. */
    private static boolean repeatsEarlierBlock(List<Block> kept) {
        String last = kept.get(kept.size() - 1).text();
        for (int i = 0; i < kept.size() - 1; i++) {
            if (kept.get(i).text().equals(last)) {
                return true;
            }
        }
        return false;
    }

    /** The text of a promotion's label: a line. */
    private static final int PROMOTION_LABEL = 100;
    /** The promotions in a row that make a run with a label: a list of links to other pages. */
    private static final int LABELLED_RUN = 2;
    /** The text of a run's label: a few words. */
    private static final int RUN_LABEL = 50;

    /**
     * Whether the text ends a sentence ({@code .}, {@code !}, {@code ?}); an ellipsis, which leads on to what follows
     * as a colon does, does not.
     */
    private static boolean endsSentence(String t) {
        return (t.endsWith(".") || t.endsWith("!") || t.endsWith("?")) && !t.endsWith("...");
    }

    private static final Pattern AUTHOR_SEPARATOR = Pattern.compile("\\s*[,;&]\\s*");

    /** Whether the text holds the name of one of the page's declared authors (names of 5 characters or more). */
    private static boolean namesAuthor(String text, String authors) {
        for (String name : AUTHOR_SEPARATOR.split(authors)) {
            if (name.length() >= 5 && text.contains(name)) {
                return true;
            }
        }
        return false;
    }

    private static String normalize(String s) {
        return s == null ? "" : ContentExtractor.lettersAndDigits(s).toLowerCase();
    }
}
