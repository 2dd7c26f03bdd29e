package dossier.store.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dossier.store.AtomicFile;
import dossier.store.CaptureStore;
import dossier.store.internal.SegmentStore;

/** A full disk, for real: a 1 MB tmpfs (needs root to mount; CI runs as root). */
class FullDiskTest {

    @TempDir
    Path temp;

    @Test
    void aFullDiskFailsWithAClearMessageAndKeepsThePreviousState() throws Exception {
        Assumptions.assumeTrue(uid() == 0, "needs root to mount a 1 MB tmpfs that fills up; run as root (CI does)");
        Path disk = Files.createDirectories(temp.resolve("disk"));
        int mounted = run("mount", "-t", "tmpfs", "-o", "size=1m", "tmpfs", disk.toString());
        Assumptions.assumeTrue(mounted == 0, "mount -t tmpfs failed (no CAP_SYS_ADMIN in this container?)");
        try {
            fillTheDisk(disk);
        } finally {
            run("umount", disk.toString());
        }
    }

    private static void fillTheDisk(Path disk) throws Exception {
        Path caseFile = disk.resolve("case.xmi");
        byte[] v1 = "<case version=\"1\"/>".getBytes(StandardCharsets.UTF_8);
        AtomicFile.write(caseFile, v1);

        Path folder = disk.resolve("store");
        Random random = new Random(1);
        List<String> flushed = new ArrayList<>();
        SegmentStore store = SegmentStore.open(folder);
        IOException full = null;
        for (int i = 0; i < 1000 && full == null; i++) {
            byte[] noise = new byte[16 * 1024];
            random.nextBytes(noise);
            String json = "{\"n\":" + i + ",\"noise\":\"" + java.util.HexFormat.of().formatHex(noise) + "\"}";
            String id = store.put(Captures.mention("https://x.example/" + i, json)).id();
            try {
                store.flush();
                flushed.add(id);
            } catch (IOException e) {
                full = e;
            }
        }
        assertTrue(full != null, "the 1 MB disk filled up");
        assertTrue(full.getMessage().startsWith("could not save captures to " + folder
                + ": the disk is full (No space left on device); 1 capture(s) put since the last flush were not"
                + " saved, everything flushed before is intact"), full.getMessage());
        assertTrue(flushed.size() > 3, "some captures fit: " + flushed.size());
        IOException again = assertThrows(IOException.class,
                () -> store.put(Captures.mention("https://x.example/more", "{}")));
        assertTrue(again.getMessage().contains("No space left on device"), again.getMessage());
        store.close();

        byte[] v2 = new byte[512 * 1024];
        IOException notSaved = assertThrows(IOException.class, () -> AtomicFile.write(caseFile, v2));
        assertEquals("could not save " + caseFile + ": the disk is full (No space left on device); the previous"
                + " version is unchanged", notSaved.getMessage());
        assertArrayEquals(v1, Files.readAllBytes(caseFile), "the old case file is intact");
        assertEquals(List.of(), AtomicFile.staleTemps(caseFile), "no temp file left behind");

        for (int round = 0; round < 2; round++) {
            // whether or not the index snapshot fits on the full disk, the store opens
            try (CaptureStore reopened = CaptureStore.open(folder)) {
                assertTrue(reopened.openReport().clean(), reopened.openReport().problems().toString());
                assertEquals(flushed.size(), reopened.size());
                for (int i = 0; i < flushed.size(); i++) {
                    String json = new String(reopened.original(flushed.get(i)), StandardCharsets.UTF_8);
                    assertTrue(json.startsWith("{\"n\":" + i + ","), json.substring(0, 20));
                    assertEquals(Captures.textOf(json), reopened.text(flushed.get(i)));
                }
            }
        }
    }

    private static long uid() throws Exception {
        ProcessBuilder b = new ProcessBuilder("id", "-u").redirectErrorStream(true);
        Process p = b.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.US_ASCII).trim();
        p.waitFor();
        return Long.parseLong(out);
    }

    private static int run(String... command) throws Exception {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        p.getInputStream().readAllBytes();
        return p.waitFor();
    }
}
