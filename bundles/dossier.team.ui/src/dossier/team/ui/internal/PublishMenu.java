package dossier.team.ui.internal;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.Adapters;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.ActionContributionItem;
import org.eclipse.jface.action.IContributionItem;
import org.eclipse.jface.action.IStatusLineManager;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.ui.IViewPart;
import org.eclipse.ui.IWorkbenchPart;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.actions.CompoundContributionItem;

import dossier.casefile.ResearchWorkspace;
import dossier.casefile.ui.WorkspaceSession;
import dossier.casefile.ui.library.LibraryGroup;
import dossier.model.casefile.CaseFile;
import dossier.team.PublishSelection;

/**
 * "Publish to Team Collection" in the Library's context menu, on case files, sources and saved searches, while the
 * workspace is connected to a team collection; it runs a {@link PublishJob}.
 */
public final class PublishMenu extends CompoundContributionItem {

    static final String LABEL = "Publish to Team Collection";
    /** The Library groups whose entries can be published (see dossier.connector.ui and dossier.search.ui). */
    private static final String SOURCES = "dossier.connector.ui.sources";
    private static final String SAVED_SEARCHES = "dossier.search.ui.savedSearches";

    @Override
    protected IContributionItem[] getContributionItems() {
        IWorkbenchWindow window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
        ResearchWorkspace workspace = PlatformUI.getWorkbench().getService(WorkspaceSession.class).workspace();
        if (window == null || workspace == null || !TeamSearchScope.connected(workspace)) {
            return new IContributionItem[0];
        }
        List<PublishJob.Part> parts = parts(window.getSelectionService().getSelection());
        if (parts.isEmpty()) {
            return new IContributionItem[0];
        }
        IWorkbenchPart active = window.getActivePage().getActivePart();
        IStatusLineManager statusLine = active instanceof IViewPart view
                ? view.getViewSite().getActionBars().getStatusLineManager() : null;
        Action publish = new Action(LABEL) {
            @Override
            public void run() {
                new PublishJob(workspace, parts, statusLine, window.getShell().getDisplay()).schedule();
            }
        };
        publish.setToolTipText("Send what is new or changed to the team collection; what the cluster cannot take now"
                + " waits in the outbox");
        return new IContributionItem[] { new ActionContributionItem(publish) };
    }

    /** What the selection holds that can be published: case files, sources, saved searches; empty if anything else. */
    static List<PublishJob.Part> parts(ISelection selection) {
        List<PublishJob.Part> parts = new ArrayList<>();
        if (!(selection instanceof IStructuredSelection structured)) {
            return parts;
        }
        for (Object element : structured.toList()) {
            LibraryGroup.Selected entry = Adapters.adapt(element, LibraryGroup.Selected.class);
            if (element instanceof CaseFile caseFile) {
                String title = caseFile.getTitle();
                parts.add(new PublishJob.Part("case file '" + title + "'", w -> PublishSelection.caseFile(w, title)));
            } else if (entry != null && entry.group().equals(SOURCES)) {
                String source = entry.entry().id();
                parts.add(new PublishJob.Part("source '" + entry.entry().label() + "'",
                        w -> PublishSelection.source(w, source)));
            } else if (entry != null && entry.group().equals(SAVED_SEARCHES)) {
                String name = entry.entry().label();
                parts.add(new PublishJob.Part("saved search '" + name + "'", w -> PublishSelection.savedSearch(w,
                        name)));
            } else {
                return List.of();
            }
        }
        return parts;
    }
}
