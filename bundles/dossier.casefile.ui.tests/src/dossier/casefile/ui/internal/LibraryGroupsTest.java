package dossier.casefile.ui.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import java.util.Date;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.RemoveCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Text;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IViewPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.Test;

import dossier.casefile.ResearchWorkspace;
import dossier.casefile.Tagging;
import dossier.casefile.ui.WorkspaceSession;
import dossier.model.Ids;
import dossier.model.casefile.CaseFile;
import dossier.model.casefile.CasefileFactory;
import dossier.model.casefile.CasefilePackage.Literals;
import dossier.model.casefile.SavedSearch;
import dossier.model.casefile.Source;
import dossier.model.casefile.TagScheme;
import dossier.store.Capture;
import dossier.store.ItemType;
import dossier.ui.testing.WorkbenchRobot;

/**
 * Below its case files the Library shows the groups other bundles contribute: the workspace's sources, with their
 * connector and item count, and its saved searches, with how many items each finds now; a double-click on a saved
 * search runs it in the Search view, on a source selects it in the Sources view.
 */
class LibraryGroupsTest {

    private static final String SEARCH_VIEW = "dossier.search.ui.searchView";
    private static final String SOURCES_VIEW = "dossier.connector.ui.sourcesView";
    private static final String SOURCES_GROUP = "dossier.connector.ui.sources";
    private static final String SAVED_SEARCHES_GROUP = "dossier.search.ui.savedSearches";

    private final WorkbenchRobot robot = new WorkbenchRobot();
    private final IWorkbenchWindow window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
    private final IWorkbenchPage page = window.getActivePage();

    @Test
    void sourcesAndSavedSearchesShowBelowTheCaseFiles() throws Exception {
        WorkspaceSession session = PlatformUI.getWorkbench().getService(WorkspaceSession.class);
        robot.waitUntil("the workspace is open", () -> session.workspace() != null);
        ResearchWorkspace workspace = session.workspace();
        CaseFile caseFile = workspace.createCaseFile("Croissant watch");
        for (String flavour : List.of("almond", "butter")) {
            String url = "https://example.org/croissant/" + flavour;
            String text = "A " + flavour + " croissant review from the corner bakery.";
            workspace.importCapture(new Capture(ItemType.ARTICLE, url, url, "Croissant: " + flavour, "Ann", null, null,
                    null, Instant.now(), "en", "text/plain", text.getBytes(StandardCharsets.UTF_8), text), caseFile,
                    List.of());
        }
        Source source = workspace.addSource("feed", "Corner bakery blog",
                Map.of("url", "http://127.0.0.1:9/feed.xml"), null);
        SavedSearch search = CasefileFactory.eINSTANCE.createSavedSearch();
        search.setId(Ids.newId());
        search.setName("Croissants");
        search.setQuery("croissant");
        search.setCreated(new Date());
        session.commands().execute(new AddCommand(workspace.editingDomain(), workspace.model(),
                Literals.WORKSPACE_MODEL__SAVED_SEARCHES, search));
        try {
            page.showView(LibraryView.ID);
            Tree library = robot.widgets(window.getShell(), Tree.class, Tree::isVisible).get(0);
            robot.waitUntil("the groups follow the case files", () -> {
                List<String> top = Arrays.stream(library.getItems()).map(TreeItem::getText).toList();
                return top.indexOf("Sources  (1)") == top.size() - 3
                        && top.indexOf("Saved searches  (1)") == top.size() - 2 && top.indexOf("Boards") == top.size() - 1;
            });
            TreeItem savedItem = robot.treeItem(library, t -> t.startsWith("Croissants  ("));
            assertEquals("Croissants  (croissant, 2 items)", savedItem.getText(), "how many items it finds now");
            TreeItem sourceItem = robot.treeItem(library, t -> t.startsWith("Corner bakery blog  ("));
            assertEquals("0 items)", sourceItem.getText().substring(sourceItem.getText().lastIndexOf(", ") + 2),
                    "a source not fetched yet has brought nothing");
            robot.screenshot("library-groups");

            robot.doubleClick(savedItem);
            robot.waitUntil("the saved search runs in the Search view", () -> page.findView(SEARCH_VIEW) != null
                    && (!robot.widgets(window.getShell(), Text.class, t -> t.isVisible() && t.getText().equals("croissant"))
                            .isEmpty()
                            || !robot.widgets(window.getShell(), Combo.class,
                                    c -> c.isVisible() && c.getText().equals("croissant")).isEmpty()));
            robot.screenshot("library-saved-search-run");

            robot.doubleClick(robot.treeItem(library, t -> t.startsWith("Corner bakery blog  (")));
            robot.waitUntil("the source is selected in the Sources view", () -> {
                IViewPart view = page.findView(SOURCES_VIEW);
                return view != null && view.getSite().getSelectionProvider().getSelection()
                        instanceof IStructuredSelection chosen && chosen.getFirstElement() == source;
            });
        } finally {
            session.commands().execute(new RemoveCommand(workspace.editingDomain(), workspace.model(),
                    Literals.WORKSPACE_MODEL__SAVED_SEARCHES, search));
            workspace.removeSource(source);
            workspace.deleteCaseFile(caseFile);
        }
    }

    @Test
    void aGroupIsReadAgainOnlyWhenWhatItShowsChangedAndABurstOfChangesIsOneReading() throws Exception {
        WorkspaceSession session = PlatformUI.getWorkbench().getService(WorkspaceSession.class);
        robot.waitUntil("the workspace is open", () -> session.workspace() != null);
        ResearchWorkspace workspace = session.workspace();
        CaseFile caseFile = workspace.createCaseFile("Bakery notes");
        String text = "A pain au chocolat review from the corner bakery.";
        String itemId = workspace.importCapture(new Capture(ItemType.ARTICLE, "https://example.org/pain",
                "https://example.org/pain", "Pain au chocolat", "Ann", null, null, null, Instant.now(), "en",
                "text/plain", text.getBytes(StandardCharsets.UTF_8), text), caseFile, List.of()).id();
        Source source = workspace.addSource("feed", "Bakery feed", Map.of("url", "http://127.0.0.1:9/feed.xml"), null);
        SavedSearch search = CasefileFactory.eINSTANCE.createSavedSearch();
        search.setId(Ids.newId());
        search.setName("Pastries");
        search.setQuery("chocolat");
        search.setCreated(new Date());
        session.commands().execute(new AddCommand(workspace.editingDomain(), workspace.model(),
                Literals.WORKSPACE_MODEL__SAVED_SEARCHES, search));
        Tagging tagging = new Tagging(workspace);
        TagScheme scheme = tagging.createScheme("Bakery tags");
        try {
            LibraryView library = (LibraryView) page.showView(LibraryView.ID);
            Tree tree = robot.widgets(window.getShell(), Tree.class, Tree::isVisible).get(0);
            robot.waitUntil("the saved search counts its item",
                    () -> robot.hasTreeItem(tree, "Pastries  (chocolat, 1 item)"));
            settle(library);
            int sourceReads = library.groupReads(SOURCES_GROUP);
            int searchReads = library.groupReads(SAVED_SEARCHES_GROUP);

            for (int i = 0; i < 20; i++) {
                workspace.addNote(itemId, "Tasting note " + i, caseFile);
            }
            settle(library);
            assertEquals(sourceReads, library.groupReads(SOURCES_GROUP), "notes do not read the sources again");
            assertEquals(searchReads, library.groupReads(SAVED_SEARCHES_GROUP),
                    "nor run the saved searches' counts again");

            tagging.tag(tagging.addPath(scheme, "Taste/Sweet", null), List.of(itemId));
            robot.waitUntil("the index took the tag: the saved searches are counted again",
                    () -> library.groupReads(SAVED_SEARCHES_GROUP) > searchReads);
            settle(library);
            assertEquals(sourceReads, library.groupReads(SOURCES_GROUP), "a tag does not read the sources again");

            int beforeBurst = library.groupReads(SAVED_SEARCHES_GROUP);
            for (int i = 1; i <= 10; i++) {
                session.commands().execute(SetCommand.create(workspace.editingDomain(), search,
                        Literals.SAVED_SEARCH__NAME, "Pastries " + i));
            }
            robot.waitUntil("the Library shows the last name",
                    () -> robot.hasTreeItem(tree, "Pastries 10  (chocolat, 1 item)"));
            settle(library);
            assertEquals(beforeBurst + 1, library.groupReads(SAVED_SEARCHES_GROUP), "ten edits in a row, one reading");
            assertEquals(sourceReads, library.groupReads(SOURCES_GROUP), "saved searches are not sources");

            session.commands().execute(SetCommand.create(workspace.editingDomain(), source, Literals.SOURCE__NAME,
                    "Bakery news"));
            robot.waitUntil("the Library shows the source's new name",
                    () -> robot.hasTreeItem(tree, "Bakery news  (Feed, 0 items)"));
            assertEquals(sourceReads + 1, library.groupReads(SOURCES_GROUP));
            robot.screenshot("library-groups-read-when-changed");
        } finally {
            tagging.deleteScheme(scheme);
            session.commands().execute(new RemoveCommand(workspace.editingDomain(), workspace.model(),
                    Literals.WORKSPACE_MODEL__SAVED_SEARCHES, search));
            workspace.removeSource(source);
            workspace.deleteCaseFile(caseFile);
            settle((LibraryView) page.findView(LibraryView.ID)); // the next test finds the groups read without these
        }
    }


    /** Waits until the Library has read no group for a second (what a change set off has been read). */
    private void settle(LibraryView library) {
        robot.waitUntilSteady("the Library's groups are read",
                () -> library.groupReads(SOURCES_GROUP) + library.groupReads(SAVED_SEARCHES_GROUP));
    }
}
