package dossier.team.cli.internal;

import dossier.casefile.ResearchWorkspace;
import dossier.cli.CommandContext;
import dossier.team.TeamCollection;
import dossier.team.TeamConnection;
import picocli.CommandLine.Command;

@Command(description = { "Disconnect the workspace from its team collection.",
        "What waits in the outbox stays in the workspace and is sent once it connects to that collection again; the"
                + " password stays in secure storage for your other workspaces." })
public final class TeamDisconnectCommand extends TeamCommand {

    @Override
    int run(CommandContext context, ResearchWorkspace workspace, TeamCollection team) throws Exception {
        TeamConnection was = team.connection().orElse(null);
        team.disconnect();
        context.out().println(was == null ? "the workspace has no team collection"
                : "disconnected from team collection '" + was.collection() + "'");
        return 0;
    }
}
