package dossier.casefile.ui.internal;

import org.eclipse.jface.dialogs.ErrorDialog;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;

import dossier.casefile.ResearchWorkspace;
import dossier.model.casefile.CaseFile;
import dossier.model.casefile.Clip;

/** Opens what views show: a case file in its editor, an item in the reader, a clip revealed in the reader. */
final class Opening {

    private Opening() {
    }

    static void caseFile(IWorkbenchPage page, CaseFile caseFile) {
        open(page, new CaseFileEditorInput(caseFile), CaseFileEditor.ID);
    }

    static ReaderEditor item(IWorkbenchPage page, String itemId, String title) {
        return open(page, new ItemEditorInput(itemId, title), ReaderEditor.ID) instanceof ReaderEditor reader ? reader
                : null;
    }

    static void clip(IWorkbenchPage page, Clip clip, String itemTitle) {
        ReaderEditor reader = item(page, clip.getItemId(), itemTitle);
        if (reader != null) {
            reader.revealRange(clip.getStart(), clip.getEnd());
        }
    }

    /** Opens whatever {@code id} names in this workspace. */
    static void target(IWorkbenchPage page, ResearchWorkspace workspace, ItemTitles titles, String id) {
        for (CaseFile caseFile : workspace.caseFiles()) {
            if (caseFile.getId().equals(id)) {
                caseFile(page, caseFile);
                return;
            }
        }
        var clip = workspace.clip(id);
        if (clip.isPresent()) {
            clip(page, clip.get(), titles.known(clip.get().getItemId()));
        } else {
            item(page, id, titles.known(id));
        }
    }

    private static IEditorPart open(IWorkbenchPage page, IEditorInput input, String editorId) {
        try {
            return page.openEditor(input, editorId);
        } catch (PartInitException e) {
            ErrorDialog.openError(page.getWorkbenchWindow().getShell(), "Cannot open " + input.getName(), null,
                    e.getStatus());
            return null;
        }
    }
}
