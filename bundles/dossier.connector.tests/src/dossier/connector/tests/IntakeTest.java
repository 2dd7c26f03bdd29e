package dossier.connector.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.sun.net.httpserver.HttpExchange;

import dossier.casefile.Intake;
import dossier.casefile.LocalFiles;
import dossier.casefile.ResearchWorkspace;
import dossier.casefile.SourceItems;
import dossier.cli.internal.CommandRunner;
import dossier.cli.internal.CommandRunner.Captured;
import dossier.index.SearchIndex;
import dossier.index.SearchRequest;
import dossier.index.SearchResults;
import dossier.model.casefile.AnchorState;
import dossier.model.casefile.CaseFile;
import dossier.model.casefile.Source;
import dossier.testing.LocalHttpServer;
import dossier.testing.WatchedStore;

/**
 * Every way in goes through the one intake: what each brings lands in the store, its case file, the search index and
 * its source's record exactly once, however often it comes; a fetch that fails half way keeps and files what it
 * stored; and filing reads nothing from the store on the thread that changes the model.
 */
class IntakeTest {

    private static final String RSS = """
            <?xml version="1.0" encoding="UTF-8"?>
            <rss version="2.0"><channel><title>Bakery watch</title><link>https://bakery.example/</link>
            <item><title>Launch week</title><link>https://bakery.example/launch</link>
            <description>The sourdough launch worked.</description></item>
            <item><title>Pricing backlash</title><link>https://bakery.example/pricing</link>
            <description>Customers pushed back on brioche prices.</description></item>
            </channel></rss>""";
    private static final String PAGE = """
            <html><head><title>Quiet patisserie</title></head><body><article><h1>Quiet patisserie</h1>
            <p>A long read about the macaron counter, the queue outside and what regulars ordered.</p>
            <p>The owners said the eclairs sold out before noon on most days of the week.</p></article></body></html>""";

    @TempDir
    Path folder;

    private LocalHttpServer server;

    @BeforeEach
    void start() throws IOException {
        server = LocalHttpServer.start(this::answer);
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private void answer(HttpExchange exchange) throws IOException {
        try (exchange) {
            switch (exchange.getRequestURI().getPath()) {
            case "/feed.xml" -> LocalHttpServer.send(exchange, "application/rss+xml", RSS);
            case "/page.html" -> LocalHttpServer.send(exchange, "text/html", PAGE);
            default -> exchange.sendResponseHeaders(404, -1);
            }
        }
    }

    private Path workspace() {
        return folder.resolve("workspace");
    }

    private Captured dossier(String... args) throws IOException {
        return CommandRunner.runIn(workspace(), args);
    }

    private void ok(String... args) throws IOException {
        Captured run = dossier(args);
        assertEquals(0, run.exit(), String.join(" ", args) + ": " + run.err() + run.out());
    }

    private static List<WatchedStore.Read> textReads(WatchedStore store, int from) {
        List<WatchedStore.Read> reads = store.reads();
        return reads.subList(from, reads.size()).stream().filter(read -> read.method().equals("text")).toList();
    }

    private static long hits(SearchIndex index, String query) throws Exception {
        return index.search(SearchRequest.of(query)).totalHits();
    }

    @Test
    void eachWayInLandsOnceInTheStoreItsCaseFileTheIndexAndItsSourceRecord() throws Exception {
        Path notes = Files.createDirectories(folder.resolve("notes"));
        Files.writeString(notes.resolve("almond.txt"), "Almond croissant tasting notes");
        Files.writeString(notes.resolve("butter.md"), "# Butter\n\nWhy laminated butter matters");
        Path export = Files.writeString(folder.resolve("export.csv"),
                "Full Text,Url,Author\nBaguettes are back,https://social.example/1,Ann\n"
                        + "Galettes everywhere,https://social.example/2,Bob\n");
        ok("source", "add", "feed", "Bakery feed", "-p", "url=" + server.base() + "/feed.xml", "-p", "case=Watch");
        ok("source", "add", "files", "Notes", "-p", "path=" + notes, "-p", "case=Watch");
        ok("source", "add", "csv", "Export", "-p", "path=" + export, "-p", "case=Watch");
        for (int time = 0; time < 2; time++) {
            ok("source", "refresh", "--all");
            ok("fetch", server.base() + "/page.html", "--case", "Watch");
            ok("import", notes.resolve("almond.txt").toString(), "--case", "Watch");
            ok("import-csv", export.toString(), "--case", "Watch");
        }

        try (ResearchWorkspace workspace = ResearchWorkspace.open(workspace())) {
            CaseFile watch = workspace.caseFile("Watch").orElseThrow();
            assertEquals(7, watch.getItemIds().size(), "2 feed entries, 2 notes, 2 mentions and a page");
            assertEquals(7, new HashSet<>(watch.getItemIds()).size(), "each item is filed once");
            assertEquals(7, workspace.store().size(), "each item is stored once");
            SearchIndex index = SearchIndex.of(workspace);
            assertEquals(7, hits(index, ""), "each item is indexed once");
            for (String word : List.of("sourdough", "brioche", "almond", "laminated", "baguettes", "galettes",
                    "eclairs")) {
                assertEquals(1, hits(index, word + " case:Watch"), word);
            }
            SourceItems sourceItems = workspace.service(SourceItems.class);
            for (String name : List.of("Bakery feed", "Notes", "Export")) {
                Source source = workspace.source(name).orElseThrow();
                assertEquals(2, sourceItems.count(source.getId()), name + " has brought 2 items over 2 fetches");
                assertTrue(source.getLastFetch().isOk(), name);
                assertTrue(source.getLastFetch().getMessage().startsWith("0 new"), source.getLastFetch().getMessage());
            }
        }
    }

    @Test
    void postsWithoutATitleAreTitledByTheirOpeningLine() throws Exception {
        String longPost = "Our panel watched the bakery's new campaign for a week and " + "kept notes ".repeat(15)
                + "before deciding.";
        Path export = Files.writeString(folder.resolve("posts.csv"), "Full Text,Url,Author\n"
                + "\"BREAKING: the bakery recalls its brioche\nMore at the link below\",https://social.example/1,Ann\n"
                + "\"" + longPost + "\",https://social.example/2,Bob\n"
                + "Galettes everywhere,https://social.example/3,Cy\n");
        ok("import-csv", export.toString(), "--case", "Posts");

        try (ResearchWorkspace workspace = ResearchWorkspace.open(workspace())) {
            List<String> titles = new ArrayList<>();
            for (String id : workspace.caseFile("Posts").orElseThrow().getItemIds()) {
                titles.add(workspace.store().item(id).orElseThrow().title());
            }
            Collections.sort(titles);
            SearchResults.Hit recalls = SearchIndex.of(workspace).search(SearchRequest.of("recalls")).hits().get(0);
            assertEquals("BREAKING: the bakery recalls its brioche", recalls.title(), "as the Search view shows it");
            assertEquals("BREAKING: the bakery recalls its brioche", titles.get(0));
            assertEquals("Galettes everywhere", titles.get(1), "a one-line post is its own title");
            String cut = titles.get(2);
            String kept = cut.substring(0, cut.length() - 1);
            assertTrue(cut.endsWith("\u2026") && cut.length() <= 121 && longPost.startsWith(kept + " "),
                    "cut at a word: " + cut);
        }
    }

    @Test
    void aFetchThatFailsHalfWayKeepsAndFilesWhatItStoredAndSaysWhatWasNot() throws Exception {
        Path broken = Files.writeString(folder.resolve("broken.csv"),
                "text,url\nfine row,https://y.example/1\nanother fine row,https://y.example/2\n"
                        + "\"never closed,https://y.example/3\n");
        ok("source", "add", "csv", "Broken export", "-p", "path=" + broken, "-p", "case=Partial");
        Captured refreshed = dossier("source", "refresh", "Broken export");
        assertEquals(1, refreshed.exit(), refreshed.out());
        assertTrue(refreshed.out().contains("failed: source 'Broken export': cannot read past row 3"),
                refreshed.out());
        assertTrue(refreshed.out().contains("the 2 rows before it were imported")
                && refreshed.out().contains("(after 2 new, 0 updated"), refreshed.out());

        try (ResearchWorkspace workspace = ResearchWorkspace.open(workspace())) {
            CaseFile partial = workspace.caseFile("Partial").orElseThrow();
            assertEquals(2, partial.getItemIds().size());
            assertEquals(2, hits(SearchIndex.of(workspace), "fine case:Partial"));
            Source source = workspace.source("Broken export").orElseThrow();
            assertEquals(2, workspace.service(SourceItems.class).count(source.getId()));
            assertFalse(source.getLastFetch().isOk());
            assertEquals(2, source.getLastFetch().getItemCount());
        }
    }

    @Test
    void importingAThousandFilesNeverReadsTheStoreOnTheThreadThatChangesTheModel() throws Exception {
        Path files = Files.createDirectories(folder.resolve("thousand"));
        for (int i = 0; i < 1000; i++) {
            Files.writeString(files.resolve(String.format("note-%04d.txt", i)),
                    "Field note " + i + " on the bakery's croissant" + i + " campaign.", StandardCharsets.UTF_8);
        }
        Path changed = files.resolve("note-0007.txt");
        ExecutorService modelThread = Executors.newSingleThreadExecutor(r -> new Thread(r, "model"));
        Intake.ModelThread onModelThread = change -> {
            try {
                modelThread.submit(change).get();
            } catch (InterruptedException | ExecutionException e) {
                throw new IllegalStateException(e);
            }
        };
        WatchedStore watched = new WatchedStore();
        try (ResearchWorkspace workspace = ResearchWorkspace.open(workspace(), watched)) {
            SearchIndex index = SearchIndex.of(workspace); // as the workbench's Search view opens it at start
            Intake.Batch batch = workspace.intake().batch(Intake.Filing.into((String) null, List.of()));
            for (Path file : LocalFiles.expand(List.of(files), new java.util.ArrayList<>())) {
                batch.put(LocalFiles.read(file).capture());
            }
            workspace.intake().file(batch, onModelThread);
            index.refresh(); // waits until what was filed is indexed
            assertEquals(List.of(), textReads(watched, 0),
                    "no text was read back from the store: filing and indexing used the texts the intake kept");

            String changedId = batch.results().get(7).id();
            String text = Files.readString(changed);
            int start = text.indexOf("croissant7 campaign");
            int end = start + "croissant7 campaign".length();
            String[] clipId = new String[1];
            modelThread.submit(() -> clipId[0] = workspace.clipAt(changedId, text, start, end,
                    workspace.caseFile(ResearchWorkspace.INBOX).orElseThrow(), List.of(), null).getId()).get();
            index.refresh();
            int readsBefore = watched.reads().size();
            Files.writeString(changed, "A new first line. Field note 7 on the bakery's croissant7 campaign.");
            Intake.Batch again = workspace.intake().batch(Intake.Filing.into((String) null, List.of()));
            again.put(LocalFiles.read(changed).capture());
            workspace.intake().file(again, onModelThread);
            index.refresh();
            assertEquals(List.of(), textReads(watched, readsBefore), "nor the changed note's");

            assertEquals(1000, hits(index, ""));
            assertEquals(1, hits(index, "\"new first line\""), "the changed note is indexed with its new text");
            assertEquals(AnchorState.REANCHORED, workspace.clip(clipId[0]).orElseThrow().getState(),
                    "the clip on the changed note moved with its text");
            assertEquals(List.of(), watched.reads().stream().filter(read -> read.thread().equals("model")).toList(),
                    "the model thread read nothing from the store");
        } finally {
            modelThread.shutdownNow();
        }
    }
}
