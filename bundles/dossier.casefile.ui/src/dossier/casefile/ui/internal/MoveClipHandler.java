package dossier.casefile.ui.internal;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.IExecutableExtension;
import org.eclipse.ui.handlers.HandlerUtil;

/** Move Clip Up / Down (Alt+Up / Alt+Down) in the case file editor: one undoable move in the clips' order. */
public final class MoveClipHandler extends AbstractHandler implements IExecutableExtension {

    private int delta = -1;

    @Override
    public void setInitializationData(IConfigurationElement config, String propertyName, Object data) {
        delta = "down".equals(data) ? 1 : -1;
    }

    @Override
    public Object execute(ExecutionEvent event) {
        if (HandlerUtil.getActiveEditor(event) instanceof CaseFileEditor editor) {
            editor.moveSelectedClip(delta);
        }
        return null;
    }
}
