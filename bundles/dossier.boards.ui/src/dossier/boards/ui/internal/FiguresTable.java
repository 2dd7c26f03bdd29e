package dossier.boards.ui.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Font;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;

import dossier.boards.PanelFigures;

/**
 * A panel's table fitted to its cell, so that nothing is cut at the right: every column but the first as wide as its
 * content (as GTK packs it), the first (a name or title) the room left, down to a quarter of the table or its content
 * if narrower. A headed table (its columns' names above) that cannot fit so shows each row as a record: its first cell
 * in bold, then a line a column, the column's name and the cell (the names' column as wide as the names, the cells'
 * the rest). A plain table (the stacked rankings: headings marked, then their entries) stays in rows, its last column
 * cut to what is left. A cell too long for its column (a long title) shows whole in the tooltip. Marked rows are in
 * bold; double-click on a row that has a query drills.
 */
final class FiguresTable {

    /** The room a column takes beyond its text (GTK's cell padding), for the records' names and cut cells. */
    private static final int COLUMN_MARGIN = 16;

    private final Table table;
    private final boolean headed;
    private PanelFigures.Table figures;
    /** Whether the rows show as records; null while nothing is shown. */
    private Boolean records;
    /** The columns' widths as rows, packed once per figures shown; null until measured. */
    private int[] widths;

    /** {@code headed}: the columns' names show above them, and rows turn into records when the columns do not fit. */
    FiguresTable(Composite parent, PanelFigures.Table figures, boolean headed, Consumer<String> drill) {
        table = new Table(parent, SWT.BORDER | SWT.FULL_SELECTION | SWT.SINGLE);
        this.headed = headed;
        this.figures = figures;
        table.addListener(SWT.Resize, e -> fit());
        table.addListener(SWT.MouseMove, e -> {
            String tip = cutCellAt(new Point(e.x, e.y));
            if (!tip.equals(table.getToolTipText())) {
                table.setToolTipText(tip);
            }
        });
        drillOnDoubleClick(table, drill);
        fit();
    }

    /** Double-click on a row whose data is a query drills to it. */
    private static void drillOnDoubleClick(Table table, Consumer<String> drill) {
        table.addListener(SWT.DefaultSelection, e -> {
            if (e.item != null && e.item.getData() instanceof String query) {
                drill.accept(query);
            }
        });
    }

    /** The bold font of marked rows and headings. */
    private static Font bold() {
        return JFaceResources.getFontRegistry().getBold(JFaceResources.DEFAULT_FONT);
    }

    Table control() {
        return table;
    }

    /** Shows these figures (of the same columns) in place of those shown. */
    void fill(PanelFigures.Table shown) {
        figures = shown;
        widths = null;
        fit();
    }

    /** Shows the rows as rows or as records, whichever the table's width takes, and sizes the columns. */
    private void fit() {
        int width = table.getClientArea().width;
        table.setRedraw(false);
        if (widths == null) {
            show(false);
            widths = new int[table.getColumnCount()];
            for (int i = 0; i < widths.length; i++) {
                table.getColumn(i).pack();
                widths[i] = table.getColumn(i).getWidth();
            }
        }
        int others = 0;
        for (int i = 1; i < widths.length; i++) {
            others += widths[i];
        }
        int first = Math.max(Math.min(widths[0], width / 4), width - others);
        boolean asRecords = headed && width > 0 && others + first > width;
        show(asRecords);
        if (asRecords) {
            int namesWidth = Math.min(namesWidth(), width / 2);
            table.getColumn(0).setWidth(namesWidth);
            table.getColumn(1).setWidth(Math.max(0, width - namesWidth));
        } else {
            table.getColumn(0).setWidth(first);
            int left = width - first;
            for (int i = 1; i < widths.length; i++) {
                table.getColumn(i).setWidth(Math.max(0, Math.min(widths[i], left)));
                left -= widths[i];
            }
        }
        table.setRedraw(true);
    }

    /** Shows the figures as records or as rows, unless they show so already. */
    private void show(boolean asRecords) {
        if (Boolean.valueOf(asRecords).equals(records) && widths != null) {
            return;
        }
        records = asRecords;
        for (TableColumn column : table.getColumns()) {
            column.dispose();
        }
        table.setToolTipText(figures.name());
        Font bold = bold();
        List<String[]> texts = new ArrayList<>();
        List<Font> fonts = new ArrayList<>();
        List<String> queries = new ArrayList<>();
        table.setHeaderVisible(headed && !asRecords);
        if (asRecords) {
            new TableColumn(table, SWT.NONE);
            new TableColumn(table, SWT.NONE);
            for (PanelFigures.Row row : figures.rows()) {
                texts.add(new String[] { row.cells().get(0), "" });
                fonts.add(bold);
                queries.add(row.drillQuery());
                for (int i = 1; i < figures.columns().size(); i++) {
                    texts.add(new String[] { figures.columns().get(i), row.cells().get(i) });
                    fonts.add(row.marked() ? bold : null);
                    queries.add(row.drillQuery());
                }
            }
        } else {
            for (int i = 0; i < figures.columns().size(); i++) {
                new TableColumn(table, i == 0 || headed ? SWT.NONE : SWT.RIGHT).setText(figures.columns().get(i));
            }
            for (PanelFigures.Row row : figures.rows()) {
                texts.add(row.cells().toArray(String[]::new));
                fonts.add(row.marked() ? bold : null);
                queries.add(row.drillQuery());
            }
        }
        table.setItemCount(texts.size());
        for (int i = 0; i < texts.size(); i++) {
            TableItem item = table.getItem(i);
            item.setText(texts.get(i));
            item.setFont(fonts.get(i));
            item.setData(queries.get(i));
        }
    }

    /** The width of the columns' names (but the first's) as records show them (in bold in a marked row's). */
    private int namesWidth() {
        GC gc = new GC(table);
        try {
            if (figures.rows().stream().anyMatch(PanelFigures.Row::marked)) {
                gc.setFont(bold());
            }
            int widest = 0;
            for (String name : figures.columns().subList(1, figures.columns().size())) {
                widest = Math.max(widest, gc.textExtent(name).x);
            }
            return widest + COLUMN_MARGIN;
        } finally {
            gc.dispose();
        }
    }

    /** The text of the cell at {@code point} if its column cuts it, else the table's name. */
    private String cutCellAt(Point point) {
        TableItem item = table.getItem(point);
        if (item != null) {
            for (int i = 0; i < table.getColumnCount(); i++) {
                if (item.getBounds(i).contains(point)) {
                    GC gc = new GC(table);
                    try {
                        gc.setFont(item.getFont());
                        if (gc.textExtent(item.getText(i)).x + COLUMN_MARGIN / 2 > item.getBounds(i).width) {
                            return item.getText(i);
                        }
                    } finally {
                        gc.dispose();
                    }
                }
            }
        }
        return figures.name();
    }
}
