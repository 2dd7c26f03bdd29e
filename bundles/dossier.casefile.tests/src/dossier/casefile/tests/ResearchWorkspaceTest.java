package dossier.casefile.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;

import org.eclipse.emf.common.command.CommandStack;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dossier.casefile.CaseFileException;
import dossier.casefile.ReanchorReport;
import dossier.casefile.Intake;
import dossier.casefile.ResearchWorkspace;
import dossier.casefile.Target;
import dossier.casefile.LocalFiles;
import dossier.model.casefile.AnchorState;
import dossier.model.casefile.CaseFile;
import dossier.model.casefile.CaseStatus;
import dossier.model.casefile.Clip;
import dossier.model.casefile.CrossReference;
import dossier.model.casefile.LinkType;
import dossier.model.casefile.Note;
import dossier.store.Capture;
import dossier.store.ItemType;
import dossier.store.PutResult;
import dossier.testing.SeedArticles;
import dossier.testing.WatchedStore;

class ResearchWorkspaceTest {

    @TempDir
    Path folder;

    private static Capture article(String url, String text) {
        return new Capture(ItemType.ARTICLE, url, url, "An article", "Ann Author", null, null, null, Instant.now(),
                "en", "text/html", ("<p>" + text + "</p>").getBytes(StandardCharsets.UTF_8), text);
    }

    @Test
    void anItemIsFiledOnceInACaseFileAndMembershipFollowsUndoAndRedo() throws Exception {
        try (ResearchWorkspace workspace = ResearchWorkspace.open(folder)) {
            CaseFile caseFile = workspace.createCaseFile("Mentions");
            PutResult first = workspace.store().put(article("https://example.org/a", "First article text."));
            PutResult second = workspace.store().put(article("https://example.org/b", "Second article text."));
            Intake.Batch twice = workspace.intake().batch(Intake.Filing.into(caseFile, List.of()));
            List.of(first, first, second).forEach(result -> twice.include(result.id()));
            workspace.intake().file(twice, Intake.ModelThread.CALLER);
            Intake.Batch again = workspace.intake().batch(Intake.Filing.into(caseFile, List.of()));
            again.include(second.id());
            workspace.intake().file(again, Intake.ModelThread.CALLER);
            assertEquals(List.of(first.id(), second.id()), caseFile.getItemIds());
            assertTrue(workspace.holds(caseFile, second.id()));
            assertEquals(List.of(caseFile), workspace.caseFilesHolding(first.id()));

            CommandStack commands = workspace.editingDomain().getCommandStack();
            commands.undo();
            assertFalse(workspace.holds(caseFile, first.id()));
            assertEquals(List.of(), workspace.caseFilesHolding(second.id()));
            commands.redo();
            assertTrue(workspace.holds(caseFile, first.id()));
            workspace.clip(second.id(), "Second article", caseFile, List.of(), null);
            assertEquals(List.of(first.id(), second.id()), caseFile.getItemIds(), "clipping a filed item adds no id");
        }
    }

    @Test
    void caseFilesClipsTagsNotesAndLinksSurviveSavingAndReopening() throws Exception {
        String itemId;
        String clipId;
        String caseId;
        try (ResearchWorkspace workspace = ResearchWorkspace.open(folder)) {
            CaseFile caseFile = workspace.createCaseFile("Brand trust 2026");
            caseId = caseFile.getId();
            PutResult imported = workspace.importCapture(LocalFiles.read(SeedArticles.files().get(1)).capture(),
                    caseFile, List.of("Channel/Blog"));
            itemId = imported.id();
            Clip clip = workspace.clip(itemId, "You have to have the conversation", caseFile,
                    List.of("Theme/Sharing", "Tone/Positive"), "the thesis in one line");
            clipId = clip.getId();
            workspace.link(clipId, itemId, "supports", null);
            workspace.link(caseId, clipId, "key evidence", null);
            workspace.save();
        }
        try (ResearchWorkspace workspace = ResearchWorkspace.open(folder)) {
            assertEquals(List.of(), workspace.problems());
            CaseFile caseFile = workspace.caseFile("brand trust 2026").orElseThrow();
            assertEquals(caseId, caseFile.getId());
            assertEquals(CaseStatus.ACTIVE, caseFile.getStatus());
            assertEquals(List.of(itemId), caseFile.getItemIds());
            Clip clip = workspace.clip(clipId).orElseThrow();
            String text = workspace.store().text(itemId);
            assertEquals("You have to have the conversation", text.substring(clip.getStart(), clip.getEnd()));
            assertEquals(List.of("Theme/Sharing", "Tone/Positive"), workspace.tagsOf(clipId));
            assertEquals(List.of("Channel/Blog"), workspace.tagsOf(itemId));
            assertEquals("the thesis in one line", caseFile.getNotes().get(0).getText());
            List<CrossReference> toItem = workspace.backlinks(itemId);
            assertEquals(1, toItem.size());
            assertEquals("supports", toItem.get(0).getType().getName());
            CrossReference userDefined = workspace.backlinks(clipId).get(0);
            assertEquals("key evidence", userDefined.getType().getName());
            assertFalse(userDefined.getType().isBuiltIn());
        }
    }

    @Test
    void changesMadeAsOneCommandUndoAndRedoTogether() throws Exception {
        try (ResearchWorkspace workspace = ResearchWorkspace.open(folder)) {
            CommandStack stack = workspace.editingDomain().getCommandStack();
            CaseFile kept = workspace.createCaseFile("Kept");
            String id = workspace.importCapture(article("https://example.org/a", "Brands earn trust slowly."), kept,
                    List.of()).id();
            workspace.addNote(id, "to be undone and replaced", kept);
            stack.undo();
            int[] told = { 0 };
            stack.addCommandStackListener(event -> told[0]++);
            CaseFile[] made = new CaseFile[1];
            Clip clip = workspace.asOneCommand("import", () -> {
                made[0] = workspace.createCaseFile("Imported");
                return workspace.clip(id, "earn trust", made[0], List.of("Trust"), "a note");
            });
            assertEquals(1, told[0], "the listeners are told once");
            assertFalse(stack.canRedo(), "what was undone before cannot be redone over the new changes");
            assertTrue(kept.getNotes().isEmpty());
            assertEquals(List.of(clip), made[0].getClips());

            stack.undo();
            assertFalse(workspace.caseFile("Imported").isPresent(), "one Undo takes back every change");
            assertEquals(List.of(id), kept.getItemIds(), "what came before stays");
            stack.redo();
            assertEquals(List.of(clip), workspace.caseFile("Imported").orElseThrow().getClips());
            assertEquals(List.of("Trust"), workspace.tagsOf(clip.getId()));
            assertEquals("a note", workspace.notesOn(clip.getId()).get(0).getText());
        }
    }

    @Test
    void everyChangeUndoesAndRedoesThroughTheOneCommandStack() throws Exception {
        try (ResearchWorkspace workspace = ResearchWorkspace.open(folder)) {
            CommandStack stack = workspace.editingDomain().getCommandStack();
            CaseFile caseFile = workspace.createCaseFile("Undo");
            String id = workspace.importCapture(article("https://example.org/a", "Brands earn trust slowly."), caseFile,
                    List.of()).id();
            Clip clip = workspace.clip(id, "earn trust", caseFile, List.of("Trust"), null);
            assertEquals(List.of("Trust"), workspace.tagsOf(clip.getId()));

            stack.undo();
            assertTrue(caseFile.getClips().isEmpty());
            assertEquals(List.of(), workspace.tagsOf(clip.getId()));
            assertTrue(workspace.model().getTagSchemes().isEmpty(), "the tag made for the clip goes with it");
            stack.redo();
            assertEquals(List.of(clip), caseFile.getClips());
            assertEquals(List.of("Trust"), workspace.tagsOf(clip.getId()));

            stack.undo();
            stack.undo();
            stack.undo();
            assertTrue(workspace.caseFiles().isEmpty(), "undoing the creation removes the case file");
            workspace.save();
        }
        try (ResearchWorkspace workspace = ResearchWorkspace.open(folder)) {
            assertTrue(workspace.caseFiles().isEmpty());
            try (Stream<Path> files = Files.list(folder.resolve("model/casefiles"))) {
                assertEquals(0, files.count(), "no file is left for the undone case file");
            }
        }
    }

    @Test
    void aQuoteThatIsNotInTheItemOrIsAmbiguousIsRefused() throws Exception {
        try (ResearchWorkspace workspace = ResearchWorkspace.open(folder)) {
            CaseFile caseFile = workspace.createCaseFile("Quotes");
            String id = workspace.importCapture(article("https://example.org/q",
                    "He said \u201cshare it\u201d twice. Then: share it."), caseFile, List.of()).id();
            CaseFileException missing = assertThrows(CaseFileException.class,
                    () -> workspace.clip(id, "never written", caseFile, List.of(), null));
            assertTrue(missing.getMessage().startsWith("the quote is not in the item's text"), missing.getMessage());
            CaseFileException ambiguous = assertThrows(CaseFileException.class,
                    () -> workspace.clip(id, "share it", caseFile, List.of(), null));
            assertTrue(ambiguous.getMessage().startsWith("the quote occurs 2 times"), ambiguous.getMessage());
            Clip typographic = workspace.clip(id, "said \"share it\"", caseFile, List.of(), null);
            assertEquals("said \u201cshare it\u201d", typographic.getExact(), "straight quotes match curly ones");
        }
    }

    @Test
    void aRecapturedItemsClipsReanchorOrAreMarkedOrphaned() throws Exception {
        String url = "https://example.org/story";
        String first = "Intro. Influencers amplify stories that already resonate. Outro about metrics.";
        String second = "A new opening paragraph was added.\n\nIntro. Influencers amplify stories that already"
                + " resonate. Outro was rewritten completely.";
        try (ResearchWorkspace workspace = ResearchWorkspace.open(folder)) {
            CaseFile caseFile = workspace.createCaseFile("Recapture");
            String id = workspace.importCapture(article(url, first), caseFile, List.of()).id();
            Clip kept = workspace.clip(id, "Influencers amplify stories", caseFile, List.of(), null);
            Clip lost = workspace.clip(id, "Outro about metrics", caseFile, List.of(), null);
            workspace.save();

            PutResult again = workspace.importCapture(article(url, second), caseFile, List.of());
            assertEquals(PutResult.Outcome.UPDATED, again.outcome());
            assertEquals(id, again.id());
            assertEquals(AnchorState.REANCHORED, kept.getState());
            assertEquals("Influencers amplify stories", second.substring(kept.getStart(), kept.getEnd()));
            assertEquals(AnchorState.ORPHANED, lost.getState());
            assertEquals("Outro about metrics", lost.getExact(), "an orphan keeps its quote");
            ReanchorReport repeat = workspace.reanchor(id);
            assertEquals(new ReanchorReport(1, 0, 1), repeat);
        }
    }

    @Test
    void aDamagedCaseFileIsQuarantinedAndTheRestOpens() throws Exception {
        String goodId;
        try (ResearchWorkspace workspace = ResearchWorkspace.open(folder)) {
            goodId = workspace.createCaseFile("Good").getId();
            workspace.createCaseFile("Damaged");
            workspace.save();
        }
        Path damaged;
        try (Stream<Path> files = Files.list(folder.resolve("model/casefiles"))) {
            damaged = files.filter(f -> !f.getFileName().toString().startsWith(goodId)).findFirst().orElseThrow();
        }
        byte[] garbage = "<?xml version=\"1.0\"?><casefile:CaseFile xmlns:casefile=\"http://dossier.org/model/case"
                .getBytes(StandardCharsets.UTF_8);
        Files.write(damaged, garbage);
        try (ResearchWorkspace workspace = ResearchWorkspace.open(folder)) {
            assertEquals(List.of("Good"), workspace.caseFiles().stream().map(CaseFile::getTitle).toList());
            assertEquals(1, workspace.problems().size());
            String problem = workspace.problems().get(0);
            assertTrue(problem.startsWith("could not read model/casefiles/" + damaged.getFileName()), problem);
            assertTrue(problem.contains("moved it to quarantine/"), problem);
            workspace.createCaseFile("Another");
            workspace.save();
        }
        try (Stream<Path> quarantined = Files.list(folder.resolve("quarantine"))) {
            Path kept = quarantined.findFirst().orElseThrow();
            assertTrue(java.util.Arrays.equals(garbage, Files.readAllBytes(kept)), "the damaged file is kept as it was");
        }
    }

    @Test
    void textWithControlCharactersFromOutsideStillSaves() throws Exception {
        try (ResearchWorkspace workspace = ResearchWorkspace.open(folder)) {
            CaseFile caseFile = workspace.createCaseFile("Control");
            String id = workspace.importCapture(article("https://example.org/c", "Before\u0000\u0001 the quote here. After"),
                    caseFile, List.of()).id();
            workspace.clip(id, "the quote here", caseFile, List.of(), "note\u0007 with a bell");
            workspace.addSource("feed", "Odd", java.util.Map.of("url", "https://example.org/f"), null);
            workspace.recordFetch(workspace.source("Odd").orElseThrow(), false, "garbage \u0000\u0001 answer", 0);
            workspace.save();
        }
        try (ResearchWorkspace workspace = ResearchWorkspace.open(folder)) {
            assertEquals(List.of(), workspace.problems());
            Clip clip = workspace.caseFile("Control").orElseThrow().getClips().get(0);
            assertEquals("the quote here", clip.getExact());
            assertEquals("Before the quote here. After".length() + 2, workspace.store().text(clip.getItemId()).length());
            assertEquals("garbage  answer", workspace.source("Odd").orElseThrow().getLastFetch().getMessage());
        }
    }

    @Test
    void caseFilesAreRenamedAndDeletedUndoably() throws Exception {
        try (ResearchWorkspace workspace = ResearchWorkspace.open(folder)) {
            CaseFile caseFile = workspace.createCaseFile("Draft");
            String id = workspace.importCapture(article("https://example.org/r", "Trust is earned."), caseFile,
                    List.of()).id();
            workspace.clip(id, "Trust is earned", caseFile, List.of(), null);
            workspace.createCaseFile("Other");
            assertThrows(IllegalArgumentException.class, () -> workspace.renameCaseFile(caseFile, "other"));
            workspace.renameCaseFile(caseFile, "  Brand trust ");
            assertEquals("Brand trust", caseFile.getTitle());
            workspace.deleteCaseFile(caseFile);
            assertEquals(List.of("Other"), workspace.caseFiles().stream().map(CaseFile::getTitle).toList());
            workspace.save();
            workspace.editingDomain().getCommandStack().undo();
            assertEquals(List.of("Brand trust", "Other"), workspace.caseFiles().stream().map(CaseFile::getTitle).toList());
            assertEquals(1, workspace.caseFile("Brand trust").orElseThrow().getClips().size());
            workspace.save();
        }
        try (ResearchWorkspace workspace = ResearchWorkspace.open(folder)) {
            assertEquals(1, workspace.caseFile("Brand trust").orElseThrow().getClips().size(), "the undone delete is saved");
        }
    }

    @Test
    void notesClipOrderDetailsAndLinksChangeUndoably() throws Exception {
        try (ResearchWorkspace workspace = ResearchWorkspace.open(folder)) {
            CommandStack stack = workspace.editingDomain().getCommandStack();
            CaseFile caseFile = workspace.createCaseFile("Editing");
            String id = workspace.importCapture(article("https://example.org/e",
                    "First claim here. Second claim there. Third claim everywhere."), caseFile, List.of()).id();
            Clip first = workspace.clip(id, "First claim", caseFile, List.of(), null);
            Clip second = workspace.clip(id, "Second claim", caseFile, List.of(), null);
            Clip third = workspace.clip(id, "Third claim", caseFile, List.of(), null);

            workspace.moveClip(third, 0);
            assertEquals(List.of(third, first, second), caseFile.getClips());
            stack.undo();
            assertEquals(List.of(first, second, third), caseFile.getClips(), "undo puts the clip back");
            stack.redo();
            assertEquals(List.of(third, first, second), caseFile.getClips());

            Note onClip = workspace.addNote(first.getId(), "weak evidence", null);
            Note onItem = workspace.addNote(id, "a press release", null);
            Note onCase = workspace.addNote(caseFile.getId(), "due Friday", null);
            assertEquals(List.of(onClip, onItem, onCase), caseFile.getNotes());
            assertEquals(List.of(onClip), workspace.notesOn(first.getId()));
            workspace.editNote(onClip, "  strong evidence after all ");
            assertEquals("strong evidence after all", onClip.getText());
            stack.undo();
            assertEquals("weak evidence", onClip.getText());
            workspace.editNote(onItem, " ");
            assertEquals(List.of(onClip, onCase), caseFile.getNotes(), "a note emptied is deleted");
            stack.undo();
            assertEquals(List.of(onClip, onItem, onCase), caseFile.getNotes());
            assertThrows(CaseFileException.class, () -> workspace.addNote("no-such-id", "text", null));
            assertThrows(CaseFileException.class, () -> workspace.addNote(id, "   ", null));

            workspace.describeCaseFile(caseFile, "Who trusts which brands");
            workspace.setStatus(caseFile, CaseStatus.ON_HOLD);
            assertEquals(CaseStatus.ON_HOLD, caseFile.getStatus());
            stack.undo();
            assertEquals(CaseStatus.ACTIVE, caseFile.getStatus());
            assertEquals("Who trusts which brands", caseFile.getDescription());

            CrossReference link = workspace.link(first.getId(), second.getId(), "contradicts", null);
            assertEquals(List.of(link), workspace.links(first.getId()));
            assertEquals(List.of(link), workspace.backlinks(second.getId()));
            workspace.deleteLink(link);
            assertEquals(List.of(), workspace.links(first.getId()));
            stack.undo();
            assertEquals(List.of(link), workspace.backlinks(second.getId()));
            assertEquals(List.of("supports", "contradicts", "same-story", "follow-up"),
                    workspace.linkTypes().stream().map(LinkType::getId).toList());
            workspace.save();
        }
        try (ResearchWorkspace workspace = ResearchWorkspace.open(folder)) {
            CaseFile caseFile = workspace.caseFile("Editing").orElseThrow();
            assertEquals(List.of("Third claim", "First claim", "Second claim"),
                    caseFile.getClips().stream().map(Clip::getExact).toList());
            assertEquals(List.of("weak evidence", "a press release", "due Friday"),
                    caseFile.getNotes().stream().map(Note::getText).toList());
            assertEquals("Who trusts which brands", caseFile.getDescription());
        }
    }

    @Test
    void filingAChangedItemReanchorsWithTheCapturedTextWithoutReadingTheStore() throws Exception {
        String url = "https://example.org/moved";
        Path workspaceFolder = folder.resolve("watched");
        WatchedStore[] watched = new WatchedStore[1];
        try (ResearchWorkspace workspace = ResearchWorkspace.open(workspaceFolder,
                store -> watched[0] = new WatchedStore(store))) {
            CaseFile caseFile = workspace.createCaseFile("Moves");
            String id = workspace.importCapture(article(url, "Opening. The key passage."), caseFile, List.of()).id();
            Clip clip = workspace.clip(id, "The key passage", caseFile, List.of(), null);
            int readsBefore = watched[0].reads().size();
            Intake.Batch batch = workspace.intake().batch(Intake.Filing.into(caseFile, List.of()));
            PutResult updated = batch.put(article(url, "A new lead. Opening. The key passage."));
            assertEquals(PutResult.Outcome.UPDATED, updated.outcome());
            workspace.intake().file(batch, Intake.ModelThread.CALLER);
            assertEquals(AnchorState.REANCHORED, clip.getState());
            assertEquals("The key passage", "A new lead. Opening. The key passage.".substring(clip.getStart(),
                    clip.getEnd()));
            assertEquals(List.of(), watched[0].reads().subList(readsBefore, watched[0].reads().size()),
                    "storing, filing and re-anchoring read nothing back from the store");
        }
    }

    @Test
    void linkingTargetsResolvedBeforehandReadsNothingFromTheStoreAndUndoes() throws Exception {
        try (ResearchWorkspace workspace = ResearchWorkspace.open(folder)) {
            CaseFile caseFile = workspace.createCaseFile("Links");
            String first = workspace.importCapture(article("https://example.org/a", "One claim."), caseFile, List.of())
                    .id();
            String second = workspace.importCapture(article("https://example.org/b", "Another claim."), caseFile,
                    List.of()).id();
            Clip clip = workspace.clip(first, "One claim", caseFile, List.of(), null);
            Target from = workspace.target(clip.getId()).orElseThrow();
            Target to = workspace.target(second).orElseThrow();
            Target item = workspace.target(first).orElseThrow();
            CaseFile other = workspace.createCaseFile("Other");
            Target removed = workspace.target(other.getId()).orElseThrow();
            workspace.store().close();

            CrossReference link = workspace.link(from, to, "supports", null);
            assertEquals(List.of(link), workspace.backlinks(second));
            assertEquals(caseFile, link.eContainer());
            CommandStack stack = workspace.editingDomain().getCommandStack();
            stack.undo();
            assertEquals(List.of(), workspace.backlinks(second), "the link is undoable");
            stack.redo();
            assertEquals(List.of(link), workspace.backlinks(second));

            workspace.deleteCaseFile(other);
            CaseFileException gone = assertThrows(CaseFileException.class,
                    () -> workspace.link(removed, item, "supports", caseFile));
            assertEquals("nothing has the id " + other.getId(), gone.getMessage());
        }
    }
}
