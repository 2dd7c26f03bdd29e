package dossier.extract;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.Charset;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Supplier;
import java.util.regex.Pattern;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import dossier.extract.internal.Charsets;
import dossier.extract.internal.ContentExtractor;
import dossier.extract.internal.Metadata;
import dossier.extract.internal.Recipe;

/**
 * Extracts the article from a web page: metadata (JSON-LD, OpenGraph and meta tags, canonical link,
 * language) and the article body, found by scoring the page's containers by text and link density,
 * paragraphs, punctuation and class/id hints after removing boilerplate. Thread-safe; never modifies
 * its input.
 */
public final class ArticleExtractor {

    private ArticleExtractor() {
    }

    /**
     * Extracts the article from a page's bytes. The charset comes from a byte-order mark, else from the
     * bytes themselves (UTF-8 when they decode as UTF-8, whatever the page declares), else the declared
     * charset or a common one, whichever reads best (see {@link Charsets}).
     *
     * @param html the page as fetched
     * @param baseUrl the page's URL, to resolve relative links; may be {@code null} or empty
     */
    public static Article extract(byte[] html, String baseUrl) {
        return extract(html, baseUrl, null);
    }

    /** The phases of an extraction that {@link #extract(byte[], String, long[])} times, in their order. */
    public static final List<String> PHASES = List.of("charset", "parse", "strip", "metadata", "content",
            "second pass", "language");

    /**
     * As {@link #extract(byte[], String)}, adding the thread CPU time of each of the {@link #PHASES} to
     * {@code phaseNanos} (when it is not {@code null}): where a benchmark's time goes.
     */
    public static Article extract(byte[] html, String baseUrl, long[] phaseNanos) {
        Clock clock = new Clock(phaseNanos);
        return extract(() -> parse(html, baseUrl, clock), html.length, baseUrl, clock);
    }

    private static Document parse(byte[] html, String baseUrl, Clock clock) {
        try {
            Charset charset = Charsets.of(html);
            clock.lap(CHARSET);
            Document document = Jsoup.parse(new ByteArrayInputStream(html), charset == null ? null : charset.name(),
                    baseUrl == null ? "" : baseUrl);
            clock.lap(PARSE);
            return document;
        } catch (IOException e) {
            throw new UncheckedIOException(e); // cannot happen when reading from memory
        }
    }

    private static final int CHARSET = 0;
    private static final int PARSE = 1;
    private static final int STRIP = 2;
    private static final int METADATA = 3;
    private static final int CONTENT = 4;
    private static final int SECOND_PASS = 5;
    private static final int LANGUAGE = 6;

    /** Adds the thread CPU time since its last lap to a phase's; does nothing without a place for the times. */
    private static final class Clock {
        private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
        private final long[] phaseNanos;
        private long last;

        Clock(long[] phaseNanos) {
            this.phaseNanos = phaseNanos;
            last = phaseNanos == null ? 0 : THREADS.getCurrentThreadCpuTime();
        }

        void lap(int phase) {
            if (phaseNanos != null) {
                long now = THREADS.getCurrentThreadCpuTime();
                phaseNanos[phase] += now - last;
                last = now;
            }
        }
    }

    /**
     * Extracts the article from a page already decoded to characters.
     *
     * @param html the page
     * @param baseUrl the page's URL, to resolve relative links; may be {@code null} or empty
     */
    public static Article extract(String html, String baseUrl) {
        return extract(() -> Jsoup.parse(html, baseUrl == null ? "" : baseUrl), html.length(), baseUrl,
                new Clock(null));
    }

    /**
     * @param parser parses the page anew each time it is called: the extraction takes the page apart
     * @param length the page's length, in bytes or characters
     */
    private static Article extract(Supplier<Document> parser, int length, String baseUrl, Clock clock) {
        Document document = parser.get();
        ContentExtractor strict = new ContentExtractor(document, false, length);
        Metadata.Marks marks = new Metadata.Marks(document);
        gather(document, marks, strict);
        clock.lap(STRIP);
        Metadata metadata = Metadata.of(document, marks, baseUrl);
        clock.lap(METADATA);
        ContentExtractor.Body body = strict.extract(metadata);
        clock.lap(CONTENT);
        if (body.text().length() < 250) {
            // the strict pass removed too much: try again keeping containers only their names condemn
            ContentExtractor lenientPass = new ContentExtractor(parser.get(), true, length);
            lenientPass.strip(e -> {
            });
            ContentExtractor.Body lenient = lenientPass.extract(metadata);
            if (lenient.text().length() > body.text().length() * 2) {
                body = lenient;
            }
        }
        String declaredBody = metadata.jsonLdBody();
        if (declaredBody.length() >= DECLARED_BODY && shareOfWords(declaredBody, body.text()) < 0.35) {
            // the page's own schema.org articleBody, when what was found holds little of it
            body = ContentExtractor.Body.ofText(Jsoup.parseBodyFragment(declaredBody).wholeText());
        }
        Recipe recipe = metadata.recipe();
        if (recipe.stepsText().length() >= DECLARED_STEPS && shareOfWords(recipe.stepsText(), body.text()) < 0.5) {
            // the page's own schema.org recipe, when what was found holds little of its steps (a recipe card the pick
            // passed over for the story or the nutrition table beside it)
            body = body.append(ContentExtractor.Body.ofText(String.join("\n", recipe.ingredients()) + "\n"
                    + recipe.stepsText()));
        }
        clock.lap(SECOND_PASS);
        String language = language(metadata.language(), body.text());
        clock.lap(LANGUAGE);
        return new Article(metadata.title(), metadata.author(), metadata.published(), metadata.canonicalUrl(),
                language, body.text(), body.html());
    }

    /**
     * Shows the marks every element of the page in the page's order, each before anything in it changes: the
     * body's as the strict pass strips it, so that the page is walked once for both.
     */
    private static void gather(Document document, Metadata.Marks marks, ContentExtractor strict) {
        Element body = document.body();
        if (body == null || body.parent() == null) {
            visitAll(document, marks);
            return;
        }
        for (Element ancestor = body.parent(); ancestor != null; ancestor = ancestor.parent()) {
            marks.visit(ancestor);
        }
        for (Element sibling : List.copyOf(body.parent().children())) {
            if (sibling == body) {
                strict.strip(marks::visit);
            } else {
                visitAll(sibling, marks);
            }
        }
    }

    private static void visitAll(Element root, Metadata.Marks marks) {
        root.traverse((node, depth) -> {
            if (node instanceof Element e) {
                marks.visit(e);
            }
        });
    }

    /** The declared steps of a recipe from which on they are its method, not a line of serving advice. */
    private static final int DECLARED_STEPS = 100;

    /** A JSON-LD articleBody shorter than this may be a teaser. */
    private static final int DECLARED_BODY = 500;

    /** The share of the distinct words of {@code reference} that {@code text} has too. */
    static double shareOfWords(String reference, String text) {
        Set<String> words = words(reference);
        if (words.isEmpty()) {
            return 1;
        }
        Set<String> found = words(text);
        return words.stream().filter(found::contains).count() / (double) words.size();
    }

    private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");

    private static Set<String> words(String text) {
        Set<String> words = new HashSet<>();
        for (String word : NOT_WORD.split(text.toLowerCase(Locale.ROOT))) {
            if (!word.isEmpty()) {
                words.add(word);
            }
        }
        return words;
    }

    /**
     * The language detected in the text, else the declared one; the declared tag is kept when it names the
     * same language (it may add a region), since templates often declare a site's default language.
     */
    static String language(String declared, String text) {
        String detected = Languages.detect(text);
        if (detected.isEmpty() || primary(declared).equals(primary(detected))) {
            String tag = Locale.forLanguageTag(declared).toLanguageTag();
            return tag.equals("und") ? declared : tag;
        }
        return detected;
    }

    private static String primary(String tag) {
        int dash = tag.indexOf('-');
        return (dash < 0 ? tag : tag.substring(0, dash)).toLowerCase(Locale.ROOT);
    }
}
