package dossier.store.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dossier.store.CaptureStore;
import dossier.store.OpenReport;
import dossier.store.StoreCorruptionException;
import dossier.store.internal.SegmentStore;

class CorruptionTest {

    private static final int ITEMS = 200;

    @TempDir
    Path temp;

    private List<String> fill() throws Exception {
        List<String> ids = new ArrayList<>();
        try (CaptureStore store = SegmentStore.open(temp, 4096)) {
            for (int i = 0; i < ITEMS; i++) {
                ids.add(store.put(Captures.mention("https://x.example/" + i, "{\"n\":" + i + "}")).id());
            }
        }
        return ids;
    }

    /** Flips bytes in the middle of a file, as a failing disk or a stray program would. */
    private static byte[] damage(Path file) throws Exception {
        FileTime before = Files.getLastModifiedTime(file);
        byte[] bytes = Files.readAllBytes(file);
        for (int i = bytes.length / 2; i < bytes.length / 2 + 8; i++) {
            bytes[i] ^= 0x5a;
        }
        Files.write(file, bytes);
        while (Files.getLastModifiedTime(file).equals(before)) {
            // the file system clock is coarse: a real modification comes at least one tick later
            Thread.sleep(5);
            Files.write(file, bytes);
        }
        return bytes;
    }

    @Test
    void aDamagedItemsSegmentIsQuarantinedAndTheRestOpens() throws Exception {
        List<String> ids = fill();
        Path segment = temp.resolve("items-000001.seg");
        assertTrue(Files.exists(temp.resolve("items-000003.seg")));
        byte[] damaged = damage(segment);
        try (CaptureStore store = CaptureStore.open(temp)) {
            OpenReport report = store.openReport();
            Path moved = temp.resolve("quarantine/items-000001.seg");
            assertEquals(List.of(moved), report.quarantined());
            assertArrayEquals(damaged, Files.readAllBytes(moved), "the damaged file is kept untouched");
            assertFalse(Files.exists(segment));
            assertTrue(report.indexRebuilt());
            assertTrue(report.problems().get(0).startsWith("items-000001.seg: damaged record at offset "),
                    report.problems().toString());
            Set<String> missing = new HashSet<>();
            for (int i = 0; i < ITEMS; i++) {
                if (store.idForCanonicalUrl("https://x.example/" + i).isEmpty()) {
                    missing.add(ids.get(i));
                } else {
                    assertEquals("{\"n\":" + i + "}", new String(store.original(ids.get(i)), StandardCharsets.UTF_8));
                }
            }
            assertFalse(missing.isEmpty());
            assertTrue(missing.size() < ITEMS / 4, "only the first segment's items are lost: " + missing.size());
            assertEquals(missing, new HashSet<>(report.lostItems()), "the lost items are named");
            assertEquals(ITEMS - missing.size(), store.size());
            store.put(Captures.mention("https://x.example/new", "{\"new\":true}"));
        }
        try (CaptureStore store = CaptureStore.open(temp)) {
            assertTrue(store.openReport().clean(), "reported once: " + store.openReport().problems());
            assertArrayEquals(damaged, Files.readAllBytes(temp.resolve("quarantine/items-000001.seg")));
            assertTrue(store.idForCanonicalUrl("https://x.example/new").isPresent());
        }
    }

    @Test
    void aDamagedPackSegmentIsQuarantinedAndItsItemsReportedWithoutContent() throws Exception {
        List<String> ids = fill();
        Path pack = temp.resolve("pack-000001.pack");
        byte[] damaged = damage(pack);
        try (CaptureStore store = CaptureStore.open(temp)) {
            OpenReport report = store.openReport();
            assertEquals(List.of(temp.resolve("quarantine/pack-000001.pack")), report.quarantined());
            assertArrayEquals(damaged, Files.readAllBytes(report.quarantined().get(0)));
            assertFalse(report.lostItems().isEmpty());
            assertEquals(ITEMS, store.size(), "metadata is all there");
            for (String id : report.lostItems()) {
                StoreCorruptionException e = assertThrows(StoreCorruptionException.class, () -> store.original(id));
                assertTrue(e.getMessage().contains("is missing from"), e.getMessage());
            }
            String last = ids.get(ITEMS - 1);
            assertFalse(report.lostItems().contains(last));
            assertEquals("{\"n\":" + (ITEMS - 1) + "}", new String(store.original(last), StandardCharsets.UTF_8));
        }
    }

    @Test
    void aRecordDamagedWhileTheStoreIsOpenIsNeverReturned() throws Exception {
        List<String> ids = fill();
        try (CaptureStore store = CaptureStore.open(temp)) {
            damage(temp.resolve("pack-000001.pack"));
            int failures = 0;
            for (int i = 0; i < ITEMS; i++) {
                try {
                    assertEquals("{\"n\":" + i + "}", new String(store.original(ids.get(i)), StandardCharsets.UTF_8));
                } catch (StoreCorruptionException e) {
                    assertTrue(e.getMessage().contains("pack-000001.pack"), e.getMessage());
                    failures++;
                }
            }
            assertTrue(failures > 0);
        }
    }
}
