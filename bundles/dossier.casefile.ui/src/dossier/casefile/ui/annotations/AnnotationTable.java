package dossier.casefile.ui.annotations;

import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;

import org.eclipse.jface.layout.TableColumnLayout;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnWeightData;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.ColumnViewerToolTipSupport;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StackLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;

import dossier.casefile.ui.internal.Drags;

/**
 * The usual body of an annotation view: a table of rows about the reader's item, or a message
 * saying why there are none. Selecting a row hands it to the view (to reveal it in the reader).
 */
public final class AnnotationTable<T> {

    private static final int MINIMUM_WIDTH = 72;

    private final Class<T> rowType;
    private final Composite pages;
    private final StackLayout stack = new StackLayout();
    private final Label message;
    private final TableViewer table;
    private final TableColumnLayout columns = new TableColumnLayout();

    public AnnotationTable(Composite parent, Class<T> rowType, Consumer<T> selected) {
        this.rowType = rowType;
        pages = new Composite(parent, SWT.NONE);
        pages.setLayout(stack);
        message = new Label(pages, SWT.WRAP);
        Composite tableHolder = new Composite(pages, SWT.NONE);
        tableHolder.setLayout(columns);
        table = new TableViewer(tableHolder, SWT.FULL_SELECTION | SWT.V_SCROLL | SWT.H_SCROLL | SWT.SINGLE);
        table.getTable().setHeaderVisible(true);
        table.getTable().setLinesVisible(true);
        table.setContentProvider(ArrayContentProvider.getInstance());
        ColumnViewerToolTipSupport.enableFor(table);
        Drags.ofSelection(table);
        table.addSelectionChangedListener(event -> {
            Object row = ((IStructuredSelection) event.getSelection()).getFirstElement();
            if (rowType.isInstance(row)) {
                selected.accept(rowType.cast(row));
            }
        });
    }

    /** Hands a row to {@code opened} on double-click or Enter (e.g. to search for it). */
    public AnnotationTable<T> onOpen(Consumer<T> opened) {
        table.addOpenListener(event -> {
            Object row = ((IStructuredSelection) event.getSelection()).getFirstElement();
            if (rowType.isInstance(row)) {
                opened.accept(rowType.cast(row));
            }
        });
        return this;
    }

    /**
     * Adds a column showing {@code text} of each row. Columns share the pane's width in proportion to
     * {@code width}, so that none is cut off in a narrow pane; each keeps a readable minimum, and a
     * cell's whole text shows as its tooltip.
     */
    public AnnotationTable<T> column(String title, int width, Function<T, String> text) {
        TableViewerColumn column = new TableViewerColumn(table, SWT.LEFT);
        column.getColumn().setText(title);
        columns.setColumnData(column.getColumn(), new ColumnWeightData(width, Math.min(width, MINIMUM_WIDTH), true));
        column.setLabelProvider(new ColumnLabelProvider() {
            @Override
            public String getText(Object element) {
                return text.apply(rowType.cast(element));
            }

            @Override
            public String getToolTipText(Object element) {
                return getText(element);
            }
        });
        return this;
    }

    /** Shows the rows, or {@code whenEmpty} if there are none. */
    public void show(List<T> rows, String whenEmpty) {
        if (rows.isEmpty()) {
            message.setText(whenEmpty);
            stack.topControl = message;
        } else {
            table.setInput(rows);
            stack.topControl = table.getControl().getParent();
        }
        pages.layout();
    }

    public void setFocus() {
        stack.topControl.setFocus();
    }
}
