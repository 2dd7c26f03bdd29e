package dossier.boards.ui;

import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;

import dossier.boards.ui.internal.BoardEditor;
import dossier.boards.ui.internal.BoardEditorInput;
import dossier.model.casefile.Board;

/** The board editor for other bundles (the UI benchmark): opening a board, and whether its panels are computed. */
public final class BoardsUI {

    private BoardsUI() {
    }

    /** Opens a board in the board editor (or brings its editor forward); call on the UI thread. */
    public static IEditorPart open(IWorkbenchPage page, Board board) throws PartInitException {
        return page.openEditor(new BoardEditorInput(board.getId(), board.getName()), BoardEditor.ID);
    }

    /** Whether {@code editor} is a board editor whose panels all show what the index holds now. */
    public static boolean isComputed(IEditorPart editor) {
        return editor instanceof BoardEditor board && board.isComputed();
    }
}
