package dossier.index.cli.internal;

import java.util.LinkedHashMap;
import java.util.Map;

import dossier.casefile.ResearchWorkspace;
import dossier.cli.CommandContext;
import dossier.cli.JsonOption;
import dossier.index.IndexStatus;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

@Command(description = "Print the search index's document count, the store's item count, the index version and"
        + " its last commit.")
public final class IndexStatusCommand extends IndexCommand {

    @Mixin
    private JsonOption json;

    @Override
    protected int run(CommandContext context, ResearchWorkspace workspace) throws Exception {
        IndexStatus status = open(context, workspace).status();
        if (json.isSet()) {
            Map<String, Object> map = new LinkedHashMap<>();
            map.put("documents", status.documents());
            map.put("storeItems", status.storeItems());
            map.put("version", status.version());
            map.put("lastCommit", status.lastCommit() == null ? null : status.lastCommit().toString());
            map.put("folder", status.folder());
            context.printJson(map);
        } else {
            context.out().printf("documents:   %,d%n", status.documents());
            context.out().printf("store items: %,d%n", status.storeItems());
            context.out().printf("version:     %s%n", status.version());
            context.out().printf("last commit: %s%n", status.lastCommit() == null ? "never" : status.lastCommit());
            context.out().printf("folder:      %s%n", status.folder());
        }
        return 0;
    }
}
