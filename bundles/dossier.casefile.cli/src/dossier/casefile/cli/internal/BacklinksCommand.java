package dossier.casefile.cli.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import dossier.casefile.ResearchWorkspace;
import dossier.casefile.cli.WorkspaceCommand;
import dossier.cli.CommandContext;
import dossier.cli.CommandFailure;
import dossier.cli.JsonOption;
import dossier.model.casefile.CrossReference;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

@Command(description = "List the cross-references that point at a clip, item or case file, from every case file.")
public final class BacklinksCommand extends WorkspaceCommand {

    @Parameters(paramLabel = "ID")
    private String id;

    @Mixin
    private JsonOption json;

    @Override
    protected int run(CommandContext context, ResearchWorkspace workspace) throws Exception {
        if (workspace.target(id).isEmpty()) {
            throw new CommandFailure("nothing has the id " + id);
        }
        List<Map<String, Object>> links = new ArrayList<>();
        for (CrossReference reference : workspace.backlinks(id)) {
            links.add(CaseShowCommand.reference(workspace, reference));
        }
        if (json.isSet()) {
            context.printJson(links);
        } else if (links.isEmpty()) {
            context.out().println("nothing links to " + id);
        } else {
            for (Map<String, Object> link : links) {
                context.out().println(link.get("from") + " --" + link.get("type") + "--> " + id + "  ("
                        + link.get("fromLabel") + ")");
            }
        }
        return 0;
    }
}
