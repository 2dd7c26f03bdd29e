package dossier.team.ui.internal;

import java.io.IOException;

import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.ActionContributionItem;
import org.eclipse.jface.action.IContributionItem;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.actions.CompoundContributionItem;

import dossier.casefile.ResearchWorkspace;
import dossier.casefile.ui.WorkspaceSession;
import dossier.team.TeamCollection;
import dossier.team.TeamConnection;

/**
 * "Connect to Team Collection..." (the {@link ConnectDialog}) and, while connected, "Disconnect from Team Collection",
 * in the File menu and the Library's context menu.
 */
public final class ConnectionMenu extends CompoundContributionItem {

    static final String CONNECT = ConnectDialog.TITLE + "...";
    static final String DISCONNECT = "Disconnect from Team Collection";

    @Override
    protected IContributionItem[] getContributionItems() {
        IWorkbenchWindow window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
        ResearchWorkspace workspace = PlatformUI.getWorkbench().getService(WorkspaceSession.class).workspace();
        if (window == null || workspace == null) {
            return new IContributionItem[0];
        }
        TeamConnection connection = connection(workspace);
        Action connect = new Action(CONNECT) {
            @Override
            public void run() {
                new ConnectDialog(window.getShell(), workspace, connection(workspace)).open();
            }
        };
        connect.setToolTipText("Connect this workspace to a team collection on SolrCloud (or create one)");
        if (connection == null) {
            return new IContributionItem[] { new ActionContributionItem(connect) };
        }
        Action disconnect = new Action(DISCONNECT) {
            @Override
            public void run() {
                disconnect(window, workspace, connection);
            }
        };
        disconnect.setToolTipText("Stop publishing to and searching '" + connection.collection() + "'");
        return new IContributionItem[] { new ActionContributionItem(connect), new ActionContributionItem(disconnect) };
    }

    private static TeamConnection connection(ResearchWorkspace workspace) {
        try {
            return workspace.service(TeamCollection.class).connection().orElse(null);
        } catch (IOException e) {
            return null;
        }
    }

    private static void disconnect(IWorkbenchWindow window, ResearchWorkspace workspace, TeamConnection connection) {
        if (!MessageDialog.openConfirm(window.getShell(), DISCONNECT, "Disconnect this workspace from the team"
                + " collection '" + connection.collection() + "'?\n\nWhat waits in the outbox stays in the workspace and"
                + " is sent when you connect to it again.")) {
            return;
        }
        Job.create("Disconnecting from the team collection '" + connection.collection() + "'", monitor -> {
            try {
                workspace.service(TeamCollection.class).disconnect();
                return Status.OK_STATUS;
            } catch (IOException e) {
                return Status.error("Cannot disconnect from the team collection: " + e.getMessage(), e);
            }
        }).schedule();
    }
}
