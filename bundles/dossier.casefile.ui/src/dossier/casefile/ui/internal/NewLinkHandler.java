package dossier.casefile.ui.internal;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.handlers.HandlerUtil;

import dossier.casefile.ResearchWorkspace;
import dossier.casefile.ui.WorkspaceSession;

/** New Link... (Ctrl+Alt+L): links the selected clip, item or case file to one chosen in a dialog. */
public final class NewLinkHandler extends AbstractHandler {

    @Override
    public Object execute(ExecutionEvent event) {
        ResearchWorkspace workspace = PlatformUI.getWorkbench().getService(WorkspaceSession.class).workspace();
        if (workspace == null) {
            return null;
        }
        Object selected = HandlerUtil.getCurrentStructuredSelection(event).getFirstElement();
        if (HandlerUtil.getActivePart(event) instanceof CrossReferencesView view) {
            selected = view.subject();
        }
        LinkDialog.open(HandlerUtil.getActiveShell(event), workspace, selected, null);
        return null;
    }
}
