package dossier.tags.ui.internal;

import static dossier.ui.testing.WorkbenchRobot.centreOf;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.Text;
import org.eclipse.swt.widgets.ToolBar;
import org.eclipse.swt.widgets.ToolItem;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IViewPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.handlers.IHandlerService;
import org.eclipse.ui.keys.IBindingService;
import org.junit.jupiter.api.Test;

import dossier.casefile.ResearchWorkspace;
import dossier.casefile.Tagging;
import dossier.casefile.ui.Reader;
import dossier.casefile.ui.WorkspaceSession;
import dossier.model.casefile.Clip;
import dossier.model.casefile.Tag;
import dossier.model.casefile.TagSpace;
import dossier.store.Capture;
import dossier.store.ItemType;
import dossier.ui.testing.WorkbenchRobot;

/**
 * A strategist's tags in the real workbench: make a tag in the Tags view, drag a Library item onto it with the real
 * pointer, tag two Library items with Edit > Tag Selection..., drag a clip from the Annotations view onto the tag, see
 * the counts and the in-tray with its "new" count, mark one done, undo, and open an entry in the reader.
 */
class TagsViewTest {

    private static Capture article(String url, String title, String text) {
        return new Capture(ItemType.ARTICLE, url, url, title, "Ann Author", null, null, null, Instant.now(), "en",
                "text/html", ("<p>" + text + "</p>").getBytes(StandardCharsets.UTF_8), text);
    }

    @Test
    void tagItemsAndAClipSeeTheInTrayMarkDoneAndUndo() throws Exception {
        WorkbenchRobot robot = new WorkbenchRobot();
        IWorkbenchWindow window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
        IWorkbenchPage page = window.getActivePage();
        IHandlerService handlers = window.getService(IHandlerService.class);
        WorkspaceSession session = PlatformUI.getWorkbench().getService(WorkspaceSession.class);
        robot.waitUntil("the workspace is open", () -> session.workspace() != null);
        ResearchWorkspace workspace = session.workspace();

        String logo = workspace.importCapture(article("https://a.example/logo", "Customers hate the new logo",
                "Customers hate the new logo, says a survey."), null, List.of()).id();
        String price = workspace.importCapture(article("https://a.example/price", "Customers love the new price",
                "Customers love the new price, says a survey."), null, List.of()).id();
        Clip clip = workspace.clip(price, "love the new price", workspace.caseFile("Inbox").orElseThrow(), List.of(),
                null);
        session.changed();

        TagsView view = (TagsView) page.showView(TagsView.ID);
        robot.waitUntil("the Tags view says there are no tags yet", () -> !robot.widgets(window.getShell(),
                Label.class, l -> l.isVisible() && TagsView.NO_TAGS.equals(l.getText())).isEmpty());
        robot.screenshot("tags-empty");
        assertToolbarShowsIconsWithTooltips(robot, window);

        page.activate(view);
        robot.whenShellOpens("New Tag", dialog -> {
            robot.widgets(dialog, Text.class, t -> true).get(0).setText("Tone/Negative");
            robot.click(robot.button(dialog, "OK"));
        });
        handlers.executeCommand("dossier.tags.ui.newTag", null);
        Tagging tagging = new Tagging(workspace);
        Tag negative = tagging.tag("Tone/Negative").orElseThrow();
        Tag tone = tagging.tag("Tone").orElseThrow();
        Tree tagTree = view.treeForTests();
        robot.waitUntil("the tree shows the new tag", () -> shows(robot, tagTree, "Negative"));

        IViewPart library = page.findView("dossier.ui.libraryView");
        Tree libraryTree = robot.widgets(window.getShell(), Tree.class, t -> t.isVisible() && Arrays.stream(t.getItems())
                .anyMatch(i -> i.getText().startsWith("Inbox"))).get(0);
        robot.waitUntil("the Library shows the item titles", () -> shows(robot, libraryTree,
                "Customers love the new price"));
        robot.drag(libraryTree, centreOf(robot.treeItem(libraryTree, t -> t.equals("Customers love the new price"))
                .getBounds()), tagTree, centreOf(robot.treeItem(tagTree, t -> t.startsWith("Negative")).getBounds()));
        assertEquals(List.of("Tone/Negative"), workspace.tagsOf(price), "the item dragged onto the tag is tagged");
        assertEquals(List.of(), workspace.tagsOf(logo), "and only that item");
        robot.waitUntil("the tree counts the dropped item", () -> shows(robot, tagTree, "Negative  (1, 1 new)"));
        robot.screenshot("tags-item-dropped");

        TreeItem logoItem = robot.treeItem(libraryTree, t -> t.equals("Customers hate the new logo"));
        TreeItem priceItem = robot.treeItem(libraryTree, t -> t.equals("Customers love the new price"));
        page.activate(library);
        libraryTree.setSelection(new TreeItem[] { logoItem, priceItem });
        libraryTree.notifyListeners(SWT.Selection, selectionOf(logoItem));
        robot.flush();
        robot.whenShellOpens(TagSelectionHandler.TITLE, dialog -> {
            robot.widgets(dialog, Text.class, t -> true).get(0).setText("Tone/Neg");
            Table choices = robot.widgets(dialog, Table.class, t -> true).get(0);
            robot.waitUntil("the dialog filters the tags", () -> choices.getItemCount() == 1
                    && choices.getSelectionCount() == 1);
            try {
                robot.screenshot("tag-selection-dialog");
            } catch (java.io.IOException e) {
                throw new AssertionError(e);
            }
            robot.click(robot.button(dialog, "OK"));
        });
        handlers.executeCommand("dossier.tags.ui.tagSelection", null);
        assertEquals(List.of("Tone/Negative"), workspace.tagsOf(logo));
        assertEquals(List.of("Tone/Negative"), workspace.tagsOf(price));

        Reader.open(page, price, "Customers love the new price");
        robot.waitUntil("the Annotations view lists the item's clip", () -> annotationsTable(robot, window) != null
                && annotationsTable(robot, window).getItemCount() == 1);
        Table annotations = annotationsTable(robot, window);
        assertEquals("\u201clove the new price\u201d", annotations.getItem(0).getText(0));
        robot.waitUntil("the tree counts the two items", () -> shows(robot, tagTree, "Negative  (2, 2 new)"));
        robot.drag(annotations, centreOf(annotations.getItem(0).getBounds(0)), tagTree,
                centreOf(robot.treeItem(tagTree, t -> t.equals("Negative  (2, 2 new)")).getBounds()));
        assertEquals(List.of("Tone/Negative"), workspace.tagsOf(clip.getId()),
                "the clip dragged onto the tag is tagged");
        robot.waitUntil("the Annotations view shows the clip's tag", () -> annotations.getItem(0).getText(3)
                .equals("#Tone/Negative"));

        robot.waitUntil("the tree counts three new on Tone/Negative", () -> shows(robot, tagTree,
                "Negative  (3, 3 new)"));
        robot.screenshot("tags-clip-dropped");
        robot.waitUntil("and on Tone", () -> shows(robot, tagTree, "Tone  (3, 3 new)"));
        tagging.setColour(negative, "#d94f3d");
        robot.waitUntil("Tone/Negative shows its colour", () -> robot.treeItem(tagTree,
                t -> t.startsWith("Negative")).getImage() != null);
        ImageData swatch = robot.treeItem(tagTree, t -> t.startsWith("Negative")).getImage().getImageData();
        assertEquals(new RGB(0xd9, 0x4f, 0x3d), swatch.palette.getRGB(swatch.getPixel(5, 5)),
                "the swatch is filled with the tag's colour");

        view.select(tone);
        robot.waitUntil("Tone's in-tray lists the three, all new", () -> view.rows().size() == 3
                && view.trayNew() == 3 && "Tone: 3 open, 3 new".equals(view.trayHeaderForTests()));
        robot.waitUntil("looking at Tone marked it looked: the tree counts no new", () -> shows(robot, tagTree,
                "Tone  (3)"));
        TagSpace space = tagging.space(tone);
        assertTrue(space != null && space.getLastLooked() != null, "the look is recorded");
        robot.screenshot("tags-in-tray");

        page.activate(view);
        TagsView.Row first = view.rows().get(0);
        selectRow(view, 0);
        handlers.executeCommand("dossier.tags.ui.markDone", null);
        assertEquals(List.of(first.entry().id()), tagging.space(tone).getDoneIds());
        robot.waitUntil("the done entry leaves the in-tray", () -> view.rows().size() == 2
                && "Tone: 2 open, 2 new, 1 done".equals(view.trayHeaderForTests()));
        robot.screenshot("tags-marked-done");

        robot.click(robot.menu(window.getShell(), "Edit", "Undo"));
        assertTrue(tagging.space(tone).getDoneIds().isEmpty(), "undo takes the done mark back");
        robot.waitUntil("the entry is back in the in-tray", () -> view.rows().size() == 3
                && "Tone: 3 open, 3 new".equals(view.trayHeaderForTests()));

        TagsView.Row item = view.rows().stream().filter(r -> r.entry().id().equals(logo)).findFirst().orElseThrow();
        selectRow(view, view.rows().indexOf(item));
        view.trayTableForTests().notifyListeners(SWT.DefaultSelection, new Event());
        robot.waitUntil("the item opens in the reader", () -> page.getActiveEditor() != null
                && "Customers hate the new logo".equals(page.getActiveEditor().getTitle()));
        robot.screenshot("tags-open-in-reader");
    }

    /** The view's toolbar: New Tag and Mark Done as 16-pixel icons, their names in tooltips, no text. */
    private static void assertToolbarShowsIconsWithTooltips(WorkbenchRobot robot, IWorkbenchWindow window) {
        String markDoneKey = window.getService(IBindingService.class)
                .getBestActiveBindingFormattedFor("dossier.tags.ui.markDone");
        List<String> tooltips = List.of("New Tag...", "Mark Done (" + markDoneKey + ")");
        robot.waitUntil("the Tags view's toolbar shows", () -> !toolbarsWith(robot, window, tooltips.get(0)).isEmpty());
        ToolBar toolbar = toolbarsWith(robot, window, tooltips.get(0)).get(0);
        assertEquals(tooltips, Arrays.stream(toolbar.getItems()).map(ToolItem::getToolTipText).toList());
        for (ToolItem item : toolbar.getItems()) {
            assertEquals("", item.getText(), item.getToolTipText() + " shows no text");
            assertTrue(item.getImage() != null && item.getImage().getBounds().width == 16, item.getToolTipText()
                    + " shows a 16-pixel icon");
        }
    }

    private static List<ToolBar> toolbarsWith(WorkbenchRobot robot, IWorkbenchWindow window, String tooltip) {
        return robot.widgets(window.getShell(), ToolBar.class, t -> t.isVisible() && Arrays.stream(t.getItems())
                .anyMatch(i -> tooltip.equals(i.getToolTipText())));
    }

    /** The table of the Annotations view (a contributed annotation view) while it shows clips, else null. */
    private static Table annotationsTable(WorkbenchRobot robot, IWorkbenchWindow window) {
        return robot.widgets(window.getShell(), Table.class, t -> t.isVisible() && t.getColumnCount() == 4
                && t.getColumn(1).getText().equals("Case file")).stream().findFirst().orElse(null);
    }

    private static boolean shows(WorkbenchRobot robot, Tree tree, String text) {
        try {
            robot.treeItem(tree, text::equals);
            return true;
        } catch (AssertionError e) {
            return false;
        }
    }

    /** Selects a row of the in-tray as a click does. */
    private static void selectRow(TagsView view, int index) {
        Table table = view.trayTableForTests();
        table.setSelection(index);
        Event event = new Event();
        event.item = table.getItem(index);
        table.notifyListeners(SWT.Selection, event);
    }

    private static Event selectionOf(TreeItem item) {
        Event event = new Event();
        event.item = item;
        return event;
    }
}
