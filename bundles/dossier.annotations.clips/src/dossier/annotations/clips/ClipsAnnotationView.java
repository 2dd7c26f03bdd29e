package dossier.annotations.clips;

import java.util.List;
import java.util.stream.Collectors;

import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StackLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;

import dossier.casefile.ui.annotations.AnnotationView;
import dossier.casefile.ui.annotations.ReaderItem;
import dossier.model.casefile.CaseFile;
import dossier.model.casefile.Clip;
import dossier.model.casefile.Note;

/** Every clip on the item in the reader, with its case file, state, tags and notes; a click reveals it. */
public final class ClipsAnnotationView implements AnnotationView {

    static final String NO_ITEM = "Open an item from the Library: its clips and notes show here.";
    static final String NO_CLIPS = "No clips on this item yet. Select a passage in the reader and press Ctrl+Shift+C.";

    private Composite pages;
    private StackLayout stack;
    private Label message;
    private TableViewer table;
    private ReaderItem item;

    @Override
    public void createControl(Composite parent) {
        pages = new Composite(parent, SWT.NONE);
        stack = new StackLayout();
        pages.setLayout(stack);
        message = new Label(pages, SWT.WRAP);
        table = new TableViewer(pages, SWT.FULL_SELECTION | SWT.V_SCROLL | SWT.H_SCROLL | SWT.SINGLE);
        Table control = table.getTable();
        control.setHeaderVisible(true);
        control.setLinesVisible(true);
        column("Passage", 200, clip -> "\u201c" + flat(clip.getExact()) + "\u201d");
        column("Case file", 100, clip -> clip.eContainer() instanceof CaseFile c ? c.getTitle() : "");
        column("State", 80, clip -> clip.getState().getLiteral().toLowerCase());
        column("Tags and notes", 220, this::tagsAndNotes);
        table.setContentProvider(ArrayContentProvider.getInstance());
        table.addSelectionChangedListener(event -> {
            if (((IStructuredSelection) event.getSelection()).getFirstElement() instanceof Clip clip && item != null) {
                item.reveal().accept(clip.getStart());
            }
        });
        show(null);
    }

    private void column(String title, int width, java.util.function.Function<Clip, String> text) {
        TableViewerColumn column = new TableViewerColumn(table, SWT.LEFT);
        column.getColumn().setText(title);
        column.getColumn().setWidth(width);
        column.setLabelProvider(new ColumnLabelProvider() {
            @Override
            public String getText(Object element) {
                return text.apply((Clip) element);
            }
        });
    }

    private String tagsAndNotes(Clip clip) {
        List<String> tags = item.workspace().tagsOf(clip.getId());
        String notes = clip.eContainer() instanceof CaseFile c ? c.getNotes().stream()
                .filter(n -> n.getTargetId().equals(clip.getId())).map(Note::getText).collect(Collectors.joining("; "))
                : "";
        String tagText = tags.stream().map(t -> "#" + t).collect(Collectors.joining(" "));
        return (tagText + (notes.isEmpty() ? "" : (tagText.isEmpty() ? "" : "  ") + notes)).strip();
    }

    private static String flat(String text) {
        String flat = text.replaceAll("\\s+", " ");
        return flat.length() <= 120 ? flat : flat.substring(0, 119) + "\u2026";
    }

    @Override
    public void show(ReaderItem shown) {
        item = shown;
        if (shown == null || shown.clips().isEmpty()) {
            message.setText(shown == null ? NO_ITEM : NO_CLIPS);
            stack.topControl = message;
        } else {
            table.setInput(shown.clips());
            stack.topControl = table.getControl();
        }
        pages.layout();
    }

    @Override
    public void setFocus() {
        stack.topControl.setFocus();
    }
}
