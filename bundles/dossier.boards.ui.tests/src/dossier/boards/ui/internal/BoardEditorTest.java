package dossier.boards.ui.internal;

import static dossier.ui.testing.WorkbenchRobot.centreOf;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Event;
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
import dossier.casefile.Intake;
import dossier.casefile.ResearchWorkspace;
import dossier.casefile.Tagging;
import dossier.casefile.ui.WorkspaceSession;
import dossier.index.SavedSearches;
import dossier.index.SearchIndex;
import dossier.model.casefile.Board;
import dossier.model.casefile.Panel;
import dossier.model.casefile.Source;
import dossier.model.casefile.Tag;
import dossier.store.Capture;
import dossier.store.Engagement;
import dossier.store.ItemType;
import dossier.ui.testing.WorkbenchRobot;

/**
 * A board in the real workbench: volume over time of a saved search with its spike on the day of the burst, who
 * matters with the small account whose complaint took off on top, a tag's in-tray with its open and new counts, the
 * sources with a failed fetch; a click on the spike opens the Search view on that day's items, a click on a source's
 * point on the items that source brought that day; moving a panel with its menu, and dragging one by its title to
 * another cell, are undone by Edit > Undo.
 */
class BoardEditorTest {

    /** The most GTK pads a table cell's text with, left and right together, in pixels. */
    private static final int CELL_PADDING = 12;
    static final Instant DAY0 = Instant.parse("2026-11-01T00:00:00Z");
    private static int n;

    private static String mention(ResearchWorkspace workspace, String handle, long followers, String text,
            Instant published, Engagement engagement) throws Exception {
        String url = "https://social.example/@" + handle + "/" + (++n);
        return workspace.importCapture(new Capture(ItemType.MENTION, url, url, null, handle, handle, followers, published,
                published.plusSeconds(60), "en", "application/json", ("{\"n\":" + n + "}").getBytes(
                        StandardCharsets.UTF_8), text, engagement), null, List.of()).id();
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
        String guitar = mention(workspace, "musician", 200, "#brand broke my guitar", DAY0,
                new Engagement(300L, null, null, null));
        String routine = mention(workspace, "bigairline", 2_000_000, "#brand routine update", DAY0,
                new Engagement(40L, null, null, null));
        Tagging tagging = new Tagging(workspace);
        Tag complaint = tagging.addPath(tagging.createScheme("Watch"), "Complaint", null);
        tagging.tag(complaint, List.of(routine));
        tagging.markLooked(complaint);
        Thread.sleep(20);
        tagging.tag(complaint, List.of(guitar));
        Source down = workspace.addSource("rss", "Airline feed", Map.of(), "PT1H");
        Intake.Batch failed = workspace.intake().batch(Intake.Filing.of(down));
        failed.fetched(false, "HTTP 503 from https://airline.example/feed");
        workspace.intake().file(failed, Intake.ModelThread.CALLER);
        Source energy = workspace.addSource("rss", "Energy watch", Map.of(), "PT1H");
        Instant windDay = Instant.now().truncatedTo(ChronoUnit.DAYS).minus(2, ChronoUnit.DAYS);
        Intake.Batch fetched = workspace.intake().batch(Intake.Filing.of(energy));
        for (int i = 0; i < 3; i++) {
            String url = "https://energy.example/wind/" + i;
            Instant published = windDay.plus(i + 1, ChronoUnit.HOURS);
            fetched.put(new Capture(ItemType.ARTICLE, url, url, "Wind farm news " + i, "Desk", null, null, published,
                    published, "en", "text/plain", url.getBytes(StandardCharsets.UTF_8), "Wind farm news", null));
        }
        workspace.intake().file(fetched, Intake.ModelThread.CALLER);
        SearchIndex.of(workspace).refresh();
        SavedSearches.of(workspace).save("Brand", "#brand");
        Boards boards = Boards.of(workspace);
        Board board = boards.create("Launch watch");
        Panel volume = boards.addPanel(board, "volume", "Brand over time", Map.of("series", "Brand"), 0, 0, 1, 1);
        boards.addPanel(board, "who-matters", "Who matters", Map.of("query", "#brand"), 1, 0, 1, 1);
        Panel inTray = boards.addPanel(board, "in-tray", null, Map.of("tag", "Complaint"), 0, 1, 1, 1);
        boards.addPanel(board, "sources", null, Map.of("range", "-7d"), 1, 1, 1, 1);
        session.changed();

        BoardEditor editor = (BoardEditor) page.openEditor(new BoardEditorInput(board.getId(), board.getName()),
                BoardEditor.ID);
        robot.waitUntil("the board has computed its panels", editor::isComputed);
        robot.waitForPaint();
        PanelView volumeView = editor.panelsForTests().get(0);
        List<ChartView.Drawn> points = volumeView.chartForTests().drawn();
        assertEquals(14, points.size(), "a point a day for the two weeks");
        List<ChartView.Drawn> spikes = points.stream().filter(p -> p.tooltip().endsWith("(spike)")).toList();
        assertEquals(1, spikes.size(), points.toString());
        assertEquals("Brand, 2026-11-10: 20 items (spike)", spikes.get(0).tooltip());
        assertEquals("Brand, 2026-11-03: 2 items", points.get(2).tooltip());

        Table rankings = editor.panelsForTests().get(1).rankingsForTests();
        List<String> rows = accounts(rankings);
        int byReach = rows.indexOf("By reach");
        int byVolume = rows.indexOf("By volume");
        int byImportance = rows.indexOf("By importance");
        assertTrue(0 == byImportance && byImportance < byReach && byReach < byVolume, "stacked: " + rows);
        assertEquals("By importance: engagement per 1,000 followers\nBy reach: followers\nBy volume: items",
                rankings.getToolTipText());
        assertEquals(List.of("1. @musician", "2. @bigairline"), rows.subList(1, byReach),
                "importance, first: 300 per 200 followers above 40 per 2,000,000");
        assertEquals(List.of("1. @bigairline", "2. @musician"), rows.subList(byReach + 1, byReach + 3), "reach");
        assertEquals("1,500", rankings.getItem(1).getText(1));
        assertEquals("2,000,000", rankings.getItem(byReach + 1).getText(1));
        for (int i = 0; i < rows.size(); i++) {
            assertTrue(rankings.getItem(i).getBounds(1).width >= textWidth(rankings, rankings.getItem(i).getFont(),
                    rankings.getItem(i).getText(1)),
                    "the figure is whole: " + rankings.getItem(i).getText(1));
        }
        for (int i = 0; i < rows.size(); i++) {
            assertTrue(rankings.getItem(i).getBounds(0).width >= textWidth(rankings, rankings.getItem(i).getFont(),
                    rows.get(i)),
                    "the handle or heading is whole: " + rows.get(i));
        }
        PanelView trayView = editor.panelsForTests().get(2);
        assertEquals("2 open, 1 new, 0 done", trayView.countsForTests().getText());
        Table entries = trayView.tablesForTests()[0];
        assertEquals(List.of("#brand broke my guitar", "#brand routine update"), Arrays.stream(entries.getItems())
                .map(TableItem::getText).toList(), "newest first");
        assertEquals("new", entries.getItem(0).getText(2));
        assertNothingCut(entries);
        assertTitleTakesTheRest(entries);
        PanelView sourcesView = editor.panelsForTests().get(3);
        assertEquals("1 fetched fine, 1 failing, 0 never fetched", sourcesView.countsForTests().getText());
        Label countsLine = sourcesView.countsForTests();
        org.eclipse.swt.graphics.Rectangle line = countsLine.getBounds();
        assertTrue(line.x + line.width <= countsLine.getParent().getClientArea().width
                && countsLine.computeSize(line.width, SWT.DEFAULT).y <= line.height,
                "the counts wrap within the panel, every word shown: " + line);
        Table sources = sourcesView.tablesForTests()[0];
        assertNothingCut(sources);
        TableItem failure = Arrays.stream(sources.getItems())
                .filter(item -> List.of(item.getText(0), item.getText(sources.getColumnCount() - 1))
                        .contains("failed: HTTP 503 from https://airline.example/feed"))
                .findFirst().orElseThrow(() -> new AssertionError("the failure is listed: " + accounts(sources)));
        int last = sources.getColumnCount() - 1;
        org.eclipse.swt.graphics.Rectangle cell = failure.getBounds(last);
        Event hover = new Event();
        hover.x = cell.x + cell.width / 2;
        hover.y = cell.y + cell.height / 2;
        sources.notifyListeners(SWT.MouseMove, hover);
        assertTrue(cell.width >= textWidth(sources, failure.getFont(), failure.getText(last))
                || failure.getText(last).equals(sources.getToolTipText()),
                "the failure shows whole, in its cell or as the tooltip: " + sources.getToolTipText());
        org.eclipse.swt.graphics.Rectangle gridArea = volumeView.group().getParent().getClientArea();
        for (PanelView shown : editor.panelsForTests()) {
            org.eclipse.swt.graphics.Rectangle bounds = shown.group().getBounds();
            assertTrue(gridArea.contains(bounds.x + bounds.width - 1, bounds.y + bounds.height - 1),
                    "every panel shows within the editor: " + shown.group().getText() + " at " + bounds + " in "
                            + gridArea);
        }
        robot.screenshot("board-volume-and-who-matters");

        Panel whoMatters = editor.panelsForTests().get(1).panel();
        int volumeRuns = editor.computationsForTests(volume);
        int whoRuns = editor.computationsForTests(whoMatters);
        mention(workspace, "someone", 10, "Nothing about the brand", DAY0, null);
        SearchIndex.of(workspace).refresh();
        robot.waitUntil("the board has looked at the index change", editor::isComputed);
        assertEquals(List.of(volumeRuns, whoRuns), List.of(editor.computationsForTests(volume),
                editor.computationsForTests(whoMatters)), "no #brand item came in: the #brand panels stay");
        mention(workspace, "fan0", 50, "More on #brand", DAY0.plus(13, ChronoUnit.DAYS), null);
        SearchIndex.of(workspace).refresh();
        robot.waitUntil("the #brand panels are computed again", () -> editor.isComputed()
                && editor.computationsForTests(volume) > volumeRuns && editor.computationsForTests(whoMatters) > whoRuns);
        assertSame(rankings, editor.panelsForTests().get(1).rankingsForTests(), "the rankings' table is reused");
        int byVolumeNow = accounts(rankings).indexOf("By volume");
        assertEquals(List.of("1. @fan0", "21"), List.of(rankings.getItem(byVolumeNow + 1).getText(0),
                rankings.getItem(byVolumeNow + 1).getText(1)), "and shows the new count");

        robot.click(volumeView.chartForTests().control(), centreOf(spikes.get(0).bounds()));
        String drill = "(#brand) AND published:[2026-11-10T00:00:00Z TO 2026-11-11T00:00:00Z}";
        robot.waitUntil("the Search view runs the spike's day", () -> !robot.widgets(window.getShell(), Combo.class,
                c -> c.isVisible() && c.getText().equals(drill)).isEmpty());
        robot.waitUntil("and finds that day's 20 items", () -> !robot.widgets(window.getShell(), Label.class,
                l -> l.isVisible() && l.getText().startsWith("20 results")).isEmpty());
        robot.screenshot("board-spike-drilled");

        page.activate(editor);
        robot.waitForPaint();
        String energyTooltip = "Energy watch, " + windDay.toString().substring(0, 10) + ": 3 items";
        ChartView sourcesChart = editor.panelsForTests().get(3).chartForTests();
        robot.waitUntil("the Sources chart shows the source's 3 items of that day", () -> sourcesChart.drawn().stream()
                .anyMatch(p -> p.tooltip().equals(energyTooltip)));
        ChartView.Drawn energyDay = sourcesChart.drawn().stream().filter(p -> p.tooltip().equals(energyTooltip))
                .findFirst().orElseThrow();
        robot.click(sourcesChart.control(), centreOf(energyDay.bounds()));
        String sourceDrill = "(via:\"Energy watch\") AND published:[" + windDay + " TO "
                + windDay.plus(1, ChronoUnit.DAYS) + "}";
        robot.waitUntil("the Search view runs the source's day", () -> !robot.widgets(window.getShell(), Combo.class,
                c -> c.isVisible() && c.getText().equals(sourceDrill)).isEmpty());
        robot.waitUntil("and finds the 3 items the source brought that day", () -> !robot.widgets(window.getShell(),
                Label.class, l -> l.isVisible() && l.getText().startsWith("3 results")).isEmpty());
        robot.screenshot("board-source-drilled");

        page.activate(editor);
        MenuItem moveRight = Arrays.stream(volumeView.menu().getItems())
                .filter(i -> i.getText().equals("Move &Right")).findFirst().orElseThrow();
        moveRight.notifyListeners(SWT.Selection, new org.eclipse.swt.widgets.Event());
        robot.waitUntil("the volume panel moved right", () -> !editor.panelsForTests().isEmpty()
                && editor.panelsForTests().get(0).panel().getKind().equals("who-matters"));
        assertEquals(List.of(1, 0), List.of(volume.getColumn(), volume.getRow()));
        robot.screenshot("board-panel-moved");
        window.getService(IHandlerService.class).executeCommand("org.eclipse.ui.edit.undo", null);
        robot.waitUntil("Undo put it back", () -> editor.panelsForTests().get(0).panel() == volume);
        assertEquals(List.of(0, 0), List.of(volume.getColumn(), volume.getRow()));

        robot.waitUntil("the board has computed its panels again", editor::isComputed);
        robot.waitForPaint();
        PanelView dragged = editor.panelsForTests().get(0);
        PanelView droppedOn = editor.panelsForTests().get(2);
        assertEquals(List.of(volume, inTray), List.of(dragged.panel(), droppedOn.panel()));
        org.eclipse.swt.graphics.Rectangle chartArea = dragged.chartForTests().control().getClientArea();
        robot.drag(dragged.chartForTests().control(), new org.eclipse.swt.graphics.Point(chartArea.width / 3,
                chartArea.height - 12), droppedOn.group(), centreOf(droppedOn.group().getClientArea()));
        robot.waitUntil("the volume panel was dragged to the in-tray's cell", () -> volume.getRow() == 1);
        assertEquals(List.of(0, 1, 0, 0), List.of(volume.getColumn(), volume.getRow(), inTray.getColumn(),
                inTray.getRow()), "the panels swapped cells");
        robot.waitUntil("the grid shows the in-tray first", () -> editor.panelsForTests().get(0).panel() == inTray);
        robot.screenshot("board-panel-dragged");
        window.getService(IHandlerService.class).executeCommand("org.eclipse.ui.edit.undo", null);
        robot.waitUntil("Undo put the dragged panel back", () -> editor.panelsForTests().get(0).panel() == volume);
        assertEquals(List.of(0, 0, 0, 1), List.of(volume.getColumn(), volume.getRow(), inTray.getColumn(),
                inTray.getRow()));
        assertTrue(workspace.isDirty(), "the board is saved with the workspace");

        // a dark theme as the workbench's CSS engine would set it on the panel: dark background, light text
        PanelView dark = editor.panelsForTests().get(0);
        org.eclipse.swt.graphics.Color background = new org.eclipse.swt.graphics.Color(0x2b, 0x2b, 0x2b);
        dark.group().setBackground(background);
        dark.group().setForeground(new org.eclipse.swt.graphics.Color(0xe6, 0xe6, 0xe6));
        editor.restyle();
        robot.waitUntil("the chart is drawn again", () -> dark.chartForTests() != null
                && !dark.chartForTests().control().isDisposed() && dark.chartForTests().isDrawn()
                && !dark.chartForTests().drawn().isEmpty());
        robot.waitForPaint();
        org.eclipse.swt.graphics.ImageData pixels = robot.capture(dark.chartForTests().control());
        assertEquals(new org.eclipse.swt.graphics.RGB(0x2b, 0x2b, 0x2b), pixels.palette.getRGB(pixels.getPixel(2, 2)),
                "the chart takes the panel's dark background");
        robot.screenshot("board-dark-panel");
        page.closeEditor(editor, false);
    }

    /** How wide a text is drawn in a table's font. */
    private static int textWidth(Table table, org.eclipse.swt.graphics.Font font, String text) {
        org.eclipse.swt.graphics.GC gc = new org.eclipse.swt.graphics.GC(table);
        try {
            gc.setFont(font);
            return gc.textExtent(text).x;
        } finally {
            gc.dispose();
        }
    }

    /**
     * Every column of a panel's table shows within it (none cut at the right edge), and every cell of figures (counts,
     * times, "new", a column's name beside its cell) shows whole; only a long title or message may be cut.
     */
    private static void assertNothingCut(Table table) {
        int columns = 0;
        for (org.eclipse.swt.widgets.TableColumn column : table.getColumns()) {
            columns += column.getWidth();
        }
        assertTrue(columns <= table.getClientArea().width, "the columns fit in the table: " + columns + " in "
                + table.getClientArea().width);
        for (TableItem item : table.getItems()) {
            for (int i = 0; i < table.getColumnCount(); i++) {
                String text = item.getText(i);
                if (text.length() <= 16) {
                    assertTrue(item.getBounds(i).width >= textWidth(table, item.getFont(), text),
                            "whole: " + text + " in " + item.getBounds(i).width + " px");
                }
            }
        }
    }

    /**
     * The first column (the titles) takes the room the others leave, and they take no more than their widest cell or
     * name needs beside GTK's padding of a cell: a title cut while a column beside it has room to spare fails.
     */
    private static void assertTitleTakesTheRest(Table table) {
        int others = 0;
        for (int i = 1; i < table.getColumnCount(); i++) {
            org.eclipse.swt.widgets.TableColumn column = table.getColumn(i);
            int widest = textWidth(table, org.eclipse.jface.resource.JFaceResources.getFontRegistry().getBold(
                    org.eclipse.jface.resource.JFaceResources.DEFAULT_FONT), column.getText());
            for (TableItem item : table.getItems()) {
                widest = Math.max(widest, textWidth(table, item.getFont(), item.getText(i)));
            }
            assertTrue(column.getWidth() <= widest + CELL_PADDING, "column " + column.getText() + " is "
                    + column.getWidth() + " px for " + widest + " px of text");
            others += column.getWidth();
        }
        assertEquals(table.getClientArea().width - others, table.getColumn(0).getWidth(),
                "the titles' column takes the rest");
    }

    private static List<String> accounts(Table table) {
        return Arrays.stream(table.getItems()).map(TableItem::getText).toList();
    }
}
