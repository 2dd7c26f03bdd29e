package dossier.casefile.ui.internal;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.IExecutableExtension;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.program.Program;
import org.eclipse.ui.handlers.HandlerUtil;

/**
 * The reader's original: Show Original / Clean Text switches the reader between them ("toggle"),
 * Open Original in Browser hands the item's address to the desktop's browser ("browser").
 */
public final class ReaderOriginalHandler extends AbstractHandler implements IExecutableExtension {

    private boolean toggle = true;

    @Override
    public void setInitializationData(IConfigurationElement config, String propertyName, Object data) {
        toggle = !"browser".equals(data);
    }

    @Override
    public Object execute(ExecutionEvent event) {
        if (!(HandlerUtil.getActiveEditor(event) instanceof ReaderEditor reader)) {
            return null;
        }
        if (toggle) {
            reader.toggleOriginal();
        } else if (reader.url() == null) {
            MessageDialog.openInformation(HandlerUtil.getActiveShell(event), "Open Original in Browser",
                    "This item has no address to open.");
        } else if (!Program.launch(reader.url())) {
            MessageDialog.openError(HandlerUtil.getActiveShell(event), "Open Original in Browser",
                    "The desktop has no program to open " + reader.url());
        }
        return null;
    }
}
