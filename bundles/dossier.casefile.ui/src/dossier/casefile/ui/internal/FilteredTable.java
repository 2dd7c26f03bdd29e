package dossier.casefile.ui.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.layout.TableColumnLayout;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.ColumnWeightData;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.jface.viewers.Viewer;
import org.eclipse.jface.viewers.ViewerComparator;
import org.eclipse.jface.viewers.ViewerFilter;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.Text;

/**
 * A table of model rows with a filter field above (matching any column) and an optional hint of
 * what to do below; columns are sorted by a click on their header; columns share the width by weight, so nothing is cut in a narrow pane.
 */
final class FilteredTable<T> {

    private final Class<T> rowType;
    private final Composite body;
    private final Text filter;
    private final TableViewer viewer;
    private final TableColumnLayout columns = new TableColumnLayout();
    private final List<Function<T, String>> texts = new ArrayList<>();

    FilteredTable(Composite parent, Class<T> rowType, String filterMessage, String hintText) {
        this.rowType = rowType;
        body = new Composite(parent, SWT.NONE);
        GridLayoutFactory.fillDefaults().margins(6, 6).applyTo(body);
        filter = new Text(body, SWT.SEARCH | SWT.ICON_SEARCH | SWT.ICON_CANCEL);
        filter.setMessage(filterMessage);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(filter);
        Composite tableHolder = new Composite(body, SWT.NONE);
        tableHolder.setLayout(columns);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(tableHolder);
        viewer = new TableViewer(tableHolder, SWT.MULTI | SWT.FULL_SELECTION | SWT.V_SCROLL | SWT.H_SCROLL | SWT.BORDER);
        viewer.getTable().setHeaderVisible(true);
        viewer.getTable().setLinesVisible(true);
        viewer.setContentProvider(ArrayContentProvider.getInstance());
        viewer.addFilter(new ViewerFilter() {
            @Override
            public boolean select(Viewer shown, Object parentElement, Object element) {
                String wanted = filter.getText().strip().toLowerCase(Locale.ROOT);
                return wanted.isEmpty() || texts.stream().anyMatch(
                        text -> String.valueOf(text.apply(rowType.cast(element))).toLowerCase(Locale.ROOT).contains(wanted));
            }
        });
        filter.addModifyListener(event -> viewer.refresh());
        if (hintText != null) {
            Label hint = new Label(body, SWT.WRAP);
            hint.setText(hintText);
            GridDataFactory.fillDefaults().grab(true, false).hint(200, SWT.DEFAULT).applyTo(hint);
        }
    }

    /** Adds a column of {@code text}, sorted by {@code order} (or by its text when null). */
    TableViewerColumn column(String title, int weight, int minimumWidth, Function<T, String> text, Comparator<T> order) {
        TableViewerColumn column = new TableViewerColumn(viewer, SWT.LEFT);
        column.getColumn().setText(title);
        columns.setColumnData(column.getColumn(), new ColumnWeightData(weight, minimumWidth, true));
        column.setLabelProvider(new ColumnLabelProvider() {
            @Override
            public String getText(Object element) {
                return text.apply(rowType.cast(element));
            }
        });
        texts.add(text);
        Comparator<T> sorting = order != null ? order
                : Comparator.comparing(row -> String.valueOf(text.apply(row)), String.CASE_INSENSITIVE_ORDER);
        column.getColumn().addListener(SWT.Selection, event -> sortBy(column.getColumn(), sorting));
        return column;
    }

    private void sortBy(TableColumn column, Comparator<T> order) {
        Table table = viewer.getTable();
        int direction = table.getSortColumn() == column && table.getSortDirection() == SWT.UP ? SWT.DOWN : SWT.UP;
        table.setSortColumn(column);
        table.setSortDirection(direction);
        Comparator<T> directed = direction == SWT.UP ? order : order.reversed();
        viewer.setComparator(new ViewerComparator() {
            @Override
            public int compare(Viewer shown, Object a, Object b) {
                return directed.compare(rowType.cast(a), rowType.cast(b));
            }
        });
    }

    /** True while the rows show in their own (model) order, not sorted by a column. */
    boolean inModelOrder() {
        return viewer.getComparator() == null;
    }

    void show(List<T> rows) {
        if (viewer.getControl().isDisposed()) {
            return;
        }
        viewer.setInput(rows);
    }

    TableViewer viewer() {
        return viewer;
    }

    Text filter() {
        return filter;
    }

    Composite control() {
        return body;
    }
}
