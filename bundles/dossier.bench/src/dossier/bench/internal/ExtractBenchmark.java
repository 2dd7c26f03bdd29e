package dossier.bench.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.ToIntFunction;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;

import org.jsoup.Jsoup;

import dossier.cli.CommandContext;
import dossier.cli.CommandFailure;
import dossier.cli.DossierCommand;
import dossier.cli.JsonOption;
import dossier.extract.ArticleExtractor;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(description = { "Times article extraction (metadata, body, language) on saved pages (*.html, *.html.gz,"
        + " read recursively from DIR), single-threaded and warm, against jsoup's own parse plus all-text"
        + " (Jsoup.parse, then text()) on the same pages in the same run, the two sides interleaved page by page"
        + " and timed by thread CPU time where the JVM offers it (the large page by the clock).",
        "Prints pages/s, ms per page p50/p99 and the largest page's time for both, then the time of a 20 MB page"
                + " made by repeating the largest page's body. Targets: >= 250 pages/s; 20 MB page <= 2 s." })
public final class ExtractBenchmark implements DossierCommand {

    @Parameters(arity = "0..1", paramLabel = "DIR", defaultValue = ".",
            description = "Folder of saved pages, searched recursively (default: the current folder)")
    private Path folder;

    @Option(names = "--rounds", defaultValue = "5", description = "Timed passes over all pages per side; the median"
            + " pass is reported (default ${DEFAULT-VALUE})")
    private int rounds;

    @Option(names = "--warmup", defaultValue = "8", description = "Untimed passes over all pages first, both sides"
            + " interleaved as in the timed ones: the extraction's many code paths are compiled by about the seventh"
            + " (default ${DEFAULT-VALUE})")
    private int warmup;

    @Option(names = "--large-mb", defaultValue = "20", description = "Size of the large page, MB (default ${DEFAULT-VALUE})")
    private int largeMegabytes;

    @Option(names = "--phases", description = "Also print where Dossier's time goes: each phase of the extraction"
            + " (charset, parse, strip, metadata, content, second pass, language) in units of the jsoup floor, by thread"
            + " CPU time over the timed passes (timing the phases adds a little to Dossier's time)")
    private boolean phases;

    @Mixin
    private JsonOption json;

    /** One side's figures. */
    public record Side(String name, double pagesPerSecond, double p50Ms, double p99Ms, double largestPageMs,
            double largePageMs) {
    }

    /**
     * The whole result; {@code phases} (with {@code --phases}) is each phase's time in units of the floor's, in the
     * extraction's order.
     */
    public record Result(int pages, long bytes, int largestPageBytes, int largePageBytes, Side jsoupFloor,
            Side dossier, double ratio, Map<String, Double> phases) {
    }

    @Override
    public int run(CommandContext context) throws Exception {
        if (rounds < 1 || largeMegabytes < 1 || warmup < 0) {
            throw new CommandFailure("--rounds and --large-mb must be at least 1, --warmup at least 0");
        }
        List<byte[]> pages = read(folder);
        if (pages.isEmpty()) {
            throw new CommandFailure("no *.html or *.html.gz pages under " + folder.toAbsolutePath());
        }
        byte[] largest = pages.stream().max(Comparator.comparingInt(p -> p.length)).orElseThrow();
        byte[] large = enlarge(largest, largeMegabytes * 1024 * 1024);
        long bytes = pages.stream().mapToLong(p -> p.length).sum();
        context.err().printf(Locale.ROOT, "%,d pages, %,d bytes; warming up both sides (%d passes)...%n", pages.size(),
                bytes, warmup);

        ToIntFunction<byte[]> floor = page -> {
            try {
                return Jsoup.parse(new ByteArrayInputStream(page), null, "").text().length();
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        };
        long[][] phaseNanos = { null }; // where the phases' times go, in the timed passes only
        ToIntFunction<byte[]> dossier = page -> ArticleExtractor.extract(page, null, phaseNanos[0]).text().length();
        List<long[]> floorPasses = new ArrayList<>();
        List<long[]> dossierPasses = new ArrayList<>();
        for (int i = 0; i < warmup; i++) {
            pass(pages, floor, dossier, new long[pages.size()], new long[pages.size()]);
        }
        if (phases) {
            phaseNanos[0] = new long[ArticleExtractor.PHASES.size()];
        }
        for (int i = 0; i < rounds; i++) {
            context.err().printf(Locale.ROOT, "pass %d of %d%n", i + 1, rounds);
            long[] floorNanos = new long[pages.size()];
            long[] dossierNanos = new long[pages.size()];
            pass(pages, floor, dossier, floorNanos, dossierNanos);
            floorPasses.add(floorNanos);
            dossierPasses.add(dossierNanos);
        }
        int largestIndex = pages.indexOf(largest);
        Side floorSide = side("jsoup parse + text()", floorPasses, largestIndex, wallTime(large, floor));
        Side dossierSide = side("Dossier extract", dossierPasses, largestIndex, wallTime(large, dossier));
        Map<String, Double> inFloors = null;
        if (phases) {
            long floorNanos = floorPasses.stream().flatMapToLong(Arrays::stream).sum();
            inFloors = new LinkedHashMap<>();
            for (int i = 0; i < ArticleExtractor.PHASES.size(); i++) {
                inFloors.put(ArticleExtractor.PHASES.get(i), phaseNanos[0][i] / (double) floorNanos);
            }
        }
        Result result = new Result(pages.size(), bytes, largest.length, large.length, floorSide, dossierSide,
                dossierSide.pagesPerSecond() / floorSide.pagesPerSecond(), inFloors);
        if (json.isSet()) {
            context.printJson(result);
            return 0;
        }
        context.out().printf(Locale.ROOT, "%d pages (%,d bytes), single thread, %s, sides interleaved page by page,"
                + " median of %d passes after %d warm-up passes%n", pages.size(), bytes,
                CPU_TIME ? "thread CPU time" : "wall-clock time", rounds, warmup);
        context.out().printf(Locale.ROOT, "%-22s %10s %9s %9s %16s %16s%n", "", "pages/s", "p50 ms", "p99 ms",
                String.format(Locale.ROOT, "largest (%d KB)", largest.length / 1024),
                String.format(Locale.ROOT, "%d MB page", large.length / (1024 * 1024)));
        for (Side s : List.of(floorSide, dossierSide)) {
            context.out().printf(Locale.ROOT, "%-22s %10.1f %9.2f %9.2f %13.1f ms %13.1f ms%n", s.name(),
                    s.pagesPerSecond(), s.p50Ms(), s.p99Ms(), s.largestPageMs(), s.largePageMs());
        }
        context.out().printf(Locale.ROOT, "Dossier / jsoup floor: %.2f (targets: >= 250 pages/s; %d MB page <= 2000 ms)%n",
                result.ratio(), large.length / (1024 * 1024));
        if (inFloors != null) {
            StringBuilder line = new StringBuilder("Dossier's phases, in jsoup floors (all timed passes):");
            inFloors.forEach((phase, floors) -> line.append(String.format(Locale.ROOT, " %s %.3f,", phase, floors)));
            double all = inFloors.values().stream().mapToDouble(Double::doubleValue).sum();
            context.out().printf(Locale.ROOT, "%s all %.3f%n", line, all);
        }
        // on a shared machine the figures mean little without the load they were taken under
        context.out().printf(Locale.ROOT, "load average %.1f on %d processors%n",
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(),
                Runtime.getRuntime().availableProcessors());
        return 0;
    }

    /**
     * Times both sides on each page, one right after the other and each first on every other page, so that both
     * see the same load from the rest of the machine; each page's time in nanoseconds goes into the arrays.
     */
    private static void pass(List<byte[]> pages, ToIntFunction<byte[]> floor, ToIntFunction<byte[]> dossier,
            long[] floorNanos, long[] dossierNanos) {
        for (int i = 0; i < pages.size(); i++) {
            byte[] page = pages.get(i);
            if (i % 2 == 0) {
                floorNanos[i] = time(page, floor);
                dossierNanos[i] = time(page, dossier);
            } else {
                dossierNanos[i] = time(page, dossier);
                floorNanos[i] = time(page, floor);
            }
        }
    }

    private static long sink;

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    /** Thread CPU time, which the other processes on a shared machine disturb least, where the JVM offers it. */
    private static final boolean CPU_TIME = THREADS.isCurrentThreadCpuTimeSupported();

    private static long time(byte[] page, ToIntFunction<byte[]> side) {
        long start = now();
        sink += side.applyAsInt(page);
        return now() - start;
    }

    /** The large page is timed by the clock: what a user waits for, garbage collection included. */
    private static long wallTime(byte[] page, ToIntFunction<byte[]> side) {
        long start = System.nanoTime();
        sink += side.applyAsInt(page);
        return System.nanoTime() - start;
    }

    private static long now() {
        return CPU_TIME ? THREADS.getCurrentThreadCpuTime() : System.nanoTime();
    }

    private static Side side(String name, List<long[]> passes, int largestIndex, long largeNanos) {
        List<long[]> byTotal = new ArrayList<>(passes);
        byTotal.sort(Comparator.comparingLong(p -> Arrays.stream(p).sum()));
        long[] median = byTotal.get(byTotal.size() / 2);
        long total = Arrays.stream(median).sum();
        long[] sorted = median.clone();
        Arrays.sort(sorted);
        return new Side(name, median.length / (total / 1e9), percentile(sorted, 0.50) / 1e6,
                percentile(sorted, 0.99) / 1e6, median[largestIndex] / 1e6, largeNanos / 1e6);
    }

    private static long percentile(long[] sorted, double p) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p * sorted.length) - 1)];
    }

    /** The page with its body's content repeated until it is {@code size} bytes long. */
    static byte[] enlarge(byte[] page, int size) {
        String html = new String(page, StandardCharsets.ISO_8859_1);
        int start = html.indexOf("<body");
        int end = html.lastIndexOf("</body>");
        start = start < 0 ? 0 : html.indexOf('>', start) + 1;
        end = end < start ? html.length() : end;
        String body = html.substring(start, end);
        StringBuilder large = new StringBuilder(size + page.length).append(html, 0, start);
        while (large.length() < size) {
            large.append(body);
        }
        return large.append(html, end, html.length()).toString().getBytes(StandardCharsets.ISO_8859_1);
    }

    private static List<byte[]> read(Path folder) throws IOException, CommandFailure {
        if (!Files.isDirectory(folder)) {
            throw new CommandFailure("not a folder: " + folder.toAbsolutePath());
        }
        List<Path> files;
        try (Stream<Path> walk = Files.walk(folder)) {
            files = walk.filter(p -> p.toString().endsWith(".html") || p.toString().endsWith(".html.gz")).sorted()
                    .toList();
        }
        List<byte[]> pages = new ArrayList<>();
        for (Path file : files) {
            try (InputStream in = file.toString().endsWith(".gz") ? new GZIPInputStream(Files.newInputStream(file))
                    : Files.newInputStream(file)) {
                pages.add(in.readAllBytes());
            }
        }
        return pages;
    }
}
