package dossier.connector.ui.internal;

import java.util.List;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.handlers.HandlerUtil;

import dossier.casefile.ResearchWorkspace;
import dossier.casefile.ui.WorkspaceSession;
import dossier.connector.ConnectorDescriptor;
import dossier.model.casefile.Source;

/** Edit Source...: the selected source's name, parameters and schedule, as one undoable change. */
public final class EditSourceHandler extends AbstractHandler {

    static final String COMMAND = "dossier.connector.ui.editSource";

    @Override
    public Object execute(ExecutionEvent event) {
        ResearchWorkspace workspace = PlatformUI.getWorkbench().getService(WorkspaceSession.class).workspace();
        List<Source> selected = SourceHandlers.selectedSources(event);
        if (workspace == null || selected.isEmpty()) {
            return null;
        }
        Source source = selected.get(0);
        ConnectorDescriptor connector = SourceHandlers.connectors().find(source.getConnectorId()).orElse(null);
        if (connector == null) {
            MessageDialog.openInformation(HandlerUtil.getActiveShell(event), "Edit Source", "Source '"
                    + source.getName() + "' needs connector '" + source.getConnectorId()
                    + "', which is not installed; install its plugin to edit or fetch the source.");
            return null;
        }
        new WizardDialog(HandlerUtil.getActiveShell(event), SourceWizard.editing(workspace, connector, source)).open();
        return null;
    }
}
