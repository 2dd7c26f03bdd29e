package dossier.casefile.ui.internal;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.graphics.Point;
import org.eclipse.ui.IWorkbenchPart;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.handlers.HandlerUtil;

import dossier.casefile.CaseFileException;
import dossier.casefile.ProtectedMaterialException;
import dossier.casefile.ResearchWorkspace;
import dossier.casefile.ui.WorkspaceSession;
import dossier.model.casefile.CaseFile;

/** Clip Selection: files the reader's selected passage in a case file, as one undoable command. */
public final class ClipHandler extends AbstractHandler {

    @Override
    public Object execute(ExecutionEvent event) {
        IWorkbenchPart part = HandlerUtil.getActivePart(event);
        ResearchWorkspace workspace = PlatformUI.getWorkbench().getService(WorkspaceSession.class).workspace();
        if (!(part instanceof ReaderEditor reader) || workspace == null) {
            return null;
        }
        Point selection = reader.selection();
        if (selection == null) {
            MessageDialog.openInformation(reader.getSite().getShell(), ClipDialog.TITLE,
                    "Select the passage to clip first.");
            return null;
        }
        ClipDialog dialog = new ClipDialog(reader.getSite().getShell(), reader.selectedText(),
                workspace.caseFiles().stream().map(CaseFile::getTitle).toList());
        if (dialog.open() != Window.OK) {
            return null;
        }
        try {
            workspace.clipAt(reader.itemId(), reader.text(), selection.x, selection.y,
                    workspace.caseFileNamed(dialog.caseFile()),
                    dialog.tags(), dialog.note());
            reader.textWidget().setSelection(selection.y);
        } catch (CaseFileException | ProtectedMaterialException e) {
            MessageDialog.openError(reader.getSite().getShell(), ClipDialog.TITLE, "The passage was not clipped: "
                    + e.getMessage());
        }
        return null;
    }
}
