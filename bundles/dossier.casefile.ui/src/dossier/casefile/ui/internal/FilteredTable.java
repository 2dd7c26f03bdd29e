package dossier.casefile.ui.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.ConcurrentModificationException;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.layout.TableColumnLayout;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.ColumnWeightData;
import org.eclipse.jface.viewers.ILazyContentProvider;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.Text;

/**
 * A table of model rows with a filter field above (matching any column) and an optional hint of
 * what to do below; columns are sorted by a click on their header; columns share the width by weight, so nothing is
 * cut in a narrow pane. The table is virtual: only the rows on screen are made. Many rows are filtered and sorted in
 * a job, and the table holds at most {@value #ROWS_SHOWN_AT_MOST} of them (as the Problems view limits its items), saying
 * so: a case file of a million items never holds up the UI thread.
 */
final class FilteredTable<T> {

    /** Up to this many rows are filtered and sorted at once on the UI thread; more in a job. */
    static final int ROWS_ARRANGED_INLINE = 2_000;
    /** The table shows at most this many rows (a native table grows row by row); the filter reaches the others. */
    static final int ROWS_SHOWN_AT_MOST = 1_000;

    private final Class<T> rowType;
    private final Composite body;
    private final Text filter;
    private final Label limited;
    private final TableViewer viewer;
    private final TableColumnLayout columns = new TableColumnLayout();
    private final List<Function<T, String>> texts = new ArrayList<>();
    /** The rows in model order, and as shown (filtered, sorted). */
    private List<T> rows = List.of();
    private List<T> shown = List.of();
    private Comparator<T> order;
    private long arrangement;
    private Job arranging;

    FilteredTable(Composite parent, Class<T> rowType, String filterMessage, String hintText) {
        this.rowType = rowType;
        body = new Composite(parent, SWT.NONE);
        GridLayoutFactory.fillDefaults().margins(6, 6).applyTo(body);
        filter = new Text(body, SWT.SEARCH | SWT.ICON_SEARCH | SWT.ICON_CANCEL);
        filter.setMessage(filterMessage);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(filter);
        limited = new Label(body, SWT.WRAP);
        GridDataFactory.fillDefaults().grab(true, false).exclude(true).applyTo(limited);
        limited.setVisible(false);
        Composite tableHolder = new Composite(body, SWT.NONE);
        tableHolder.setLayout(columns);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(tableHolder);
        viewer = new TableViewer(tableHolder,
                SWT.VIRTUAL | SWT.MULTI | SWT.FULL_SELECTION | SWT.V_SCROLL | SWT.H_SCROLL | SWT.BORDER);
        viewer.getTable().setHeaderVisible(true);
        viewer.getTable().setLinesVisible(true);
        viewer.setContentProvider((ILazyContentProvider) index -> {
            if (index < shown.size()) {
                viewer.replace(shown.get(index), index);
            }
        });
        filter.addModifyListener(event -> arrange());
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

    private void sortBy(TableColumn column, Comparator<T> columnOrder) {
        Table table = viewer.getTable();
        int direction = table.getSortColumn() == column && table.getSortDirection() == SWT.UP ? SWT.DOWN : SWT.UP;
        table.setSortColumn(column);
        table.setSortDirection(direction);
        order = direction == SWT.UP ? columnOrder : columnOrder.reversed();
        arrange();
    }

    /** True while the rows show in their own (model) order, not sorted by a column. */
    boolean inModelOrder() {
        return order == null;
    }

    void show(List<T> modelRows) {
        if (viewer.getControl().isDisposed()) {
            return;
        }
        rows = modelRows;
        arrange();
    }

    /** Filters and sorts the rows: at once when they are few or need neither, else in a job that a newer one cancels. */
    private void arrange() {
        long run = ++arrangement;
        if (arranging != null) {
            arranging.cancel();
        }
        List<T> snapshot = rows;
        String wanted = filter.getText().strip().toLowerCase(Locale.ROOT);
        Comparator<T> sorting = order;
        if (snapshot.size() <= ROWS_ARRANGED_INLINE || (wanted.isEmpty() && sorting == null)) {
            display(arranged(snapshot, wanted, sorting, null));
            return;
        }
        arranging = Job.create(String.format(Locale.ROOT, "Filtering and sorting %,d rows", snapshot.size()),
                monitor -> {
                    List<T> result;
                    try {
                        result = arranged(snapshot, wanted, sorting, monitor);
                    } catch (ConcurrentModificationException e) {
                        return Status.CANCEL_STATUS; // the model changed meanwhile: its refresh arranges the rows again
                    }
                    if (result == null) {
                        return Status.CANCEL_STATUS;
                    }
                    viewer.getControl().getDisplay().asyncExec(() -> {
                        if (run == arrangement && !viewer.getControl().isDisposed()) {
                            display(result);
                        }
                    });
                    return Status.OK_STATUS;
                });
        arranging.setPriority(Job.SHORT);
        arranging.schedule();
    }

    /** The rows matching {@code wanted} in {@code sorting}'s order; null when cancelled. */
    private List<T> arranged(List<T> snapshot, String wanted, Comparator<T> sorting, IProgressMonitor monitor) {
        if (wanted.isEmpty() && sorting == null) {
            return snapshot;
        }
        List<T> result = new ArrayList<>();
        for (int i = 0; i < snapshot.size(); i++) {
            if (monitor != null && i % 10_000 == 0 && monitor.isCanceled()) {
                return null;
            }
            T row = snapshot.get(i);
            if (wanted.isEmpty() || matches(row, wanted)) {
                result.add(row);
            }
        }
        if (sorting != null) {
            result.sort(sorting);
        }
        return result;
    }

    private boolean matches(T row, String wanted) {
        for (Function<T, String> text : texts) {
            if (String.valueOf(text.apply(row)).toLowerCase(Locale.ROOT).contains(wanted)) {
                return true;
            }
        }
        return false;
    }

    private void display(List<T> arranged) {
        shown = arranged.size() <= ROWS_SHOWN_AT_MOST ? arranged : arranged.subList(0, ROWS_SHOWN_AT_MOST);
        viewer.setInput(shown);
        viewer.setItemCount(shown.size());
        viewer.getTable().clearAll();
        boolean cut = shown.size() < arranged.size();
        if (cut) {
            limited.setText(String.format(Locale.ROOT, "Showing the first %,d of %,d rows: type in the filter to find"
                    + " the others, or click a column to sort them all.", shown.size(), arranged.size()));
        }
        if (cut != limited.getVisible()) {
            limited.setVisible(cut);
            ((GridData) limited.getLayoutData()).exclude = !cut;
            body.layout(true);
        }
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
