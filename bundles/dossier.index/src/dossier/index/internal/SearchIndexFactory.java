package dossier.index.internal;

import java.io.IOException;

import dossier.casefile.ResearchWorkspace;
import dossier.casefile.WorkspaceServiceFactory;
import dossier.index.SearchIndex;

/** Opens the {@link SearchIndex} of a workspace on first use. */
public final class SearchIndexFactory implements WorkspaceServiceFactory {

    @Override
    public Object create(ResearchWorkspace workspace) throws IOException {
        return SearchIndex.open(workspace);
    }
}
