package dossier.connector.ui.internal;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.handlers.HandlerUtil;

import dossier.casefile.ResearchWorkspace;
import dossier.casefile.ui.WorkspaceSession;

/** New Source...: the wizard that picks a connector and fills in its parameters. */
public final class NewSourceHandler extends AbstractHandler {

    @Override
    public Object execute(ExecutionEvent event) {
        ResearchWorkspace workspace = PlatformUI.getWorkbench().getService(WorkspaceSession.class).workspace();
        if (workspace != null) {
            new WizardDialog(HandlerUtil.getActiveShell(event),
                    SourceWizard.adding(workspace, SourceHandlers.connectors().all())).open();
        }
        return null;
    }
}
