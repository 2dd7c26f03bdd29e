package dossier.preferences.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyleRange;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.graphics.FontData;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import dossier.casefile.ResearchWorkspace;
import dossier.casefile.ui.WorkspaceSession;
import dossier.model.casefile.CaseFile;
import dossier.store.Capture;
import dossier.store.ItemType;
import dossier.ui.DossierUI;
import dossier.ui.testing.WorkbenchRobot;

/** Preferences &gt; Dossier &gt; Index and Appearance in the real workbench, and the reader using the appearance. */
class PreferencePagesTest {

    private final WorkbenchRobot robot = new WorkbenchRobot();
    private final List<Throwable> dialogFailures = new CopyOnWriteArrayList<>();
    private IWorkbenchWindow window;
    private ResearchWorkspace workspace;

    @BeforeEach
    void open() {
        window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
        robot.waitUntil("the workspace is open", () -> WorkspaceSession.get().workspace() != null);
        workspace = WorkspaceSession.get().workspace();
    }

    private String importArticle(String caseFile, String url, String title, String text) throws IOException {
        CaseFile target = workspace.caseFileNamed(caseFile);
        return workspace.importCapture(new Capture(ItemType.ARTICLE, url, url, title, "Ann Author", null, null, null,
                Instant.now(), "en", "text/plain", text.getBytes(StandardCharsets.UTF_8), text), target, List.of()).id();
    }

    @Test
    void theIndexPageShowsTheIndexAndRebuildsItInAJob() throws Exception {
        importArticle("Index check", "https://example.org/index-check", "Index check", "Brands earn trust slowly.");
        robot.waitUntil("the item is stored", () -> workspace.store().size() >= 1);
        int stored = workspace.store().size();
        String expected = String.format("%,d of %,d stored items", stored, stored);
        whenShellOpens("Preferences", dialog -> {
            select(dialog, "Index");
            robot.waitUntil("the page shows the index's state", () -> !labels(dialog, "stored items").isEmpty());
            robot.click(robot.button(dialog, "Rebuild Index Now"));
            robot.waitUntil("the rebuild ends with every stored item indexed",
                    () -> !labels(dialog, expected).isEmpty() && robot.button(dialog, "Rebuild Index Now").isEnabled());
            assertTrue(labels(dialog, "never").isEmpty(), "the rebuild committed");
            screenshot("index-preferences");
            robot.click(robot.button(dialog, "Apply and Close"));
        });
        robot.click(robot.menu(window.getShell(), "Window", "Preferences..."));
        assertDialogsPassed();
    }

    @Test
    void theAppearancePageOffersTheReadersFontAndHighlightWhichTheReaderUses() throws Exception {
        whenShellOpens("Preferences", dialog -> {
            select(dialog, "Appearance");
            robot.waitUntil("the page lists the reader's font and highlight", () -> robot.widgets(dialog, Tree.class,
                    t -> t.isVisible() && hasItem(t, "Clip highlight") && hasItem(t, "Reader text")).size() == 1);
            screenshot("appearance-preferences");
            robot.click(robot.button(dialog, "Cancel"));
        });
        robot.click(robot.menu(window.getShell(), "Window", "Preferences..."));
        assertDialogsPassed();

        // what the page does on Apply: the theme's registries get the new values
        RGB blue = new RGB(180, 220, 255);
        JFaceResources.getColorRegistry().put("dossier.reader.highlight", blue);
        JFaceResources.getFontRegistry().put("dossier.reader.font", new FontData[] { new FontData("Serif", 17,
                SWT.NORMAL) });
        String id = importArticle("Appearance check", "https://example.org/appearance", "Appearance check",
                "Trust is earned in drops and lost in buckets.");
        workspace.clip(id, "lost in buckets", workspace.caseFile("Appearance check").orElseThrow(), List.of(), null);
        window.getActivePage().showView(DossierUI.LIBRARY_VIEW, null, IWorkbenchPage.VIEW_ACTIVATE);
        Tree library = robot.widgets(window.getShell(), Tree.class, Tree::isVisible).get(0);
        robot.waitUntil("the Library lists the item", () -> hasItem(library, "Appearance check"));
        robot.doubleClick(robot.treeItem(library, "Appearance check"::equals));
        robot.waitUntil("the reader shows the clip", () -> robot.widgets(window.getShell(), StyledText.class,
                t -> t.isVisible() && t.getStyleRanges().length > 0).size() == 1);
        StyledText reader = robot.widgets(window.getShell(), StyledText.class,
                t -> t.isVisible() && t.getStyleRanges().length > 0).get(0);
        StyleRange clip = reader.getStyleRanges()[0];
        assertEquals(blue, clip.background.getRGB(), "the clip is highlighted in the chosen colour");
        assertEquals(17, reader.getFont().getFontData()[0].getHeight(), "the text is in the chosen font");
        robot.screenshot("reader-appearance");
    }

    // ---- helpers

    private void select(Shell dialog, String page) {
        Tree pages = robot.widgets(dialog, Tree.class, Tree::isVisible).get(0);
        TreeItem item = robot.treeItem(pages, page::equals);
        pages.setSelection(item);
        Event selected = new Event();
        selected.item = item;
        pages.notifyListeners(SWT.Selection, selected);
        robot.flush();
    }

    private List<Label> labels(Shell dialog, String text) {
        return robot.widgets(dialog, Label.class, l -> l.isVisible() && l.getText().contains(text));
    }

    /** True if the tree has an item with this text, expanding its branches as a user would. */
    private boolean hasItem(Tree tree, String text) {
        try {
            robot.treeItem(tree, text::equals);
            return true;
        } catch (AssertionError e) {
            return false;
        }
    }

    private void whenShellOpens(String title, Consumer<Shell> handler) {
        robot.whenShellOpens(title, shell -> {
            try {
                handler.accept(shell);
            } catch (AssertionError | RuntimeException e) {
                dialogFailures.add(e);
                throw e;
            }
        });
    }

    private void assertDialogsPassed() {
        if (!dialogFailures.isEmpty()) {
            throw new AssertionError("in a dialog: " + dialogFailures.get(0).getMessage(), dialogFailures.get(0));
        }
    }

    private void screenshot(String name) {
        try {
            robot.screenshot(name);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
