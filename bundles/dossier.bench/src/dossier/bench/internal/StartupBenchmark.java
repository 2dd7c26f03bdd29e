package dossier.bench.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import dossier.cli.CommandContext;
import dossier.cli.CommandFailure;
import dossier.cli.DossierCommand;
import dossier.cli.JsonOption;
import dossier.core.product.StartupProbe;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(description = { "Starts the workbench several times and times process start to first window shown; "
        + "in the same run, the same launcher starting an application that opens one empty SWT shell (the "
        + "baseline) and the platform's workbench with an empty perspective (what Eclipse costs before Dossier).",
        "Needs a display (xvfb-run -a dossier bench startup on a server). Target: median < 2.0 s and "
                + "at most 1.5x the baseline." })
public final class StartupBenchmark implements DossierCommand {

    static final double TARGET_SECONDS = 2.0;
    static final double TARGET_RATIO = 1.5;
    private static final long RUN_TIMEOUT_SECONDS = 120;

    @Option(names = "--runs", defaultValue = "5", description = "Timed runs of each (default ${DEFAULT-VALUE})")
    private int runs;

    @Option(names = "--warmup", defaultValue = "1", description = "Untimed runs first (default ${DEFAULT-VALUE})")
    private int warmup;

    @Mixin
    private JsonOption json;

    @Override
    public int run(CommandContext context) throws Exception {
        if (runs < 1 || warmup < 0) {
            throw new CommandFailure("--runs must be at least 1 and --warmup at least 0");
        }
        if (System.getenv("DISPLAY") == null && System.getenv("WAYLAND_DISPLAY") == null) {
            throw new CommandFailure("needs a display to open windows; on a server: xvfb-run -a dossier bench startup");
        }
        Path launcher = launcher();
        Path scratch = Files.createTempDirectory("dossier-bench-startup");
        try {
            List<Double> workbench = new ArrayList<>();
            List<Double> platform = new ArrayList<>();
            List<Double> baseline = new ArrayList<>();
            for (int i = 0; i < warmup + runs; i++) {
                boolean timed = i >= warmup;
                context.err().printf("%s run %d of %d...%n", timed ? "timed" : "warm-up",
                        timed ? i - warmup + 1 : i + 1, timed ? runs : warmup);
                double w = startOnce(launcher, scratch, "workbench", List.of());
                double p = startOnce(launcher, scratch, "platform",
                        List.of("-application", "dossier.bench.ui.platformWorkbench"));
                double b = startOnce(launcher, scratch, "baseline",
                        List.of("-application", "dossier.bench.ui.emptyShell"));
                if (timed) {
                    workbench.add(w);
                    platform.add(p);
                    baseline.add(b);
                }
            }
            report(context, Summary.of(workbench), Summary.of(platform), Summary.of(baseline));
            return 0;
        } finally {
            Trees.delete(scratch);
        }
    }

    static Path launcher() throws CommandFailure {
        String home = System.getProperty("dossier.home");
        Path launcher = home == null ? null : Path.of(home, "dossier");
        if (launcher == null || !Files.isExecutable(launcher)) {
            throw new CommandFailure("run it from the installed product's 'dossier' launcher (dossier.home is "
                    + (home == null ? "not set" : home) + ")");
        }
        return launcher;
    }

    /** Starts the launcher once and returns the seconds from process start to first window shown. */
    private static double startOnce(Path launcher, Path scratch, String name, List<String> extraArgs)
            throws IOException, InterruptedException, CommandFailure {
        Path report = scratch.resolve(name + ".shown");
        Files.deleteIfExists(report);
        List<String> command = new ArrayList<>(List.of(launcher.toString(), "-data",
                scratch.resolve(name + "-workspace").toString()));
        command.addAll(extraArgs);
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(scratch.resolve(name + ".log").toFile());
        String javaOptions = System.getenv().getOrDefault("DOSSIER_JAVA_OPTS", "");
        builder.environment().put("DOSSIER_JAVA_OPTS", javaOptions + " -D" + StartupProbe.REPORT_PROPERTY + "=" + report
                + " -D" + StartupProbe.EXIT_PROPERTY + "=true");
        Instant started = Instant.now();
        Process process = builder.start();
        if (!process.waitFor(RUN_TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new CommandFailure(name + " did not close within " + RUN_TIMEOUT_SECONDS + " s; its output: "
                    + scratch.resolve(name + ".log"));
        }
        if (process.exitValue() != 0 || !Files.exists(report)) {
            String log = Files.readString(scratch.resolve(name + ".log"), StandardCharsets.UTF_8);
            throw new CommandFailure(name + " exited with " + process.exitValue() + " without showing a window: "
                    + log.strip().replace('\n', ' '));
        }
        Instant shown = Instant.parse(Files.readString(report, StandardCharsets.UTF_8).strip());
        return Duration.between(started, shown).toNanos() / 1e9;
    }

    private void report(CommandContext context, Summary workbench, Summary platform, Summary baseline) {
        double ratio = workbench.median() / baseline.median();
        boolean met = workbench.median() < TARGET_SECONDS && ratio <= TARGET_RATIO;
        boolean classDataSharing = !"off".equals(System.getenv("DOSSIER_CDS"));
        if (json.isSet()) {
            Map<String, Object> result = new LinkedHashMap<>();
            result.put("runs", runs);
            result.put("classDataSharing", classDataSharing);
            result.put("workbench", workbench);
            result.put("platformWorkbench", platform);
            result.put("baseline", baseline);
            result.put("ratio", ratio);
            result.put("platformRatio", platform.median() / baseline.median());
            result.put("targetMet", met);
            context.printJson(result);
            return;
        }
        context.out().printf("startup, %d timed runs each after %d warm-up, seconds%n", runs, warmup);
        context.out().printf("%-48s %7s %7s %7s%n", "", "median", "min", "max");
        row(context, "Dossier workbench, to first window shown", workbench);
        row(context, "platform workbench, empty perspective", platform);
        row(context, "baseline: empty SWT shell, same launcher", baseline);
        context.out().printf("%-48s %7.2fx%n", "ratio of medians, Dossier / baseline", ratio);
        context.out().printf("%-48s %7.2fx%n", "ratio of medians, platform workbench / baseline",
                platform.median() / baseline.median());
        context.out().printf("class data sharing (the launcher's archives in ~/.cache/dossier): %s%n",
                classDataSharing ? "on" : "off (DOSSIER_CDS=off)");
        context.out().printf("target: median < %.1f s and <= %.1fx baseline: %s%n", TARGET_SECONDS, TARGET_RATIO,
                met ? "met" : "NOT met");
    }

    private static void row(CommandContext context, String label, Summary summary) {
        context.out().printf("%-48s %7.2f %7.2f %7.2f%n", label, summary.median(), summary.min(), summary.max());
    }

    /** Median, min and max of timed runs, in seconds. */
    record Summary(double median, double min, double max, List<Double> runs) {
        static Summary of(List<Double> values) {
            List<Double> sorted = values.stream().sorted().toList();
            int n = sorted.size();
            double median = n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
            return new Summary(median, sorted.get(0), sorted.get(n - 1), values);
        }
    }
}
