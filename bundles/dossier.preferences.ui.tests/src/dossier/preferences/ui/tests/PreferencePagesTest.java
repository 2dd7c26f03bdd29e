package dossier.preferences.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.jface.preference.PreferenceDialog;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.CLabel;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.graphics.FontData;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Link;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Spinner;
import org.eclipse.swt.widgets.Text;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import dossier.casefile.ResearchWorkspace;
import dossier.casefile.Tagging;
import dossier.casefile.ui.WorkspaceSession;
import dossier.index.IndexSettings;
import dossier.model.casefile.CaseFile;
import dossier.preferences.ui.internal.AppearancePreferencePage;
import dossier.store.Capture;
import dossier.store.ItemType;
import dossier.ui.testing.WorkbenchRobot;

/**
 * Preferences &gt; Dossier &gt; Index (state, rebuild, tunables with validation) and Appearance (the open reader follows)
 * in the real workbench.
 */
class PreferencePagesTest {

    private static final String LIBRARY_VIEW = "dossier.ui.libraryView";

    private final WorkbenchRobot robot = new WorkbenchRobot();
    private IWorkbenchWindow window;
    private ResearchWorkspace workspace;

    @BeforeEach
    void open() {
        window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
        WorkspaceSession session = PlatformUI.getWorkbench().getService(WorkspaceSession.class);
        robot.waitUntil("the workspace is open", () -> session.workspace() != null);
        workspace = session.workspace();
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
        robot.whenShellOpens("Preferences", dialog -> {
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
        robot.assertDialogsPassed();
    }

    @Test
    void thePageTreeShowsEveryEntryWholeAtTheSizeTheDialogOpensWith() throws Exception {
        Point[] openedAt = new Point[2];
        for (int open = 0; open < 2; open++) {
            int time = open;
            robot.whenShellOpens("Preferences", dialog -> {
                openedAt[time] = dialog.getSize();
                Tree pages = robot.widgets(dialog, Tree.class, Tree::isVisible).get(0);
                List<TreeItem> entries = new ArrayList<>();
                expandAll(pages.getItems(), entries);
                robot.flush();
                assertTrue(entries.stream().anyMatch(e -> e.getText().equals("Version Control (Team)")),
                        "the platform's longest top-level entry is there");
                int room = pages.getClientArea().width;
                assertEquals(List.of(), entries.stream().filter(e -> end(e) > room).map(TreeItem::getText).toList(),
                        "entries cut by the tree's " + room + " pixels");
                int widest = entries.stream().mapToInt(PreferencePagesTest::end).max().orElseThrow();
                assertTrue(room - widest <= 40, "the tree (" + room + " pixels) is not much wider than its longest "
                        + "entry (" + widest + ")");
                assertEquals(openedAt[time], dialog.getSize(), "still the size the dialog opened with");
                if (time == 0) {
                    screenshot("preferences-tree");
                }
                robot.click(robot.button(dialog, "Cancel"));
            });
            robot.click(robot.menu(window.getShell(), "Window", "Preferences..."));
            robot.assertDialogsPassed();
        }
        assertEquals(openedAt[0], openedAt[1], "opened again, the dialog has the same size");
    }

    private static int end(TreeItem item) {
        return item.getBounds().x + item.getBounds().width;
    }

    private void expandAll(TreeItem[] items, List<TreeItem> into) {
        for (TreeItem item : items) {
            into.add(item);
            robot.expand(item);
            expandAll(item.getItems(), into);
        }
    }

    @Test
    void theIndexPageStoresItsTunablesAndRefusesAValueOutOfRange() throws Exception {
        robot.whenShellOpens("Preferences", dialog -> {
            select(dialog, "Index");
            Text commit = field(dialog, "How long after the first unsaved change");
            Text refresh = field(dialog, "How long a new or changed item may wait");
            assertEquals("30", commit.getText(), "the default commit interval");
            type(commit, "45");
            robot.click(shown(dialog, "Apply"));
            assertEquals(45, IndexSettings.preferences().getInt("commitSeconds", 0), "Apply stores the setting");
            assertEquals(45, IndexSettings.COMMIT_SECONDS.value());

            robot.waitForPaint();
            ImageData before = robot.capture(dialog);
            type(refresh, "10");
            String problem = "Refresh interval: 50 to 60,000 ms"; // whole: the dialog would shorten a long one
            try {
                robot.waitUntil("the page says what is wrong", () -> !texts(dialog, problem).isEmpty());
            } catch (AssertionError e) {
                screenshot("index-preferences-failure");
                throw new AssertionError(e.getMessage() + "; the dialog shows " + texts(dialog, ""), e);
            }
            assertFalse(robot.button(dialog, "Apply and Close").isEnabled(), "OK is disabled while a value is wrong");
            assertFalse(shown(dialog, "Apply").isEnabled(), "so is Apply");
            screenshot("index-preferences-invalid");
            ImageData shown = robot.capture(dialog);
            assertTrue(differs(before, shown, boundsIn(dialog, refresh)), "the screenshot shows the new value");
            Control message = messageShowing(dialog, problem);
            assertTrue(differs(before, shown, boundsIn(dialog, message)), "and the error message");
            type(refresh, "250");
            robot.waitUntil("a good value clears the error", () -> texts(dialog, problem).isEmpty()
                    && robot.button(dialog, "Apply and Close").isEnabled());
            robot.click(shown(dialog, "Restore Defaults"));
            assertEquals("30", commit.getText(), "Restore Defaults puts the defaults back in the fields");
            robot.click(robot.button(dialog, "Cancel"));
        });
        try {
            robot.click(robot.menu(window.getShell(), "Window", "Preferences..."));
            robot.assertDialogsPassed();
            assertEquals(1000, IndexSettings.REFRESH_MILLIS.value(), "Cancel stored nothing more");
        } finally {
            IndexSettings.preferences().remove("commitSeconds");
        }
    }

    @Test
    void theAppearancePageSetsTheOpenReadersFontAndClipHighlight() throws Exception {
        String id = importArticle("Appearance check", "https://example.org/appearance", "Appearance check",
                "Trust is earned in drops and lost in buckets.");
        workspace.clip(id, "lost in buckets", workspace.caseFile("Appearance check").orElseThrow(), List.of(), null);
        workspace.clip(id, "Trust is earned", workspace.caseFile("Appearance check").orElseThrow(), List.of("Tone/Warm"),
                null);
        Tagging tagging = new Tagging(workspace);
        tagging.setColour(tagging.tag("Tone/Warm").orElseThrow(), "#88cc88");
        window.getActivePage().showView(LIBRARY_VIEW, null, IWorkbenchPage.VIEW_ACTIVATE);
        Tree library = robot.widgets(window.getShell(), Tree.class, Tree::isVisible).get(0);
        robot.waitUntil("the Library lists the item", () -> robot.hasTreeItem(library, "Appearance check"));
        robot.doubleClick(robot.treeItem(library, "Appearance check"::equals));
        robot.waitUntil("the reader shows the clips", () -> robot.widgets(window.getShell(), StyledText.class,
                t -> t.isVisible() && t.getStyleRanges().length == 2).size() == 1);
        StyledText reader = robot.widgets(window.getShell(), StyledText.class,
                t -> t.isVisible() && t.getStyleRanges().length == 2).get(0);
        FontData before = reader.getFont().getFontData()[0];
        RGB blue = new RGB(180, 220, 255);
        String[] chosen = new String[1];

        robot.whenShellOpens("Preferences", dialog -> {
            select(dialog, "Appearance");
            Combo family = robot.widgets(dialog, Combo.class, Combo::isVisible).get(0);
            Spinner size = robot.widgets(dialog, Spinner.class, Spinner::isVisible).get(0);
            assertEquals(before.getHeight(), size.getSelection(), "the page shows the reader's current size");
            int other = family.indexOf("DejaVu Serif") >= 0 && !"DejaVu Serif".equals(before.getName())
                    ? family.indexOf("DejaVu Serif") : family.getSelectionIndex() == 0 ? 1 : 0;
            family.select(other);
            family.notifyListeners(SWT.Selection, new Event());
            chosen[0] = family.getText();
            size.setSelection(17);
            size.notifyListeners(SWT.Modify, new Event());
            AppearancePreferencePage shown = (AppearancePreferencePage) ((PreferenceDialog) dialog.getData())
                    .getSelectedPage();
            shown.highlightSelector().setColorValue(blue); // what the system's colour dialog returns
            StyledText preview = robot.widgets(dialog, StyledText.class, StyledText::isVisible).get(0);
            robot.waitUntil("the preview shows the choice", () -> preview.getFont().getFontData()[0].getHeight() == 17);
            screenshot("appearance-preferences");
            robot.click(robot.button(dialog, "Apply and Close"));
        });
        try {
            robot.click(robot.menu(window.getShell(), "Window", "Preferences..."));
            robot.assertDialogsPassed();
            robot.waitUntil("the open reader takes the font", () -> reader.getFont().getFontData()[0].getHeight() == 17);
            assertEquals(chosen[0], reader.getFont().getFontData()[0].getName(), "the chosen family");
            assertEquals(new RGB(0x88, 0xcc, 0x88), reader.getStyleRangeAtOffset(0).background.getRGB(),
                    "a clip whose tag has a colour is in that colour");
            assertEquals(blue, reader.getStyleRangeAtOffset(reader.getText().indexOf("lost in buckets")).background
                    .getRGB(), "a clip whose tags have no colour is in the chosen highlight");
            String stored = InstanceScope.INSTANCE.getNode("org.eclipse.ui.workbench").get("dossier.reader.font", "");
            assertTrue(stored.contains(chosen[0]) && stored.contains("|17"), "kept for the next start: " + stored);
            robot.screenshot("reader-appearance");

            robot.whenShellOpens("Preferences", dialog -> {
                select(dialog, "Appearance");
                Link more = robot.widgets(dialog, Link.class, Link::isVisible).get(0);
                more.notifyListeners(SWT.Selection, new Event());
                robot.flush();
                robot.waitUntil("the link opens Colors and Fonts, which lists the same definitions", () -> robot
                        .widgets(dialog, Tree.class, t -> t.isVisible() && robot.hasTreeItem(t, "Reader text")
                                && robot.hasTreeItem(t, "Clip highlight")).size() == 1);
                screenshot("appearance-colors-and-fonts");
                robot.click(robot.button(dialog, "Cancel"));
            });
            robot.click(robot.menu(window.getShell(), "Window", "Preferences..."));
            robot.assertDialogsPassed();
        } finally {
            JFaceResources.getFontRegistry().put("dossier.reader.font", new FontData[] { before });
            InstanceScope.INSTANCE.getNode("org.eclipse.ui.workbench").remove("dossier.reader.font");
            InstanceScope.INSTANCE.getNode("org.eclipse.ui.workbench").remove("dossier.reader.highlight");
        }
    }

    /** The visible button with this text: each page has its own Apply and Restore Defaults. */
    private Button shown(Shell dialog, String text) {
        List<Button> buttons = robot.widgets(dialog, Button.class, b -> b.isVisible() && text.equals(b.getText()
                .replace("&", "")));
        assertEquals(1, buttons.size(), "one visible button reads " + text);
        return buttons.get(0);
    }

    private Text field(Shell dialog, String tip) {
        return robot.widgets(dialog, Text.class, t -> t.isVisible() && t.getToolTipText() != null
                && t.getToolTipText().startsWith(tip)).get(0);
    }

    private void type(Text field, String text) {
        field.setText(text); // fires Modify, as typing does
        robot.flush();
    }

    /** Visible labels and texts (the dialog's message line is one or the other) containing the text. */
    private List<String> texts(Shell dialog, String text) {
        List<String> found = new ArrayList<>();
        robot.widgets(dialog, Label.class, Label::isVisible).forEach(l -> found.add(l.getText()));
        robot.widgets(dialog, CLabel.class, CLabel::isVisible).forEach(l -> found.add(l.getText()));
        robot.widgets(dialog, Text.class, Text::isVisible).forEach(t -> found.add(t.getText()));
        return found.stream().filter(t -> t != null && t.contains(text)).toList();
    }

    /** The visible label or text that shows the message. */
    private Control messageShowing(Shell dialog, String text) {
        return robot.widgets(dialog, Control.class, c -> c.isVisible() && (c instanceof Label l && l.getText()
                .contains(text) || c instanceof CLabel cl && cl.getText() != null && cl.getText().contains(text)
                || c instanceof Text t && t.getText().contains(text))).get(0);
    }

    private static Rectangle boundsIn(Shell dialog, Control control) {
        return dialog.getDisplay().map(control.getParent(), dialog, control.getBounds());
    }

    /** True if two captures of a dialog's client area differ anywhere within the region. */
    private static boolean differs(ImageData a, ImageData b, Rectangle region) {
        for (int y = region.y; y < region.y + region.height; y++) {
            for (int x = region.x; x < region.x + region.width; x++) {
                if (!a.palette.getRGB(a.getPixel(x, y)).equals(b.palette.getRGB(b.getPixel(x, y)))) {
                    return true;
                }
            }
        }
        return false;
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


    private void screenshot(String name) {
        try {
            robot.screenshot(name);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
