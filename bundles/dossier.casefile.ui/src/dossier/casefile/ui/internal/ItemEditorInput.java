package dossier.casefile.ui.internal;

import java.util.Objects;

import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IPersistableElement;

/** A captured item, opened in the reader by its id. */
public final class ItemEditorInput implements IEditorInput {

    private final String itemId;
    private final String title;

    public ItemEditorInput(String itemId, String title) {
        this.itemId = itemId;
        this.title = title == null || title.isBlank() ? itemId : title;
    }

    public String itemId() {
        return itemId;
    }

    @Override
    public boolean exists() {
        return true;
    }

    @Override
    public ImageDescriptor getImageDescriptor() {
        return null;
    }

    @Override
    public String getName() {
        return title;
    }

    @Override
    public IPersistableElement getPersistable() {
        return null;
    }

    @Override
    public String getToolTipText() {
        return title + " (" + itemId + ")";
    }

    @Override
    public <T> T getAdapter(Class<T> adapter) {
        return null;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ItemEditorInput input && input.itemId.equals(itemId);
    }

    @Override
    public int hashCode() {
        return Objects.hash(itemId);
    }
}
