package dossier.connector.cli.internal;

import dossier.casefile.ResearchWorkspace;
import dossier.casefile.cli.WorkspaceCommand;
import dossier.cli.CommandContext;
import dossier.cli.CommandFailure;
import dossier.model.casefile.Source;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

@Command(description = "Remove a source. The items it brought in stay in the workspace and their case files.")
public final class SourceRemoveCommand extends WorkspaceCommand {

    @Parameters(paramLabel = "SOURCE", description = "The source's id or name")
    private String name;

    @Override
    protected int run(CommandContext context, ResearchWorkspace workspace) throws Exception {
        Source source = workspace.source(name).orElseThrow(() -> new CommandFailure("no source '" + name + "'"));
        workspace.removeSource(source);
        context.out().println("removed " + source.getName());
        return 0;
    }
}
