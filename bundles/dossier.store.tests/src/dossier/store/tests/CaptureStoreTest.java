package dossier.store.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dossier.store.Capture;
import dossier.store.CaptureStore;
import dossier.store.CaptureVersion;
import dossier.store.ItemType;
import dossier.store.PutResult;
import dossier.store.PutResult.Outcome;
import dossier.store.StoredItem;
import dossier.store.internal.SegmentStore;

class CaptureStoreTest {

    @TempDir
    Path temp;

    @Test
    void aCaptureComesBackWithItsMetadataOriginalAndText() throws Exception {
        Instant published = Instant.parse("2025-02-03T04:05:06.789Z");
        Instant captured = Instant.parse("2025-02-04T00:00:00Z");
        byte[] html = "<html><body><p>Brand launches</p></body></html>".getBytes(StandardCharsets.UTF_8);
        Capture article = new Capture(ItemType.ARTICLE, "https://news.example/a?utm=x", "https://news.example/a",
                "Brand launches", "Bo Writer", null, null, published, captured, "de", "text/html", html,
                "Brand launches – ünïcode");
        try (CaptureStore store = CaptureStore.open(temp)) {
            PutResult put = store.put(article);
            assertEquals(Outcome.NEW, put.outcome());
            assertTrue(put.id().matches("[a-z2-7]{16}"), put.id());
            StoredItem item = store.item(put.id()).orElseThrow();
            assertEquals(new StoredItem(put.id(), ItemType.ARTICLE, "https://news.example/a?utm=x",
                    "https://news.example/a", "Brand launches", "Bo Writer", null, null, published, captured, "de",
                    "text/html", Captures.sha256(html), 1), item);
            assertArrayEquals(html, store.original(put.id()));
            assertEquals("Brand launches – ünïcode", store.text(put.id()));
            assertEquals(Optional.of(put.id()), store.idForCanonicalUrl("https://news.example/a"));
            assertEquals(Optional.empty(), store.idForCanonicalUrl("https://news.example/a?utm=x"));
            assertEquals(Optional.of(put.id()), store.idForContentHash(Captures.sha256(html)));
            assertEquals(Optional.empty(), store.idForContentHash(Captures.sha256(new byte[1])));
            assertEquals(Optional.empty(), store.item("aaaaaaaaaaaaaaaa"));
            assertThrows(NoSuchElementException.class, () -> store.original("aaaaaaaaaaaaaaaa"));
            assertEquals(1, store.size());
        }
    }

    @Test
    void theFourOutcomes() throws Exception {
        try (CaptureStore store = CaptureStore.open(temp)) {
            PutResult first = store.put(Captures.mention("https://x.example/1", "{\"v\":1}"));
            assertEquals(Outcome.NEW, first.outcome());
            assertEquals(new PutResult(first.id(), Outcome.UNCHANGED),
                    store.put(Captures.mention("https://x.example/1", "{\"v\":1}")));
            assertEquals(new PutResult(first.id(), Outcome.UPDATED),
                    store.put(Captures.mention("https://x.example/1", "{\"v\":2}")));
            assertEquals(new PutResult(first.id(), Outcome.DUPLICATE_CONTENT),
                    store.put(Captures.mention("https://mirror.example/9", "{\"v\":1}")),
                    "content already stored under another URL");
            assertEquals(Optional.empty(), store.idForCanonicalUrl("https://mirror.example/9"), "nothing stored");
            assertEquals(1, store.size());
            assertEquals(2, store.captures(first.id()).size());
        }
    }

    @Test
    void updatesAppendVersionsAndOlderOnesStayReadable() throws Exception {
        String url = "https://x.example/post/7";
        try (CaptureStore store = CaptureStore.open(temp)) {
            String id = store.put(Captures.mention(url, "{\"likes\":1}")).id();
            store.put(Captures.mention(url, "{\"likes\":2}"));
            store.put(Captures.mention(url, "{\"likes\":3}"));
            assertEquals(Outcome.UPDATED, store.put(Captures.mention(url, "{\"likes\":1}")).outcome(),
                    "back to the first content is a new version too");
            List<CaptureVersion> versions = store.captures(id);
            assertEquals(List.of(1, 2, 3, 4), versions.stream().map(CaptureVersion::number).toList());
            String[] expected = { "{\"likes\":1}", "{\"likes\":2}", "{\"likes\":3}", "{\"likes\":1}" };
            for (int i = 0; i < 4; i++) {
                assertEquals(expected[i], new String(store.original(versions.get(i)), StandardCharsets.UTF_8));
                assertEquals(Captures.textOf(expected[i]), store.text(versions.get(i)));
                assertEquals(url, versions.get(i).url());
            }
            assertEquals(4, store.item(id).orElseThrow().captureCount());
            assertEquals("{\"likes\":1}", new String(store.original(id), StandardCharsets.UTF_8));
        }
        try (CaptureStore store = CaptureStore.open(temp)) {
            String id = store.idForCanonicalUrl(url).orElseThrow();
            assertEquals(4, store.captures(id).size(), "versions survive a reopen");
        }
    }

    @Test
    void itemsAreIdentifiedByTheirCanonicalUrlOrWithoutOneByTheirContent() throws Exception {
        try (CaptureStore store = CaptureStore.open(temp)) {
            PutResult a = store.put(Captures.mention("https://x.example/1?ref=feed", "https://x.example/1", "{}",
                    "t"));
            PutResult b = store.put(Captures.mention("https://x.example/1?ref=mail", "https://x.example/1", "{}",
                    "t"));
            assertEquals(new PutResult(a.id(), Outcome.UNCHANGED), b, "same canonical URL, same content");
            Capture noUrl = Captures.mention(null, null, "<doc>pasted</doc>", "pasted");
            PutResult c = store.put(noUrl);
            assertEquals(Outcome.NEW, c.outcome());
            assertEquals(new PutResult(c.id(), Outcome.UNCHANGED), store.put(noUrl));
            assertEquals(Optional.of(c.id()), store.idForContentHash(Captures.sha256(noUrl.original())));
            assertEquals(new PutResult(c.id(), Outcome.DUPLICATE_CONTENT),
                    store.put(Captures.mention("https://y.example/z", "<doc>pasted</doc>")));
            assertEquals(2, store.size());
        }
        try (CaptureStore store = CaptureStore.open(temp)) {
            assertEquals(2, store.size());
            assertEquals(store.idForContentHash(Captures.sha256("<doc>pasted</doc>".getBytes(StandardCharsets.UTF_8))),
                    store.idForContentHash(Captures.sha256("<doc>pasted</doc>".getBytes(StandardCharsets.UTF_8))
                            .toUpperCase()));
        }
    }

    @Test
    void forEachItemVisitsEveryItemOnceWithItsLatestCapture() throws Exception {
        Map<String, String> latest = new HashMap<>();
        try (CaptureStore store = SegmentStore.open(temp, 4096)) {
            for (int round = 0; round < 3; round++) {
                for (int i = 0; i < 200; i++) {
                    if (round > 0 && i % (round + 2) != 0) {
                        continue;
                    }
                    String json = "{\"n\":" + i + ",\"round\":" + round + "}";
                    latest.put(store.put(Captures.mention("https://x.example/" + i, json)).id(), json);
                }
            }
            assertTrue(Files.exists(temp.resolve("items-000003.seg")), "small segments roll");
            Map<String, StoredItem> seen = new HashMap<>();
            store.forEachItem(item -> assertEquals(null, seen.put(item.id(), item), "twice: " + item.id()));
            assertEquals(latest.keySet(), seen.keySet());
            for (StoredItem item : seen.values()) {
                assertEquals(Captures.sha256(latest.get(item.id()).getBytes(StandardCharsets.UTF_8)),
                        item.contentSha256());
            }
        }
    }

    @Test
    void reopenAfterCloseUsesTheSnapshotAndReplaysWhatCameAfterIt() throws Exception {
        try (CaptureStore store = SegmentStore.open(temp, 8192)) {
            for (int i = 0; i < 300; i++) {
                store.put(Captures.mention("https://x.example/" + i, "{\"n\":" + i + "}"));
            }
        }
        assertTrue(Files.exists(temp.resolve("index.snapshot")));
        SegmentStore second = SegmentStore.open(temp, 8192);
        assertFalse(second.openReport().indexRebuilt());
        assertTrue(second.openReport().clean(), second.openReport().problems().toString());
        assertEquals(300, second.size());
        for (int i = 300; i < 600; i++) {
            second.put(Captures.mention("https://x.example/" + i, "{\"n\":" + i + "}"));
        }
        second.put(Captures.mention("https://x.example/5", "{\"n\":5,\"edited\":true}"));
        second.flush();
        second.abandon(); // a crash: the snapshot on disk is from before these puts
        try (CaptureStore third = SegmentStore.open(temp, 8192)) {
            assertFalse(third.openReport().indexRebuilt(), "the old snapshot is still a valid prefix");
            assertEquals(600, third.size());
            assertAllReadable(third, 600);
            assertEquals(2, third.captures(third.idForCanonicalUrl("https://x.example/5").orElseThrow()).size());
        }
    }

    @Test
    void reopenWithoutCloseRebuildsTheIndexFromTheSegments() throws Exception {
        SegmentStore store = SegmentStore.open(temp, 8192);
        for (int i = 0; i < 500; i++) {
            store.put(Captures.mention("https://x.example/" + i, "{\"n\":" + i + "}"));
        }
        store.flush();
        store.put(Captures.mention("https://x.example/unflushed", "{}"));
        store.abandon();
        assertFalse(Files.exists(temp.resolve("index.snapshot")));
        try (CaptureStore reopened = CaptureStore.open(temp)) {
            assertTrue(reopened.openReport().indexRebuilt());
            assertTrue(reopened.openReport().clean(), reopened.openReport().problems().toString());
            assertEquals(500, reopened.size(), "everything flushed, nothing after");
            assertAllReadable(reopened, 500);
        }
        Files.writeString(temp.resolve("index.snapshot"), "garbage");
        try (CaptureStore reopened = CaptureStore.open(temp)) {
            assertTrue(reopened.openReport().indexRebuilt(), "a damaged snapshot is rebuilt");
            assertEquals(500, reopened.size());
        }
    }

    @Test
    void aTornTailIsCutOffAndReported() throws Exception {
        try (CaptureStore store = CaptureStore.open(temp)) {
            for (int i = 0; i < 20; i++) {
                store.put(Captures.mention("https://x.example/" + i, "{\"n\":" + i + "}"));
            }
        }
        Path segment = temp.resolve("items-000001.seg");
        long length = Files.size(segment);
        byte[] partial = { 0x44, 0x53, 0x49, 0x31, 0, 0, 1, 0, 7, 7 }; // a record header cut short
        Files.write(segment, partial, StandardOpenOption.APPEND);
        try (CaptureStore store = CaptureStore.open(temp)) {
            assertEquals(1, store.openReport().problems().size(), store.openReport().problems().toString());
            assertTrue(store.openReport().problems().get(0).startsWith("items-000001.seg: cut off a torn tail of 10"
                    + " bytes at offset " + length), store.openReport().problems().get(0));
            assertEquals(length, Files.size(segment));
            assertAllReadable(store, 20);
            store.put(Captures.mention("https://x.example/after", "{}"));
        }
        try (CaptureStore store = CaptureStore.open(temp)) {
            assertTrue(store.openReport().clean());
            assertEquals(21, store.size());
        }
    }

    /**
     * A crash after the pack records of a batch reached the file but before its item records did (a read of a
     * buffered content record drains the pack log alone) leaves an orphan content record whose owner field names an
     * item that never got a version with that content. A later capture of the same content must not be answered
     * with DUPLICATE_CONTENT of that owner: the acknowledged (id, content) pair would not exist.
     */
    @Test
    void anOrphanContentRecordIsNeverAnsweredWithAnOwnerThatDoesNotHoldIt() throws Exception {
        String shared = "{\"shared\":7}";
        String sha = Captures.sha256(shared.getBytes(StandardCharsets.UTF_8));
        String owner;
        SegmentStore store = SegmentStore.open(temp);
        owner = store.put(Captures.mention("https://x.example/owner", "{\"v\":1}")).id();
        store.put(Captures.mention("https://x.example/other", "{\"v\":2}"));
        store.flush();
        // UPDATED to the shared content: a content record owned by "owner" and a version 2, both buffered
        assertEquals(Outcome.UPDATED, store.put(Captures.mention("https://x.example/owner", shared)).outcome());
        // looking the content up reads the buffered content record, which drains the pack log; the item log stays
        // buffered (the latest record of "other" is already in its file)
        assertEquals(Outcome.UPDATED, store.put(Captures.mention("https://x.example/other", shared)).outcome());
        store.abandon(); // killed before the flush: the versions 2 are gone, the content record is not

        String holder;
        store = SegmentStore.open(temp);
        try {
            assertEquals(1, store.captures(owner).size(), "version 2 was never flushed");
            assertEquals(Optional.empty(), store.idForContentHash(sha), "no item holds the orphan content");
            PutResult put = store.put(Captures.mention("https://x.example/new", shared));
            assertEquals(Outcome.NEW, put.outcome(), "not a duplicate of an item that never had the content");
            holder = put.id();
            store.flush();
            assertHolds(store, holder, sha, shared);
            assertEquals(new PutResult(holder, Outcome.DUPLICATE_CONTENT),
                    store.put(Captures.mention("https://x.example/third", shared)));
        } finally {
            store.abandon(); // the next open rebuilds: the record stored again under "holder" must win
        }
        store = SegmentStore.open(temp);
        try {
            assertTrue(store.openReport().indexRebuilt());
            assertHolds(store, holder, sha, shared);
            assertEquals(new PutResult(holder, Outcome.DUPLICATE_CONTENT),
                    store.put(Captures.mention("https://x.example/fourth", shared)));
        } finally {
            store.close();
        }
        try (SegmentStore reopened = SegmentStore.open(temp)) {
            assertFalse(reopened.openReport().indexRebuilt(), "from the snapshot");
            assertHolds(reopened, holder, sha, shared);
            assertEquals(1, reopened.captures(owner).size());
        }
    }

    private static void assertHolds(SegmentStore store, String id, String sha, String original) throws IOException {
        assertEquals(Optional.of(id), store.idForContentHash(sha));
        CaptureVersion version = store.captures(id).stream().filter(v -> v.contentSha256().equals(sha)).findFirst()
                .orElseThrow(() -> new AssertionError(id + " does not hold " + sha));
        assertEquals(original, new String(store.original(version), StandardCharsets.UTF_8));
        assertEquals(Captures.textOf(original), store.text(version));
    }

    @Test
    void aSecondOpenOfTheSameFolderIsRefused() throws Exception {
        try (CaptureStore store = CaptureStore.open(temp)) {
            IOException refused = assertThrows(IOException.class, () -> CaptureStore.open(temp));
            assertEquals("capture store " + temp.toAbsolutePath() + " is in use by another process",
                    refused.getMessage());
            assertNotEquals(null, store);
        }
    }

    static void assertAllReadable(CaptureStore store, int n) throws IOException {
        for (int i = 0; i < n; i++) {
            String json = "{\"n\":" + i + "}";
            String id = store.idForCanonicalUrl("https://x.example/" + i).orElseThrow(() -> new AssertionError(json));
            CaptureVersion first = store.captures(id).get(0);
            assertEquals(json, new String(store.original(first), StandardCharsets.UTF_8));
            assertEquals(Captures.textOf(json), store.text(first));
        }
    }
}
