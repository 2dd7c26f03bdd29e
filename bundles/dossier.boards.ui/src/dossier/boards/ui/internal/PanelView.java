package dossier.boards.ui.internal;

import java.util.function.Consumer;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Group;
import org.eclipse.swt.widgets.Label;
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
    private Composite content;
    private ChartView chart;
    private Table[] rankings = new Table[0];

    PanelView(Composite parent, Panel panel, String title, Consumer<String> drill) {
        this.panel = panel;
        this.drill = drill;
        group = new Group(parent, SWT.NONE);
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

    /** Shows the figures: the series as a chart, each ranking as a table; or why they could not be computed. */
    void show(PanelFigures figures, String error) {
        content.dispose();
        content = new Composite(group, SWT.NONE);
        chart = null;
        rankings = new Table[0];
        if (error != null) {
            content.setLayout(new FillLayout());
            new Label(content, SWT.WRAP).setText("Cannot show this panel: " + error);
        } else {
            group.setText(figures.title());
            int columns = (figures.series().isEmpty() ? 0 : 1) + figures.rankings().size();
            GridLayout layout = new GridLayout(Math.max(1, columns), true);
            content.setLayout(layout);
            if (!figures.series().isEmpty()) {
                chart = new ChartView(content, Charts.volume(figures, theme()), drawn -> drill.accept(
                        figures.series().get(drawn.series()).points().get(drawn.item()).drillQuery()));
                chart.control().setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
            }
            rankings = figures.rankings().stream().map(r -> table(content, r)).toArray(Table[]::new);
        }
        group.layout(true, true);
    }

    private Charts.Theme theme() {
        RGB background = group.getBackground().getRGB();
        return background.red + background.green + background.blue < 3 * 128 ? Charts.Theme.DARK : Charts.Theme.LIGHT;
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
