package dossier.casefile.ui;

import java.util.Objects;

import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IPersistableElement;

/** An editor input naming what it opens by its id: two inputs of the same kind and id open the same editor (case files, items, boards). */
public abstract class IdEditorInput implements IEditorInput {

    private final String id;
    private final String title;

    protected IdEditorInput(String id, String title) {
        this.id = id;
        this.title = title;
    }

    public String id() {
        return id;
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
    public <T> T getAdapter(Class<T> adapter) {
        return null;
    }

    @Override
    public boolean equals(Object other) {
        return other != null && other.getClass() == getClass() && ((IdEditorInput) other).id.equals(id);
    }

    @Override
    public int hashCode() {
        return Objects.hash(getClass(), id);
    }
}
