package dossier.boards.ui.internal;

import java.util.function.Consumer;
import java.util.function.Supplier;

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
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;

import dossier.boards.PanelFigures;
import dossier.boards.charts.Charts;
import dossier.model.casefile.Panel;

/** One panel of the board editor: a titled group showing its chart or rankings once computed. */
final class PanelView {

    private final Panel panel;
    private final Group group;
    private final Consumer<String> drill;
    private final Consumer<Control> draggable;
    private Composite content;
    private ChartView chart;
    private Table[] rankings = new Table[0];
    private Table[] tables = new Table[0];
    private Label counts;
    /** Tables of the figures shown still to be made, one a turn of the event loop. */
    private int unfinished;
    private PanelFigures shownFigures;
    private String shownError;

    /** {@code draggable} makes a control of the panel (its title, counts and chart) drag the panel. */
    PanelView(Composite parent, Panel panel, String title, Consumer<String> drill, Consumer<Control> draggable) {
        this.panel = panel;
        this.drill = drill;
        this.draggable = draggable;
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

    /**
     * Shows the figures: the series as a chart, each ranking as a table; or why they could not be computed. The
     * tables are made in later turns of the event loop, one a turn, so that a panel of several does not stall it.
     */
    void show(PanelFigures figures, String error) {
        shownFigures = figures;
        shownError = error;
        content.dispose();
        content = new Composite(group, SWT.NONE);
        chart = null;
        rankings = new Table[0];
        tables = new Table[0];
        counts = null;
        unfinished = 0;
        if (error != null) {
            content.setLayout(new FillLayout());
            new Label(content, SWT.WRAP).setText("Cannot show this panel: " + error);
        } else {
            group.setText(figures.title());
            int columns = Math.max(1, (figures.series().isEmpty() ? 0 : 1) + figures.rankings().size()
                    + figures.tables().size());
            GridLayout layout = new GridLayout(columns, true);
            content.setLayout(layout);
            if (!figures.counts().isEmpty()) {
                counts = new Label(content, SWT.NONE);
                counts.setText(figures.countsLine());
                counts.setFont(org.eclipse.jface.resource.JFaceResources.getBannerFont());
                counts.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false, columns, 1));
                draggable.accept(counts);
            }
            if (!figures.series().isEmpty()) {
                Charts.Theme theme = theme();
                chart = new ChartView(content, () -> Charts.volume(figures, theme), drawn -> {
                    String query = figures.series().get(drawn.series()).points().get(drawn.item()).drillQuery();
                    if (query != null) {
                        drill.accept(query);
                    }
                });
                chart.control().setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
                draggable.accept(chart.control());
            }
            Composite into = content;
            Table[] madeRankings = rankings = new Table[figures.rankings().size()];
            for (int i = 0; i < madeRankings.length; i++) {
                PanelFigures.Ranking ranking = figures.rankings().get(i);
                int at = i;
                later(into, () -> madeRankings[at] = table(into, ranking));
            }
            Table[] madeTables = tables = new Table[figures.tables().size()];
            for (int i = 0; i < madeTables.length; i++) {
                PanelFigures.Table table = figures.tables().get(i);
                int at = i;
                later(into, () -> madeTables[at] = table(into, table));
            }
        }
        group.layout(true, true);
        menuOn(content);
    }

    /** Makes a table of the content in a later turn of the event loop, unless the content was replaced by then. */
    private void later(Composite into, Supplier<Table> make) {
        unfinished++;
        into.getDisplay().asyncExec(() -> {
            if (into.isDisposed()) {
                return;
            }
            Table made = make.get();
            into.layout(true, true);
            menuOn(made);
            unfinished--;
        });
    }

    /**
     * The panel's menu on a right-click anywhere in a control of it; shown, not set on the control, since a control
     * disposes the menu set on it when it goes, and the panel's content is replaced on each computation.
     */
    private void menuOn(Control control) {
        Menu menu = group.getMenu();
        if (menu == null) {
            return;
        }
        control.addListener(SWT.MenuDetect, e -> {
            if (!menu.isDisposed()) {
                menu.setLocation(e.x, e.y);
                menu.setVisible(true);
            }
            e.doit = false;
        });
        if (control instanceof Composite composite) {
            for (Control child : composite.getChildren()) {
                menuOn(child);
            }
        }
    }

    /** Shows the same figures again in the panel's current colours (after a theme change). */
    void restyle() {
        if (shownFigures != null || shownError != null) {
            show(shownFigures, shownError);
        }
    }

    /** The chart's colours: the panel's own background and text colours, as the workbench theme sets them. */
    private Charts.Theme theme() {
        return Charts.Theme.of(awt(group.getBackground().getRGB()), awt(group.getForeground().getRGB()));
    }

    private static java.awt.Color awt(RGB rgb) {
        return new java.awt.Color(rgb.red, rgb.green, rgb.blue);
    }

    private Table table(Composite parent, PanelFigures.Ranking ranking) {
        Table table = new Table(parent, SWT.BORDER | SWT.FULL_SELECTION | SWT.SINGLE);
        table.setHeaderVisible(true);
        table.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        TableColumn account = new TableColumn(table, SWT.NONE);
        account.setText(ranking.name());
        TableColumn figure = new TableColumn(table, SWT.RIGHT);
        figure.setText(ranking.unit());
        figure.setToolTipText(ranking.unit());
        for (PanelFigures.Entry entry : ranking.entries()) {
            TableItem item = new TableItem(table, SWT.NONE);
            item.setText(new String[] { entry.account(), entry.shownValue() });
            item.setData(entry.drillQuery());
        }
        figure.pack();
        int packed = figure.getWidth();
        table.addListener(SWT.Resize, e -> {
            int width = table.getClientArea().width;
            int shown = Math.min(packed, width / 2);
            figure.setWidth(shown);
            account.setWidth(Math.max(0, width - shown));
        });
        table.addListener(SWT.DefaultSelection, e -> {
            if (e.item != null && e.item.getData() instanceof String query) {
                drill.accept(query);
            }
        });
        return table;
    }

    /** A table of the figures: its columns, its rows (marked ones in bold); double-click drills where a row can. */
    private Table table(Composite parent, PanelFigures.Table figures) {
        Table table = new Table(parent, SWT.BORDER | SWT.FULL_SELECTION | SWT.SINGLE);
        table.setHeaderVisible(true);
        table.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        table.setToolTipText(figures.name());
        figures.columns().forEach(name -> new TableColumn(table, SWT.NONE).setText(name));
        org.eclipse.swt.graphics.Font bold = org.eclipse.jface.resource.JFaceResources.getFontRegistry()
                .getBold(org.eclipse.jface.resource.JFaceResources.DEFAULT_FONT);
        for (PanelFigures.Row row : figures.rows()) {
            TableItem item = new TableItem(table, SWT.NONE);
            item.setText(row.cells().toArray(String[]::new));
            item.setData(row.drillQuery());
            if (row.marked()) {
                item.setFont(bold);
            }
        }
        for (TableColumn column : table.getColumns()) {
            column.pack();
        }
        table.addListener(SWT.DefaultSelection, e -> {
            if (e.item != null && e.item.getData() instanceof String query) {
                drill.accept(query);
            }
        });
        return table;
    }

    /** For tests: the counts line as shown, or null. */
    Label countsForTests() {
        return counts;
    }

    /** For tests: the tables, in order. */
    Table[] tablesForTests() {
        return tables;
    }

    /** Whether the panel's tables are all made and its chart, if it has one, is drawn at its size. */
    boolean isDrawn() {
        return unfinished == 0 && (chart == null || chart.control().isDisposed() || chart.isDrawn());
    }

    /** For tests: the chart as drawn, or null. */
    ChartView chartForTests() {
        return chart;
    }

    /** For tests: the ranking tables, in order. */
    Table[] rankingsForTests() {
        return rankings;
    }

    Control control() {
        return group;
    }
}
