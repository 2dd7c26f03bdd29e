package dossier.connector.ui.internal;

import java.util.List;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.edit.command.RemoveCommand;
import org.eclipse.ui.PlatformUI;

import dossier.casefile.ResearchWorkspace;
import dossier.casefile.ui.WorkspaceSession;
import dossier.model.casefile.CasefilePackage.Literals;
import dossier.model.casefile.Source;

/** Remove: the selected sources, as one command that Edit &gt; Undo takes back; their items stay. */
public final class RemoveSourcesHandler extends AbstractHandler {

    @Override
    public Object execute(ExecutionEvent event) {
        ResearchWorkspace workspace = PlatformUI.getWorkbench().getService(WorkspaceSession.class).workspace();
        List<Source> selected = SourceHandlers.selectedSources(event);
        if (workspace == null || selected.isEmpty()) {
            return null;
        }
        Command remove = RemoveCommand.create(workspace.editingDomain(), workspace.model(),
                Literals.WORKSPACE_MODEL__SOURCES, selected);
        workspace.editingDomain().getCommandStack().execute(remove);
        return null;
    }
}
