package dossier.extract.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Pattern;

import org.jsoup.nodes.Comment;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeFilter.FilterResult;
import org.jsoup.select.NodeTraversor;

/**
 * Finds the article body of a page. The page is stripped of what never belongs to an article (scripts,
 * navigation, forms, hidden parts, containers whose class or id names boilerplate); every block of
 * text is scored by its length, punctuation and link density and the score flows to its ancestors,
 * weighted by their tag and class/id hints; the best-scoring container wins, joined by siblings that
 * look like more of the same; inside it, containers that look like widgets (link lists, image
 * galleries, share bars) are dropped; and bylines, dates and calls to action at the edges are trimmed.
 */
public final class ContentExtractor {

    /** The extracted body. */
    public record Body(String text, String html) {
        /** A body given as plain text: each line a paragraph. */
        public static Body ofText(String text) {
            StringBuilder plain = new StringBuilder();
            StringBuilder html = new StringBuilder();
            for (String line : text.split("\\s*\\n\\s*")) {
                String paragraph = line.strip();
                if (!paragraph.isEmpty()) {
                    plain.append(plain.length() == 0 ? "" : "\n\n").append(paragraph);
                    html.append("<p>").append(org.jsoup.nodes.Entities.escape(paragraph)).append("</p>\n");
                }
            }
            return new Body(plain.toString(), html.toString().trim());
        }

        /** This body followed by another. */
        public Body append(Body more) {
            if (text.isEmpty()) {
                return more;
            }
            return more.text().isEmpty() ? this : new Body(text + "\n\n" + more.text(), html + "\n" + more.html());
        }
    }

    static final Set<String> BLOCK_TAGS = Set.of("address", "article", "aside", "blockquote", "dd", "details",
            "dialog", "div", "dl", "dt", "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2", "h3",
            "h4", "h5", "h6", "header", "hgroup", "hr", "li", "main", "nav", "ol", "p", "pre", "section", "table",
            "tbody", "thead", "tfoot", "tr", "td", "th", "ul", "center", "summary", "menu", "caption", "br");
    private static final Set<String> DIV_LIKE = Set.of("div", "section", "article", "main", "center", "font",
            "span", "blockquote", "td", "dd", "li");
    private static final Set<String> ALWAYS_REMOVE = Set.of("script", "style", "noscript", "template", "svg",
            "math", "canvas", "iframe", "object", "embed", "video", "audio", "button", "input", "select",
            "textarea", "option", "link", "meta", "dialog", "map", "label", "source", "picture-source");
    private static final Set<String> STRUCTURAL_BOILERPLATE = Set.of("nav", "aside", "footer", "menu");

    // the class/id words below are matched in any case, a camel case hump a word boundary
    /** Class/id words of containers that are not the article. */
    private static final ClassWords UNLIKELY = new ClassWords("comment(?!ary)|disqus|respond|reply|replies"
            + "|sidebar|side-bar|footer|foot\\b|masthead|menu|navbar|navigation|breadcrumb|pagination|pager"
            + "|share|sharing|social|follow|newsletter|subscribe|signup|sign-up|cookie|consent|gdpr|banner|popup"
            + "|modal|overlay|promo(?!ted)|sponsor|advert|\\bads?\\b|adslot|dfp|outbrain|taboola"
            + "|related|recommend|more-stories|most-popular|popular|trending|read-more|readmore|also-read"
            + "|tags\\b|tag-list|taglist|keywords|author-bio|about-author|skip|print-only|hidden|toolbar"
            + "|rss|shoutbox|combx|skyscraper|teaser-list|jump|login|registration|paywall-prompt");
    /** Class/id words of containers that are never the article. */
    private static final ClassWords STRONG = new ClassWords("comment(?!ary)|disqus|respond|replies|sidebar|side-bar"
            + "|footer|share|sharing|social|newsletter|cookie|consent|gdpr|related|recommend|outbrain|taboola"
            + "|breadcrumb|more-stories|most-popular|popup|modal");
    /** Class/id words that keep a container despite an unlikely word. */
    private static final ClassWords MAYBE = new ClassWords("article|body|content|main|column|story|post-?text"
            + "|entry|text|prose|rich-?text|embed");
    private static final ClassWords NEGATIVE = new ClassWords("comment(?!ary)|meta|footer|foot\\b|sidebar|widget"
            + "|share|social|promo(?!ted)|sponsor|related|recommend|\\bads?\\b|advert|banner|byline|author|caption"
            + "|credit|tags\\b|popular|trending|newsletter|subscribe|masthead|breadcrumb|nav|menu|teaser|hidden"
            + "|combx|contact|shopping|outbrain|taboola|timestamp|dateline|toolbar|print|email|\\btools");
    private static final ClassWords POSITIVE = new ClassWords("article|body|content|entry|hentry|h-entry"
            + "|main|post|text|blog|story|prose|paragraph|copy\\b"); // body copy, not copyright
    private static final Pattern HIDDEN_STYLE = Pattern.compile("(?i)display\\s*:\\s*none|visibility\\s*:\\s*hidden");
    private static final String COMMA_CHARS = ",\u060c\uff0c\u3001\ufe50\ufe51\u2e41\u2e34\u2e32";

    private static final Pattern SENTENCE_END = Pattern.compile("[.!?\"\u201d]\\s*$");
    private static final Set<String> KEPT_BETWEEN = Set.of("h2", "h3", "h4", "h5", "h6", "ul", "ol", "blockquote",
            "pre", "table", "figure", "dl");
    /** The headings below the title's {@code h1}. */
    private static final Set<String> SUBHEADINGS = Set.of("h2", "h3", "h4", "h5", "h6");
    private static final Set<String> WIDGET_TAGS = Set.of("div", "section", "ul", "ol", "table", "form", "fieldset",
            "aside", "figure", "header", "footer", "nav", "dl", "span");

    /** A sibling holding this share of the best container's text scores is more of the article. */
    private static final double DEEP_SHARE = 0.2;
    /** The text of an {@code aria-hidden} {@code div} from which on it is a hidden region, not a repeated quote. */
    private static final int HIDDEN_REGION = 500;

    private final Document document;
    private Metadata metadata;
    private Element body;
    /** The page's paragraph text, counted as the page is stripped. */
    private int pageText;
    /** The body's text length, counted when a form asks for it. */
    private int bodyText = -1;
    private final Map<Element, Stats> stats;
    /** The containers scored, in the order they were first scored (the page's order of their text blocks). */
    private final List<Element> candidates = new ArrayList<>();
    /** The best-scoring container, whose ancestors inside the content are never cleaned away. */
    private Element core;
    private int coreText;
    /** Whether class and id names may make a widget of a container inside the content. */
    private boolean namesCount = true;

    /** Text statistics of one element, computed bottom-up in one pass. */
    static final class Stats {
        int text;
        int linkText;
        int commas;
        int paragraphs;
        double score;
        /** The scores of all text blocks inside, however deep. */
        double deep;
        boolean candidate;
        /** The text of the paragraphs inside, and whether an article's markup is inside: before boilerplate goes. */
        int paragraphText;
        boolean holdsArticle;
        /** Whether a block element is among the children: 0 until asked, then one of the constants for it. */
        byte blockChild;

        double linkDensity() {
            return text == 0 ? 0 : (double) linkText / text;
        }
    }

    /** The statistics of the elements from a walk's root down to the element it is at, by depth. */
    private final Path path = new Path();

    /** A stack of statistics indexed by depth, so that a walk finds a parent's without a map lookup. */
    private static final class Path {
        private Stats[] stats = new Stats[64];

        Stats get(int depth) {
            return stats[depth];
        }

        void set(int depth, Stats s) {
            if (depth >= stats.length) {
                stats = Arrays.copyOf(stats, Math.max(depth + 1, stats.length * 2));
            }
            stats[depth] = s;
        }
    }

    private final boolean lenient;
    /** The page's {@code h1} and {@code h2} left after boilerplate removal, and their text as compared with the title. */
    private final List<Element> headings = new ArrayList<>();
    private final Map<Element, String> headingTitles = new IdentityHashMap<>();

    /**
     * @param lenient keep containers whose class or id names boilerplate (for a second try when the
     *            strict pass finds too little)
     * @param pageLength the page's length in bytes or characters, to size the tables for its elements
     */
    public ContentExtractor(Document document, boolean lenient, int pageLength) {
        this.document = document;
        this.lenient = lenient;
        // sized for the page's elements at once (pages have one in about 180 bytes), not grown step by step
        this.stats = new IdentityHashMap<>(Math.max(64, pageLength / 100));
    }

    /**
     * Strips the page of what never belongs to an article; shows each element of the body to the observer, in
     * the page's order, before anything in it is changed. Returns whether the page has a body.
     */
    public boolean strip(Consumer<Element> observer) {
        body = document.body();
        if (body == null) {
            return false;
        }
        pageText = strip(body, observer);
        return true;
    }

    /** The article of the page stripped by {@link #strip}. */
    public Body extract(Metadata metadata) {
        this.metadata = metadata;
        if (body == null) {
            return new Body("", "");
        }
        computeStats(body, pageText);
        Content content = findContent(body);
        prependLead(content);
        clean(content.element());
        return Output.of(content.element(), metadata);
    }

    // ---- step 1: strip what never belongs to an article

    /**
     * Removes what never belongs to an article, and counts the paragraphs' text inside each element and
     * marks the elements holding an {@code <article>} or {@code itemprop=articleBody}, for the boilerplate
     * test; returns the page's paragraph text.
     */
    private int strip(Element body, Consumer<Element> observer) {
        int[] pageText = { 0 };
        boolean[] bodyDoomed = { false };
        NodeTraversor.filter(new NodeFilter() {
            @Override
            public FilterResult head(Node node, int depth) {
                if (node instanceof Comment) {
                    return FilterResult.REMOVE;
                }
                if (node instanceof Element e) {
                    observer.accept(e);
                    if (isDoomed(e)) {
                        if (e != body) {
                            showInside(e, observer);
                            if (isScripted(e) && e.parent() != body) {
                                scriptHosts.add(e.parent());
                            }
                            return FilterResult.REMOVE;
                        }
                        bodyDoomed[0] = true;
                    }
                    path.set(depth, stats(e));
                }
                return FilterResult.CONTINUE;
            }

            @Override
            public FilterResult tail(Node node, int depth) {
                if (node instanceof Element e && depth > 0) {
                    Stats s = path.get(depth);
                    if (e.normalName().equals("p")) {
                        int length = e.text().length();
                        s.paragraphText += length;
                        pageText[0] += length;
                    }
                    Stats parent = path.get(depth - 1);
                    parent.paragraphText += s.paragraphText;
                    parent.holdsArticle |= s.holdsArticle || e.normalName().equals("article")
                            || e.hasAttr("itemprop") && e.attr("itemprop").trim().equalsIgnoreCase("articleBody");
                }
                return FilterResult.CONTINUE;
            }
        }, body);
        if (bodyDoomed[0]) {
            body.remove();
        }
        removeAdSlots();
        return pageText[0];
    }

    /** The elements a script or frame was stripped from, in the page's order. */
    private final List<Element> scriptHosts = new ArrayList<>();
    /** The elements a boilerplate container, a widget or an advertisement's slot was removed from. */
    private final Set<Element> emptied = Collections.newSetFromMap(new IdentityHashMap<>());

    /** Whether an element fills its place by script or from another page: a script (not data) or a frame. */
    private static boolean isScripted(Element e) {
        return e.normalName().equals("iframe")
                || e.normalName().equals("script") && !e.attr("type").toLowerCase(Locale.ROOT).contains("json");
    }

    /**
     * Removes the places a script or frame filled with what the stripped page does not show (an advertisement, a
     * player) when all that is left of them is a short label (a banner's picture may link, its text does not):
     * without its script the place is its label alone ("Advertisement", "Anzeige", "Publicidad"), in any language.
     */
    private void removeAdSlots() {
        for (Element host : scriptHosts) {
            if (host.parent() != null && textLength(host, AD_LABEL) < AD_LABEL && !holdsLinkText(host)) {
                removeFromItsPlace(host);
            }
        }
    }

    /**
     * Removes an element and takes note of its parent as a place something was removed from: left with a label alone,
     * the place goes too (see {@link #clean}).
     */
    private void removeFromItsPlace(Element e) {
        emptied.add(e.parent());
        Element before = e.previousElementSibling();
        if (before != null && stats(e).linkDensity() > LINK_LIST) {
            labelsOfLinkLists.add(before);
        }
        e.remove();
    }

    /** The elements right before a removed list of links (a share bar, a list of other stories): its label, if short. */
    private final Set<Element> labelsOfLinkLists = Collections.newSetFromMap(new IdentityHashMap<>());
    /** The share of link text that makes a removed element a list of links. */
    private static final double LINK_LIST = 0.35;

    private static boolean holdsLinkText(Element e) {
        for (Element link : e.getElementsByTag("a")) {
            if (textLength(link, 1) > 0) {
                return true;
            }
        }
        return false;
    }

    /** The text of an advertisement's label: a word or two. */
    private static final int AD_LABEL = 30;

    /** Shows the observer the elements inside one about to be removed. */
    private static void showInside(Element removed, Consumer<Element> observer) {
        if (removed.childNodeSize() > 0) {
            NodeTraversor.traverse((node, depth) -> {
                if (node != removed && node instanceof Element e) {
                    observer.accept(e);
                }
            }, removed);
        }
    }

    /**
     * Whether an element never belongs to an article; a {@code noscript} holding three paragraphs or more does: it is
     * the article for readers without script (a blog whose script renders the post); nor does a {@code label} that is
     * a paragraph's or list item's text.
     */
    private boolean isDoomed(Element e) {
        String tag = e.normalName();
        return ALWAYS_REMOVE.contains(tag) && !(tag.equals("noscript") && countParagraphs(e, 3) >= 3)
                && !(tag.equals("label") && isTextOfItsParagraph(e))
                || (tag.equals("form") && countParagraphs(e, 3) < 3
                && !holdsMostOfThePage(e)) || isHidden(e);
    }

    /** The {@code p} elements inside an element, counted up to {@code limit}. */
    private static int countParagraphs(Element e, int limit) {
        int[] count = { 0 };
        NodeTraversor.filter((node, depth) -> {
            if (node instanceof Element x && x.normalName().equals("p") && ++count[0] >= limit) {
                return FilterResult.STOP;
            }
            return FilterResult.CONTINUE;
        }, e);
        return count[0];
    }

    /**
     * Whether a {@code label} is the text of the paragraph or list item it sits in (a checklist's entry: a recipe's
     * ingredient beside its tick box), not a form field's caption.
     */
    private static boolean isTextOfItsParagraph(Element label) {
        Element parent = label.parent();
        return parent != null && (parent.normalName().equals("p") || parent.normalName().equals("li"));
    }

    /** Whether a form holds most of the body's text: a page wrapped whole in one form (ASP.NET's). */
    private boolean holdsMostOfThePage(Element form) {
        int formText = textLength(form, Integer.MAX_VALUE);
        if (formText < 200) {
            return false; // a search box, a login: the page's text is elsewhere
        }
        if (bodyText < 0) {
            bodyText = textLength(body, Integer.MAX_VALUE);
        }
        return formText >= 0.5 * bodyText;
    }

    /**
     * The length of an element's text as {@code text()} has it (each text node's text trimmed, one space between
     * them), counted without building it and only until it reaches {@code limit}.
     */
    static int textLength(Element e, int limit) {
        int[] length = { 0 };
        NodeTraversor.filter((node, depth) -> {
            if (node instanceof TextNode t) {
                int l = textLength(t.getWholeText());
                if (l > 0) {
                    length[0] += l + (length[0] > 0 ? 1 : 0);
                    if (length[0] >= limit) {
                        return FilterResult.STOP;
                    }
                }
            }
            return FilterResult.CONTINUE;
        }, e);
        return length[0];
    }

    /**
     * Whether an element is hidden: by the {@code hidden} attribute, its style, or {@code aria-hidden}; a {@code div}
     * so marked is hidden only when it holds {@link #HIDDEN_REGION} characters or more (a closed dialog, a menu off
     * the screen), since a short one repeats the article's own words for the eye (a pull quote).
     */
    private static boolean isHidden(Element e) {
        if (e.attributesSize() == 0) {
            return false;
        }
        if (e.hasAttr("hidden") || "true".equals(e.attr("aria-hidden"))
                && (!e.normalName().equals("div") || textLength(e, HIDDEN_REGION) >= HIDDEN_REGION)) {
            return !e.normalName().equals("img");
        }
        String style = e.attr("style");
        return !style.isEmpty() && HIDDEN_STYLE.matcher(style).find();
    }

    private boolean isBoilerplate(Element e, int pageText) {
        String tag = e.normalName();
        if (tag.equals("article") || tag.equals("main") || tag.equals("html") || tag.equals("body")) {
            return false;
        }
        boolean structural = STRUCTURAL_BOILERPLATE.contains(tag);
        if (!structural && e.attributesSize() == 0) {
            return false; // no name, no role: nothing says boilerplate
        }
        int hints = hints(e.className()) | hints(e.id());
        if (!structural) {
            String role = e.attr("role");
            structural = role.equals("navigation") || role.equals("complementary") || role.equals("contentinfo");
        }
        if (!structural && (hints & (STRONG_HINT | UNLIKELY_HINT)) == 0
                || e.attr("itemprop").equalsIgnoreCase("articleBody")) {
            return false; // nothing says boilerplate, or the page's own markup says article
        }
        boolean maybe = (hints & MAYBE_HINT) != 0;
        if (!lenient && !maybe && (hints & STRONG_HINT) != 0) {
            // whatever its name, a container holding three fifths of the page's paragraphs is the article's
            return stats(e).paragraphText < 0.6 * pageText || pageText == 0;
        }
        boolean unlikely = !lenient && !structural && !maybe && (hints & UNLIKELY_HINT) != 0;
        if (!structural && !unlikely) {
            return false;
        }
        // otherwise never drop a container holding the marked-up article or two fifths of the page's paragraphs (a
        // structural tag or an unlikely name says less than the strong names above, which need three fifths)
        if (stats(e).holdsArticle) {
            return false;
        }
        return stats(e).paragraphText < 0.4 * pageText || pageText == 0;
    }

    private static final int MAYBE_HINT = 1;
    private static final int STRONG_HINT = 2;
    private static final int UNLIKELY_HINT = 4;
    /** Class and id strings repeat across a page and across pages (a framework's names): match each once. */
    private static final NameCache HINTS = new NameCache();

    private static int hints(String name) {
        if (name.isEmpty()) {
            return 0;
        }
        return HINTS.get(name, n -> {
            String h = wholeHiding(withoutTerms(n));
            if (MAYBE.in(h)) {
                return MAYBE_HINT; // beside it the other words do not count
            }
            return (STRONG.in(h) ? STRONG_HINT : 0) | (UNLIKELY.in(h) ? UNLIKELY_HINT : 0);
        });
    }

    // ---- step 2: statistics and scores

    /**
     * Counts text, link text, commas and paragraphs bottom-up and scores the text blocks into their
     * ancestors; with a page's paragraph text, removes the containers that look like boilerplate on the way.
     */
    private void computeStats(Element root, int pageText) {
        List<Element> elements = new ArrayList<>();
        List<Element> boilerplate = new ArrayList<>();
        NodeTraversor.filter(new NodeFilter() {
            @Override
            public FilterResult head(Node node, int depth) {
                if (node instanceof TextNode text) {
                    long lengthAndCommas = textLengthAndCommas(text.getWholeText());
                    int length = (int) lengthAndCommas;
                    if (length > 0) {
                        Stats s = path.get(depth - 1);
                        s.text += length;
                        s.commas += (int) (lengthAndCommas >>> 32);
                    }
                } else if (node instanceof Element e) {
                    if (pageText >= 0 && e != root && isBoilerplate(e, pageText)) {
                        boilerplate.add(e);
                        return FilterResult.SKIP_ENTIRELY;
                    }
                    elements.add(e);
                    path.set(depth, stats(e));
                    if (pageText >= 0 && (e.normalName().equals("h1") || e.normalName().equals("h2")
                            || e.attributesSize() > 0 && e.attr("itemprop").equals("headline"))) {
                        headings.add(e);
                    }
                }
                return FilterResult.CONTINUE;
            }

            @Override
            public FilterResult tail(Node node, int depth) {
                if (node instanceof Element e && node.parent() instanceof Element parent) {
                    Stats s = path.get(depth);
                    Stats p = depth > 0 ? path.get(depth - 1) : stats(parent);
                    p.text += s.text;
                    p.commas += s.commas;
                    p.linkText += e.normalName().equals("a") ? s.text : s.linkText;
                    p.paragraphs += s.paragraphs + (e.normalName().equals("p") && s.text > 0 ? 1 : 0);
                }
                return FilterResult.CONTINUE;
            }
        }, root);
        boilerplate.forEach(this::removeFromItsPlace);
        // score text blocks into their ancestors
        for (Element e : elements) {
            if (!isTextBlock(e)) {
                continue;
            }
            Stats s = stats(e);
            int ownText = ownBlockText(e);
            if (ownText < 25) {
                continue;
            }
            double score = (1 + Math.min(s.commas, 10) + Math.min(ownText / 100.0, 3)) * (1 - s.linkDensity());
            for (Element a = e; a != null; a = a.parent()) {
                stats(a).deep += score;
            }
            Element ancestor = e.parent();
            for (int level = 0; ancestor != null && level < 5; level++, ancestor = ancestor.parent()) {
                if (ancestor.normalName().equals("html")) {
                    break;
                }
                Stats a = stats(ancestor);
                if (!a.candidate) {
                    a.candidate = true;
                    a.score = initialScore(ancestor);
                    candidates.add(ancestor);
                }
                a.score += level == 0 ? score : level == 1 ? score / 2 : score / (level * 3);
            }
        }
    }

    private int ownBlockText(Element e) {
        String tag = e.normalName();
        if (tag.equals("p") || tag.equals("pre") || !hasBlockChild(e)) {
            return stats(e).text;
        }
        int own = 0;
        for (int i = 0; i < e.childNodeSize(); i++) {
            if (e.childNode(i) instanceof TextNode t) {
                own += textLength(t.getWholeText());
            }
        }
        return own;
    }

    private boolean isTextBlock(Element e) {
        String tag = e.normalName();
        if (tag.equals("p") || tag.equals("pre")) {
            return true;
        }
        if (!DIV_LIKE.contains(tag)) {
            return false;
        }
        if (e.parent() != null && ((e.parent().normalName().equals("p") || e.parent().normalName().equals("li")))) {
            return false;
        }
        if (!hasBlockChild(e)) {
            return !tag.equals("span") || e.parent() == null || hasBlockChild(e.parent());
        }
        // a container with text directly inside counts for that text (text split by <br>)
        for (int i = 0; i < e.childNodeSize(); i++) {
            if (e.childNode(i) instanceof TextNode t && textLength(t.getWholeText()) >= 25) {
                return true;
            }
        }
        return false;
    }

    private boolean hasBlockChild(Element e) {
        Stats s = stats(e);
        if (s.blockChild == 0) {
            s.blockChild = computeHasBlockChild(e) ? BLOCK_CHILD : NO_BLOCK_CHILD;
        }
        return s.blockChild == BLOCK_CHILD;
    }

    private static final byte BLOCK_CHILD = 1;
    private static final byte NO_BLOCK_CHILD = 2;

    private static boolean computeHasBlockChild(Element e) {
        for (Element child = e.firstElementChild(); child != null; child = child.nextElementSibling()) {
            if (BLOCK_TAGS.contains(child.normalName()) && !child.normalName().equals("br")) {
                return true;
            }
        }
        return false;
    }

    private double initialScore(Element e) {
        double score = switch (e.normalName()) {
            case "div", "article", "main", "section" -> 5;
            case "pre", "td", "blockquote" -> 3;
            case "address", "ol", "ul", "dl", "dd", "dt", "li", "form" -> -3;
            case "h1", "h2", "h3", "h4", "h5", "h6", "th" -> -5;
            default -> 0;
        };
        if (e.normalName().equals("article") || e.attr("itemprop").equalsIgnoreCase("articleBody")) {
            score += 10;
        }
        return score + classWeight(e);
    }

    private static final NameCache WEIGHTS = new NameCache();

    int classWeight(Element e) {
        return weight(e.className()) + weight(e.id());
    }

    private static int weight(String hint) {
        if (hint.isEmpty()) {
            return 0;
        }
        return WEIGHTS.get(hint, n -> {
            String h = wholeHiding(withoutTerms(n));
            return (NEGATIVE.in(h) ? -25 : 0) + (POSITIVE.in(h) ? 25 : 0);
        });
    }

    /**
     * A lower-cased name without the words that hide an element only in part: at some screen sizes or in print
     * (Bootstrap's {@code hidden-xs}, {@code hidden-md-up}, {@code hidden-print}, page builders' {@code hidden-phone}),
     * or a part of it ({@code label-hidden}, {@code title-hidden}: the field shows, its label does not), or that hide
     * nothing ({@code overflow-hidden} clips, {@code lazy-hidden} waits for a picture to load).
     */
    private static String wholeHiding(String name) {
        return lower(name).contains("hidden") ? PARTLY_HIDDEN.matcher(name).replaceAll(" ") : name;
    }

    private static final Pattern PARTLY_HIDDEN = Pattern.compile("(?i)hidden-(xs|sm|md|lg|xl|xlg|s|m|l|phone|mobile"
            + "|tablet|desktop|print|small|medium|large)(-up|-down)?\\b|\\b(label|title|overflow|lazy)-hidden\\b");

    /**
     * A post's name without the terms it is filed under, as WordPress writes them into a post's classes beside its
     * status ({@code status-publish ... category-<slug> tag-<slug>}): a post tagged {@code social-media} or
     * {@code advertising} is not a share bar or an advertisement. Elsewhere {@code tag-list} is a widget's name.
     */
    private static String withoutTerms(String name) {
        return name.contains("status-") && (name.contains("tag-") || name.contains("category-"))
                ? TERMS.matcher(name).replaceAll(" ") : name;
    }

    private static final Pattern TERMS = Pattern.compile("(?<![\\w-])(tag|category)-[\\w-]+");

    Stats stats(Element e) {
        return stats.computeIfAbsent(e, k -> new Stats());
    }

    /**
     * The length of a text node's text as the page shows it, without allocating it: white space runs
     * collapsed to one space, zero-width spaces and soft hyphens dropped, the ends trimmed (as jsoup's
     * {@code TextNode.text().trim()}).
     */
    static int textLength(String s) {
        return (int) textLengthAndCommas(s);
    }

    /**
     * {@link #textLength(String)} in the low 32 bits and the text's commas (in any script) in the high ones, counted
     * in one pass over the text.
     */
    private static long textLengthAndCommas(String s) {
        int length = 0;
        int first = -1;
        int last = -1;
        int commas = 0;
        boolean inSpace = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c > ' ' && c < '\u00a0') {
                // most characters: visible, ASCII or Latin-1 but no-break space
                first = first < 0 ? length : first;
                last = length;
                commas += c == ',' ? 1 : 0;
                length++;
                inSpace = false;
            } else if (c == ' ' || c == '\t' || c == '\n' || c == '\f' || c == '\r' || c == '\u00a0') {
                length += inSpace ? 0 : 1;
                inSpace = true;
            } else if (c != '\u200b' && c != '\u00ad') {
                if (c > ' ') {
                    first = first < 0 ? length : first;
                    last = length;
                    commas += c >= '\u060c' && COMMA_CHARS.indexOf(c) >= 0 ? 1 : 0;
                }
                length++;
                inSpace = false;
            }
        }
        return (long) commas << 32 | (first < 0 ? 0 : last - first + 1);
    }

    // ---- step 3: the best container and its siblings

    /**
     * The chosen content: the best container or a new one holding it with its siblings, and the first element of the
     * page's own that it holds (where the lead before it ends).
     */
    private record Content(Element element, Element start) {
    }

    private Content findContent(Element body) {
        List<Element> candidates = new ArrayList<>(this.candidates);
        for (Element c : candidates) {
            Stats s = stats(c);
            s.score *= 1 - s.linkDensity();
        }
        if (candidates.isEmpty()) {
            return new Content(body, body);
        }
        candidates.sort(Comparator.comparingDouble((Element e) -> stats(e).score).reversed());
        Element top = candidates.get(0);
        double topScore = stats(top).score;

        // several near-best candidates under one ancestor: the ancestor holds the article
        List<Element> alternatives = new ArrayList<>();
        for (Element c : candidates.subList(1, Math.min(candidates.size(), 5))) {
            if (stats(c).score >= topScore * 0.75) {
                alternatives.add(c);
            }
        }
        if (alternatives.size() >= 3) {
            for (Element ancestor = top.parent(); ancestor != null && ancestor != body; ancestor = ancestor.parent()) {
                int containing = 0;
                for (Element alt : alternatives) {
                    if (isAncestor(ancestor, alt)) {
                        containing++;
                    }
                }
                if (containing >= 3) {
                    top = ancestor;
                    break;
                }
            }
        }
        // of several strong candidates, the one headed by the page's title is the page's article
        String title = normalizeTitle(metadata.title());
        if (!title.isEmpty() && !headedBy(top, title)) {
            for (Element c : candidates.subList(1, Math.min(candidates.size(), 5))) {
                if (stats(c).score >= topScore * 0.5 && stats(c).text >= 170 && headedBy(c, title)
                        && !isAncestor(c, top)) {
                    top = c;
                    break;
                }
            }
        }
        // climb while the parent scores better
        double last = stats(top).score;
        for (Element parent = top.parent(); parent != null && parent != body; parent = parent.parent()) {
            Stats p = stats.get(parent);
            if (p == null || !p.candidate) {
                continue;
            }
            if (p.score < topScore / 3) {
                break;
            }
            if (p.score > last) {
                top = parent;
                break;
            }
            last = p.score;
        }
        top = markedContent(top, candidates);
        core = top;
        while (top.parent() != null && top.parent() != body && top.parent().childrenSize() == 1) {
            top = top.parent();
        }
        return withSiblings(top);
    }

    /** Candidates scoring this share of the chosen one or more are parts of the same content. */
    private static final double COMPARABLE = 0.5;

    /**
     * The element holding the chosen candidate and every candidate outside it that scores {@link #COMPARABLE} of it or
     * more, when it is the page's {@code <article>} or {@code <main>} (the page's markup names it its content: the
     * near-best parts beside the chosen one are its parts too, a header's lead beside the body, the sections of a
     * product page, a school's accordions) or a series of blocks of one kind (see {@link #isSeries}), and none of
     * those candidates is a teaser for another page (see {@link #isTeaser}); else the chosen candidate.
     */
    private Element markedContent(Element top, List<Element> candidates) {
        double topScore = stats(top).score;
        Element common = null;
        for (Element c : candidates) {
            if (stats(c).score < COMPARABLE * topScore) {
                break; // the candidates are sorted by score
            }
            if (c == top || isAncestor(c, top) || isAncestor(top, c)) {
                continue;
            }
            if (isTeaser(c)) {
                return top; // near-best teasers for other pages: the pick stands alone among them
            }
            for (common = common == null ? top : common; common != null && !isAncestor(common, c);) {
                common = common.parent();
            }
            if (common == null) {
                return top;
            }
        }
        if (common == null) {
            return top;
        }
        return common.normalName().equals("article") || common.normalName().equals("main") || isSeries(common, top)
                ? common : top;
    }

    /** Whether a block is headed by a link (a heading that is mostly link, or a link holding a heading): a teaser. */
    private boolean isTeaser(Element block) {
        for (Element child = block.firstElementChild(); child != null; child = child.nextElementSibling()) {
            if (isHeading(child) && stats(child).linkDensity() > 0.5) {
                return true;
            }
            if (child.normalName().equals("a")) {
                for (Element inLink = child.firstElementChild(); inLink != null; inLink = inLink.nextElementSibling()) {
                    if (isHeading(inLink)) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    private static boolean isHeading(Element e) {
        return Output.HEADINGS.contains(e.normalName());
    }

    /** The blocks of one kind from which on a parent holding nothing else is a series of them. */
    private static final int SERIES = 3;

    /**
     * Whether an element's children are {@link #SERIES} blocks or more of one class and nothing else, the one holding
     * the chosen candidate among them: the page's template repeats one block for each part of one text (a page
     * builder's sections, a newsletter's items, the annexes of a report), and where candidates of comparable score lie
     * in several of them, they are parts of the same content.
     */
    private static boolean isSeries(Element parent, Element top) {
        Element unit = top;
        while (unit.parent() != parent) {
            unit = unit.parent();
        }
        String kind = unit.className();
        if (kind.isEmpty() || parent.childrenSize() < SERIES) {
            return false;
        }
        for (Element child = parent.firstElementChild(); child != null; child = child.nextElementSibling()) {
            if (!child.className().equals(kind)) {
                return false;
            }
        }
        return true;
    }

    /** The title's letters and digits, lower-cased. */
    private static String normalizeTitle(String title) {
        return title == null ? "" : lower(lettersAndDigits(title));
    }

    /** The text's letters and digits alone (Unicode's categories L and N). */
    static String lettersAndDigits(String text) {
        StringBuilder kept = new StringBuilder(text.length());
        text.codePoints().filter(c -> Character.isLetter(c) || isNumber(c)).forEach(kept::appendCodePoint);
        return kept.toString();
    }

    private static boolean isNumber(int c) {
        int type = Character.getType(c);
        return type == Character.DECIMAL_DIGIT_NUMBER || type == Character.LETTER_NUMBER
                || type == Character.OTHER_NUMBER;
    }

    /** Whether an {@code h1} or {@code h2} in the container (or the container itself) reads as the title. */
    private boolean headedBy(Element container, String title) {
        for (Element heading : headings) {
            if ((heading == container || isAncestor(container, heading))
                    && headingTitles.computeIfAbsent(heading, h -> normalizeTitle(h.text())).equals(title)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isAncestor(Element ancestor, Element e) {
        for (Element p = e.parent(); p != null; p = p.parent()) {
            if (p == ancestor) {
                return true;
            }
        }
        return false;
    }

    private Content withSiblings(Element top) {
        Element parent = top.parent();
        if (parent == null) {
            return new Content(top, top);
        }
        Stats t = stats(top);
        double threshold = Math.max(10, t.score * 0.2);
        List<Element> siblings = parent.children();
        boolean[] keep = new boolean[siblings.size()];
        int topIndex = -1;
        for (int i = 0; i < siblings.size(); i++) {
            Element sibling = siblings.get(i);
            if (sibling == top) {
                keep[i] = true;
                topIndex = i;
                continue;
            }
            Stats s = stats(sibling);
            double bonus = !top.className().isEmpty() && top.className().equals(sibling.className()) ? t.score * 0.2
                    : 0;
            if (s.candidate && s.score + bonus >= threshold) {
                keep[i] = true;
            } else if (s.deep >= Math.max(10, DEEP_SHARE * t.deep) && s.linkDensity() < 0.25
                    && classWeight(sibling) >= 0) {
                keep[i] = true;
            } else if (isParagraphLike(sibling)) {
                String text = sibling.text();
                double ld = s.linkDensity();
                if (text.length() > 100 && ld < 0.25
                        || text.length() > 0 && ld == 0 && SENTENCE_END.matcher(text).find()) {
                    keep[i] = true;
                }
            }
        }
        // headings, lists, quotes and figures between kept siblings belong to the article
        int first = topIndex;
        int lastKept = topIndex;
        for (int i = 0; i < keep.length; i++) {
            if (keep[i]) {
                first = Math.min(first, i);
                lastKept = Math.max(lastKept, i);
            }
        }
        for (int i = first; i <= lastKept; i++) {
            if (!keep[i]) {
                Element s = siblings.get(i);
                String tag = s.normalName();
                if (KEPT_BETWEEN.contains(tag) && stats(s).linkDensity() < 0.5
                        && classWeight(s) >= 0) {
                    keep[i] = true;
                }
            }
        }
        int kept = 0;
        for (boolean k : keep) {
            kept += k ? 1 : 0;
        }
        Element start = siblings.get(first);
        if (kept == 1) {
            return new Content(top, start);
        }
        Element content = new Element("div");
        for (int i = 0; i < siblings.size(); i++) {
            if (keep[i]) {
                content.appendChild(siblings.get(i).clone());
            }
        }
        // the clones need statistics too
        computeStats(content, -1);
        return new Content(content, start);
    }

    private boolean isParagraphLike(Element e) {
        String tag = e.normalName();
        return tag.equals("p") || (DIV_LIKE.contains(tag) && !hasBlockChild(e));
    }

    // ---- step 4: the lead between the title and the body

    /**
     * Puts the lead before the content: the paragraphs of prose between the heading that reads as the page's
     * title and the content's start (in the article's header, in a teaser block beside the body).
     */
    private void prependLead(Content content) {
        Element contentStart = content.start();
        String title = normalizeTitle(metadata.title());
        if (title.isEmpty()) {
            return;
        }
        Element heading = null;
        for (Element h : headings) {
            if (h != contentStart && !isAncestor(contentStart, h)
                    && readsAsTitle(headingTitles.computeIfAbsent(h, x -> normalizeTitle(x.text())), title)) {
                heading = h;
                break;
            }
        }
        Element common = heading == null ? null : heading.parent();
        while (common != null && !isAncestor(common, contentStart)) {
            common = common.parent();
        }
        if (common == null) {
            return;
        }
        Element titleHeading = heading;
        List<Element> lead = new ArrayList<>();
        boolean[] afterTitle = { false };
        boolean[] atContent = { false };
        NodeTraversor.filter(new NodeFilter() {
            @Override
            public FilterResult head(Node node, int depth) {
                if (node == contentStart) {
                    atContent[0] = true;
                    return FilterResult.STOP;
                }
                if (!afterTitle[0] || !(node instanceof Element e)) {
                    return FilterResult.CONTINUE;
                }
                if (LEAD_SKIPPED.contains(e.normalName()) || framesPicture(e) || followsPicture(e)) {
                    return FilterResult.SKIP_ENTIRELY;
                }
                Stats s = stats(e);
                boolean prose = e.normalName().equals("p") || SUBHEADINGS.contains(e.normalName());
                if (prose && s.text >= LEAD && s.linkDensity() < 0.1) {
                    lead.add(e);
                }
                return FilterResult.CONTINUE;
            }

            @Override
            public FilterResult tail(Node node, int depth) {
                afterTitle[0] |= node == titleHeading;
                return FilterResult.CONTINUE;
            }
        }, common);
        if (!atContent[0]) {
            return;
        }
        for (int i = lead.size() - 1; i >= 0; i--) {
            Element paragraph = new Element("p");
            for (Node child : lead.get(i).childNodes()) {
                paragraph.appendChild(child.clone());
            }
            content.element().prependChild(paragraph);
        }
    }

    /**
     * A lead is a paragraph of 150 characters or more (two lines of prose), or a heading as long (a lead set in large
     * type); a shorter one under a title is its subtitle, which is not part of the article's text.
     */
    private static final int LEAD = 150;
    /** Where no lead is: pictures and their captions, links, lists, tables, dates. */
    private static final Set<String> LEAD_SKIPPED = Set.of("figure", "figcaption", "a", "ul", "ol", "table", "time");

    /**
     * Whether a heading reads as the page's title: the same words, or one within the other making half of it or
     * more (a title with the site's name or a label, a heading with a kicker).
     */
    private static boolean readsAsTitle(String heading, String title) {
        String shorter = heading.length() < title.length() ? heading : title;
        String longer = shorter == heading ? title : heading;
        return !shorter.isEmpty() && longer.contains(shorter) && shorter.length() * 2 >= longer.length();
    }

    /** Whether the element comes right after an image: then it is the picture's caption. */
    private static boolean followsPicture(Element e) {
        Element previous = e.previousElementSibling();
        return previous != null && isPicture(previous);
    }

    /** Whether an image is among the element's children: then its text is the picture's caption. */
    private static boolean framesPicture(Element e) {
        for (Element child = e.firstElementChild(); child != null; child = child.nextElementSibling()) {
            if (isPicture(child)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isPicture(Element e) {
        return e.normalName().equals("img") || e.normalName().equals("picture");
    }

    // ---- step 5: drop widgets inside the article

    private void clean(Element content) {
        coreText = stats(core).text;
        List<Element> titles = new ArrayList<>();
        List<Element> captions = new ArrayList<>();
        NodeTraversor.traverse((node, depth) -> {
            if (node instanceof Element e) {
                if (e.normalName().equals("h1") || e.normalName().equals("figcaption")) {
                    titles.add(e);
                }
                if (namesCaption(e.className()) || namesCaption(e.id())) {
                    captions.add(e);
                }
            }
        }, content);
        for (Element e : titles) {
            e.remove();
        }
        for (Element e : captions) {
            if (e.parent() != null && stats(e).text < 300) {
                e.remove();
            }
        }
        dropAuthorBoxes(content);
        namesCount = !namedWidgetsHoldTheText(content);
        Set<Element> ingredients = declaredIngredients(content);
        List<Element> all = content.getAllElements();
        for (int i = all.size() - 1; i > 0; i--) {
            Element e = all.get(i);
            if (e.parent() == null) {
                continue;
            }
            // a block a widget or boilerplate was removed from, left with a label alone (a kicker, a byline beside a
            // stamp)
            if (emptied.contains(e) && !inRunningText(e) && textLength(e, WIDGET_LABEL) < WIDGET_LABEL) {
                removeFromItsPlace(e);
                continue;
            }
            // a short line without a link right before a list of links that went is its label ("Sharing is caring!",
            // "Lue myös:"), unless it is inline in running text
            if (labelsOfLinkLists.contains(e) && !isInline(e) && isLabel(e)) {
                removeFromItsPlace(e);
                continue;
            }
            String tag = e.normalName();
            if (tag.equals("header") && countParagraphs(e, 2) <= 1 && stats(e).text < 300) {
                e.remove();
                continue;
            }
            if (SUBHEADINGS.contains(tag) && (classWeight(e) < 0 || stats(e).linkDensity() > 0.5)) {
                e.remove();
                continue;
            }
            if (WIDGET_TAGS.contains(tag) && stats(e).text < 0.5 * coreText && !inRunningText(e)
                    && !ingredients.contains(e) && isWidget(e)) {
                removeFromItsPlace(e);
            }
        }
    }

    /**
     * The list items that are ingredients the page declares (schema.org {@code recipeIngredient}), with the elements
     * inside and around them: a recipe's ingredient list is no widget however many of its names link to a shop or a
     * glossary.
     */
    private Set<Element> declaredIngredients(Element content) {
        Set<Element> kept = Collections.newSetFromMap(new IdentityHashMap<>());
        if (metadata.recipe().ingredients().isEmpty()) {
            return kept;
        }
        Set<String> declared = new HashSet<>();
        for (String ingredient : metadata.recipe().ingredients()) {
            declared.add(lower(lettersAndDigits(ingredient)));
        }
        for (Element item : content.getElementsByTag("li")) {
            if (declared.contains(lower(lettersAndDigits(item.text())))) {
                kept.addAll(item.getAllElements());
                for (Element a = item.parent(); a != null && a != content; a = a.parent()) {
                    kept.add(a);
                }
            }
        }
        return kept;
    }

    /** Whether the element sits in a paragraph or beside text of its parent's own: part of a sentence. */
    private boolean isInline(Element e) {
        Element parent = e.parent();
        return parent != null && (parent.normalName().equals("p")
                || holdsOwnText.computeIfAbsent(parent, ContentExtractor::holdsOwnText));
    }

    /** Whether the element holds a label: text under {@link #WIDGET_LABEL} characters and no link. */
    private static boolean isLabel(Element e) {
        int length = textLength(e, WIDGET_LABEL);
        return length > 0 && length < WIDGET_LABEL && !holdsLinkText(e);
    }

    /** The text of a widget's label left when the widget is gone: a heading of a few words. */
    private static final int WIDGET_LABEL = 50;

    /** The text of an author's box: a name, a picture, a paragraph or two of biography and links. */
    private static final int AUTHOR_BOX = 800;

    /**
     * Drops the author's boxes closing the content: the largest element under {@link #AUTHOR_BOX} characters around
     * a mark of the author (schema.org's {@code itemprop=author}, HTML's {@code rel=author} link) when it holds a
     * paragraph (a biography, not a byline) and half of the content's text or more comes before it (not an article's
     * header, which holds the byline beside the lead).
     */
    private void dropAuthorBoxes(Element content) {
        List<Element> marks = new ArrayList<>();
        NodeTraversor.traverse((node, depth) -> {
            if (node instanceof Element e && e.attributesSize() > 0 && (e.attr("itemprop").equalsIgnoreCase("author")
                    || e.normalName().equals("a") && (" " + lower(e.attr("rel")) + " ").contains(" author "))) {
                marks.add(e);
            }
        }, content);
        for (Element mark : marks) {
            Element box = mark;
            while (box.parent() != null && box.parent() != content && stats(box.parent()).text < AUTHOR_BOX) {
                box = box.parent();
            }
            Stats s = stats(box);
            if (box != content && box.parent() != null && s.text < AUTHOR_BOX && s.text < 0.5 * coreText
                    && s.paragraphs > 0 && !box.normalName().equals("p")
                    && textBefore(box, content) >= 0.5 * stats(content).text) {
                box.remove();
            }
        }
    }

    /** The text of the elements before this one inside the root. */
    private int textBefore(Element e, Element root) {
        int before = 0;
        for (Element a = e; a != root && a != null; a = a.parent()) {
            for (Element b = a.previousElementSibling(); b != null; b = b.previousElementSibling()) {
                before += stats(b).text;
            }
        }
        return before;
    }

    /** Whether a {@code span} sits in running text: inside a paragraph, or beside text of its parent's own. */
    private boolean inRunningText(Element e) {
        if (!e.normalName().equals("span") || e.parent() == null) {
            return false;
        }
        Element parent = e.parent();
        return parent.normalName().equals("p") || holdsOwnText.computeIfAbsent(parent, ContentExtractor::holdsOwnText);
    }

    /** Whether each parent of a {@code span} has text of its own, asked once per parent: siblings may be many. */
    private final Map<Element, Boolean> holdsOwnText = new IdentityHashMap<>();

    private static boolean holdsOwnText(Element e) {
        for (Node child : e.childNodes()) {
            if (child instanceof TextNode t && !t.isBlank()) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the containers that only their class or id names make widgets hold half of the content's text
     * together: then the names say what the page's posts are called (a forum's or a live blog's "comment"), not
     * what is beside them.
     */
    private boolean namedWidgetsHoldTheText(Element content) {
        int[] named = { 0 };
        NodeTraversor.filter((node, depth) -> {
            if (node != content && node instanceof Element e && WIDGET_TAGS.contains(e.normalName())
                    && stats(e).text < 0.5 * coreText && condemnedByName(e)) {
                named[0] += stats(e).text;
                return FilterResult.SKIP_CHILDREN;
            }
            return FilterResult.CONTINUE;
        }, content);
        return named[0] > 0 && named[0] >= 0.5 * stats(content).text;
    }

    private boolean condemnedByName(Element e) {
        int weight = classWeight(e);
        Stats s = stats(e);
        return weight < 0 && weight + (s.candidate ? s.score : 0) < 0;
    }

    private static boolean namesCaption(String name) {
        String lower = lower(name);
        return lower.contains("caption") || lower.contains("credit");
    }

    /** Paragraphs, images and list items inside an element (itself included), and the text of its quotations. */
    private record Inside(int paragraphs, int images, int items, int quoted) {
    }

    private Inside inside(Element e) {
        int[] counts = new int[4];
        NodeTraversor.traverse((node, depth) -> {
            if (node instanceof Element x) {
                switch (x.normalName()) {
                    case "p" -> counts[0]++;
                    case "img" -> counts[1]++;
                    case "li" -> counts[2]++;
                    case "blockquote" -> counts[3] += stats(x).text;
                    default -> {
                    }
                }
            }
        }, e);
        return new Inside(counts[0], counts[1], counts[2], counts[3]);
    }

    /** The share of its text an element keeps after widgets inside it went that is most of it. */
    private static final double MOST_LEFT = 0.55;

    private boolean isWidget(Element e) {
        Stats s = stats(e);
        Inside inside = inside(e);
        // a quotation (an embedded post, a pull quote) is part of the article even when full of links
        int quoted = inside.quoted();
        if (quoted >= 50 && quoted > 0.6 * s.text) {
            return false;
        }
        int weight = namesCount ? classWeight(e) : Math.max(0, classWeight(e));
        if (namesCount && condemnedByName(e)) {
            return true;
        }
        if (s.commas >= 10) {
            return false;
        }
        String tag = e.normalName();
        boolean list = tag.equals("ul") || tag.equals("ol");
        int paragraphs = inside.paragraphs();
        int images = inside.images();
        int items = inside.items() - 100;
        // the links counted were all in widgets removed inside it: what is left (a paragraph beside a removed call to
        // action or link list), if it is most of the text, is tested without them
        int most = (int) (MOST_LEFT * s.text);
        double ld = s.linkText > 0 && !holdsLinkText(e) && textLength(e, most) >= most ? 0 : s.linkDensity();
        int length = s.text;
        if (images > 1 && paragraphs / (double) images < 0.4 && !tag.equals("figure")) {
            return true;
        }
        if (!list && items > paragraphs) {
            return true;
        }
        if (!list && length < 25 && (images == 0 || images > 2) && ld > 0) {
            return true;
        }
        if (!list && weight < 25 && ld > 0.2 && length < 1000) {
            return true;
        }
        if (weight >= 25 && ld > 0.5) {
            return true;
        }
        if (list && ld > 0.6 && length < 1000) {
            return true;
        }
        return false;
    }

    static String lower(String s) {
        return s.toLowerCase(Locale.ROOT);
    }
}
