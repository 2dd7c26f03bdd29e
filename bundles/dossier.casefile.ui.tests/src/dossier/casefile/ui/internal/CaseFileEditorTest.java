package dossier.casefile.ui.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;

import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.CTabFolder;
import org.eclipse.swt.custom.StyleRange;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.Text;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.handlers.IHandlerService;
import org.junit.jupiter.api.Test;

import dossier.casefile.ResearchWorkspace;
import dossier.casefile.ui.WorkspaceSession;
import dossier.model.casefile.CaseFile;
import dossier.model.casefile.CaseStatus;
import dossier.model.casefile.Clip;
import dossier.store.Capture;
import dossier.store.ItemType;
import dossier.ui.testing.WorkbenchRobot;

/**
 * A strategist works on a case file: the empty editor area says what to do; the case file opens
 * from the Library; a clip is moved up, a note written in place, both undone and redone from the
 * Edit menu; two clips are linked and the backlink shows in the Cross-references view; a clip opens
 * in the reader, which switches to the sanitized original. The case file is deleted at the end, so
 * the other UI tests of this workbench find the Library as they expect.
 */
class CaseFileEditorTest {

    private static final String CASE = "Campaign review";
    private static final String HTML = "<html><head><title>Trust</title><script>alert('tracked')</script></head><body>"
            + "<h1>Trust and influence</h1><p>Brands earn trust slowly. <a href=\"https://example.org/more\">Influencers"
            + "</a> borrow it quickly.</p><p onclick=\"steal()\">Audiences notice the difference.</p></body></html>";
    private static final String TEXT = "Trust and influence\n\nBrands earn trust slowly. Influencers borrow it quickly."
            + "\n\nAudiences notice the difference.";
    private static final List<String> PASSAGES = List.of("Brands earn trust slowly", "Influencers borrow it quickly",
            "Audiences notice the difference");

    private final WorkbenchRobot robot = new WorkbenchRobot();
    private final IWorkbenchWindow window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
    private final IWorkbenchPage page = window.getActivePage();

    @Test
    void workOnACaseFile() throws Exception {
        WorkspaceSession session = PlatformUI.getWorkbench().getService(WorkspaceSession.class);
        robot.waitUntil("the workspace is open", () -> session.workspace() != null);
        ResearchWorkspace workspace = session.workspace();
        CaseFile caseFile = workspace.createCaseFile(CASE);
        String itemId = workspace.importCapture(new Capture(ItemType.ARTICLE, "https://example.org/trust",
                "https://example.org/trust", "Trust and influence", "Ann Author", null, null, null, Instant.now(), "en",
                "text/html", HTML.getBytes(StandardCharsets.UTF_8), TEXT), caseFile, List.of()).id();
        for (String passage : PASSAGES) {
            workspace.clip(itemId, passage, caseFile, List.of("Theme/Trust"), null);
        }
        Clip brands = caseFile.getClips().get(0);
        Clip influencers = caseFile.getClips().get(1);
        Clip audiences = caseFile.getClips().get(2);
        try {
            emptyEditorAreaSaysWhatToDo();
            CaseFileEditor editor = openFromTheLibrary();
            editTheOverview(editor, caseFile);
            selectTab("Clips");
            Table clips = editor.clipsTable().viewer().getTable();
            assertEquals(List.of("\u201cBrands earn trust slowly\u201d", "\u201cInfluencers borrow it quickly\u201d",
                    "\u201cAudiences notice the difference\u201d"), column(clips, 1));
            assertEquals("Trust and influence", clips.getItem(0).getText(2), "the item's title, read in a job");
            assertEquals("Theme/Trust", clips.getItem(0).getText(3));
            sortAndFilter(editor, clips);

            editor.clipsTable().viewer().setSelection(new StructuredSelection(audiences), true);
            command("dossier.casefile.ui.moveClipUp");
            assertEquals(List.of(brands, audiences, influencers), caseFile.getClips(), "Move Clip Up moved it");
            robot.waitUntil("the table shows the new order", () -> clips.getItem(1).getText(1).contains("Audiences")
                    && clips.getItem(1).getText(0).equals("2"));

            editor.clipsTable().viewer().editElement(brands, 4);
            Text cell = robot.widgets(clips, Text.class, Text::isVisible).get(0);
            cell.setText("the strongest evidence");
            cell.notifyListeners(SWT.DefaultSelection, new Event());
            assertEquals("the strongest evidence", workspace.notesOn(brands.getId()).get(0).getText());
            robot.waitUntil("the note shows in its cell", () -> clips.getItem(0).getText(4).equals("the strongest evidence"));
            robot.screenshot("casefile-clips-moved-and-noted");

            robot.click(robot.menu(window.getShell(), "Edit", "Undo"));
            assertTrue(workspace.notesOn(brands.getId()).isEmpty(), "undo takes the note back");
            robot.waitUntil("and its cell is empty", () -> clips.getItem(0).getText(4).isEmpty());
            robot.click(robot.menu(window.getShell(), "Edit", "Undo"));
            assertEquals(List.of(brands, influencers, audiences), caseFile.getClips(), "and then the move");
            robot.waitUntil("the table shows the old order", () -> clips.getItem(2).getText(1).contains("Audiences"));
            robot.click(robot.menu(window.getShell(), "Edit", "Redo"));
            robot.click(robot.menu(window.getShell(), "Edit", "Redo"));
            assertEquals(List.of(brands, audiences, influencers), caseFile.getClips());
            assertEquals("the strongest evidence", workspace.notesOn(brands.getId()).get(0).getText());
            robot.waitUntil("redo shows both again", () -> clips.getItem(1).getText(1).contains("Audiences")
                    && clips.getItem(0).getText(4).equals("the strongest evidence"));

            selectTab("Notes");
            editor.newNoteField().setText("present on Friday");
            editor.newNoteField().notifyListeners(SWT.DefaultSelection, new Event());
            assertEquals("present on Friday", workspace.notesOn(caseFile.getId()).get(0).getText());
            Table notes = editor.notesTable().viewer().getTable();
            robot.waitUntil("the Notes page lists both notes", () -> notes.getItemCount() == 2
                    && column(notes, 1).containsAll(List.of("this case file", "\u201cBrands earn trust slowly\u201d")));
            robot.screenshot("casefile-notes");

            linkTwoClipsAndSeeTheBacklink(editor, influencers, brands);
            readTheOriginal(editor, brands);
        } finally {
            page.closeAllEditors(false);
            if (caseFile.eResource() != null) {
                workspace.deleteCaseFile(caseFile);
            }
        }
    }

    private void emptyEditorAreaSaysWhatToDo() throws Exception {
        page.closeAllEditors(false);
        robot.waitUntil("the empty editor area says what to do", () -> robot.widgets(window.getShell(), Label.class,
                l -> l.isVisible() && l.getText().equals(EditorAreaHint.TITLE)).size() == 1);
        CTabFolder area = robot.widgets(window.getShell(), CTabFolder.class,
                f -> f.getData(EditorAreaHint.DATA_KEY) != null).get(0);
        Composite hint = (Composite) area.getData(EditorAreaHint.DATA_KEY);
        assertEquals(area.getClientArea(), hint.getBounds(), "the hint fills the editor area");
        robot.screenshot("casefile-empty-editor-area");
    }

    private boolean editorAreaHintShown() {
        return !robot.widgets(window.getShell(), Label.class, l -> l.isVisible()
                && l.getText().equals(EditorAreaHint.TITLE)).isEmpty();
    }

    private CaseFileEditor openFromTheLibrary() throws Exception {
        page.showView(LibraryView.ID);
        Tree library = robot.widgets(window.getShell(), Tree.class, Tree::isVisible).get(0);
        robot.waitUntil("the Library lists the case file", () -> Arrays.stream(library.getItems())
                .anyMatch(i -> i.getText().equals(CASE + "  (1 item, 3 clips)")));
        robot.doubleClick(robot.treeItem(library, t -> t.startsWith(CASE)));
        robot.waitUntil("the case file editor opens", () -> page.getActiveEditor() instanceof CaseFileEditor);
        robot.waitUntil("the editor area's hint steps aside", () -> !editorAreaHintShown());
        CaseFileEditor editor = (CaseFileEditor) page.getActiveEditor();
        assertEquals(CASE, editor.titleField().getText());
        robot.waitUntil("the overview counts what the case file holds", () -> robot.widgets(window.getShell(),
                Label.class, l -> l.isVisible()
                        && l.getText().equals("1 item, 3 clips, 0 notes, 0 cross-references")).size() == 1);
        robot.screenshot("casefile-overview");
        return editor;
    }

    private void editTheOverview(CaseFileEditor editor, CaseFile caseFile) throws Exception {
        Text description = robot.widgets(window.getShell(), Text.class,
                t -> t.isVisible() && (t.getStyle() & SWT.MULTI) != 0).get(0);
        description.setText("Who earns trust, who borrows it");
        description.notifyListeners(SWT.FocusOut, new Event());
        assertEquals("Who earns trust, who borrows it", caseFile.getDescription());
        Combo status = robot.widgets(window.getShell(), Combo.class, Combo::isVisible).get(0);
        assertEquals("Active", status.getText());
        status.select(1);
        status.notifyListeners(SWT.Selection, new Event());
        assertEquals(CaseStatus.ON_HOLD, caseFile.getStatus());
        editor.titleField().setText("  ");
        editor.titleField().notifyListeners(SWT.DefaultSelection, new Event());
        robot.waitUntil("an empty title is refused, saying why", () -> robot.widgets(window.getShell(), Label.class,
                l -> l.isVisible() && l.getText().equals("Not renamed: a case file needs a title.")).size() == 1);
        assertEquals(CASE, caseFile.getTitle());
        editor.titleField().setText(CASE + " 2026");
        editor.titleField().notifyListeners(SWT.DefaultSelection, new Event());
        assertEquals(CASE + " 2026", caseFile.getTitle());
        robot.waitUntil("the editor's tab follows the title", () -> editor.getPartName().equals(CASE + " 2026"));
        robot.screenshot("casefile-overview-edited");
        robot.click(robot.menu(window.getShell(), "Edit", "Undo"));
        assertEquals(CASE, caseFile.getTitle(), "undo renames it back");
        robot.waitUntil("the title field follows the undo", () -> editor.titleField().getText().equals(CASE));
        robot.click(robot.menu(window.getShell(), "Edit", "Undo"));
        robot.waitUntil("and the status", () -> status.getText().equals("Active"));
        assertEquals(CaseStatus.ACTIVE, caseFile.getStatus());
    }

    private void sortAndFilter(CaseFileEditor editor, Table clips) {
        clips.getColumn(1).notifyListeners(SWT.Selection, new Event());
        assertEquals(List.of("\u201cAudiences notice the difference\u201d", "\u201cBrands earn trust slowly\u201d",
                "\u201cInfluencers borrow it quickly\u201d"), column(clips, 1), "sorted by passage");
        clips.getColumn(1).notifyListeners(SWT.Selection, new Event());
        assertEquals("\u201cInfluencers borrow it quickly\u201d", clips.getItem(0).getText(1), "and the other way");
        clips.getColumn(0).notifyListeners(SWT.Selection, new Event());
        assertEquals(List.of("1", "2", "3"), column(clips, 0), "sorted by the case file's order again");
        editor.clipsTable().filter().setText("INFLUENCERS");
        assertEquals(List.of("\u201cInfluencers borrow it quickly\u201d"), column(clips, 1), "filtered");
        editor.clipsTable().filter().setText("");
        assertEquals(3, clips.getItemCount());
    }

    private void linkTwoClipsAndSeeTheBacklink(CaseFileEditor editor, Clip from, Clip to) throws Exception {
        page.showView(CrossReferencesView.ID, null, IWorkbenchPage.VIEW_VISIBLE);
        page.activate(editor);
        selectTab("Clips");
        editor.clipsTable().viewer().setSelection(new StructuredSelection(from), true);
        robot.whenShellOpens(LinkDialog.TITLE, dialog -> {
            robot.widgets(dialog, Combo.class, c -> true).get(0).setText("contradicts");
            robot.widgets(dialog, Text.class, t -> true).get(0).setText("brands earn");
            Table targets = robot.widgets(dialog, Table.class, t -> true).get(0);
            assertEquals(List.of("Clip: \u201cBrands earn trust slowly\u201d"), column(targets, 0));
            targets.setSelection(0);
            targets.notifyListeners(SWT.Selection, new Event());
            try {
                robot.screenshot("casefile-new-link");
            } catch (java.io.IOException e) {
                throw new AssertionError(e);
            }
            robot.click(robot.button(dialog, "Link"));
        });
        command("dossier.casefile.ui.newLink");
        ResearchWorkspace workspace = PlatformUI.getWorkbench().getService(WorkspaceSession.class).workspace();
        assertEquals(List.of(to.getId()), workspace.links(from.getId()).stream()
                .map(l -> l.getToId()).toList());

        editor.clipsTable().viewer().setSelection(new StructuredSelection(to), true);
        CrossReferencesView view = (CrossReferencesView) page.findView(CrossReferencesView.ID);
        robot.waitUntil("the Cross-references view follows the selected clip", () -> view.subject() == to);
        Table links = robot.widgets(view.getSite().getShell(), Table.class,
                t -> t.isVisible() && t.getColumnCount() == 4 && t.getColumn(2).getText().equals("Other end")).get(0);
        robot.waitUntil("it shows the backlink with its type and direction", () -> links.getItemCount() == 1
                && links.getItem(0).getText(0).equals("\u2190 linked from")
                && links.getItem(0).getText(1).equals("is contradicted by")
                && links.getItem(0).getText(2).equals("\u201cInfluencers borrow it quickly\u201d")
                && links.getItem(0).getText(3).equals(CASE));
        robot.screenshot("casefile-backlink");

        robot.click(robot.menu(window.getShell(), "Edit", "Undo"));
        robot.waitUntil("undoing the link empties the view", () -> links.getItemCount() == 0);
        robot.click(robot.menu(window.getShell(), "Edit", "Redo"));
        robot.waitUntil("redo brings it back", () -> links.getItemCount() == 1);
    }

    private void readTheOriginal(CaseFileEditor editor, Clip clip) throws Exception {
        page.activate(editor);
        selectTab("Clips");
        Table clips = editor.clipsTable().viewer().getTable();
        editor.clipsTable().viewer().setSelection(new StructuredSelection(clip), true);
        Event open = new Event();
        open.item = clips.getSelection()[0];
        clips.notifyListeners(SWT.DefaultSelection, open);
        robot.waitUntil("the clip opens in the reader", () -> page.getActiveEditor() instanceof ReaderEditor);
        ReaderEditor reader = (ReaderEditor) page.getActiveEditor();
        robot.waitUntil("with its passage selected", () -> clip.getExact().equals(reader.selectedText()));

        command("dossier.casefile.ui.toggleOriginal");
        robot.waitUntil("the reader shows the original", () -> reader.isOriginalShown());
        StyledText original = reader.originalWidget();
        assertTrue(original.isVisible() && !reader.textWidget().isVisible());
        String shown = original.getText();
        assertTrue(shown.startsWith("Trust and influence\n\nBrands earn trust slowly."), shown);
        assertFalse(shown.contains("alert") || shown.contains("tracked"), "the script is gone: " + shown);
        assertEquals(JFaceResources.getHeaderFont(), original.getStyleRangeAtOffset(0).font, "the heading stands out");
        StyleRange link = original.getStyleRangeAtOffset(shown.indexOf("Influencers"));
        assertTrue(link != null && link.underline, "the link is underlined");
        assertTrue(reader.url().equals("https://example.org/trust"), "Open Original in Browser has an address");
        robot.screenshot("casefile-reader-original");

        command("dossier.casefile.ui.toggleOriginal");
        assertTrue(reader.textWidget().isVisible() && !original.isVisible(), "and back to the clean text");
    }

    private void selectTab(String prefix) {
        robot.selectTab(window.getShell(), prefix);
    }

    private void command(String id) throws Exception {
        window.getService(IHandlerService.class).executeCommand(id, null);
        robot.flush();
    }

    private static List<String> column(Table table, int index) {
        return Arrays.stream(table.getItems()).map(item -> item.getText(index)).toList();
    }
}
