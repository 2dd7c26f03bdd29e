package dossier.casefile.ui.internal;

import static dossier.ui.testing.WorkbenchRobot.centreOf;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;

import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Table;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.Test;

import dossier.casefile.ResearchWorkspace;
import dossier.casefile.ui.WorkspaceSession;
import dossier.model.casefile.CaseFile;
import dossier.model.casefile.Clip;
import dossier.model.casefile.CrossReference;
import dossier.store.Capture;
import dossier.store.ItemType;
import dossier.ui.testing.WorkbenchRobot;

/**
 * Drag and drop with the real pointer (X events, not calls to the drop listeners): a clip dragged onto the first
 * row of the Case File editor moves there, and Edit > Undo moves it back; a clip dragged into the Cross-references
 * view is linked from the clip the view showed before, with a type chosen in New Link, and the view shows the
 * backlink.
 */
class DragAndDropTest {

    private static final String CASE = "Dragged evidence";
    private static final String TEXT = "Brands earn trust slowly. Influencers borrow it quickly. Audiences notice it.";

    private final WorkbenchRobot robot = new WorkbenchRobot();
    private final IWorkbenchWindow window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
    private final IWorkbenchPage page = window.getActivePage();

    @Test
    void reorderClipsAndLinkThemByDragAndDrop() throws Exception {
        WorkspaceSession session = PlatformUI.getWorkbench().getService(WorkspaceSession.class);
        robot.waitUntil("the workspace is open", () -> session.workspace() != null);
        ResearchWorkspace workspace = session.workspace();
        CaseFile caseFile = workspace.createCaseFile(CASE);
        String itemId = workspace.importCapture(new Capture(ItemType.ARTICLE, "https://example.org/dragged",
                "https://example.org/dragged", "Dragged article", "Ann Author", null, null, null, Instant.now(), "en",
                "text/plain", TEXT.getBytes(StandardCharsets.UTF_8), TEXT), caseFile, List.of()).id();
        for (String passage : List.of("Brands earn trust slowly", "Influencers borrow it quickly",
                "Audiences notice it")) {
            workspace.clip(itemId, passage, caseFile, List.of(), null);
        }
        Clip brands = caseFile.getClips().get(0);
        Clip influencers = caseFile.getClips().get(1);
        Clip audiences = caseFile.getClips().get(2);
        try {
            CrossReferencesView crossReferences = (CrossReferencesView) page.showView(CrossReferencesView.ID, null,
                    IWorkbenchPage.VIEW_VISIBLE);
            CaseFileEditor editor = (CaseFileEditor) page.openEditor(new CaseFileEditorInput(caseFile),
                    CaseFileEditor.ID);
            selectTab("Clips");
            Table clips = editor.clipsTable().viewer().getTable();
            robot.waitUntil("the editor lists the three clips", () -> clips.getItemCount() == 3
                    && clips.getItem(0).getText(2).equals("Dragged article"));

            robot.drag(clips, centreOf(clips.getItem(2).getBounds(1)), clips, centreOf(clips.getItem(0).getBounds(1)));
            assertEquals(List.of(audiences, brands, influencers), caseFile.getClips(),
                    "the last clip, dragged onto the first, moved to the top");
            robot.waitUntil("the table shows the new order", () -> clips.getItem(0).getText(1).contains("Audiences")
                    && clips.getItem(0).getText(0).equals("1"));
            robot.screenshot("dnd-clip-reordered");
            robot.click(robot.menu(window.getShell(), "Edit", "Undo"));
            assertEquals(List.of(brands, influencers, audiences), caseFile.getClips(), "undo moves it back");
            robot.waitUntil("the table shows the old order", () -> clips.getItem(2).getText(1).contains("Audiences"));

            editor.clipsTable().viewer().setSelection(new StructuredSelection(influencers), true);
            robot.waitUntil("the Cross-references view shows the selected clip",
                    () -> crossReferences.subject() == influencers);
            Table links = robot.widgets(crossReferences.getSite().getShell(), Table.class,
                    t -> t.isVisible() && t.getColumnCount() == 4 && t.getColumn(2).getText().equals("Other end"))
                    .get(0);
            robot.whenShellOpens(LinkDialog.TITLE, dialog -> {
                robot.widgets(dialog, Combo.class, c -> true).get(0).setText("contradicts");
                screenshot("dnd-new-link");
                robot.click(robot.button(dialog, "Link"));
            });
            assertEquals("\u201cBrands earn trust slowly\u201d", clips.getItem(0).getText(1));
            robot.drag(clips, centreOf(clips.getItem(0).getBounds(1)), links,
                    centreOf(links.getClientArea()));
            assertEquals(List.of(brands.getId()), workspace.links(influencers.getId()).stream().map(CrossReference::getToId)
                    .toList(), "the clip dropped on the view is linked from the clip it showed");
            robot.waitUntil("the view shows the dragged clip's backlink", () -> crossReferences.subject() == brands
                    && links.getItemCount() == 1 && links.getItem(0).getText(0).equals("\u2190 linked from")
                    && links.getItem(0).getText(1).equals("is contradicted by")
                    && links.getItem(0).getText(2).equals("\u201cInfluencers borrow it quickly\u201d"));
            robot.screenshot("dnd-backlink");
        } finally {
            page.closeAllEditors(false);
            if (caseFile.eResource() != null) {
                workspace.deleteCaseFile(caseFile);
            }
        }
    }

    private void screenshot(String name) {
        try {
            robot.screenshot(name);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    private void selectTab(String prefix) {
        robot.selectTab(window.getShell(), prefix);
    }
}
