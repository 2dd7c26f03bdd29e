package dossier.team.cli.internal;

import java.util.LinkedHashMap;
import java.util.Map;

import dossier.casefile.ResearchWorkspace;
import dossier.cli.CommandContext;
import dossier.cli.JsonOption;
import dossier.team.TeamCollection;
import dossier.team.TeamStatus;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

@Command(description = "Print the team collection's live nodes, shards and replicas, documents, whether its schema"
        + " is this Dossier's, and how many documents wait in the workspace's outbox.")
public final class TeamStatusCommand extends TeamCommand {

    @Mixin
    private JsonOption json;

    @Override
    int run(CommandContext context, ResearchWorkspace workspace, TeamCollection team) throws Exception {
        TeamStatus status = team.status();
        if (json.isSet()) {
            Map<String, Object> map = new LinkedHashMap<>();
            map.put("collection", status.connection().collection());
            map.put("urls", status.connection().urls());
            map.put("user", status.connection().user());
            map.put("liveNodes", status.liveNodes());
            Map<String, Object> shards = new LinkedHashMap<>();
            status.shards().forEach(s -> shards.put(s.name(), s.replicas()));
            map.put("shards", shards);
            map.put("documents", status.documents());
            map.put("schemaCurrent", status.schemaCurrent());
            map.put("waiting", status.waiting());
            map.put("rejected", status.rejected());
            map.put("rejection", status.rejection());
            context.printJson(map);
            return 0;
        }
        var out = context.out();
        out.printf("collection: %s%s%n", status.connection().collection(), status.connection().user() == null ? ""
                : " (user " + status.connection().user() + ")");
        out.printf("live nodes: %s%n", String.join(", ", status.liveNodes()));
        for (TeamStatus.Shard shard : status.shards()) {
            out.printf("%s: %s%n", shard.name(), String.join("; ", shard.replicas()));
        }
        out.printf("documents:  %,d%n", status.documents());
        out.printf("schema:     %s%n", status.schemaCurrent() ? "this Dossier's"
                : "another version's (connect or publish update it when this Dossier only adds fields; else run"
                        + " 'dossier team setup' again)");
        out.printf("waiting:    %,d in the outbox%n", status.waiting());
        if (status.rejected() > 0) {
            out.printf("refused:    %,d set aside (sent again once changed, or after 'dossier team setup'): %s%n",
                    status.rejected(), status.rejection());
        }
        return 0;
    }
}
