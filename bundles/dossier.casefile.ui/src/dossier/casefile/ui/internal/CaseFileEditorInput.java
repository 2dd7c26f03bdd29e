package dossier.casefile.ui.internal;

import dossier.casefile.ui.IdEditorInput;
import dossier.model.casefile.CaseFile;

/** A case file, opened in the case file editor by its id. */
public final class CaseFileEditorInput extends IdEditorInput {

    public CaseFileEditorInput(CaseFile caseFile) {
        super(caseFile.getId(), caseFile.getTitle());
    }

    public String caseFileId() {
        return id();
    }

    @Override
    public String getToolTipText() {
        return "Case file " + getName();
    }
}
