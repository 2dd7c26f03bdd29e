package dossier.search.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.eclipse.jface.action.ActionContributionItem;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.Text;
import org.eclipse.swt.widgets.ToolBar;
import org.eclipse.swt.widgets.ToolItem;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeColumn;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IViewReference;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.keys.IBindingService;
import org.junit.jupiter.api.Test;

import dossier.casefile.ResearchWorkspace;
import dossier.casefile.ui.Reader;
import dossier.casefile.ui.WorkspaceSession;
import dossier.casefile.ui.internal.ImportFilesHandler;
import dossier.index.SearchResults;
import dossier.search.ui.SearchUI;
import dossier.search.ui.internal.SearchView;
import dossier.ui.testing.WorkbenchRobot;

/**
 * A strategist finds a clipped passage again: imports the seed articles, clips a passage with a tag, searches with
 * a fielded query typed into the Search view, narrows with a facet, opens the result, saves the search, and
 * searches for a domain from the Mentions view.
 */
class SearchViewTest {

    private static final String TITLE = "Rethinking Social, Part One: Social Media is Social Sharing";
    private static final String PASSAGE = "You have to have the conversation";

    private final WorkbenchRobot robot = new WorkbenchRobot();
    private final IWorkbenchWindow window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
    private final IWorkbenchPage page = window.getActivePage();

    @Test
    void findAClippedPassageByItsTagNarrowOpenSaveAndSearchFromMentions() throws Exception {
        WorkspaceSession session = PlatformUI.getWorkbench().getService(WorkspaceSession.class);
        robot.waitUntil("the workspace is open", () -> session.workspace() != null);
        ResearchWorkspace workspace = session.workspace();

        robot.click(robot.menu(window.getShell(), "Search", "Search Items..."));
        robot.waitUntil("the Search view opens", () -> page.getActivePart() instanceof SearchView);
        SearchView view = (SearchView) page.getActivePart();
        Composite body = body();
        assertEquals("Ctrl+H", PlatformUI.getWorkbench().getService(IBindingService.class)
                .getBestActiveBindingFormattedFor(SearchUI.SEARCH_COMMAND), "a key binding focuses the view");
        Display.getCurrent().setCursorLocation(window.getShell().toDisplay(2, 2)); // no tool tip over the screenshots
        robot.waitUntil("the empty results pane says what to do", () -> robot.widgets(body, Label.class,
                l -> l.isVisible() && l.getText().startsWith("Type a query above and press Enter")).size() == 1);
        robot.screenshot("search-empty");
        List<Label> hints = robot.widgets(body, Label.class, l -> l.isVisible() && (l.getStyle() & SWT.WRAP) != 0);
        assertEquals(3, hints.size(), "the results, facets and related panes each say what they are for");
        for (Label hint : hints) {
            assertTrue(hint.getSize().y >= hint.computeSize(hint.getSize().x, SWT.DEFAULT).y, "not clipped: "
                    + hint.getText() + " in " + hint.getSize());
            assertTrue(hint.getSize().x >= body.getSize().x / 5, "reads in lines, not a word a line: "
                    + hint.getText() + " in " + hint.getSize() + " of a view " + body.getSize().x + " px wide");
        }
        Combo field = robot.widgets(body, Combo.class, c -> (c.getStyle() & SWT.READ_ONLY) == 0).get(0);
        assertTrue(field.getSize().x >= 300, "the query field has a row of its own: " + field.getSize().x
                + " px in a view " + body.getSize().x + " px wide");
        assertButtonsWhole(body);
        System.out.printf("Search view at the perspective's default size: %d x %d px, query field %d px wide%n",
                body.getSize().x, body.getSize().y, field.getSize().x);

        Path seeds = Path.of(System.getProperty("dossier.shared"), "corpus", "seed-articles");
        assertTrue(Files.isDirectory(seeds), "the seed articles are at " + seeds);
        ImportFilesHandler.importFiles(workspace, List.of(seeds), Display.getCurrent());
        robot.waitUntil("the 5 seed articles are filed", () -> workspace.caseFiles().stream()
                .anyMatch(c -> c.getItemIds().size() == 5));
        String itemId = idOf(workspace, TITLE);
        clip(itemId);

        Combo query = robot.widgets(body, Combo.class, c -> (c.getStyle() & SWT.READ_ONLY) == 0).get(0);
        Tree results = robot.widgets(body, Tree.class, t -> (t.getStyle() & SWT.VIRTUAL) != 0).get(0);
        Tree facets = robot.widgets(body, Tree.class, t -> (t.getStyle() & SWT.CHECK) != 0).get(0);
        page.activate(view);
        type(query, "tag:Theme/Sharing");
        waitUntil(body, "the clipped item is found by its clip's tag", () -> results.isVisible()
                && results.getItemCount() == 1 && results.getItem(0).getText(0).equals(TITLE));

        robot.click(robot.menu(window.getShell(), "Edit", "Undo"));
        waitUntil(body, "undoing the clip takes the result away: the results stay current", () -> robot.widgets(body,
                Label.class, l -> l.isVisible() && l.getText().startsWith("Nothing matches \u201ctag:Theme/Sharing"))
                .size() == 1);
        robot.click(robot.menu(window.getShell(), "Edit", "Redo"));
        waitUntil(body, "redo brings it back", () -> results.isVisible() && results.getItemCount() == 1);

        type(query, "type:document social");
        waitUntil(body, "the fielded query finds several documents", () -> results.isVisible()
                && results.getItemCount() > 1 && status(body).startsWith(results.getItemCount() + " results"));
        int all = results.getItemCount();
        String shownSnippet = results.getItem(0).getText(1); // a virtual row is filled when first read
        SearchResults.Hit first = (SearchResults.Hit) results.getItem(0).getData();
        assertTrue(first.snippet().toLowerCase().contains("[social]"), "matches are marked for bold: " + first);
        assertEquals(first.snippet().replace("[", "").replace("]", ""), shownSnippet);
        robot.waitUntil("facets list the tag with its count", () -> facets.getItemCount() > 0);
        TreeItem theme = robot.treeItem(facets, t -> t.equals("Theme  (1)"));
        robot.screenshot("search-results");
        assertFacetsAndColumnsWhole(facets, results);
        assertButtonsWhole(body);
        assertTrue(results.getColumn(0).getWidth() > 0 && results.getColumn(1).getWidth() > 0
                && results.getColumn(2).getWidth() > 0, "title, snippet and date show in the default layout");
        assertTrue(results.getSize().x >= 300, "the results are wide enough to read: " + results.getSize().x);

        IViewReference searchView = page.findViewReference(SearchUI.SEARCH_VIEW);
        page.setPartState(searchView, IWorkbenchPage.STATE_MAXIMIZED);
        robot.flush();
        waitUntil(body, "the maximized view puts the related items beside the results", () -> {
            Table relatedTable = robot.widgets(body, Table.class, t -> true).get(0);
            return relatedTable.getParent().getParent().toDisplay(0, 0).x > results.toDisplay(0, 0).x + results
                    .getSize().x - 1;
        });
        assertFacetsAndColumnsWhole(facets, results);
        assertButtonsWhole(body);
        assertTrue(Arrays.stream(results.getColumns()).allMatch(c -> c.getWidth() > 0), "maximized, every column shows");
        robot.screenshot("search-maximized");
        page.setPartState(searchView, IWorkbenchPage.STATE_RESTORED);
        robot.flush();

        check(facets, theme);
        waitUntil(body, "the facet narrows the results to the clipped item", () -> results.getItemCount() == 1
                && results.getItem(0).getText(0).equals(TITLE) && status(body).contains("narrowed to Tag Theme"));
        TreeItem sharing = robot.treeItem(facets, t -> t.equals("Sharing  (1)"));
        assertTrue(robot.treeItem(facets, t -> t.equals("Theme  (1)")).getChecked(), "the drilled value is checked");
        assertEquals(sharing.getParentItem().getText(), "Theme  (1)", "the tag's children show under it");
        assertTrue(all > 1);

        select(results, results.getItem(0));
        Table related = robot.widgets(body, Table.class, t -> true).get(0);
        waitUntil(body, "the related items of the selection are listed", () -> related.isVisible()
                && related.getItemCount() > 0
                && robot.widgets(body, Label.class, l -> l.getText().startsWith("Related to \u201c" + TITLE)).size() == 1);
        robot.screenshot("search-narrowed");

        robot.doubleClick(results.getItem(0));
        robot.waitUntil("the result opens in the reader", () -> itemId.equals(Reader.itemId(page.getActiveEditor())));
        robot.screenshot("search-opened-in-reader");

        page.activate(view);
        robot.whenShellOpens("Save Search", dialog -> {
            robot.widgets(dialog, Text.class, t -> true).get(0).setText("Sharing clips");
            robot.click(robot.button(dialog, "OK"));
        });
        ToolItem save = toolItem("Save this query");
        save.notifyListeners(SWT.Selection, new Event());
        assertEquals("type:document social", workspace.model().getSavedSearches().get(0).getQuery());
        MenuManager saved = (MenuManager) view.getViewSite().getActionBars().getMenuManager().find(
                "dossier.search.ui.savedSearches");
        robot.waitUntil("the saved search is offered in the view menu", () -> Arrays.stream(saved.getItems())
                .anyMatch(i -> i instanceof ActionContributionItem a && a.getAction().getText().equals(
                        "Sharing clips  \u2014  type:document social")));
        toolItem("Run a saved search"); // the toolbar offers them too
        type(query, "#nothingtofind");
        waitUntil(body, "an empty result says what to do", () -> robot.widgets(body, Label.class, l -> l.isVisible()
                && l.getText().startsWith("Nothing matches \u201c#nothingtofind\u201d. Drop a word")).size() == 1);
        robot.screenshot("search-no-results");
        Arrays.stream(saved.getItems()).map(i -> ((ActionContributionItem) i).getAction())
                .filter(a -> a.getText().startsWith("Sharing clips")).findFirst().orElseThrow().run();
        waitUntil(body, "the saved search runs again", () -> query.getText().equals("type:document social")
                && results.isVisible() && results.getItemCount() == all);
        assertEquals(List.of("type:document social", "#nothingtofind", "tag:Theme/Sharing"),
                Arrays.asList(query.getItems()).subList(0, 3), "the history, most recent first, without repeats");

        type(query, "social AND");
        waitUntil(body, "a syntax error names the position", () -> robot.widgets(body, Label.class, l -> l.isVisible()
                && l.getText().startsWith("This query cannot run: syntax error at position 11")).size() == 1);

        searchFromMentions(results, query);
    }

    /** Opens the reader on the item and clips the passage with a tag through Edit > Clip Selection. */
    private void clip(String itemId) throws Exception {
        Reader.open(page, itemId, TITLE);
        StyledText text = robot.widgets(window.getShell(), StyledText.class, StyledText::isVisible).get(0);
        robot.waitUntil("the article's text is shown", () -> text.getText().contains(PASSAGE));
        int start = text.getText().indexOf(PASSAGE);
        text.setSelection(start, start + PASSAGE.length());
        robot.whenShellOpens("Clip Selection", dialog -> {
            robot.widgets(dialog, Combo.class, c -> true).get(0).setText("Brand trust");
            robot.widgets(dialog, Text.class, t -> true).get(0).setText("Theme/Sharing");
            robot.click(robot.button(dialog, "Clip"));
        });
        robot.click(robot.menu(window.getShell(), "Edit", "Clip Selection"));
        WorkspaceSession session = PlatformUI.getWorkbench().getService(WorkspaceSession.class);
        robot.waitUntil("the clip is made", () -> session.workspace().caseFile("Brand trust")
                .map(c -> c.getClips().size() == 1).orElse(false));
    }

    private void searchFromMentions(Tree results, Combo query) throws Exception {
        for (IViewReference reference : page.getViewReferences()) {
            if ("dossier.annotations.mentions".equals(reference.getSecondaryId())) {
                page.showView(reference.getId(), reference.getSecondaryId(), IWorkbenchPage.VIEW_VISIBLE);
            }
        }
        List<Table> mentions = new ArrayList<>();
        robot.waitUntil("the Mentions view lists the domain epolitics.com", () -> {
            mentions.clear();
            mentions.addAll(robot.widgets(window.getShell(), Table.class, t -> t.isVisible() && Arrays.stream(
                    t.getItems()).anyMatch(i -> i.getText(1).equals("epolitics.com"))));
            return mentions.size() == 1;
        });
        Table table = mentions.get(0);
        int row = Arrays.asList(table.getItems()).indexOf(Arrays.stream(table.getItems())
                .filter(i -> i.getText(1).equals("epolitics.com")).findFirst().orElseThrow());
        table.setSelection(row);
        Event open = new Event();
        open.item = table.getItem(row);
        table.notifyListeners(SWT.DefaultSelection, open);
        robot.waitUntil("a double-click searches for the domain", () -> query.getText().equals("domain:epolitics.com")
                && results.isVisible() && Arrays.stream(results.getItems()).anyMatch(i -> i.getText(0).equals(TITLE)));
        robot.screenshot("search-from-mentions");
    }

    /** The view toolbar's item whose tool tip starts so. */
    private ToolItem toolItem(String tip) {
        List<ToolItem> items = new ArrayList<>();
        for (ToolBar bar : robot.widgets(window.getShell(), ToolBar.class, ToolBar::isVisible)) {
            Arrays.stream(bar.getItems()).filter(i -> i.getToolTipText() != null && i.getToolTipText().startsWith(tip))
                    .forEach(items::add);
        }
        assertEquals(1, items.size(), "one tool item says " + tip);
        return items.get(0);
    }

    /** Every visible button shows its whole text: its computed size fits in its bounds. */
    private void assertButtonsWhole(Composite body) {
        for (Button button : robot.widgets(body, Button.class, Button::isVisible)) {
            Point needed = button.computeSize(SWT.DEFAULT, SWT.DEFAULT);
            assertTrue(button.getSize().x >= needed.x && button.getSize().y >= needed.y, "button '" + button.getText()
                    + "' needs " + needed + ", has " + button.getSize());
        }
    }

    /** Every facet label (as far as expanded) and every result column's header fits whole. */
    private void assertFacetsAndColumnsWhole(Tree facets, Tree results) {
        GC gc = new GC(facets);
        try {
            int width = facets.getClientArea().width;
            for (TreeItem item : expanded(facets.getItems())) {
                int right = item.getBounds().x + gc.textExtent(item.getText()).x;
                assertTrue(right <= width, "facet '" + item.getText() + "' ends at " + right + " in a facet pane "
                        + width + " px wide");
            }
            int columns = Arrays.stream(results.getColumns()).mapToInt(TreeColumn::getWidth).sum();
            assertTrue(columns <= results.getClientArea().width, "the columns (" + columns + " px) fit in the results ("
                    + results.getClientArea().width + " px)");
            for (TreeColumn column : results.getColumns()) {
                if (column.getWidth() == 0) {
                    continue; // folded away in a narrow view
                }
                int needed = gc.textExtent(column.getText()).x + 8;
                assertTrue(column.getWidth() >= needed, "column " + column.getText() + " is " + column.getWidth()
                        + " px, its header needs " + needed);
            }
        } finally {
            gc.dispose();
        }
    }

    private static List<TreeItem> expanded(TreeItem[] items) {
        List<TreeItem> all = new ArrayList<>();
        for (TreeItem item : items) {
            all.add(item);
            if (item.getExpanded()) {
                all.addAll(expanded(item.getItems()));
            }
        }
        return all;
    }

    /** Waits as the robot does; on a time-out, saves a screenshot and says what the view shows. */
    private void waitUntil(Composite body, String description, java.util.function.BooleanSupplier condition)
            throws java.io.IOException {
        try {
            robot.waitUntil(description, condition);
        } catch (AssertionError e) {
            robot.screenshot("failure");
            throw new AssertionError(e.getMessage() + "; the view shows: " + robot.widgets(body, Label.class,
                    Control::isVisible).stream().map(Label::getText).toList(), e);
        }
    }

    /** The view's body: the composite holding the row of its query field. */
    private Composite body() {
        Combo query = robot.widgets(window.getShell(), Combo.class, c -> c.getToolTipText() != null
                && c.getToolTipText().startsWith("A query")).get(0);
        return query.getParent().getParent();
    }

    private String status(Composite body) {
        return robot.widgets(body, Label.class, l -> l.getText().matches("[\\d,]+ results?.*")).stream().map(Label::getText)
                .findFirst().orElse("");
    }

    private void type(Combo query, String text) {
        query.setText(text);
        query.notifyListeners(SWT.DefaultSelection, new Event());
        robot.flush();
    }

    private void check(Tree tree, TreeItem item) {
        item.setChecked(true);
        Event event = new Event();
        event.item = item;
        event.detail = SWT.CHECK;
        tree.notifyListeners(SWT.Selection, event);
        robot.flush();
    }

    private void select(Tree tree, TreeItem item) {
        tree.setSelection(item);
        Event event = new Event();
        event.item = item;
        tree.notifyListeners(SWT.Selection, event);
        robot.flush();
    }

    private static String idOf(ResearchWorkspace workspace, String title) throws Exception {
        List<String> ids = new ArrayList<>();
        workspace.store().forEachItem(item -> {
            if (title.equals(item.title())) {
                ids.add(item.id());
            }
        });
        assertEquals(1, ids.size(), "one item titled " + title);
        return ids.get(0);
    }
}
