package dossier.casefile.ui.annotations;

import org.eclipse.swt.widgets.Composite;

/**
 * A view over the item open in the reader, contributed to {@code dossier.casefile.ui.annotationViews}.
 * Dossier calls it on the UI thread: {@link #createControl} once, then {@link #show} whenever the
 * reader's item or its clips change (with null when no item is open).
 */
public interface AnnotationView {

    void createControl(Composite parent);

    /** Shows the item now in the reader, or an empty state for null. */
    void show(ReaderItem item);

    void setFocus();

    /** Frees what the view holds; its controls are disposed with the parent. */
    default void dispose() {
    }
}
