package dossier.connector.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dossier.connector.Paging;
import dossier.connector.SourceSpec;
import dossier.casefile.Intake;
import dossier.casefile.ResearchWorkspace;
import dossier.connector.internal.BatchFetchContext;
import dossier.store.Capture;
import dossier.store.ItemType;

/**
 * The page loop the paged connectors share, capturing into a real workspace's intake batch through the context a
 * source's fetch job uses; pages are numbered lists of words.
 */
class PagingTest {

    private static final SourceSpec SOURCE = new SourceSpec("s1", "test", "Paged", Map.of());
    private static final List<List<String>> PAGES = List.of(List.of("a", "bad", "b"), List.of("c", "d"),
            List.of("e"));

    @TempDir
    Path folder;

    private ResearchWorkspace workspace;
    private BatchFetchContext context;
    private final List<Integer> read = new CopyOnWriteArrayList<>();

    @BeforeEach
    void open() throws IOException {
        workspace = ResearchWorkspace.open(folder);
        context = new BatchFetchContext(workspace.intake().batch(Intake.Filing.into((String) null, List.of())), null);
    }

    @AfterEach
    void close() throws IOException {
        workspace.close();
    }

    private static Capture capture(String word) {
        if (word.equals("bad")) {
            throw new IllegalArgumentException("no text");
        }
        return new Capture(ItemType.MENTION, "https://paged.example/" + word, null, word, null, null, null, null,
                Instant.now(), null, "text/plain", word.getBytes(StandardCharsets.UTF_8), word);
    }

    private int capture(int limit) throws Exception {
        return Paging.capture(SOURCE, context, limit, "word", 0, page -> {
            read.add(page);
            return new Paging.Page<>(PAGES.get(page), () -> page + 1 < PAGES.size() ? page + 1 : null);
        }, PagingTest::capture);
    }

    @Test
    void pagesAreReadUntilTheLastOneAndAnUnreadableEntryIsAWarning() throws Exception {
        assertEquals(5, capture(100));
        assertEquals(List.of(0, 1, 2), read);
        assertEquals(5, workspace.store().size());
        assertEquals(List.of("a word could not be read (no text)"), context.warnings());
        assertEquals(5, context.results().size(), "each capture is kept for the fetch's outcome");
    }

    @Test
    void theLimitStopsWithinAPageAndNoFurtherPageIsAskedFor() throws Exception {
        assertEquals(3, capture(3));
        assertEquals(List.of(0, 1), read, "the limit was reached on page 1");
        assertEquals(3, workspace.store().size());
    }

    @Test
    void aCancelledFetchReadsNoMorePages() throws Exception {
        context.monitor().setCanceled(true);
        assertEquals(0, capture(100));
        assertEquals(List.of(), read);
    }
}
