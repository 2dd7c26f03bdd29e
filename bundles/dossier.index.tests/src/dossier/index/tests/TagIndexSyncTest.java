package dossier.index.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.eclipse.core.runtime.jobs.IJobManager;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.emf.common.command.CommandStack;
import org.eclipse.emf.edit.command.RemoveCommand;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dossier.casefile.Intake;
import dossier.casefile.ResearchWorkspace;
import dossier.casefile.Tagging;
import dossier.cli.internal.CommandRunner;
import dossier.index.SearchIndex;
import dossier.index.SearchRequest;
import dossier.index.internal.ModelFacts;
import dossier.model.casefile.CaseFile;
import dossier.model.casefile.CasefilePackage.Literals;
import dossier.model.casefile.Clip;
import dossier.model.casefile.Tag;
import dossier.model.casefile.TagScheme;
import dossier.store.Capture;
import dossier.store.ItemType;
import dossier.store.PutResult;

/** Tag changes on items and clips reach the search index at once, undo and redo included, without a rebuild. */
class TagIndexSyncTest {

    @TempDir
    Path folder;

    private static Capture article(String url, String text) {
        return new Capture(ItemType.ARTICLE, url, url, "Article", "Ann Author", null, null, null, Instant.now(), "en",
                "text/html", ("<p>" + text + "</p>").getBytes(StandardCharsets.UTF_8), text);
    }

    private static List<String> ids(SearchIndex index, String query) throws Exception {
        return index.search(SearchRequest.of(query)).hits().stream().map(h -> h.id()).sorted().toList();
    }

    @Test
    void taggingUntaggingRenamingMovingAndDeletingTagsAreSearchableAtOnce() throws Exception {
        try (ResearchWorkspace workspace = ResearchWorkspace.open(folder)) {
            CaseFile caseFile = workspace.createCaseFile("Launch");
            String logo = workspace.importCapture(article("https://a.example/logo", "Customers hate the logo."),
                    caseFile, List.of()).id();
            String price = workspace.importCapture(article("https://a.example/price", "Customers love the price."),
                    caseFile, List.of()).id();
            Clip clip = workspace.clip(price, "love the price", caseFile, List.of(), null);
            SearchIndex index = SearchIndex.of(workspace);
            CommandStack commands = workspace.editingDomain().getCommandStack();
            Tagging tagging = new Tagging(workspace);
            TagScheme scheme = tagging.createScheme("Tags");
            Tag negative = tagging.addPath(scheme, "Tone/Negative", null);
            Tag positive = tagging.addPath(scheme, "Tone/Positive", null);
            assertEquals(List.of(), ids(index, "tag:tone"));

            tagging.tag(negative, List.of(logo));
            assertEquals(List.of(logo), ids(index, "tag:tone/negative"));
            tagging.tag(positive, List.of(clip.getId()));
            assertEquals(List.of(price), ids(index, "tag:tone/positive"), "a clip's tag finds its item");
            assertEquals(sorted(logo, price), ids(index, "tag:tone"));

            commands.undo();
            assertEquals(List.of(), ids(index, "tag:tone/positive"), "undo reaches the index");
            commands.redo();
            assertEquals(List.of(price), ids(index, "tag:tone/positive"), "redo too");

            tagging.renameTag(negative, "Critical");
            assertEquals(List.of(logo), ids(index, "tag:tone/critical"));
            assertEquals(List.of(), ids(index, "tag:tone/negative"));

            tagging.moveTag(positive, scheme, -1);
            assertEquals(List.of(price), ids(index, "tag:positive"));
            assertEquals(List.of(logo), ids(index, "tag:tone"));

            tagging.untag(positive, List.of(clip.getId()));
            assertEquals(List.of(), ids(index, "tag:positive"));
            tagging.deleteTag(negative);
            assertEquals(List.of(), ids(index, "tag:tone"));
            commands.undo();
            assertEquals(List.of(logo), ids(index, "tag:tone/critical"), "undoing a delete brings the tag back");
        }
    }

    @Test
    void renamingATagOfManyItemsLeavesReadingTheirFactsToTheIndexingJob() throws Exception {
        try (ResearchWorkspace workspace = ResearchWorkspace.open(folder)) {
            CaseFile caseFile = workspace.createCaseFile("Launch");
            List<String> items = new ArrayList<>();
            for (int i = 0; i < 200; i++) {
                items.add(workspace.importCapture(article("https://a.example/" + i, "Mention number " + i + "."),
                        caseFile, List.of()).id());
            }
            Tagging tagging = new Tagging(workspace);
            Tag negative = tagging.addPath(tagging.createScheme("Tags"), "Tone/Negative", null);
            tagging.tag(negative, items);
            SearchIndex index = SearchIndex.of(workspace);
            assertEquals(sorted(items), allIds(index, "tag:tone/negative"));

            IJobManager jobs = Job.getJobManager();
            jobs.suspend();
            try {
                tagging.renameTag(negative, "Critical");
                // a change the listeners are never told of: only a reader that runs later, in the job, sees it
                negative.setName("Hostile");
            } finally {
                jobs.resume();
            }
            assertEquals(sorted(items), allIds(index, "tag:tone/hostile"),
                    "the facts were read by the indexing job, after the rename returned");
            assertEquals(List.of(), allIds(index, "tag:tone/critical"));
            assertEquals(List.of(), allIds(index, "tag:tone/negative"));

            tagging.renameTag(negative, "Critical");
            assertEquals(sorted(items), allIds(index, "tag:tone/critical"), "and the search finds the new name");
        }
    }

    @Test
    void anItemFiledInTwoCaseFilesAndRemovedFromOneIsFoundInTheOneThatHoldsIt() throws Exception {
        try (ResearchWorkspace workspace = ResearchWorkspace.open(folder)) {
            CaseFile launch = workspace.createCaseFile("Launch");
            CaseFile rivals = workspace.createCaseFile("Rivals");
            PutResult logo = workspace.importCapture(article("https://a.example/logo", "Customers hate the logo."),
                    launch, List.of());
            String other = workspace.importCapture(article("https://a.example/other", "Another mention."), rivals,
                    List.of()).id();
            Intake.Batch alsoRivals = workspace.intake().batch(Intake.Filing.into(rivals, List.of()));
            alsoRivals.include(logo.id());
            workspace.intake().file(alsoRivals, Intake.ModelThread.CALLER);
            SearchIndex index = SearchIndex.of(workspace);
            assertEquals(List.of("Launch", "Rivals"), caseTitles(workspace, logo.id()));
            assertEquals(List.of(logo.id()), ids(index, "case:launch"));
            assertEquals(sorted(logo.id(), other), ids(index, "case:rivals"));

            CommandStack commands = workspace.editingDomain().getCommandStack();
            commands.execute(RemoveCommand.create(workspace.editingDomain(), rivals, Literals.CASE_FILE__ITEM_IDS,
                    logo.id()));
            assertEquals(List.of("Launch"), caseTitles(workspace, logo.id()), "the facts follow the removal");
            assertEquals(List.of(logo.id()), ids(index, "case:launch"));
            assertEquals(List.of(other), ids(index, "case:rivals"), "no longer found in the case file it left");

            commands.undo();
            assertEquals(List.of("Launch", "Rivals"), caseTitles(workspace, logo.id()));
            assertEquals(sorted(logo.id(), other), ids(index, "case:rivals"), "undo files it again");
        }
    }

    private static List<String> caseTitles(ResearchWorkspace workspace, String itemId) {
        return workspace.readModel(() -> ModelFacts.of(workspace, itemId).cases().stream()
                .map(Map.Entry::getValue).toList());
    }

    private static List<String> allIds(SearchIndex index, String query) throws Exception {
        return index.search(new SearchRequest(query, null, 1000, false, List.of())).hits().stream().map(h -> h.id())
                .sorted().toList();
    }

    private static List<String> sorted(List<String> ids) {
        return ids.stream().sorted().toList();
    }

    private static List<String> sorted(String... ids) {
        return List.of(ids).stream().sorted().toList();
    }

    @Test
    void aRebuildIndexesTheTagsOfClipsOnTheirItems() throws Exception {
        String price;
        try (ResearchWorkspace workspace = ResearchWorkspace.open(folder)) {
            CaseFile caseFile = workspace.createCaseFile("Launch");
            price = workspace.importCapture(article("https://a.example/price", "Customers love the price."), caseFile,
                    List.of()).id();
            workspace.clip(price, "love the price", caseFile, List.of("Tone/Positive"), null);
            workspace.save();
        }
        try (Stream<Path> files = Files.walk(folder.resolve(SearchIndex.FOLDER))) {
            files.sorted(Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
        }
        try (ResearchWorkspace workspace = ResearchWorkspace.open(folder)) {
            SearchIndex index = SearchIndex.of(workspace);
            assertEquals("there is no search index yet", index.openProblem());
            assertEquals(List.of(price), ids(index, "tag:tone/positive"));
        }
    }

    @Test
    void theTagsCommandsReachSearchInTheNextCommand() throws Exception {
        Path text = Files.writeString(folder.resolve("memo.txt"), "A memo on loyalty programmes.");
        Path workspace = folder.resolve("workspace");
        assertEquals(0, CommandRunner.runIn(workspace, "import", text.toString()).exit());
        String id;
        try (ResearchWorkspace open = ResearchWorkspace.open(workspace)) {
            id = open.caseFiles().get(0).getItemIds().get(0);
        }
        assertEquals(0, CommandRunner.runIn(workspace, "tags", "tag", "Theme/Loyalty", id).exit());
        CommandRunner.Captured found = CommandRunner.runIn(workspace, "search", "tag:theme/loyalty");
        assertEquals(0, found.exit(), found.err());
        assertTrue(found.out().contains(id), found.out());
        assertEquals(0, CommandRunner.runIn(workspace, "tags", "untag", "Theme/Loyalty", id).exit());
        CommandRunner.Captured gone = CommandRunner.runIn(workspace, "search", "tag:theme/loyalty");
        assertFalse(gone.out().contains(id), gone.out());
    }
}
