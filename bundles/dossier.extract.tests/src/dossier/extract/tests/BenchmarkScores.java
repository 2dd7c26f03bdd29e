package dossier.extract.tests;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

import dossier.extract.ArticleExtractor;

/**
 * Both shared benchmarks' pages read into memory once and scored as their score.py does, as often as asked: the tests
 * score them once; {@link #main} prints both halves' F1 and each page's score, for comparing two versions of the
 * extractor page by page or sweeping its thresholds in one JVM (see the extract bundle's README, "Threshold
 * sensitivity").
 */
final class BenchmarkScores {

    /** Python's {@code \\s} on str: Unicode white space. */
    private static final Pattern WHITESPACE = Pattern.compile("(?U)\\s+");

    /** A page of a benchmark: its bytes and what its ground truth says. */
    private record Page(String id, byte[] html, JsonObject truth) {
    }

    /** The trafilatura benchmark's counts of segments found and left out. */
    record Segments(int tp, int fp, int fn, int tn, int docs) {
        double f1() {
            return 2.0 * tp / (2 * tp + fp + fn);
        }

        double precision() {
            return (double) tp / (tp + fp);
        }

        double recall() {
            return (double) tp / (tp + fn);
        }

        double accuracy() {
            return (double) (tp + tn) / (tp + tn + fp + fn);
        }
    }

    private final List<Page> pages;

    private BenchmarkScores(Path folder) throws IOException {
        JsonObject truth = JsonParser.parseString(Files.readString(folder.resolve("ground-truth.json"),
                StandardCharsets.UTF_8)).getAsJsonObject();
        pages = new ArrayList<>();
        for (Map.Entry<String, JsonElement> page : truth.entrySet()) {
            pages.add(new Page(page.getKey(), page(folder, page.getKey()),
                    page.getValue().getAsJsonObject()));
        }
    }

    /** A benchmark in a folder of {@code html/*.html.gz} and ground-truth.json. */
    static BenchmarkScores of(Path folder) throws IOException {
        return new BenchmarkScores(folder);
    }

    /** A benchmark page's bytes, from {@code html/ID.html.gz} under the benchmark's folder. */
    static byte[] page(Path folder, String id) throws IOException {
        try (InputStream in = new GZIPInputStream(Files.newInputStream(folder.resolve("html").resolve(id + ".html.gz")))) {
            return in.readAllBytes();
        }
    }

    private static String extract(Page page) {
        return ArticleExtractor.extract(page.html(), null).text();
    }

    /** The article-extraction scores of each page, by page id, in the ground truth's order. */
    Map<String, ArticleBenchmark.Counts> articleCounts() {
        Map<String, ArticleBenchmark.Counts> counts = new LinkedHashMap<>();
        for (Page page : pages) {
            counts.put(page.id(), ArticleBenchmark.counts(page.truth().get("articleBody").getAsString(), extract(page)));
        }
        return counts;
    }

    /** The trafilatura scores of each page, by page id, in the ground truth's order. */
    Map<String, Segments> segmentCounts() {
        Map<String, Segments> counts = new LinkedHashMap<>();
        for (Page page : pages) {
            String extraction = normalize(extract(page));
            JsonArray with = page.truth().getAsJsonArray("with");
            JsonArray without = page.truth().getAsJsonArray("without");
            int tp = found(with, extraction);
            int fp = found(without, extraction);
            counts.put(page.id(), new Segments(tp, fp, with.size() - tp, without.size() - fp, 1));
        }
        return counts;
    }

    /** How many of the segments the extraction holds, white space normalized. */
    private static int found(JsonArray segments, String extraction) {
        int found = 0;
        for (JsonElement segment : segments) {
            found += !extraction.isEmpty() && extraction.contains(normalize(segment.getAsString())) ? 1 : 0;
        }
        return found;
    }

    static Segments sum(Iterable<Segments> pages) {
        int tp = 0;
        int fp = 0;
        int fn = 0;
        int tn = 0;
        int docs = 0;
        for (Segments s : pages) {
            tp += s.tp();
            fp += s.fp();
            fn += s.fn();
            tn += s.tn();
            docs += s.docs();
        }
        return new Segments(tp, fp, fn, tn, docs);
    }

    static String normalize(String text) {
        return WHITESPACE.matcher(text).replaceAll(" ").strip();
    }

    /**
     * Prints both shared halves' F1, then with {@code --pages} each page's: {@code java -cp ... BenchmarkScores
     * SHARED_DIR [--pages]} (the classpath in the extract bundle's README).
     */
    public static void main(String[] args) throws IOException {
        Path shared = Path.of(args.length > 0 ? args[0] : "../shared");
        boolean perPage = args.length > 1 && args[1].equals("--pages");
        BenchmarkScores article = of(shared.resolve("bench/article-extraction"));
        BenchmarkScores trafilatura = of(shared.resolve("bench/trafilatura-eval"));
        Map<String, ArticleBenchmark.Counts> articleCounts = article.articleCounts();
        Map<String, Segments> segmentCounts = trafilatura.segmentCounts();
        ArticleBenchmark.Score a = ArticleBenchmark.score(new ArrayList<>(articleCounts.values()));
        Segments t = sum(segmentCounts.values());
        System.out.printf("ScrapingHub F1 %.4f (precision %.4f recall %.4f, %d pages)%n", a.f1(), a.precision(),
                a.recall(), a.pages());
        System.out.printf("trafilatura F1 %.4f (precision %.4f recall %.4f, %d pages; tp %d fp %d fn %d)%n", t.f1(),
                t.precision(), t.recall(), t.docs(), t.tp(), t.fp(), t.fn());
        if (perPage) {
            articleCounts.forEach((id, c) -> System.out.printf("article %s %.4f%n", id, c.f1()));
            segmentCounts.forEach((id, c) -> System.out.printf("trafilatura %s tp %d fp %d fn %d%n", id, c.tp(), c.fp(),
                    c.fn()));
        }
    }
}
