package dossier.boards.ui.internal;

import java.util.Objects;

import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IPersistableElement;

/** A board by its id: the same board opens in the same editor. */
public final class BoardEditorInput implements IEditorInput {

    private final String boardId;
    private final String name;

    public BoardEditorInput(String boardId, String name) {
        this.boardId = boardId;
        this.name = name;
    }

    String boardId() {
        return boardId;
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
        return name;
    }

    @Override
    public IPersistableElement getPersistable() {
        return null;
    }

    @Override
    public String getToolTipText() {
        return "Board " + name;
    }

    @Override
    public <T> T getAdapter(Class<T> adapter) {
        return null;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof BoardEditorInput input && input.boardId.equals(boardId);
    }

    @Override
    public int hashCode() {
        return Objects.hash(boardId);
    }
}
