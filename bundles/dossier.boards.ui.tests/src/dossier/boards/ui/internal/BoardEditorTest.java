package dossier.boards.ui.internal;

import static dossier.ui.testing.WorkbenchRobot.centreOf;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.handlers.IHandlerService;
import org.junit.jupiter.api.Test;

import dossier.boards.Boards;
import dossier.casefile.ResearchWorkspace;
import dossier.casefile.ui.WorkspaceSession;
import dossier.index.SavedSearches;
import dossier.index.SearchIndex;
import dossier.model.casefile.Board;
import dossier.model.casefile.Panel;
import dossier.store.Capture;
import dossier.store.Engagement;
import dossier.store.ItemType;
import dossier.ui.testing.WorkbenchRobot;

/**
 * A board in the real workbench: volume over time of a saved search with its spike on the day of the burst, who
 * matters with the small account whose complaint took off on top; a click on the spike opens the Search view on that
 * day's items; moving a panel with its menu is undone by Edit > Undo.
 */
class BoardEditorTest {

    static final Instant DAY0 = Instant.parse("2026-11-01T00:00:00Z");
    private static int n;

    private static void mention(ResearchWorkspace workspace, String handle, long followers, String text,
            Instant published, Engagement engagement) throws Exception {
        String url = "https://social.example/@" + handle + "/" + (++n);
        workspace.importCapture(new Capture(ItemType.MENTION, url, url, null, handle, handle, followers, published,
                published.plusSeconds(60), "en", "application/json", ("{\"n\":" + n + "}").getBytes(
                        StandardCharsets.UTF_8), text, engagement), null, List.of());
    }

    @Test
    void aBoardShowsVolumeWithItsSpikeAndWhoMattersDrillsAndMovesUndoably() throws Exception {
        WorkbenchRobot robot = new WorkbenchRobot();
        IWorkbenchWindow window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
        IWorkbenchPage page = window.getActivePage();
        WorkspaceSession session = PlatformUI.getWorkbench().getService(WorkspaceSession.class);
        robot.waitUntil("the workspace is open", () -> session.workspace() != null);
        ResearchWorkspace workspace = session.workspace();

        for (int day = 0; day < 14; day++) {
            for (int i = 0; i < (day == 9 ? 20 : 2); i++) {
                mention(workspace, "fan" + i % 3, 50, "On #brand", DAY0.plus(day, ChronoUnit.DAYS).plusSeconds(
                        600L * (i + 1)), null);
            }
        }
        mention(workspace, "musician", 200, "#brand broke my guitar", DAY0, new Engagement(300L, null, null, null));
        mention(workspace, "bigairline", 2_000_000, "#brand routine update", DAY0, new Engagement(40L, null, null,
                null));
        SearchIndex.of(workspace).refresh();
        SavedSearches.of(workspace).save("Brand", "#brand");
        Boards boards = Boards.of(workspace);
        Board board = boards.create("Launch watch");
        Panel volume = boards.addPanel(board, "volume", "Brand over time", Map.of("series", "Brand"), 0, 0, 1, 1);
        boards.addPanel(board, "who-matters", "Who matters", Map.of("query", "#brand"), 1, 0, 1, 1);
        session.changed();

        BoardEditor editor = (BoardEditor) page.openEditor(new BoardEditorInput(board.getId(), board.getName()),
                BoardEditor.ID);
        robot.waitUntil("the board has computed its panels", editor::computedForTests);
        robot.waitForPaint();
        PanelView volumeView = editor.panelsForTests().get(0);
        List<ChartView.Drawn> points = volumeView.chartForTests().drawn();
        assertEquals(14, points.size(), "a point a day for the two weeks");
        List<ChartView.Drawn> spikes = points.stream().filter(p -> p.tooltip().endsWith("(spike)")).toList();
        assertEquals(1, spikes.size(), points.toString());
        assertEquals("Brand, 2026-11-10: 20 items (spike)", spikes.get(0).tooltip());
        assertEquals("Brand, 2026-11-03: 2 items", points.get(2).tooltip());

        Table[] rankings = editor.panelsForTests().get(1).rankingsForTests();
        assertEquals(List.of("By reach", "By volume", "By importance"), Arrays.stream(rankings)
                .map(t -> t.getColumn(0).getText()).toList());
        assertEquals(List.of("@musician", "@bigairline"), accounts(rankings[2]), "importance: 300 per 200 followers"
                + " above 40 per 2,000,000");
        assertEquals(List.of("@bigairline", "@musician"), accounts(rankings[0]).subList(0, 2), "reach");
        robot.screenshot("board-volume-and-who-matters");

        robot.click(volumeView.chartForTests().control(), centreOf(spikes.get(0).bounds()));
        String drill = "(#brand) AND published:[2026-11-10T00:00:00Z TO 2026-11-11T00:00:00Z}";
        robot.waitUntil("the Search view runs the spike's day", () -> !robot.widgets(window.getShell(), Combo.class,
                c -> c.isVisible() && c.getText().equals(drill)).isEmpty());
        robot.waitUntil("and finds that day's 20 items", () -> !robot.widgets(window.getShell(), Label.class,
                l -> l.isVisible() && l.getText().startsWith("20 results")).isEmpty());
        robot.screenshot("board-spike-drilled");

        page.activate(editor);
        MenuItem moveRight = Arrays.stream(volumeView.group().getMenu().getItems())
                .filter(i -> i.getText().equals("Move &Right")).findFirst().orElseThrow();
        moveRight.notifyListeners(SWT.Selection, new org.eclipse.swt.widgets.Event());
        robot.waitUntil("the volume panel moved right", () -> !editor.panelsForTests().isEmpty()
                && editor.panelsForTests().get(0).panel().getKind().equals("who-matters"));
        assertEquals(List.of(1, 0), List.of(volume.getColumn(), volume.getRow()));
        robot.screenshot("board-panel-moved");
        window.getService(IHandlerService.class).executeCommand("org.eclipse.ui.edit.undo", null);
        robot.waitUntil("Undo put it back", () -> editor.panelsForTests().get(0).panel() == volume);
        assertEquals(List.of(0, 0), List.of(volume.getColumn(), volume.getRow()));
        assertTrue(workspace.isDirty(), "the board is saved with the workspace");
        page.closeEditor(editor, false);
    }

    private static List<String> accounts(Table table) {
        return Arrays.stream(table.getItems()).map(TableItem::getText).toList();
    }
}
