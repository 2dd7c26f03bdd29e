package dossier.casefile;

import org.eclipse.emf.edit.domain.EditingDomain;

import dossier.model.casefile.WorkspaceModel;

/** One concern of a {@link ResearchWorkspace} (case files, annotations, links, sources), changing its model. */
abstract class WorkspaceRoom {

    final ResearchWorkspace workspace;
    final EditingDomain domain;
    final WorkspaceModel model;

    WorkspaceRoom(ResearchWorkspace workspace) {
        this.workspace = workspace;
        this.domain = workspace.editingDomain();
        this.model = workspace.model();
    }
}
