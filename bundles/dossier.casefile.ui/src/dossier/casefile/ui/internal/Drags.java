package dossier.casefile.ui.internal;

import org.eclipse.jface.util.LocalSelectionTransfer;
import org.eclipse.jface.viewers.StructuredViewer;
import org.eclipse.swt.dnd.DND;
import org.eclipse.swt.dnd.DragSourceAdapter;
import org.eclipse.swt.dnd.DragSourceEvent;
import org.eclipse.swt.dnd.Transfer;

import dossier.casefile.ui.SelectedTargets;

/** Lets the items and clips selected in a viewer be dragged within the workbench (e.g. onto a tag). */
public final class Drags {

    private Drags() {
    }

    public static void ofSelection(StructuredViewer viewer) {
        LocalSelectionTransfer transfer = LocalSelectionTransfer.getTransfer();
        viewer.addDragSupport(DND.DROP_COPY | DND.DROP_LINK, new Transfer[] { transfer }, new DragSourceAdapter() {
            @Override
            public void dragStart(DragSourceEvent event) {
                event.doit = !SelectedTargets.of(viewer.getSelection()).isEmpty();
                if (event.doit) {
                    transfer.setSelection(viewer.getSelection());
                    transfer.setSelectionSetTime(event.time & 0xFFFFFFFFL);
                }
            }

            @Override
            public void dragSetData(DragSourceEvent event) {
                event.data = transfer.getSelection();
            }

            @Override
            public void dragFinished(DragSourceEvent event) {
                transfer.setSelection(null);
            }
        });
    }
}
