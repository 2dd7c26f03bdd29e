package dossier.index.internal;

import dossier.casefile.ResearchWorkspace;
import dossier.casefile.WorkspaceServiceFactory;
import dossier.index.SearchIndex;

/** Makes the {@link IndexSync} of a workspace, which starts with it. */
public final class IndexSyncFactory implements WorkspaceServiceFactory {

    @Override
    public Object create(ResearchWorkspace workspace) {
        return new IndexSync(workspace, () -> SearchIndex.of(workspace));
    }
}
