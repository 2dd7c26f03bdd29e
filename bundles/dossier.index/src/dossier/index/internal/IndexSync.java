package dossier.index.internal;

import java.io.IOException;

import dossier.casefile.ResearchWorkspace;
import dossier.casefile.WorkspaceListener;
import dossier.index.SearchIndex;

/**
 * Keeps a workspace's search index in step: an imported (or re-filed, re-tagged) item is indexed at once, the index
 * commits when the workspace saves and closes with it. Contributed to {@code dossier.casefile.listeners}; the index
 * is opened only when an item changes or a command asks for it.
 */
public final class IndexSync implements WorkspaceListener {

    @Override
    public void itemChanged(ResearchWorkspace workspace, String itemId) throws IOException {
        SearchIndex.of(workspace).update(itemId);
    }

    @Override
    public void saved(ResearchWorkspace workspace) throws IOException {
        SearchIndex index = SearchIndex.ifOpen(workspace);
        if (index != null) {
            index.commit();
        }
    }

    @Override
    public void closing(ResearchWorkspace workspace) throws IOException {
        SearchIndex index = SearchIndex.ifOpen(workspace);
        if (index != null) {
            index.close();
        }
    }
}
