package dossier.casefile.ui;

import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;

import dossier.casefile.ui.internal.ItemEditorInput;
import dossier.casefile.ui.internal.ReaderEditor;

/** Opens items in the reader, for other views (search results, cross-references). */
public final class Reader {

    private Reader() {
    }

    /** Opens (or brings to front) the reader on an item and activates it. */
    public static IEditorPart open(IWorkbenchPage page, String itemId, String title) throws PartInitException {
        return page.openEditor(new ItemEditorInput(itemId, title), ReaderEditor.ID);
    }

    /** The id of the item in this editor if it is a reader, else null. */
    public static String itemId(IEditorPart editor) {
        return editor instanceof ReaderEditor && editor.getEditorInput() instanceof ItemEditorInput input
                ? input.itemId()
                : null;
    }
}
