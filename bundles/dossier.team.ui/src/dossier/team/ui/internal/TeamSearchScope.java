package dossier.team.ui.internal;

import java.io.IOException;
import java.util.List;
import java.util.Map;

import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.IMenuManager;
import org.eclipse.ui.IWorkbenchPartSite;

import dossier.casefile.ResearchWorkspace;
import dossier.index.QuerySyntaxException;
import dossier.index.SearchRequest;
import dossier.index.SearchResults;
import dossier.search.ui.SearchScope;
import dossier.team.TeamCollection;
import dossier.team.TeamException;

/** The Search view's "Team collection": offered while the workspace is connected to one; its results can be pulled. */
public final class TeamSearchScope implements SearchScope {

    @Override
    public boolean available(ResearchWorkspace workspace) {
        return connected(workspace);
    }

    /** Whether the workspace is connected to a team collection (no I/O). */
    static boolean connected(ResearchWorkspace workspace) {
        try {
            return workspace.service(TeamCollection.class).connection().isPresent();
        } catch (IOException e) {
            return false;
        }
    }

    @Override
    public Runnable watch(ResearchWorkspace workspace, Runnable changed) {
        try {
            return workspace.service(TeamCollection.class).watch(changed);
        } catch (IOException e) {
            return () -> {
            };
        }
    }

    @Override
    public SearchResults search(ResearchWorkspace workspace, SearchRequest request) throws Failure,
            QuerySyntaxException, IOException {
        try {
            return workspace.service(TeamCollection.class).search(request);
        } catch (TeamException e) {
            throw new Failure(e.getMessage(), e.unreachable());
        }
    }

    @Override
    public Map<String, String> titles(ResearchWorkspace workspace, List<String> ids) throws Failure, IOException {
        try {
            return workspace.service(TeamCollection.class).titles(ids);
        } catch (TeamException e) {
            throw new Failure(e.getMessage(), e.unreachable());
        }
    }

    @Override
    public void fillResultMenu(IMenuManager menu, IWorkbenchPartSite site, ResearchWorkspace workspace,
            List<String> selected) {
        menu.add(new Action("&Pull into Case File...") {
            @Override
            public void run() {
                PullJob.ask(site, workspace, selected);
            }
        });
    }
}
