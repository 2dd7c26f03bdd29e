package dossier.casefile.ui.annotations;

import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;

import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
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

    private final Class<T> rowType;
    private final Composite pages;
    private final StackLayout stack = new StackLayout();
    private final Label message;
    private final TableViewer table;

    public AnnotationTable(Composite parent, Class<T> rowType, Consumer<T> selected) {
        this.rowType = rowType;
        pages = new Composite(parent, SWT.NONE);
        pages.setLayout(stack);
        message = new Label(pages, SWT.WRAP);
        table = new TableViewer(pages, SWT.FULL_SELECTION | SWT.V_SCROLL | SWT.H_SCROLL | SWT.SINGLE);
        table.getTable().setHeaderVisible(true);
        table.getTable().setLinesVisible(true);
        table.setContentProvider(ArrayContentProvider.getInstance());
        Drags.ofSelection(table);
        table.addSelectionChangedListener(event -> {
            Object row = ((IStructuredSelection) event.getSelection()).getFirstElement();
            if (rowType.isInstance(row)) {
                selected.accept(rowType.cast(row));
            }
        });
    }

    /** Adds a column showing {@code text} of each row. */
    public AnnotationTable<T> column(String title, int width, Function<T, String> text) {
        TableViewerColumn column = new TableViewerColumn(table, SWT.LEFT);
        column.getColumn().setText(title);
        column.getColumn().setWidth(width);
        column.setLabelProvider(new ColumnLabelProvider() {
            @Override
            public String getText(Object element) {
                return text.apply(rowType.cast(element));
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
            stack.topControl = table.getControl();
        }
        pages.layout();
    }

    public void setFocus() {
        stack.topControl.setFocus();
    }
}
