package dossier.index.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

import org.apache.lucene.store.AlreadyClosedException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dossier.casefile.ResearchWorkspace;
import dossier.index.SearchIndex;
import dossier.index.SearchRequest;
import dossier.index.internal.IndexSync;
import dossier.store.Capture;
import dossier.store.ItemType;

/** The index and its sync are services of the open workspace: one each, and closed with it, what was filed indexed. */
class IndexServiceTest {

    @TempDir
    Path folder;

    @Test
    void oneIndexPerWorkspaceOpenedOnFirstUseAndClosedWithTheWorkspace() throws Exception {
        SearchIndex index;
        try (ResearchWorkspace workspace = ResearchWorkspace.open(folder)) {
            assertTrue(workspace.serviceIfCreated(IndexSync.class).isPresent(), "the sync starts with the workspace");
            assertTrue(workspace.serviceIfCreated(SearchIndex.class).isEmpty(), "the index waits for its first use");
            index = SearchIndex.of(workspace);
            assertSame(index, workspace.service(SearchIndex.class));
            assertSame(index, SearchIndex.of(workspace));
            try (ResearchWorkspace other = ResearchWorkspace.open(folder.resolve("other"))) {
                assertTrue(SearchIndex.of(other) != index, "another workspace has its own index");
            }
            workspace.importCapture(new Capture(ItemType.DOCUMENT, "file:/memo.txt", null, "Memo", null, null, null,
                    null, Instant.now(), null, "text/plain", "a memo about brandvoice".getBytes(),
                    "a memo about brandvoice"), null, List.of());
        }
        assertThrows(AlreadyClosedException.class, () -> index.search(SearchRequest.of("brandvoice")),
                "closing the workspace closed its index");
        try (ResearchWorkspace reopened = ResearchWorkspace.open(folder)) {
            assertEquals(1, SearchIndex.of(reopened).search(SearchRequest.of("brandvoice")).totalHits(),
                    "what was filed before closing was indexed and committed");
        }
    }
}
