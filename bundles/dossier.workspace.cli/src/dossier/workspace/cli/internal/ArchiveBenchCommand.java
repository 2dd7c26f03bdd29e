package dossier.workspace.cli.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.stream.Stream;

import dossier.casefile.Intake;
import dossier.casefile.ResearchWorkspace;
import dossier.cli.CommandContext;
import dossier.cli.CommandFailure;
import dossier.cli.DossierCommand;
import dossier.cli.JsonOption;
import dossier.index.SearchIndex;
import dossier.store.Capture;
import dossier.store.ItemType;
import dossier.store.PutResult;
import dossier.workspace.ArchiveLimits;
import dossier.workspace.WorkspaceArchive;
import dossier.workspace.WorkspaceImport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(description = { "Times .dossier archives: fills a fresh workspace with generated mentions (texts of about"
        + " 200 characters, 600-byte JSON originals), exports it without and with the index, and imports both"
        + " (every entry checked and hashed; the first import rebuilds the index).",
        "Everything happens in a temporary folder, deleted afterwards." })
public final class ArchiveBenchCommand implements DossierCommand {

    private static final String[] WORDS = ("share post audience brand reach story video launch campaign follower"
            + " comment reply trust useful funny offer price vote poll question tip guide save sticky loyal").split(" ");

    @Option(names = "--mentions", defaultValue = "100000", description = "Mentions in the workspace (default"
            + " ${DEFAULT-VALUE})")
    private int mentions;

    @Mixin
    private JsonOption json;

    @Override
    public int run(CommandContext context) throws Exception {
        if (mentions < 1) {
            throw new CommandFailure("--mentions must be at least 1");
        }
        Path folder = Files.createTempDirectory("dossier-bench-archive");
        try {
            return run(context, folder);
        } finally {
            deleteTree(folder);
        }
    }

    private int run(CommandContext context, Path folder) throws Exception {
        Path source = folder.resolve("source");
        Path plain = folder.resolve("plain.dossier");
        Path indexed = folder.resolve("indexed.dossier");
        long storeBytes;
        long exportMillis;
        long exportIndexedMillis;
        context.err().printf("filling a workspace with %,d mentions...%n", mentions);
        try (ResearchWorkspace workspace = ResearchWorkspace.open(source)) {
            fill(workspace);
            workspace.save();
            storeBytes = size(source.resolve(ResearchWorkspace.STORE_FOLDER));
            long start = System.nanoTime();
            WorkspaceArchive.export(workspace, plain, false, false, null);
            exportMillis = (System.nanoTime() - start) / 1_000_000;
            SearchIndex.of(workspace).commit();
            start = System.nanoTime();
            WorkspaceArchive.export(workspace, indexed, true, false, null);
            exportIndexedMillis = (System.nanoTime() - start) / 1_000_000;
        }
        context.err().println("importing...");
        long start = System.nanoTime();
        new WorkspaceImport(plain, folder.resolve("rebuilt"), ArchiveLimits.DEFAULT).run(false, false, null);
        long importRebuildMillis = (System.nanoTime() - start) / 1_000_000;
        start = System.nanoTime();
        new WorkspaceImport(indexed, folder.resolve("indexed"), ArchiveLimits.DEFAULT).run(false, false, null);
        long importIndexedMillis = (System.nanoTime() - start) / 1_000_000;

        Map<String, Object> result = new LinkedHashMap<>();
        result.put("mentions", mentions);
        result.put("storeBytes", storeBytes);
        result.put("archiveBytes", Files.size(plain));
        result.put("archiveWithIndexBytes", Files.size(indexed));
        result.put("exportMillis", exportMillis);
        result.put("exportWithIndexMillis", exportIndexedMillis);
        result.put("importAndRebuildIndexMillis", importRebuildMillis);
        result.put("importWithIndexMillis", importIndexedMillis);
        if (json.isSet()) {
            context.printJson(result);
            return 0;
        }
        context.out().printf(Locale.ROOT, "archive: %,d mentions, store %,d bytes%n", mentions, storeBytes);
        context.out().printf(Locale.ROOT, "export:                     %,8d ms  %,14d bytes  (%.0f MB/s of store)%n",
                exportMillis, Files.size(plain), storeBytes / 1e3 / Math.max(1, exportMillis));
        context.out().printf(Locale.ROOT, "export with index:          %,8d ms  %,14d bytes%n", exportIndexedMillis,
                Files.size(indexed));
        context.out().printf(Locale.ROOT, "import, index rebuilt:      %,8d ms%n", importRebuildMillis);
        context.out().printf(Locale.ROOT, "import with index:          %,8d ms%n", importIndexedMillis);
        return 0;
    }

    /** Generated mentions, the first thousand filed in a case file. */
    private void fill(ResearchWorkspace workspace) throws IOException {
        SplittableRandom random = new SplittableRandom(42);
        List<PutResult> filed = new ArrayList<>();
        Instant published = Instant.parse("2026-01-01T00:00:00Z");
        for (int n = 0; n < mentions; n++) {
            StringBuilder text = new StringBuilder();
            while (text.length() < 200) {
                text.append(WORDS[random.nextInt(WORDS.length)]).append(' ');
            }
            text.append("#bench").append(random.nextInt(50));
            String handle = "gen_user" + random.nextInt(250_000);
            String url = "https://generated.invalid/" + handle + "/status/" + n;
            String original = "{\"id\":\"" + n + "\",\"url\":\"" + url + "\",\"author\":{\"handle\":\"" + handle
                    + "\"},\"created_at\":\"" + published.plusSeconds(n) + "\",\"text\":\"" + text
                    + "\",\"generated\":true,\"padding\":\"" + "x".repeat(200) + "\"}";
            PutResult result = workspace.store().put(new Capture(ItemType.MENTION, url, url, null, handle, handle,
                    null, published.plusSeconds(n), published.plusSeconds(n + 30), "en", "application/json",
                    original.getBytes(StandardCharsets.UTF_8), text.toString()));
            if (n < 1000) {
                filed.add(result);
            }
        }
        Intake.Batch batch = workspace.intake().batch(Intake.Filing.into("Bench", List.of("Bench/Generated")));
        filed.forEach(result -> batch.include(result.id()));
        workspace.intake().file(batch, Intake.ModelThread.CALLER);
    }

    private static long size(Path folder) throws IOException {
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(Files::isRegularFile).mapToLong(f -> f.toFile().length()).sum();
        }
    }

    private static void deleteTree(Path root) throws IOException {
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path path : walk.sorted((a, b) -> b.compareTo(a)).toList()) {
                Files.delete(path);
            }
        }
    }
}
