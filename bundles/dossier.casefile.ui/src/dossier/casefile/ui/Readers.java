package dossier.casefile.ui;

import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;

import dossier.casefile.ui.internal.ItemEditorInput;
import dossier.casefile.ui.internal.ReaderEditor;

/** Opens items in the reader, for views of other bundles (in-trays, search results). */
public final class Readers {

    private Readers() {
    }

    /** Opens (or brings to the front) the reader on an item; {@code title} names its tab (the id if null). */
    public static IEditorPart open(IWorkbenchPage page, String itemId, String title) throws PartInitException {
        return page.openEditor(new ItemEditorInput(itemId, title), ReaderEditor.ID);
    }
}
