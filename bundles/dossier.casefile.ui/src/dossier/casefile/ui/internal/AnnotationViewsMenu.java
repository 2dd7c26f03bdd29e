package dossier.casefile.ui.internal;

import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.ActionContributionItem;
import org.eclipse.jface.action.IContributionItem;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.actions.CompoundContributionItem;

import dossier.casefile.ui.annotations.AnnotationViews;

/** Window &gt; Annotations: one entry per contributed annotation view. */
public final class AnnotationViewsMenu extends CompoundContributionItem {

    @Override
    protected IContributionItem[] getContributionItems() {
        return AnnotationViews.all().stream().map(descriptor -> new ActionContributionItem(new Action(descriptor.label()) {
            @Override
            public void run() {
                IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
                try {
                    page.showView(AnnotationViewPart.ID, descriptor.id(), IWorkbenchPage.VIEW_ACTIVATE);
                } catch (PartInitException e) {
                    org.eclipse.core.runtime.ILog.of(AnnotationViewsMenu.class).error(e.getMessage(), e);
                }
            }
        })).toArray(IContributionItem[]::new);
    }
}
