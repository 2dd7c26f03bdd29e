package dossier.casefile.cli.internal;

import dossier.casefile.ResearchWorkspace;
import dossier.casefile.cli.WorkspaceCommand;
import dossier.cli.CommandContext;
import dossier.model.casefile.CrossReference;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(description = { "Cross-reference two clips, items or case files with a typed link; prints the link's id.",
        "Types: supports, contradicts, same-story, follow-up, or any name of your own (it becomes a new type)." })
public final class LinkCommand extends WorkspaceCommand {

    @Parameters(index = "0", paramLabel = "FROM-ID")
    private String fromId;

    @Parameters(index = "1", paramLabel = "TO-ID")
    private String toId;

    @Option(names = "--type", required = true, paramLabel = "TYPE", description = "The kind of link")
    private String type;

    @Option(names = "--case", paramLabel = "NAME", description = "Case file that keeps the link (default: the one"
            + " holding FROM-ID)")
    private String caseName;

    @Override
    protected int run(CommandContext context, ResearchWorkspace workspace) throws Exception {
        CrossReference reference = workspace.link(fromId, toId, type, caseFileOption(workspace, caseName));
        context.out().println(reference.getId());
        return 0;
    }
}
