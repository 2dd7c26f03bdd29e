package dossier.index.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dossier.casefile.ResearchWorkspace;
import dossier.index.SearchIndex;
import dossier.index.SearchRequest;
import dossier.index.SearchResults;
import dossier.store.Capture;
import dossier.store.ItemType;

/** Results: facets with drill-down and sideways counts, snippets, related items, near-duplicates; rebuilds. */
class SearchIndexTest {

    @TempDir
    Path folder;

    private static Map<String, Long> counts(SearchResults results, String dim) {
        Map<String, Long> counts = new java.util.TreeMap<>();
        results.facets().get(dim).forEach(v -> counts.put(v.value(), v.count()));
        return counts;
    }

    @Test
    void facetsCountAndDrillDownAndSideways() throws Exception {
        try (ResearchWorkspace workspace = ResearchWorkspace.open(folder)) {
            new Corpus().fill(workspace);
            SearchIndex index = SearchIndex.of(workspace);
            index.refresh();
            SearchResults all = index.search(SearchRequest.of("").withFacets());
            assertEquals(Map.of("document", 6L, "article", 3L, "mention", 2L), counts(all, "type"));
            assertEquals(Map.of("Source", 5L, "Theme", 3L, "Region", 1L), counts(all, "tag"));
            assertEquals(Map.of("en", 9L, "fr", 1L, "und", 1L), counts(all, "language"),
                    "the seed articles, plain text, carry the language detected in them (issue 17), no longer und");
            assertEquals(2L, counts(all, "month").get("2024-03"));
            assertEquals(Map.of("local files", 6L, "twitter.com", 2L, "news.example.com", 1L, "othersite.org", 1L,
                    "blog.example.org", 1L), counts(all, "site"));
            assertEquals(1L, counts(all, "author").get("Carol Writer"));

            SearchResults theme = index.search(SearchRequest.of("").drillDown("tag", "Theme"));
            assertEquals(3, theme.totalHits());
            assertEquals(Map.of("Source", 5L, "Theme", 3L, "Region", 1L, "Theme/Influencers", 2L, "Theme/Brand", 1L),
                    counts(theme, "tag"), "the drilled dimension keeps its sideways counts, and shows the children");
            assertEquals(Map.of("article", 2L, "mention", 1L), counts(theme, "type"), "other dimensions narrow");

            SearchResults influencers = index.search(SearchRequest.of("").drillDown("tag", "Theme/Influencers")
                    .drillDown("type", "article"));
            assertEquals(2, influencers.totalHits());
            assertEquals(Map.of("Theme/Influencers", 2L), counts(influencers, "tag"),
                    "a child tag shows its siblings that are articles (Theme/Brand is on a mention)");
            SearchResults brand = index.search(SearchRequest.of("").drillDown("tag", "Theme/Brand"));
            assertEquals(Map.of("Theme/Brand", 1L, "Theme/Influencers", 2L), counts(brand, "tag"), "siblings, sideways");
            assertEquals(Map.of("article", 2L), counts(influencers, "type"), "type sideways: all Theme/Influencers");

            SearchResults twoTypes = index.search(SearchRequest.of("brandvoice OR memo")
                    .drillDown("type", "mention").drillDown("type", "document"));
            assertEquals(List.of("document", "mention"), twoTypes.hits().stream().map(SearchResults.Hit::type).sorted()
                    .distinct().toList(), "values of one dimension are ORed");
        }
    }

    @Test
    void snippetsHighlightTheMatchesAndDateOrderSorts() throws Exception {
        try (ResearchWorkspace workspace = ResearchWorkspace.open(folder)) {
            Corpus corpus = new Corpus().fill(workspace);
            SearchIndex index = SearchIndex.of(workspace);
            index.refresh();
            SearchResults results = index.search(SearchRequest.of("\"social sharing\""));
            for (SearchResults.Hit hit : results.hits()) {
                assertTrue(hit.snippet().toLowerCase().contains("[social sharing]"), hit.snippet());
                assertTrue(hit.snippet().length() < 600, hit.snippet());
            }
            SearchResults memo = index.search(SearchRequest.of("habits"));
            assertEquals("Internal memo: social metrics and sharing [habits] of our audience", memo.hits().get(0)
                    .snippet());
            SearchResults byDate = index.search(SearchRequest.of("type:mention OR type:article")
                    .orderedBy(SearchRequest.Order.DATE));
            List<Instant> dates = byDate.hits().stream().map(SearchResults.Hit::date).toList();
            assertEquals(dates.stream().sorted(java.util.Comparator.reverseOrder()).toList(), dates);
            assertEquals(corpus.ids.get("a3"), byDate.hits().get(0).id());
        }
    }

    @Test
    void nearDuplicatesAreGroupedUnderOneResultAndRelatedItemsFound() throws Exception {
        try (ResearchWorkspace workspace = ResearchWorkspace.open(folder)) {
            Corpus corpus = new Corpus().fill(workspace);
            SearchIndex index = SearchIndex.of(workspace);
            index.refresh();
            SearchResults story = index.search(SearchRequest.of("percent budget"));
            assertEquals(1, story.hits().size(), "the syndicated copy is grouped: " + story.hits());
            assertEquals(2, story.hits().get(0).groupSize());
            assertEquals(2, story.totalHits());
            SearchResults reshared = index.search(SearchRequest.of("#brandvoice"));
            assertEquals(1, reshared.hits().size());
            assertEquals(List.of(corpus.ids.get("m2")).size(), reshared.hits().get(0).duplicates().size());
            SearchResults seeds = index.search(SearchRequest.of("tag:Source").withLimit(10));
            assertEquals(5, seeds.hits().size(), "different articles stay apart");

            List<SearchResults.Hit> related = index.related(corpus.ids.get("a1"), 5);
            assertEquals(corpus.ids.get("a2"), related.get(0).id(), "the syndicated copy is most alike");
            List<SearchResults.Hit> likeSeed = index.related(corpus.ids.get("seed1"), 3);
            assertFalse(likeSeed.isEmpty());
            assertTrue(likeSeed.stream().noneMatch(h -> h.id().equals(corpus.ids.get("seed1"))));
            assertTrue(likeSeed.stream().anyMatch(h -> h.id().equals(corpus.ids.get("seed0"))),
                    "the other article on social sharing: " + likeSeed);
        }
    }

    @Test
    void aWriteIsSearchableWithinASecondAndACallerCanWaitForItsOwn() throws Exception {
        try (ResearchWorkspace workspace = ResearchWorkspace.open(folder)) {
            SearchIndex index = SearchIndex.of(workspace);
            String id = workspace.store().put(Corpus.mention("zoe", "Zoe", 9, "First post about #quokkas", 
                    "2024-01-01T00:00:00Z")).id();
            long sequence = index.update(id);
            index.waitFor(sequence);
            assertEquals(1, index.search(SearchRequest.of("#quokkas")).totalHits());
            String other = workspace.store().put(Corpus.mention("zoe", "Zoe", 10, "Second post about wombats",
                    "2024-01-02T00:00:00Z")).id();
            index.update(other);
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(2);
            while (index.search(SearchRequest.of("wombats")).totalHits() == 0 && System.nanoTime() < deadline) {
                Thread.sleep(20);
            }
            assertEquals(1, index.search(SearchRequest.of("wombats")).totalHits(), "the refresh thread made it visible");
        }
    }

    private static void forEachIndexFile(Path workspace, java.util.function.Consumer<Path> action) throws Exception {
        try (Stream<Path> files = Files.list(workspace.resolve(SearchIndex.FOLDER))) {
            files.filter(Files::isRegularFile).filter(f -> !f.getFileName().toString().equals("write.lock"))
                    .forEach(action);
        }
    }

    @Test
    void aDeletedOrCorruptIndexIsRebuiltFromTheStore() throws Exception {
        try (ResearchWorkspace workspace = ResearchWorkspace.open(folder)) {
            new Corpus().fill(workspace);
        }
        try (ResearchWorkspace workspace = ResearchWorkspace.open(folder)) {
            SearchIndex index = SearchIndex.of(workspace);
            assertNull(index.openProblem(), "an index in step with the store is kept");
            assertEquals(11, index.status().documents());
        }
        forEachIndexFile(folder, f -> f.toFile().delete());
        try (ResearchWorkspace workspace = ResearchWorkspace.open(folder)) {
            SearchIndex index = SearchIndex.of(workspace);
            assertEquals("there is no search index yet", index.openProblem());
            assertEquals(3, index.search(SearchRequest.of("tag:theme")).totalHits(), "tags come from the model");
            assertEquals(11, index.status().documents());
        }
        forEachIndexFile(folder, f -> {
            try {
                Files.write(f, "not a lucene file".repeat(8).getBytes(StandardCharsets.UTF_8));
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        try (ResearchWorkspace workspace = ResearchWorkspace.open(folder)) {
            SearchIndex index = SearchIndex.of(workspace);
            assertNotNull(index.openProblem());
            assertTrue(index.openProblem().startsWith("the search index is damaged"), index.openProblem());
            assertEquals(2, index.search(SearchRequest.of("percent")).totalHits());
            assertEquals(11, index.status().documents());
            assertNotNull(index.status().lastCommit());
        }
    }

    @Test
    void searchWhileRebuildingAnswersFromWhatIsThereAndSaysItIsIncomplete() throws Exception {
        try (ResearchWorkspace workspace = ResearchWorkspace.open(folder)) {
            new Corpus().fill(workspace);
        }
        forEachIndexFile(folder, f -> f.toFile().delete());
        CountDownLatch started = new CountDownLatch(1);
        CountDownLatch proceed = new CountDownLatch(1);
        try (ResearchWorkspace workspace = ResearchWorkspace.open(folder)) {
            SearchIndex index = SearchIndex.of(workspace, SearchIndex.Rebuild.BACKGROUND,
                    holdAt(3, started, proceed));
            assertTrue(started.await(10, TimeUnit.SECONDS));
            index.refresh();
            SearchResults partial = index.search(SearchRequest.of(""));
            assertTrue(partial.incomplete());
            assertEquals("the search index is being rebuilt (3 of 11 items so far): results may be incomplete",
                    partial.notice());
            assertEquals(3, partial.totalHits(), "what is indexed so far");
            proceed.countDown();
            index.awaitRebuild();
            SearchResults complete = index.search(SearchRequest.of(""));
            assertFalse(complete.incomplete());
            assertEquals(11, complete.totalHits());
        }
    }

    @Test
    void anItemImportedIsFoundAndItsNewTagsToo() throws Exception {
        try (ResearchWorkspace workspace = ResearchWorkspace.open(folder)) {
            byte[] bytes = "A note on #pinterest boards".getBytes(StandardCharsets.UTF_8);
            Capture capture = new Capture(ItemType.DOCUMENT, "file:/notes/pinterest.txt", null, "Pinterest", null,
                    null, null, null, Instant.now(), null, "text/plain", bytes, new String(bytes, StandardCharsets.UTF_8));
            String id = workspace.importCapture(capture, null, List.of()).id();
            SearchIndex index = SearchIndex.of(workspace);
            index.refresh();
            assertEquals(id, index.search(SearchRequest.of("#pinterest")).hits().get(0).id());
            assertEquals(0, index.search(SearchRequest.of("tag:platform")).totalHits());
            workspace.importCapture(capture, workspace.caseFileNamed("Platforms"), List.of("Platform/Pinterest"));
            index.refresh();
            assertEquals(1, index.search(SearchRequest.of("tag:platform/pinterest case:platforms")).totalHits());
        }
    }

    @Test
    void aClipsTagsFindItsItemUntilTheClipIsUndoneAndARebuildKeepsThem() throws Exception {
        try (ResearchWorkspace workspace = ResearchWorkspace.open(folder)) {
            byte[] bytes = "Brands earn trust one reply at a time.".getBytes(StandardCharsets.UTF_8);
            Capture capture = new Capture(ItemType.DOCUMENT, "file:/notes/trust.txt", null, "Trust", null, null, null,
                    null, Instant.now(), null, "text/plain", bytes, new String(bytes, StandardCharsets.UTF_8));
            String id = workspace.importCapture(capture, null, List.of()).id();
            SearchIndex index = SearchIndex.of(workspace);
            index.refresh();
            String query = "tag:tone/positive case:\"brand trust\"";
            assertEquals(0, index.search(SearchRequest.of(query)).totalHits());

            workspace.clip(id, "one reply at a time", workspace.caseFileNamed("Brand trust"), List.of("Tone/Positive"),
                    null); // a search sees the change at once, without a refresh
            assertEquals(List.of(id), ids(index.search(SearchRequest.of(query))), "the clip's tag and case file");
            SearchResults facets = index.search(SearchRequest.of("").withFacets());
            assertEquals(Map.of("Tone", 1L), counts(facets, "tag"));

            workspace.editingDomain().getCommandStack().undo();
            assertEquals(0, index.search(SearchRequest.of("tag:tone/positive")).totalHits(), "undo takes the tag away");
            workspace.editingDomain().getCommandStack().redo();
            assertEquals(List.of(id), ids(index.search(SearchRequest.of("tag:tone/positive"))), "redo brings it back");

            index.rebuild(SearchIndex.Progress.NONE);
            assertEquals(List.of(id), ids(index.search(SearchRequest.of(query))), "a rebuild gives clips' tags too");
        }
    }

    @Test
    void aSecondRebuildIsRefusedWhileOneRunsSayingHowFarItIs() throws Exception {
        try (ResearchWorkspace workspace = ResearchWorkspace.open(folder)) {
            new Corpus().fill(workspace);
            SearchIndex index = SearchIndex.of(workspace);
            index.refresh(); // the items filed are indexed
            CountDownLatch started = new CountDownLatch(1);
            CountDownLatch proceed = new CountDownLatch(1);
            index.rebuildInBackground(holdAt(2, started, proceed));
            assertTrue(started.await(10, TimeUnit.SECONDS));
            IllegalStateException refused = org.junit.jupiter.api.Assertions.assertThrows(IllegalStateException.class,
                    () -> index.rebuild(SearchIndex.Progress.NONE));
            assertEquals("the search index is already being rebuilt (2 of 11 items so far); wait for it to finish",
                    refused.getMessage());
            proceed.countDown();
            index.awaitRebuild();
            index.rebuild(SearchIndex.Progress.NONE);
            assertEquals(11, index.search(SearchRequest.of("")).totalHits(), "once it is done, another may run");
        }
    }

    /** A rebuild's progress that at item {@code at} counts down {@code started} and waits for {@code proceed}. */
    private static SearchIndex.Progress holdAt(int at, CountDownLatch started, CountDownLatch proceed) {
        return (done, total) -> {
            if (done == at) {
                started.countDown();
                try {
                    proceed.await(10, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        };
    }

    private static List<String> ids(SearchResults results) {
        return results.hits().stream().map(SearchResults.Hit::id).toList();
    }
}
