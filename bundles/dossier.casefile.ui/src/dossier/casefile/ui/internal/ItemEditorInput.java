package dossier.casefile.ui.internal;

import dossier.casefile.ui.IdEditorInput;

/** A captured item, opened in the reader by its id. */
public final class ItemEditorInput extends IdEditorInput {

    public ItemEditorInput(String itemId, String title) {
        super(itemId, title == null || title.isBlank() ? itemId : title);
    }

    public String itemId() {
        return id();
    }

    @Override
    public String getToolTipText() {
        return getName() + " (" + itemId() + ")";
    }
}
