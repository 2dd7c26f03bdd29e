package dossier.boards.ui.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import java.util.function.Supplier;

import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Group;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.Table;
import org.jfree.chart.JFreeChart;

import dossier.boards.PanelFigures;
import dossier.boards.charts.Charts;
import dossier.model.casefile.Panel;

/**
 * One panel of the board editor: a titled group showing its chart, rankings and tables once computed; computed again,
 * it shows the new figures in the widgets it has when they fit them (the same parts, the same columns).
 */
final class PanelView {

    /** What the panel's widgets are made for: figures of the same shape are shown in them again. */
    private record Shape(boolean counts, boolean chart, boolean rankings, List<List<String>> tables) {
        static Shape of(PanelFigures figures) {
            return new Shape(!figures.counts().isEmpty(), !figures.series().isEmpty(), !figures.rankings().isEmpty(),
                    figures.tables().stream().map(PanelFigures.Table::columns).toList());
        }
    }

    /** The width a part of a panel needs beside another; below it, they are stacked. */
    private static final int PART_WIDTH = 280;
    /** The height a chart keeps at least, and a table asks for. */
    private static final int CHART_HEIGHT = 100;

    private final Panel panel;
    private final Group group;
    private final Consumer<String> drill;
    private final Consumer<Control> draggable;
    /** Where the panel's tables are made, each in a turn of the event loop of its own. */
    private final Executor turns;
    private Composite content;
    private ChartView chart;
    private FiguresTable rankings;
    private FiguresTable[] tables = new FiguresTable[0];
    private Label counts;
    /** Tables of the figures shown still to be made, one a turn of the event loop. */
    private int unfinished;
    private PanelFigures shownFigures;
    private String shownError;
    /** The shape the widgets were made for; null while they show an error or nothing yet. */
    private Shape shape;
    /** Makes the panel's menu when it is first asked for; the menu made. */
    private Supplier<Menu> menuMaker = () -> null;
    private Menu menu;

    /**
     * {@code draggable} makes a control of the panel (its title, counts and chart) drag the panel; {@code turns} runs
     * each of the tables' making in a later turn of the event loop.
     */
    PanelView(Composite parent, Panel panel, String title, Consumer<String> drill, Consumer<Control> draggable,
            Executor turns) {
        this.panel = panel;
        this.drill = drill;
        this.draggable = draggable;
        this.turns = turns;
        group = new Group(parent, SWT.NONE);
        draggable.accept(group);
        group.setText(title);
        group.setLayout(new FillLayout());
        content = new Composite(group, SWT.NONE);
        content.setLayout(new FillLayout());
        new Label(content, SWT.NONE).setText("Computing\u2026");
    }

    Panel panel() {
        return panel;
    }

    Group group() {
        return group;
    }

    /** The panel's menu, shown on a right-click anywhere in it, is made by {@code maker} on the first one. */
    void menuMadeBy(Supplier<Menu> maker) {
        menuMaker = maker;
        menuOn(group);
    }

    /** The panel's menu, made now if it was not yet (and set on the panel, which disposes it); null if it has none. */
    Menu menu() {
        if (menu == null || menu.isDisposed()) {
            menu = menuMaker.get();
            group.setMenu(menu);
        }
        return menu;
    }

    /**
     * Shows the figures: the series as a chart, the rankings stacked in a table, each table; or why they could not be
     * computed. Figures of the shape shown go into the widgets there; else new ones are made, the tables in later
     * turns of the event loop, one a turn, so that a panel of several does not stall it.
     */
    void show(PanelFigures figures, String error) {
        shownFigures = figures;
        shownError = error;
        Shape wanted = error == null ? Shape.of(figures) : null;
        if (wanted != null && wanted.equals(shape) && unfinished == 0) {
            refill(figures);
            return;
        }
        shape = wanted;
        content.dispose();
        content = new Composite(group, SWT.NONE);
        chart = null;
        rankings = null;
        tables = new FiguresTable[0];
        counts = null;
        unfinished = 0;
        if (error != null) {
            content.setLayout(new FillLayout());
            new Label(content, SWT.WRAP).setText("Cannot show this panel: " + error);
        } else {
            group.setText(figures.title());
            int parts = Math.max(1, (figures.series().isEmpty() ? 0 : 1) + (figures.rankings().isEmpty() ? 0 : 1)
                    + figures.tables().size());
            GridLayout layout = new GridLayout(parts, true);
            content.setLayout(layout);
            if (!figures.counts().isEmpty()) {
                counts = new Label(content, SWT.WRAP);
                counts.setText(figures.countsLine());
                counts.setFont(JFaceResources.getBannerFont());
                GridData line = new GridData(SWT.FILL, SWT.TOP, true, false, parts, 1);
                line.widthHint = 1; // wraps to the panel's width instead of widening it
                counts.setLayoutData(line);
                draggable.accept(counts);
            }
            Composite stacked = content;
            stacked.addListener(SWT.Resize, e -> stackWhenNarrow(stacked, parts));
            if (!figures.series().isEmpty()) {
                chart = new ChartView(content, chartOf(figures), drawn -> {
                    List<PanelFigures.Series> series = shownFigures == null ? List.of() : shownFigures.series();
                    if (drawn.series() < series.size() && drawn.item() < series.get(drawn.series()).points().size()) {
                        String query = series.get(drawn.series()).points().get(drawn.item()).drillQuery();
                        if (query != null) {
                            drill.accept(query);
                        }
                    }
                });
                GridData chartData = new GridData(SWT.FILL, SWT.FILL, true, true);
                chartData.minimumHeight = CHART_HEIGHT; // above a table in a narrow cell, not squeezed by it
                chart.control().setLayoutData(chartData);
                draggable.accept(chart.control());
            }
            Composite into = content;
            if (!figures.rankings().isEmpty()) {
                later(into, () -> {
                    rankings = new FiguresTable(into, stacked(figures.rankings()), false, drill);
                    rankings.control().setLayoutData(tableData());
                    return rankings.control();
                });
            }
            FiguresTable[] madeTables = tables = new FiguresTable[figures.tables().size()];
            for (int i = 0; i < madeTables.length; i++) {
                PanelFigures.Table table = figures.tables().get(i);
                int at = i;
                later(into, () -> {
                    madeTables[at] = new FiguresTable(into, table, true, drill);
                    madeTables[at].control().setLayoutData(tableData());
                    return madeTables[at].control();
                });
            }
        }
        group.layout(true); // lays the new content out as it takes the group's area
        if (chart != null) {
            chart.drawNow();
        }
        menuOn(content);
    }

    /** Shows figures of the shape shown in the widgets there. */
    private void refill(PanelFigures figures) {
        group.setText(figures.title());
        if (counts != null) {
            counts.setText(figures.countsLine());
        }
        if (chart != null) {
            chart.replace(chartOf(figures));
        }
        if (rankings != null) {
            rankings.fill(stacked(figures.rankings()));
        }
        for (int i = 0; i < tables.length; i++) {
            tables[i].fill(figures.tables().get(i));
        }
        content.layout(true);
    }

    /**
     * A table's place: its share of the content, whatever its rows would like (the rest scrolls); given both hints,
     * laying the content out does not measure every row of the table.
     */
    private static GridData tableData() {
        GridData data = new GridData(SWT.FILL, SWT.FILL, true, true);
        data.widthHint = 0;
        data.heightHint = CHART_HEIGHT;
        return data;
    }

    /** The chart of the figures in the panel's colours now; made in a job. */
    private Supplier<JFreeChart> chartOf(PanelFigures figures) {
        Charts.Theme theme = theme();
        return () -> Charts.volume(figures, theme);
    }

    /**
     * The panel's parts (chart, rankings, tables) side by side where each has {@value #PART_WIDTH} pixels, else one
     * above the other, so that a narrow cell gives each its whole width.
     */
    private void stackWhenNarrow(Composite parts, int count) {
        GridLayout layout = (GridLayout) parts.getLayout();
        int wanted = parts.getClientArea().width >= count * PART_WIDTH ? count : 1;
        if (layout.numColumns != wanted) {
            layout.numColumns = wanted;
            if (counts != null && counts.getParent() == parts) {
                ((GridData) counts.getLayoutData()).horizontalSpan = wanted;
            }
            parts.layout(true);
        }
    }

    /** Makes a table of the content in a later turn of the event loop, unless the content was replaced by then. */
    private void later(Composite into, Supplier<Table> make) {
        unfinished++;
        turns.execute(() -> {
            if (into.isDisposed()) {
                return;
            }
            Table made = make.get();
            into.layout(true);
            menuOn(made);
            unfinished--;
        });
    }

    /**
     * The panel's menu on a right-click anywhere in a control of it; shown, not set on the control, since a control
     * disposes the menu set on it when it goes, and the panel's content is replaced on each computation.
     */
    private void menuOn(Control control) {
        control.addListener(SWT.MenuDetect, e -> {
            Menu shown = menu();
            if (shown != null) {
                shown.setLocation(e.x, e.y);
                shown.setVisible(true);
            }
            e.doit = false;
        });
        if (control instanceof Composite composite) {
            for (Control child : composite.getChildren()) {
                menuOn(child);
            }
        }
    }

    /** Draws the chart again in the panel's current colours (after a theme change). */
    void restyle() {
        if (chart != null && shownFigures != null) {
            chart.replace(chartOf(shownFigures));
        }
    }

    /** The chart's colours: the panel's own background and text colours, as the workbench theme sets them. */
    private Charts.Theme theme() {
        return Charts.Theme.of(awt(group.getBackground().getRGB()), awt(group.getForeground().getRGB()));
    }

    private static java.awt.Color awt(RGB rgb) {
        return new java.awt.Color(rgb.red, rgb.green, rgb.blue);
    }

    /**
     * The rankings stacked in one table, so that a narrow cell shows handles and figures whole: for each, its name in
     * bold, then its accounts, numbered, with their figures (the units, too long for a narrow cell, are the table's
     * tooltip).
     */
    private static PanelFigures.Table stacked(List<PanelFigures.Ranking> shown) {
        List<PanelFigures.Row> rows = new ArrayList<>();
        for (PanelFigures.Ranking ranking : shown) {
            rows.add(new PanelFigures.Row(List.of(ranking.name(), ""), true, null));
            int rank = 0;
            for (PanelFigures.Entry entry : ranking.entries()) {
                rows.add(new PanelFigures.Row(List.of(++rank + ". " + entry.account(), entry.shownValue()), false,
                        entry.drillQuery()));
            }
        }
        return new PanelFigures.Table(String.join("\n", shown.stream().map(r -> r.name() + ": " + r.unit()).toList()),
                List.of("", ""), rows);
    }

    /** For tests: the counts line as shown, or null. */
    Label countsForTests() {
        return counts;
    }

    /** For tests: the tables, in order. */
    Table[] tablesForTests() {
        return Arrays.stream(tables).filter(Objects::nonNull).map(FiguresTable::control).toArray(Table[]::new);
    }

    /** Whether the panel's tables are all made and its chart, if it has one, is drawn at its size. */
    boolean isDrawn() {
        return unfinished == 0 && (chart == null || chart.control().isDisposed() || chart.isDrawn());
    }

    /** For tests: the chart as drawn, or null. */
    ChartView chartForTests() {
        return chart;
    }

    /** For tests: the rankings' table, or null. */
    Table rankingsForTests() {
        return rankings == null ? null : rankings.control();
    }

    Control control() {
        return group;
    }
}
