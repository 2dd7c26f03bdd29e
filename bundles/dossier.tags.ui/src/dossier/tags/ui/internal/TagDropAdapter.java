package dossier.tags.ui.internal;

import java.util.List;
import java.util.function.Supplier;

import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.util.LocalSelectionTransfer;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.Viewer;
import org.eclipse.jface.viewers.ViewerDropAdapter;
import org.eclipse.swt.dnd.DND;
import org.eclipse.swt.dnd.DropTargetEvent;
import org.eclipse.swt.dnd.TransferData;

import dossier.casefile.CaseFileException;
import dossier.casefile.Tagging;
import dossier.casefile.Target;
import dossier.casefile.ui.SelectedTargets;
import dossier.model.casefile.Tag;

/** Items (from the Library) and clips (from the Annotations view) dropped on a tag are tagged with it: one command. */
final class TagDropAdapter extends ViewerDropAdapter {

    private final Supplier<Tagging> tagging;

    TagDropAdapter(Viewer viewer, Supplier<Tagging> tagging) {
        super(viewer);
        this.tagging = tagging;
        setFeedbackEnabled(false);
    }

    @Override
    public void dragEnter(DropTargetEvent event) {
        chooseOperation(event);
        super.dragEnter(event);
    }

    @Override
    public void dragOperationChanged(DropTargetEvent event) {
        chooseOperation(event);
        super.dragOperationChanged(event);
    }

    /**
     * A drag without modifier keys arrives as DROP_DEFAULT, for the target to turn into an operation the source offers
     * (kept as it is, SWT refuses the drop): tagging copies what is dropped, or links it if the source offers only that.
     */
    private static void chooseOperation(DropTargetEvent event) {
        if (event.detail == DND.DROP_DEFAULT) {
            event.detail = (event.operations & DND.DROP_COPY) != 0 ? DND.DROP_COPY : DND.DROP_LINK;
        }
    }

    @Override
    public boolean validateDrop(Object target, int operation, TransferData type) {
        return target instanceof Tag && LocalSelectionTransfer.getTransfer().isSupportedType(type)
                && !SelectedTargets.of(LocalSelectionTransfer.getTransfer().getSelection()).isEmpty();
    }

    @Override
    public boolean performDrop(Object data) {
        return getCurrentTarget() instanceof Tag tag && drop(tag, LocalSelectionTransfer.getTransfer().getSelection());
    }

    /** Tags what the selection holds with {@code tag}; false if it holds no items or clips. */
    boolean drop(Tag tag, ISelection selection) {
        List<String> ids = SelectedTargets.of(selection).stream().map(Target::id).toList();
        Tagging current = tagging.get();
        if (ids.isEmpty() || current == null) {
            return false;
        }
        try {
            current.tag(tag, ids);
            return true;
        } catch (CaseFileException e) {
            MessageDialog.openError(getViewer().getControl().getShell(), "Cannot Tag", e.getMessage());
            return false;
        }
    }
}
