package dossier.casefile.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import org.eclipse.swt.custom.StyleRange;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.Text;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IViewReference;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.Test;

import dossier.casefile.ResearchWorkspace;
import dossier.casefile.ui.WorkspaceSession;
import dossier.casefile.ui.internal.ImportFilesHandler;
import dossier.casefile.ui.internal.LibraryView;
import dossier.casefile.ui.internal.ReaderEditor;
import dossier.model.casefile.CaseFile;
import dossier.model.casefile.Clip;
import dossier.ui.testing.WorkbenchRobot;

/**
 * A strategist's first session: import the seed articles, open one from the Library, clip a
 * passage with two tags and a note, undo and redo the clip from the Edit menu.
 */
class ReadAndClipTest {

    private static final String PASSAGE = "You have to have the conversation";

    @Test
    void importReadClipUndoRedo() throws Exception {
        WorkbenchRobot robot = new WorkbenchRobot();
        IWorkbenchWindow window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
        IWorkbenchPage page = window.getActivePage();
        WorkspaceSession session = PlatformUI.getWorkbench().getService(WorkspaceSession.class);
        robot.waitUntil("the workspace is open", () -> session.workspace() != null);
        ResearchWorkspace workspace = session.workspace();

        LibraryView library = (LibraryView) page.showView(LibraryView.ID);
        robot.waitUntil("the Library shows its empty state", () -> !robot.widgets(window.getShell(),
                org.eclipse.swt.widgets.Label.class, l -> "Your library is empty".equals(l.getText()) && l.isVisible())
                .isEmpty());

        Path seeds = Path.of(System.getProperty("dossier.shared"), "corpus", "seed-articles");
        assertTrue(Files.isDirectory(seeds), "the seed articles are at " + seeds);
        ImportFilesHandler.importFiles(workspace, List.of(seeds), Display.getCurrent());
        robot.waitUntil("the Library lists the Inbox with 5 items, then its sources, saved searches and boards", () -> {
            List<Tree> trees = robot.widgets(window.getShell(), Tree.class, Tree::isVisible);
            return !trees.isEmpty() && Arrays.stream(trees.get(0).getItems()).map(TreeItem::getText).toList()
                    .equals(List.of("Inbox  (5 items, 0 clips)", "Sources", "Saved searches", "Boards"));
        });
        Tree libraryTree = robot.widgets(window.getShell(), Tree.class, Tree::isVisible).get(0);
        robot.waitUntil("the item titles are read", () -> showsItemStartingWith(robot, libraryTree, "Rethinking"));
        robot.screenshot("library-after-import");

        robot.doubleClick(robot.treeItem(libraryTree, t -> t.equals("Rethinking Social, Part One: Social Media is Social Sharing")));
        robot.waitUntil("the reader opens", () -> page.getActiveEditor() instanceof ReaderEditor);
        IEditorPart editor = page.getActiveEditor();
        StyledText text = robot.widgets(window.getShell(), StyledText.class, StyledText::isVisible).get(0);
        robot.waitUntil("the article's text is shown", () -> text.getText().contains(PASSAGE));
        int start = text.getText().indexOf(PASSAGE);
        text.setSelection(start, start + PASSAGE.length());
        robot.screenshot("reader-selection");

        robot.whenShellOpens("Clip Selection", dialog -> {
            Combo caseFile = robot.widgets(dialog, Combo.class, c -> true).get(0);
            caseFile.setText("Brand trust");
            List<Text> fields = robot.widgets(dialog, Text.class, t -> true);
            fields.get(0).setText("Theme/Sharing, Tone/Positive");
            fields.get(1).setText("the thesis in one line");
            try {
                robot.screenshot("clip-dialog");
            } catch (java.io.IOException e) {
                throw new AssertionError(e);
            }
            robot.click(robot.button(dialog, "Clip"));
        });
        robot.click(robot.menu(window.getShell(), "Edit", "Clip Selection"));

        CaseFile brandTrust = workspace.caseFile("Brand trust").orElseThrow();
        assertEquals(1, brandTrust.getClips().size());
        Clip clip = brandTrust.getClips().get(0);
        assertEquals(PASSAGE, clip.getExact());
        assertEquals(List.of("Theme/Sharing", "Tone/Positive"), workspace.tagsOf(clip.getId()));
        assertEquals("the thesis in one line", brandTrust.getNotes().get(0).getText());
        robot.waitUntil("the clip is highlighted", () -> highlighted(text, start));
        robot.waitUntil("the clip is saved to its case file", () -> saved(workspace, clip.getId()));
        robot.screenshot("reader-clipped");

        robot.click(robot.menu(window.getShell(), "Edit", "Undo"));
        assertTrue(brandTrust.getClips().isEmpty(), "undo removes the clip");
        robot.waitUntil("the highlight goes with it", () -> !highlighted(text, start));
        robot.click(robot.menu(window.getShell(), "Edit", "Redo"));
        assertEquals(List.of(clip), brandTrust.getClips(), "redo brings it back");
        robot.waitUntil("and its highlight", () -> highlighted(text, start));
        assertEquals(editor, page.getActiveEditor());
        robot.screenshot("reader-after-redo");
        robot.waitUntil("the Annotations view lists the clip with its tags and note", () -> robot.widgets(
                window.getShell(), Table.class, t -> t.isVisible() && t.getItemCount() == 1
                        && t.getItem(0).getText(0).equals("\u201c" + PASSAGE + "\u201d")
                        && t.getItem(0).getText(1).equals("Brand trust")
                        && t.getItem(0).getText(3).equals("#Theme/Sharing #Tone/Positive  the thesis in one line"))
                .size() == 1);
        robot.screenshot("annotations-view");
        for (IViewReference reference : page.getViewReferences()) {
            if ("dossier.annotations.mentions".equals(reference.getSecondaryId())) {
                page.showView(reference.getId(), reference.getSecondaryId(), IWorkbenchPage.VIEW_VISIBLE);
            }
        }
        robot.waitUntil("the Mentions view lists the domains the article links to", () -> robot.widgets(
                window.getShell(), Table.class, t -> t.isVisible() && Arrays.stream(t.getItems())
                        .anyMatch(i -> i.getText(0).equals("domain") && i.getText(1).equals("epolitics.com"))).size() == 1);
        robot.screenshot("mentions-view");
        robot.waitUntil("the Library counts the clip", () -> Arrays.stream(libraryTree.getItems())
                .anyMatch(i -> i.getText().equals("Brand trust  (1 item, 1 clip)")));
        library.setFocus();
    }

    /** Whether the tree shows such an item yet (the robot's treeItem fails at once when it does not). */
    private static boolean showsItemStartingWith(WorkbenchRobot robot, Tree tree, String prefix) {
        try {
            robot.treeItem(tree, t -> t.startsWith(prefix));
            return true;
        } catch (AssertionError e) {
            return false;
        }
    }

    private static boolean highlighted(StyledText text, int offset) {
        StyleRange range = text.getStyleRangeAtOffset(offset);
        return range != null && range.background != null;
    }

    private static boolean saved(ResearchWorkspace workspace, String clipId) {
        try (Stream<Path> files = Files.list(workspace.folder().resolve("model/casefiles"))) {
            return files.anyMatch(f -> {
                try {
                    return Files.readString(f, StandardCharsets.UTF_8).contains(clipId);
                } catch (java.io.IOException e) {
                    return false;
                }
            });
        } catch (java.io.IOException e) {
            return false;
        }
    }
}
