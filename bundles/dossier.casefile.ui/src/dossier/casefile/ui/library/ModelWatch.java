package dossier.casefile.ui.library;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.Notifier;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.util.EContentAdapter;

import dossier.casefile.ResearchWorkspace;
import dossier.model.casefile.WorkspaceModel;

/**
 * Watches one containment reference of the workspace model (its sources, its saved searches): an object added or
 * removed, or anything in one changed. Only those objects are adapted, not the rest of the model. For a
 * {@link LibraryGroup#watch} that reads its entries again only when they can have changed.
 */
public final class ModelWatch {

    private ModelWatch() {
    }

    /**
     * Runs {@code changed} on the thread of each such change (undo and redo included); call on the UI thread. Returns
     * what stops watching, to run on the UI thread.
     */
    public static Runnable watch(ResearchWorkspace workspace, EReference reference, Runnable changed) {
        WorkspaceModel model = workspace.model();
        EContentAdapter adapter = new EContentAdapter() {
            @Override
            public void notifyChanged(Notification notification) {
                super.notifyChanged(notification);
                if (!notification.isTouch() && (notification.getNotifier() != model
                        || notification.getFeature() == reference)) {
                    changed.run();
                }
            }

            @Override
            protected void addAdapter(Notifier notifier) {
                if (notifier instanceof EObject object && within(model, object, reference)) {
                    super.addAdapter(notifier);
                }
            }
        };
        model.eAdapters().add(adapter);
        return () -> model.eAdapters().remove(adapter);
    }

    /** Whether the object is one of the model's objects under the reference, or inside one. */
    private static boolean within(WorkspaceModel model, EObject object, EReference reference) {
        EObject top = object;
        while (top != null && top.eContainer() != model) {
            top = top.eContainer();
        }
        return top != null && top.eContainmentFeature() == reference;
    }
}
