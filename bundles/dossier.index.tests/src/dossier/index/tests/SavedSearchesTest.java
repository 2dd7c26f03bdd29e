package dossier.index.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dossier.casefile.ResearchWorkspace;
import dossier.index.SavedSearches;
import dossier.model.casefile.SavedSearch;

/** Saved searches made, renamed, deleted (each undoable), found by name or id, counted and run. */
class SavedSearchesTest {

    @Test
    void savedSearchesAreUndoableModelChangesAndCountTheirItems(@TempDir Path folder) throws Exception {
        try (ResearchWorkspace workspace = ResearchWorkspace.open(folder)) {
            new Corpus().fill(workspace);
            SavedSearches saved = SavedSearches.of(workspace);
            SavedSearch search = saved.save("Sharing", "sharing");
            assertEquals(List.of(search), saved.list());
            assertSame(search, saved.save("SHARING", "type:mention"), "a search of that name gets the new query");
            assertEquals("type:mention", search.getQuery());
            assertSame(search, saved.withId(search.getId()).orElseThrow());
            long mentions = saved.count(search);
            assertTrue(mentions > 0, "the corpus has mentions");
            assertEquals(0, saved.newSinceLastRun(search), "nothing was captured since it was saved");

            saved.rename(search, "Mentions");
            assertEquals("Mentions", saved.named("mentions").orElseThrow().getName());
            workspace.editingDomain().getCommandStack().undo();
            assertEquals("Sharing", search.getName(), "renaming is undone");

            saved.delete(search);
            assertTrue(saved.list().isEmpty());
            workspace.editingDomain().getCommandStack().undo();
            assertEquals(List.of(search), saved.list(), "deleting is undone");
        }
    }
}
