package dossier.boards.cli.internal;

import dossier.boards.Boards;
import dossier.casefile.ResearchWorkspace;
import dossier.casefile.cli.WorkspaceCommand;
import dossier.cli.CommandContext;
import dossier.cli.CommandFailure;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

@Command(description = "Create an empty board; add panels with board add-panel.")
public final class BoardCreateCommand extends WorkspaceCommand {

    @Parameters(paramLabel = "NAME")
    private String name;

    @Override
    protected int run(CommandContext context, ResearchWorkspace workspace) throws CommandFailure {
        try {
            Boards.of(workspace).create(name);
        } catch (IllegalArgumentException e) {
            throw new CommandFailure(e.getMessage());
        }
        context.out().println("created board " + name);
        return 0;
    }
}
