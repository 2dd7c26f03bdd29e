package dossier.casefile.ui.internal;

import java.util.Objects;

import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IPersistableElement;

import dossier.model.casefile.CaseFile;

/** A case file, opened in the case file editor by its id. */
public final class CaseFileEditorInput implements IEditorInput {

    private final String caseFileId;
    private final String title;

    public CaseFileEditorInput(CaseFile caseFile) {
        this.caseFileId = caseFile.getId();
        this.title = caseFile.getTitle();
    }

    public String caseFileId() {
        return caseFileId;
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
        return "Case file " + title;
    }

    @Override
    public <T> T getAdapter(Class<T> adapter) {
        return null;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof CaseFileEditorInput input && input.caseFileId.equals(caseFileId);
    }

    @Override
    public int hashCode() {
        return Objects.hash(caseFileId);
    }
}
