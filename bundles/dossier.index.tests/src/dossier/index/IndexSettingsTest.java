package dossier.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dossier.casefile.ResearchWorkspace;
import dossier.store.Capture;
import dossier.store.ItemType;

/** The tunables of Preferences &gt; Dossier &gt; Index, set in the instance preferences, change an open index. */
class IndexSettingsTest {

    @TempDir
    Path folder;

    @AfterEach
    void restoreDefaults() {
        for (IndexSettings setting : IndexSettings.values()) {
            IndexSettings.preferences().remove(setting.key());
        }
    }

    private static void set(IndexSettings setting, int value) {
        IndexSettings.preferences().putInt(setting.key(), value);
    }

    private static String write(ResearchWorkspace workspace, SearchIndex index, String text) throws Exception {
        String url = "https://example.org/" + text.hashCode();
        String id = workspace.store().put(new Capture(ItemType.ARTICLE, url, url, text, "Ann Author", null, null, null,
                Instant.now(), "en", "text/plain", text.getBytes(StandardCharsets.UTF_8), text)).id();
        index.update(id);
        return id;
    }

    private static void waitUntil(String description, BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(15);
        while (!condition.getAsBoolean()) {
            assertTrue(System.nanoTime() < deadline, "timed out waiting until " + description);
            Thread.sleep(50);
        }
    }

    @Test
    void theWritersRamBufferIsTheSettingAndFollowsAChangeWithinItsRange() throws Exception {
        set(IndexSettings.RAM_BUFFER_MB, 48);
        try (ResearchWorkspace workspace = ResearchWorkspace.open(folder)) {
            SearchIndex index = SearchIndex.of(workspace);
            assertEquals(48.0, index.writerConfig().getRAMBufferSizeMB(), "the writer opens with the setting");
            set(IndexSettings.RAM_BUFFER_MB, 200);
            assertEquals(200.0, index.writerConfig().getRAMBufferSizeMB(), "a change applies to the open writer");
            set(IndexSettings.RAM_BUFFER_MB, 5);
            assertEquals(16.0, index.writerConfig().getRAMBufferSizeMB(), "below the range counts as its minimum");
        }
    }

    @Test
    void writesBecomeSearchableAtTheRefreshIntervalSetWhileTheIndexIsOpen() throws Exception {
        set(IndexSettings.REFRESH_MILLIS, 60_000);
        try (ResearchWorkspace workspace = ResearchWorkspace.open(folder)) {
            SearchIndex index = SearchIndex.of(workspace);
            write(workspace, index, "Quokkas share selfies");
            Thread.sleep(1500);
            assertEquals(0, index.searchableDocuments(), "a refresh every minute has not shown the write yet");
            set(IndexSettings.REFRESH_MILLIS, 100);
            waitUntil("the write is searchable after the interval is set to 100 ms",
                    () -> searchable(index) == 1);
        }
    }

    private static int searchable(SearchIndex index) {
        try {
            return index.searchableDocuments();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void theIndexCommitsAtTheCommitIntervalSetWhileItIsOpen() throws Exception {
        set(IndexSettings.COMMIT_SECONDS, 3600);
        try (ResearchWorkspace workspace = ResearchWorkspace.open(folder)) {
            SearchIndex index = SearchIndex.of(workspace);
            Instant written = Instant.now();
            write(workspace, index, "Wombats trend on Tuesdays");
            Thread.sleep(2500);
            assertNull(index.status().lastCommit(), "an hourly commit has not happened yet");
            set(IndexSettings.COMMIT_SECONDS, 1);
            waitUntil("the index commits a second after the interval is set to 1 s", () -> {
                try {
                    Instant committed = index.status().lastCommit();
                    return committed != null && !committed.isBefore(written);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }
}
