package dossier.connector.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dossier.connector.FetchContext;
import dossier.connector.Paging;
import dossier.connector.SourceSpec;
import dossier.connector.http.HttpFetcher;
import dossier.store.Capture;
import dossier.store.CaptureStore;
import dossier.store.ItemType;
import dossier.store.PutResult;

/** The page loop the paged connectors share, capturing into a real store; pages are numbered lists of words. */
class PagingTest {

    private static final SourceSpec SOURCE = new SourceSpec("s1", "test", "Paged", Map.of());
    private static final List<List<String>> PAGES = List.of(List.of("a", "bad", "b"), List.of("c", "d"),
            List.of("e"));

    @TempDir
    Path folder;

    private CaptureStore store;
    private final List<String> warnings = new CopyOnWriteArrayList<>();
    private final List<Integer> read = new CopyOnWriteArrayList<>();
    private final IProgressMonitor monitor = new NullProgressMonitor();

    @BeforeEach
    void open() throws IOException {
        store = CaptureStore.open(folder);
    }

    @AfterEach
    void close() throws IOException {
        store.close();
    }

    private final FetchContext context = new FetchContext() {
        @Override
        public HttpFetcher http() {
            throw new UnsupportedOperationException("the pages here are not fetched over HTTP");
        }

        @Override
        public PutResult capture(Capture capture) throws IOException {
            return store.put(capture);
        }

        @Override
        public IProgressMonitor monitor() {
            return monitor;
        }

        @Override
        public void warn(String message) {
            warnings.add(message);
        }
    };

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
        assertEquals(5, store.size());
        assertEquals(List.of("a word could not be read (no text)"), warnings);
    }

    @Test
    void theLimitStopsWithinAPageAndNoFurtherPageIsAskedFor() throws Exception {
        assertEquals(3, capture(3));
        assertEquals(List.of(0, 1), read, "the limit was reached on page 1");
        assertEquals(3, store.size());
    }

    @Test
    void aCancelledFetchReadsNoMorePages() throws Exception {
        monitor.setCanceled(true);
        assertEquals(0, capture(100));
        assertEquals(List.of(), read);
    }
}
