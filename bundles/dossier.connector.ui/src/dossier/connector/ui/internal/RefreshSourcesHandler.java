package dossier.connector.ui.internal;

import java.util.List;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.handlers.HandlerUtil;

import dossier.casefile.ResearchWorkspace;
import dossier.casefile.ui.WorkspaceSession;
import dossier.model.casefile.Source;
import dossier.ui.DossierUI;

/** Refresh Now (F5): fetches the selected sources, or every source if none is selected, with the Progress view in sight. */
public final class RefreshSourcesHandler extends AbstractHandler {

    @Override
    public Object execute(ExecutionEvent event) throws ExecutionException {
        ResearchWorkspace workspace = PlatformUI.getWorkbench().getService(WorkspaceSession.class).workspace();
        if (workspace == null) {
            return null;
        }
        List<Source> selected = SourceHandlers.selectedSources(event);
        List<Source> sources = selected.isEmpty() ? List.copyOf(workspace.model().getSources()) : selected;
        if (sources.isEmpty()) {
            return null;
        }
        IWorkbenchWindow window = HandlerUtil.getActiveWorkbenchWindowChecked(event);
        try {
            window.getActivePage().showView(DossierUI.PROGRESS_VIEW, null, IWorkbenchPage.VIEW_VISIBLE);
        } catch (PartInitException e) {
            throw new ExecutionException("Cannot show the Progress view", e);
        }
        SourceFetches.refresh(workspace, sources, window.getShell().getDisplay());
        return null;
    }
}
