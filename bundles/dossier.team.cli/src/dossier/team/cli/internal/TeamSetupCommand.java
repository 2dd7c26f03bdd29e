package dossier.team.cli.internal;

import dossier.casefile.ResearchWorkspace;
import dossier.cli.CommandContext;
import dossier.team.TeamCollection;
import dossier.team.TeamConnection;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(description = { "Upload Dossier's configset and create the team collection (or update an existing one's"
        + " schema), then connect the workspace to it.",
        "The Solr schema is generated from the local index's fields, so the team collection searches as the local"
                + " index does." })
public final class TeamSetupCommand extends TeamCommand {

    @Mixin
    private ConnectionOptions options;

    @Option(names = "--shards", defaultValue = "1", paramLabel = "N", description = "Shards (default ${DEFAULT-VALUE})")
    private int shards;

    @Option(names = "--replicas", defaultValue = "1", paramLabel = "R",
            description = "Replicas of each shard (default ${DEFAULT-VALUE})")
    private int replicas;

    @Override
    int run(CommandContext context, ResearchWorkspace workspace, TeamCollection team) throws Exception {
        TeamConnection connection = options.connection();
        team.setup(connection, password(connection.user()), shards, replicas);
        context.out().printf("team collection '%s' is set up (%d shard%s x %d replica%s) and connected%n",
                connection.collection(), shards, shards == 1 ? "" : "s", replicas, replicas == 1 ? "" : "s");
        return 0;
    }
}
