package dossier.store.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dossier.store.Capture;
import dossier.store.CaptureStore;
import dossier.store.Engagement;
import dossier.store.ItemType;
import dossier.store.PutResult.Outcome;
import dossier.store.StoredItem;
import dossier.store.internal.SegmentStore;

class EngagementTest {

    @TempDir
    Path temp;

    @Test
    void engagementIsKeptAcrossReopenAndRebuildAndEachVersionHasItsOwn() throws Exception {
        Engagement first = new Engagement(3L, null, 40L, null);
        Engagement later = new Engagement(300L, 12L, 900L, 0L);
        SegmentStore store = SegmentStore.open(temp, 8192);
        String id = store.put(Captures.mention("https://x.example/1", "{\"v\":1}").withEngagement(first)).id();
        String plain = store.put(Captures.mention("https://x.example/2", "{\"v\":2}")).id();
        assertEquals(first, store.item(id).orElseThrow().engagement());
        assertEquals(Outcome.UPDATED,
                store.put(Captures.mention("https://x.example/1", "{\"v\":3}").withEngagement(later)).outcome());
        store.flush();
        store.abandon(); // no snapshot: the records are decoded again
        try (CaptureStore reopened = CaptureStore.open(temp)) {
            assertTrue(reopened.openReport().indexRebuilt());
            assertEquals(later, reopened.item(id).orElseThrow().engagement());
            assertEquals(Engagement.UNKNOWN, reopened.item(plain).orElseThrow().engagement());
            assertEquals(1212L, reopened.item(id).orElseThrow().engagement().total());
            assertNull(reopened.item(plain).orElseThrow().engagement().total());
        }
        try (CaptureStore reopened = CaptureStore.open(temp)) {
            assertEquals(later, reopened.item(id).orElseThrow().engagement(), "after the snapshot too");
            int[] seen = { 0 };
            reopened.forEachItem(item -> seen[0] += item.engagement().equals(later) ? 1 : 0);
            assertEquals(1, seen[0]);
        }
    }

    @Test
    void aStoreWrittenBeforeEngagementOpensWithEngagementUnknownAndTakesNewCaptures() throws Exception {
        for (String name : new String[] { "items-000001.seg", "pack-000001.pack" }) {
            try (InputStream in = EngagementTest.class.getResourceAsStream("/fixtures/store-before-engagement/"
                    + name)) {
                Files.copy(in, temp.resolve(name));
            }
        }
        try (CaptureStore store = CaptureStore.open(temp)) {
            assertTrue(store.openReport().clean(), store.openReport().problems().toString());
            assertEquals(1, store.size());
            StoredItem old = store.item(store.idForCanonicalUrl("https://social.example/@ann/1").orElseThrow())
                    .orElseThrow();
            assertEquals("Ann Example", old.authorName());
            assertEquals(1234L, old.followerCount());
            assertEquals(Engagement.UNKNOWN, old.engagement());
            assertEquals("written before engagement", store.text(old.id()));
            Engagement counts = new Engagement(1L, 2L, 3L, 4L);
            store.put(new Capture(ItemType.MENTION, "https://social.example/@ann/1", "https://social.example/@ann/1",
                    null, "Ann Example", "@ann", 1300L, null, Instant.now(), "en", "application/json",
                    "{\"id\":\"1\",\"n\":2}".getBytes(StandardCharsets.UTF_8), "now with counts", counts));
            assertEquals(counts, store.item(old.id()).orElseThrow().engagement());
            assertEquals(2, store.captures(old.id()).size());
        }
    }
}
