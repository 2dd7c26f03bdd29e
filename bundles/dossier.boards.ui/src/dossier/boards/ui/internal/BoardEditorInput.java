package dossier.boards.ui.internal;

import dossier.casefile.ui.IdEditorInput;

/** A board by its id: the same board opens in the same editor. */
public final class BoardEditorInput extends IdEditorInput {

    public BoardEditorInput(String boardId, String name) {
        super(boardId, name);
    }

    @Override
    public String getToolTipText() {
        return "Board " + getName();
    }
}
