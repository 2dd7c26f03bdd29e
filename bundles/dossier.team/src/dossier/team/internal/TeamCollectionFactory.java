package dossier.team.internal;

import java.io.IOException;

import dossier.casefile.ResearchWorkspace;
import dossier.casefile.WorkspaceServiceFactory;
import dossier.team.TeamCollection;

/** Makes a workspace's {@link TeamCollection} (contributed to {@code dossier.casefile.services}). */
public final class TeamCollectionFactory implements WorkspaceServiceFactory {

    @Override
    public Object create(ResearchWorkspace workspace) throws IOException {
        return TeamCollection.create(workspace);
    }
}
