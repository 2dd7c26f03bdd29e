package dossier.index.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dossier.casefile.ResearchWorkspace;
import dossier.index.SearchIndex;
import dossier.index.SearchRequest;
import dossier.index.SearchResults;
import dossier.index.internal.Schema;

/** An index of another version keeps answering while the new version is built beside it, then gives way. */
class IndexVersionTest {

    @TempDir
    Path folder;

    @Test
    void anOlderVersionAnswersUntilTheNewOneIsBuiltEvenAfterACrashedBuild() throws Exception {
        try (ResearchWorkspace workspace = ResearchWorkspace.open(folder)) {
            new Corpus().fill(workspace);
        }
        Path index = folder.resolve(SearchIndex.FOLDER);
        markVersion(index, "0");
        Path crashedBuild = Files.createDirectories(folder.resolve("index.next"));
        Files.writeString(crashedBuild.resolve("_0.cfs"), "half a segment of a build a crash interrupted");

        CountDownLatch started = new CountDownLatch(1);
        CountDownLatch proceed = new CountDownLatch(1);
        try (ResearchWorkspace workspace = ResearchWorkspace.open(folder)) {
            SearchIndex searchIndex = SearchIndex.of(workspace, SearchIndex.Rebuild.BACKGROUND,
                    (done, total) -> {
                        if (done == 3) {
                            started.countDown();
                            await(proceed);
                        }
                    });
            assertEquals("the search index has version 0, this Dossier writes version " + Schema.VERSION,
                    searchIndex.openProblem());
            assertTrue(started.await(10, TimeUnit.SECONDS));
            SearchResults during = searchIndex.search(SearchRequest.of(""));
            assertEquals(11, during.totalHits(), "the old version still answers with every item");
            assertTrue(during.incomplete(), during.notice());
            assertEquals(3, searchIndex.search(SearchRequest.of("tag:theme")).totalHits());
            assertEquals("0", version(index), "the old version stays in place while the new one is built");
            assertTrue(Files.isDirectory(folder.resolve("index.next")), "the new version is built beside it");

            proceed.countDown();
            searchIndex.awaitRebuild();
            SearchResults after = searchIndex.search(SearchRequest.of(""));
            assertEquals(11, after.totalHits());
            assertFalse(after.incomplete());
            assertEquals(Schema.VERSION, version(index), "the new version took the old one's place");
            assertEquals(11, searchIndex.status().documents());
        }
        for (String gone : new String[] { "index.next", "index.ready", "index.old" }) {
            assertFalse(Files.exists(folder.resolve(gone)), gone + " is gone");
        }
        try (ResearchWorkspace workspace = ResearchWorkspace.open(folder)) {
            SearchIndex reopened = SearchIndex.of(workspace);
            assertEquals(null, reopened.openProblem(), "the new version is kept");
            assertEquals(2, reopened.search(SearchRequest.of("percent")).totalHits());
        }
    }

    /** Commits the index as one written by a Dossier of another schema version. */
    private static void markVersion(Path index, String version) throws Exception {
        try (Directory directory = FSDirectory.open(index);
                IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(Schema.analyzer())
                        .setOpenMode(IndexWriterConfig.OpenMode.APPEND))) {
            writer.setLiveCommitData(Map.of(Schema.VERSION_KEY, version).entrySet());
            writer.commit();
        }
    }

    private static String version(Path index) throws Exception {
        try (Directory directory = FSDirectory.open(index)) {
            return SegmentInfos.readLatestCommit(directory).getUserData().get(Schema.VERSION_KEY);
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
