package dossier.bench.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import dossier.cli.CommandContext;
import dossier.cli.CommandFailure;
import dossier.cli.DossierCommand;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(description = { "Times dossier version, search and import through the installed launcher, on a workspace"
        + " of generated articles: first run in-process (each command starts its own Dossier), then, in the same run,"
        + " forwarded to a 'dossier serve' holding the workspace.",
        "Target: forwarded medians at least 5x faster than in-process, and under 0.3 s." })
public final class CommandForwardingBenchmark implements DossierCommand {

    static final double TARGET_SPEEDUP = 5.0;
    static final double TARGET_SECONDS = 0.3;
    private static final int ARTICLES = 200;

    @Option(names = "--runs", defaultValue = "7", description = "Timed runs of each command each way (default ${DEFAULT-VALUE})")
    private int runs;

    @Override
    public int run(CommandContext context) throws Exception {
        if (runs < 1) {
            throw new CommandFailure("--runs must be at least 1");
        }
        Path launcher = StartupBenchmark.launcher();
        Path scratch = Files.createTempDirectory("dossier-bench-cli");
        try {
            Path workspace = scratch.resolve("workspace");
            Path articles = articles(scratch.resolve("articles"), ARTICLES + 2 * (runs + 1));
            List<Path> batch = new ArrayList<>();
            for (int i = 0; i < ARTICLES; i++) {
                batch.add(articles.resolve(i + ".txt"));
            }
            List<String> seed = new ArrayList<>(List.of("import"));
            batch.forEach(file -> seed.add(file.toString()));
            time(launcher, workspace, seed);
            Map<String, List<String>> commands = new LinkedHashMap<>();
            commands.put("version", List.of("version"));
            commands.put("search", List.of("search", "brand AND launch", "--limit", "20"));
            commands.put("import", List.of("import"));
            int[] next = { ARTICLES };
            Map<String, StartupBenchmark.Summary> inProcess = timeAll(context, "in-process", launcher, workspace, commands, articles, next);
            Process serve = new ProcessBuilder(launcher.toString(), "-data", workspace.toString(), "serve")
                    .redirectErrorStream(true).redirectOutput(scratch.resolve("serve.log").toFile()).start();
            Map<String, StartupBenchmark.Summary> forwarded;
            try {
                waitForService(workspace, serve, scratch.resolve("serve.log"));
                forwarded = timeAll(context, "forwarded", launcher, workspace, commands, articles, next);
            } finally {
                serve.destroy();
                serve.waitFor(30, TimeUnit.SECONDS);
            }
            report(context, inProcess, forwarded);
            return 0;
        } finally {
            Trees.delete(scratch);
        }
    }

    private Map<String, StartupBenchmark.Summary> timeAll(CommandContext context, String way, Path launcher, Path workspace,
            Map<String, List<String>> commands, Path articles, int[] next) throws IOException, InterruptedException,
            CommandFailure {
        Map<String, StartupBenchmark.Summary> summaries = new LinkedHashMap<>();
        for (Map.Entry<String, List<String>> command : commands.entrySet()) {
            context.err().printf("%s: dossier %s, %d runs after 1 warm-up...%n", way, command.getKey(), runs);
            List<Double> seconds = new ArrayList<>();
            for (int i = 0; i <= runs; i++) {
                List<String> args = new ArrayList<>(command.getValue());
                if (command.getKey().equals("import")) {
                    args.add(articles.resolve(next[0]++ + ".txt").toString()); // a new article each time
                }
                double took = time(launcher, workspace, args);
                if (i > 0) {
                    seconds.add(took);
                }
            }
            summaries.put(command.getKey(), StartupBenchmark.Summary.of(seconds));
        }
        return summaries;
    }

    /** Runs the launcher once and returns its wall-clock seconds; a failing command fails the benchmark. */
    private static double time(Path launcher, Path workspace, List<String> args) throws IOException,
            InterruptedException, CommandFailure {
        List<String> command = new ArrayList<>(List.of(launcher.toString(), "-data", workspace.toString()));
        command.addAll(args);
        long start = System.nanoTime();
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        byte[] output = process.getInputStream().readAllBytes();
        if (!process.waitFor(120, TimeUnit.SECONDS) || process.exitValue() != 0) {
            process.destroyForcibly();
            throw new CommandFailure("'dossier " + String.join(" ", args.subList(0, 1)) + "' failed: "
                    + new String(output, StandardCharsets.UTF_8).strip());
        }
        return (System.nanoTime() - start) / 1e9;
    }

    private static void waitForService(Path workspace, Process serve, Path log) throws InterruptedException,
            IOException, CommandFailure {
        Path file = workspace.resolve(".metadata").resolve("dossier-service.properties");
        for (int i = 0; i < 600 && !Files.exists(file); i++) {
            if (!serve.isAlive()) {
                throw new CommandFailure("'dossier serve' ended: " + Files.readString(log).strip());
            }
            Thread.sleep(100);
        }
        if (!Files.exists(file)) {
            throw new CommandFailure("'dossier serve' did not start within a minute");
        }
    }

    /** Short generated articles about brands, one file each. */
    private static Path articles(Path folder, int count) throws IOException {
        Files.createDirectories(folder);
        String[] brands = { "Acme", "Globex", "Initech", "Umbrella", "Hooli" };
        for (int i = 0; i < count; i++) {
            String brand = brands[i % brands.length];
            Files.writeString(folder.resolve(i + ".txt"), brand + " launch notes " + i + "\n\nThe " + brand
                    + " brand launch drew " + (i * 37 % 1000) + " mentions on day " + i + "; strategists compared it"
                    + " with the previous launch and noted the reach of small accounts.\n", StandardCharsets.UTF_8);
        }
        return folder;
    }

    private static void report(CommandContext context, Map<String, StartupBenchmark.Summary> inProcess, Map<String, StartupBenchmark.Summary> forwarded) {
        context.out().printf("dossier commands through the launcher, seconds (median, min, max of each)%n");
        context.out().printf("%-10s %22s %22s %9s%n", "command", "in-process", "forwarded", "speed-up");
        boolean met = true;
        for (String command : inProcess.keySet()) {
            StartupBenchmark.Summary own = inProcess.get(command);
            StartupBenchmark.Summary served = forwarded.get(command);
            double speedup = own.median() / served.median();
            met &= speedup >= TARGET_SPEEDUP && served.median() < TARGET_SECONDS;
            context.out().printf("%-10s %6.3f (%5.3f-%5.3f) %6.3f (%5.3f-%5.3f) %8.1fx%n", command, own.median(),
                    own.min(), own.max(), served.median(), served.min(), served.max(), speedup);
        }
        context.out().printf("target: forwarded median >= %.0fx faster and < %.1f s for each: %s%n", TARGET_SPEEDUP,
                TARGET_SECONDS, met ? "met" : "NOT met");
    }
}
