package dossier.search.ui;

import java.io.IOException;
import java.util.List;
import java.util.Map;

import org.eclipse.jface.action.IMenuManager;
import org.eclipse.ui.IWorkbenchPartSite;

import dossier.casefile.ResearchWorkspace;
import dossier.index.QuerySyntaxException;
import dossier.index.SearchRequest;
import dossier.index.SearchResults;

/**
 * Somewhere else the Search view can search besides this workspace's index (a team collection, say), contributed
 * through the {@value SearchScopes#EXTENSION_POINT} extension point. The view offers its scopes beside the query field
 * while at least one is {@link #available}; results show as the local ones do (snippets, facets, near-duplicates).
 */
public interface SearchScope {

    /** A search that could not run: {@code unreachable} if the scope cannot be reached now (the view then shows this
     * workspace's results under the message), else a problem the user must fix (a wrong password, say). */
    final class Failure extends Exception {
        private static final long serialVersionUID = 1L;
        private final boolean unreachable;

        public Failure(String message, boolean unreachable) {
            super(message);
            this.unreachable = unreachable;
        }

        public boolean unreachable() {
            return unreachable;
        }
    }

    /** Whether the workspace can search this scope now; called on the UI thread, so it does no I/O. */
    boolean available(ResearchWorkspace workspace);

    /**
     * Runs {@code changed} (on any thread) whenever {@link #available} may have changed, until the returned runnable is
     * run. Called on the UI thread once the workspace is open.
     */
    Runnable watch(ResearchWorkspace workspace, Runnable changed);

    /** Searches the scope; called in a job, never on the UI thread. */
    SearchResults search(ResearchWorkspace workspace, SearchRequest request) throws Failure, QuerySyntaxException,
            IOException;

    /**
     * The titles of results by id (the near-duplicates grouped under a hit, say), as far as known; called in a job,
     * never on the UI thread.
     */
    default Map<String, String> titles(ResearchWorkspace workspace, List<String> ids) throws Failure, IOException {
        return Map.of();
    }

    /** Adds what can be done with the selected results (their ids) to their context menu; on the UI thread. */
    default void fillResultMenu(IMenuManager menu, IWorkbenchPartSite site, ResearchWorkspace workspace,
            List<String> selected) {
    }
}
