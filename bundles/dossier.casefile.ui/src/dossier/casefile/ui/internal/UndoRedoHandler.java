package dossier.casefile.ui.internal;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.IExecutableExtension;
import org.eclipse.emf.common.command.CommandStack;
import org.eclipse.ui.PlatformUI;

import dossier.casefile.ui.WorkspaceSession;

/** Edit &gt; Undo and Redo for every change to the research workspace (its one command stack). */
public final class UndoRedoHandler extends AbstractHandler implements IExecutableExtension {

    private boolean undo = true;

    @Override
    public void setInitializationData(IConfigurationElement config, String propertyName, Object data) {
        undo = !"redo".equals(data);
    }

    @Override
    public Object execute(ExecutionEvent event) {
        CommandStack commands = PlatformUI.getWorkbench().getService(WorkspaceSession.class).commands();
        if (commands != null) {
            if (undo && commands.canUndo()) {
                commands.undo();
            } else if (!undo && commands.canRedo()) {
                commands.redo();
            }
        }
        return null;
    }

    @Override
    public boolean isEnabled() {
        CommandStack commands = PlatformUI.getWorkbench().getService(WorkspaceSession.class).commands();
        return commands != null && (undo ? commands.canUndo() : commands.canRedo());
    }
}
