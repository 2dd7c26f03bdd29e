package dossier.casefile.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

import org.eclipse.emf.common.command.CommandStack;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dossier.casefile.CaseFileException;
import dossier.casefile.ResearchWorkspace;
import dossier.casefile.TagSpaces;
import dossier.casefile.Tagging;
import dossier.model.casefile.CaseFile;
import dossier.model.casefile.Clip;
import dossier.model.casefile.Tag;
import dossier.model.casefile.TagScheme;
import dossier.store.Capture;
import dossier.store.ItemType;

/** Tag schemes, tagging and in-trays on a real workspace (store and XMI on disk), with undo and reopening. */
class TaggingTest {

    @TempDir
    Path folder;

    private static Capture article(String url, String text) {
        return new Capture(ItemType.ARTICLE, url, url, "Article " + url, "Ann Author", null, null, null,
                Instant.now(), "en", "text/html", ("<p>" + text + "</p>").getBytes(StandardCharsets.UTF_8), text);
    }

    @Test
    void schemesAndTagsAreCreatedRenamedMovedColouredAndDeletedUndoably() throws Exception {
        try (ResearchWorkspace workspace = ResearchWorkspace.open(folder)) {
            Tagging tagging = new Tagging(workspace);
            CommandStack commands = workspace.editingDomain().getCommandStack();
            TagScheme tone = tagging.createScheme("Tone");
            Tag negative = tagging.addPath(tone, "Sentiment/Negative", "#D94F3D");
            assertEquals("Sentiment/Negative", negative.getPath());
            assertEquals("#d94f3d", negative.getColour());
            assertEquals(negative, tagging.tag("Sentiment/Negative").orElseThrow());
            assertEquals(negative, tagging.tag(negative.getId()).orElseThrow());

            CaseFileException twice = assertThrows(CaseFileException.class,
                    () -> tagging.addTag(negative.eContainer(), " Negative ", null));
            assertEquals("'Sentiment' already has a tag named 'Negative'", twice.getMessage());
            assertThrows(CaseFileException.class, () -> tagging.setColour(negative, "crimson"));
            assertEquals("#d94f3d", negative.getColour());
            assertThrows(CaseFileException.class, () -> tagging.createScheme("tone"));

            tagging.renameTag(negative, "Critical");
            assertEquals("Sentiment/Critical", negative.getPath());
            commands.undo();
            assertEquals("Sentiment/Negative", negative.getPath());

            Tag angry = tagging.addTag(negative, "Angry", null);
            CaseFileException cycle = assertThrows(CaseFileException.class,
                    () -> tagging.moveTag(negative, angry, -1));
            assertTrue(cycle.getMessage().contains("below itself"), cycle.getMessage());
            tagging.moveTag(negative, tone, -1);
            assertEquals("Negative/Angry", angry.getPath());
            commands.undo();
            assertEquals("Sentiment/Negative/Angry", angry.getPath());

            tagging.setColour(angry, "#abc");
            assertEquals("#aabbcc", angry.getColour());
            tagging.setColour(angry, null);
            assertNull(angry.getColour());
            workspace.save();
        }
        try (ResearchWorkspace workspace = ResearchWorkspace.open(folder)) {
            Tagging tagging = new Tagging(workspace);
            Tag negative = tagging.tag("Sentiment/Negative").orElseThrow();
            assertEquals("#d94f3d", negative.getColour(), "colours are saved");
            assertTrue(tagging.tag("Sentiment/Negative/Angry").isPresent());
            tagging.deleteTag(negative);
            assertTrue(tagging.tag("Sentiment/Negative/Angry").isEmpty());
            workspace.editingDomain().getCommandStack().undo();
            assertTrue(tagging.tag("Sentiment/Negative/Angry").isPresent());

            TagScheme tone = tagging.scheme("Tone").orElseThrow();
            tagging.renameScheme(tone, "Sentiment codebook");
            assertEquals(tone, tagging.scheme("sentiment codebook").orElseThrow());
            tagging.deleteScheme(tone);
            assertTrue(tagging.tag("Sentiment/Negative").isEmpty(), "a deleted scheme takes its tags along");
            workspace.editingDomain().getCommandStack().undo();
            assertEquals(negative, tagging.tag("Sentiment/Negative").orElseThrow());
        }
    }

    @Test
    void inTraysListWhatCarriesATagOrOneBelowItAndCountWhatIsNewSinceTheLastLook() throws Exception {
        String first;
        String second;
        String clipId;
        try (ResearchWorkspace workspace = ResearchWorkspace.open(folder)) {
            CaseFile caseFile = workspace.createCaseFile("Launch");
            first = workspace.importCapture(article("https://a.example/1", "Customers hate the new logo."), caseFile,
                    List.of()).id();
            second = workspace.importCapture(article("https://a.example/2", "Customers love the new price."), caseFile,
                    List.of()).id();
            Clip clip = workspace.clip(second, "love the new price", caseFile, List.of(), null);
            clipId = clip.getId();
            Tagging tagging = new Tagging(workspace);
            TagScheme scheme = tagging.createScheme("Tags");
            Tag tone = tagging.addPath(scheme, "Tone", null);
            Tag negative = tagging.addPath(scheme, "Tone/Negative", null);
            Tag positive = tagging.addPath(scheme, "Tone/Positive", null);

            assertEquals(1, tagging.tag(negative, List.of(first)));
            assertEquals(2, tagging.tag(positive, List.of(clipId, second)));
            assertEquals(0, tagging.tag(positive, List.of(second)), "tagging twice is once");
            CaseFileException unknown = assertThrows(CaseFileException.class,
                    () -> tagging.tag(positive, List.of("nosuchthing")));
            assertEquals("there is no item or clip nosuchthing in this workspace", unknown.getMessage());

            TagSpaces spaces = TagSpaces.of(workspace);
            assertEquals(3, spaces.count(tone.getId()));
            assertEquals(1, spaces.count(negative.getId()));
            TagSpaces.InTray tray = spaces.inTray(tone.getId());
            assertEquals(3, tray.open().size());
            assertEquals(3, tray.newCount(), "never looked at: everything is new");
            TagSpaces.Entry clipEntry = tray.open().stream().filter(e -> e.id().equals(clipId)).findFirst()
                    .orElseThrow();
            assertEquals(TagSpaces.Kind.CLIP, clipEntry.kind());
            assertEquals(second, clipEntry.itemId());
            assertEquals("love the new price", clipEntry.quote());

            tagging.markLooked(tone);
            assertEquals(0, TagSpaces.of(workspace).inTray(tone.getId()).newCount());
            assertEquals(1, TagSpaces.of(workspace).inTray(negative.getId()).newCount(),
                    "each tag space has its own last look");
            Thread.sleep(5);
            String third = workspace.importCapture(article("https://a.example/3", "Meh."), caseFile, List.of()).id();
            tagging.tag(negative, List.of(third));
            TagSpaces.InTray later = TagSpaces.of(workspace).inTray(tone.getId());
            assertEquals(1, later.newCount());
            assertEquals(third, later.open().get(0).id(), "newest first");
            assertTrue(later.open().get(0).isNew());

            assertEquals(2, tagging.markDone(tone, List.of(first, clipId)));
            TagSpaces.InTray afterDone = TagSpaces.of(workspace).inTray(tone.getId());
            assertEquals(List.of(third, second), afterDone.open().stream().map(TagSpaces.Entry::id).toList());
            assertEquals(2, afterDone.doneCount());
            assertEquals(2, TagSpaces.of(workspace).inTray(negative.getId()).open().size(),
                    "done in Tone is not done in Tone/Negative");
            workspace.editingDomain().getCommandStack().undo();
            assertEquals(4, TagSpaces.of(workspace).inTray(tone.getId()).open().size(), "undo brings them back");
            workspace.editingDomain().getCommandStack().redo();
            assertEquals(1, tagging.untag(positive, List.of(second)));
            assertFalse(TagSpaces.of(workspace).inTray(tone.getId()).open().stream()
                    .anyMatch(e -> e.id().equals(second)));
            workspace.save();
        }
        try (ResearchWorkspace workspace = ResearchWorkspace.open(folder)) {
            Tagging tagging = new Tagging(workspace);
            Tag tone = tagging.tag("Tone").orElseThrow();
            TagSpaces.InTray tray = TagSpaces.of(workspace).inTray(tone.getId());
            assertEquals(1, tray.open().size(), "done marks, looks and untagging are saved");
            assertEquals(1, tray.newCount());
            assertEquals(1, tagging.markUndone(tone, List.of(first)));
            assertEquals(2, TagSpaces.of(workspace).inTray(tone.getId()).open().size());

            tagging.deleteTag(tone);
            assertTrue(workspace.model().getTagSpaces().isEmpty(), "a deleted tag takes its in-trays along");
            assertTrue(workspace.caseFiles().get(0).getTagAssignments().isEmpty());
            workspace.editingDomain().getCommandStack().undo();
            assertEquals(2, TagSpaces.of(workspace).inTray(tone.getId()).open().size());
        }
    }
}
