package dossier.store.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dossier.store.AtomicFile;
import dossier.store.CaptureVersion;
import dossier.store.StoredItem;
import dossier.store.internal.SegmentStore;

/**
 * Kills real writer processes ({@link CrashWriter}) with SIGKILL at random moments and checks what survives. The
 * seed is in every failure message; {@code -Ddossier.store.crash.seed=N} replays a run.
 */
class CrashTest {

    private static final int STORE_KILLS = Integer.getInteger("dossier.store.crash.iterations", 200);
    private static final int ATOMIC_KILLS = Integer.getInteger("dossier.store.crash.atomicIterations", 60);

    @TempDir
    Path temp;

    private final long seed = Long.getLong("dossier.store.crash.seed", System.nanoTime());
    private final Random random = new Random(seed);

    @Test
    void everyFlushedCaptureSurvivesSigkillAndNothingCorruptIsReturned() throws Exception {
        Path folder = temp.resolve("store");
        List<String[]> allAcks = new ArrayList<>();
        int recoveredTails = 0;
        for (int kill = 0; kill < STORE_KILLS; kill++) {
            String where = "kill " + kill + " (seed " + seed + ")";
            List<String> lines = runAndKill("store", folder, 200);
            List<String[]> acks = new ArrayList<>();
            for (String line : lines) {
                String[] f = line.split(" ");
                // a line cut by the kill is not an acknowledgement
                if (f.length == 3 && f[0].equals("A") && f[1].length() == 16 && f[2].length() == 64) {
                    acks.add(f);
                }
            }
            SegmentStore store = SegmentStore.open(folder, CrashWriter.SEGMENT_SIZE);
            try {
                assertTrue(store.openReport().quarantined().isEmpty(), where + ": " + store.openReport().problems());
                assertTrue(store.openReport().lostItems().isEmpty(), where);
                recoveredTails += store.openReport().problems().size();
                for (String[] ack : acks) {
                    assertAcknowledged(store, ack, where);
                }
                for (int i = 0; i < 50 && !allAcks.isEmpty(); i++) {
                    assertAcknowledged(store, allAcks.get(random.nextInt(allAcks.size())), where + " (older)");
                }
                List<StoredItem> items = new ArrayList<>();
                store.forEachItem(items::add);
                assertEquals(store.size(), items.size(), where);
                for (StoredItem item : items) {
                    byte[] original = store.original(item.id());
                    assertEquals(item.contentSha256(), Captures.sha256(original), where + ": " + item.id());
                    assertEquals(Captures.textOf(new String(original, StandardCharsets.UTF_8)), store.text(item.id()),
                            where);
                }
            } finally {
                if (random.nextBoolean()) {
                    store.close(); // the next open loads a snapshot
                } else {
                    store.abandon(); // the next open replays after an older snapshot, or rebuilds
                }
            }
            allAcks.addAll(acks);
        }
        assertFalse(allAcks.isEmpty(), "the writer acknowledged captures before being killed");
        System.out.println("CrashTest: " + STORE_KILLS + " kills, " + allAcks.size() + " acknowledged captures, "
                + recoveredTails + " torn tails cut off (seed " + seed + ")");
    }

    private static void assertAcknowledged(SegmentStore store, String[] ack, String where) throws IOException {
        String id = ack[1];
        String sha = ack[2];
        List<CaptureVersion> versions = store.captures(id);
        CaptureVersion version = versions.stream().filter(v -> v.contentSha256().equals(sha)).findFirst()
                .orElseThrow(() -> new AssertionError(where + ": acknowledged " + id + " " + sha + " is missing"));
        byte[] original = store.original(version);
        assertEquals(sha, Captures.sha256(original), where);
        assertEquals(Captures.textOf(new String(original, StandardCharsets.UTF_8)), store.text(version), where);
    }

    @Test
    void anAtomicFileIsAlwaysTheCompleteOldOrNewContent() throws Exception {
        Path file = temp.resolve("case.xmi");
        AtomicFile.write(file, CrashWriter.version(0));
        long lastVersion = 0;
        for (int kill = 0; kill < ATOMIC_KILLS; kill++) {
            String where = "kill " + kill + " (seed " + seed + ")";
            runAndKill("atomic", file, 40);
            byte[] content = Files.readAllBytes(file);
            String head = new String(content, 0, Math.min(60, content.length), StandardCharsets.US_ASCII);
            if (!head.startsWith("version ")) {
                fail(where + ": not a complete version: " + head);
            }
            long k = Long.parseLong(head.substring(8, head.indexOf(' ', 8)));
            assertArrayEquals(CrashWriter.version(k), content, where + ": version " + k + " is not complete");
            assertTrue(k >= lastVersion, where + ": version " + k + " after " + lastVersion);
            lastVersion = k;
        }
        AtomicFile.write(file, CrashWriter.version(1));
        assertEquals(List.of(), AtomicFile.staleTemps(file), "temp files of killed writers are cleaned up");
        assertArrayEquals(CrashWriter.version(1), Files.readAllBytes(file));
    }

    /**
     * Starts a writer, waits until its JVM runs, lets it work for a random time below {@code maxMillis} and kills it
     * with SIGKILL; returns what it printed.
     */
    private List<String> runAndKill(String mode, Path path, int maxMillis) throws Exception {
        Path errors = temp.resolve("writer-errors.txt");
        ProcessBuilder builder = new ProcessBuilder(javaCommand(), "-Xmx128m", "-XX:TieredStopAtLevel=1",
                "-XX:+UseSerialGC", "-XX:-UsePerfData", "-cp", classpath(), CrashWriter.class.getName(), mode, path.toString(),
                Long.toString(random.nextLong()));
        builder.redirectError(errors.toFile());
        Process process = builder.start();
        List<String> lines = Collections.synchronizedList(new ArrayList<>());
        Thread reader = new Thread(() -> {
            try (BufferedReader in = new BufferedReader(
                    new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line; (line = in.readLine()) != null;) {
                    lines.add(line);
                    if (line.equals("READY")) {
                        synchronized (lines) {
                            lines.notifyAll();
                        }
                    }
                }
            } catch (IOException e) {
                // the pipe breaks when the process dies
            }
        });
        reader.start();
        synchronized (lines) {
            long deadline = System.currentTimeMillis() + 20_000;
            while (!lines.contains("READY") && process.isAlive() && System.currentTimeMillis() < deadline) {
                lines.wait(100);
            }
        }
        Thread.sleep(random.nextInt(maxMillis));
        if (!process.isAlive()) {
            fail("the writer ended by itself (exit " + process.exitValue() + "): " + Files.readString(errors));
        }
        process.destroyForcibly(); // SIGKILL
        assertTrue(process.waitFor(20, TimeUnit.SECONDS), "the killed writer did not end");
        reader.join(20_000);
        synchronized (lines) {
            return new ArrayList<>(lines);
        }
    }

    private static String javaCommand() {
        return ProcessHandle.current().info().command()
                .orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    }

    /** The locations of the store's classes and of this fragment's (the same one when packed together). */
    static String classpath() throws URISyntaxException {
        Set<String> entries = new LinkedHashSet<>();
        for (Class<?> c : new Class<?>[] { SegmentStore.class, CrashWriter.class }) {
            Path location = Path.of(c.getProtectionDomain().getCodeSource().getLocation().toURI());
            String resource = c.getName().replace('.', '/') + ".class";
            if (Files.isDirectory(location) && !Files.exists(location.resolve(resource))) {
                for (String output : new String[] { "target/classes", "bin" }) {
                    if (Files.exists(location.resolve(output).resolve(resource))) {
                        location = location.resolve(output);
                        break;
                    }
                }
            }
            entries.add(location.toString());
        }
        return String.join(java.io.File.pathSeparator, entries);
    }
}
