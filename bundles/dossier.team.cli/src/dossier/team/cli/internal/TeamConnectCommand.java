package dossier.team.cli.internal;

import dossier.casefile.ResearchWorkspace;
import dossier.cli.CommandContext;
import dossier.team.TeamCollection;
import dossier.team.TeamConnection;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

@Command(description = { "Connect the workspace to a team collection on SolrCloud.",
        "Checks that the cluster answers, accepts the user and has the collection; the connection is kept in the"
                + " workspace (team/connection.json), the password in Eclipse secure storage." })
public final class TeamConnectCommand extends TeamCommand {

    @Mixin
    private ConnectionOptions options;

    @Override
    int run(CommandContext context, ResearchWorkspace workspace, TeamCollection team) throws Exception {
        TeamConnection connection = options.connection();
        team.connect(connection, password(connection.user()));
        context.out().printf("connected to team collection '%s' at %s%n", connection.collection(),
                String.join(", ", connection.urls()));
        return 0;
    }
}
