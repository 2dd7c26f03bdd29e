package dossier.boards.cli.internal;

import dossier.boards.Boards;
import dossier.boards.PanelKinds;
import dossier.casefile.ResearchWorkspace;
import dossier.casefile.cli.WorkspaceCommand;
import dossier.cli.CommandContext;
import dossier.model.casefile.Board;
import dossier.model.casefile.Panel;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(description = "List the boards, each with its panels (kind, title, cell); --kinds lists the panel kinds.")
public final class BoardListCommand extends WorkspaceCommand {

    @Option(names = "--kinds", description = "List the panel kinds and their parameters instead")
    private boolean kinds;

    @Override
    protected int run(CommandContext context, ResearchWorkspace workspace) {
        if (kinds) {
            for (PanelKinds.Descriptor kind : PanelKinds.all()) {
                context.out().printf("%-12s %s: %s%n", kind.id(), kind.label(), kind.parameters());
            }
            return 0;
        }
        Boards boards = Boards.of(workspace);
        for (Board board : boards.list()) {
            context.out().println(board.getName());
            for (Panel panel : boards.panels(board)) {
                context.out().printf("  %-12s %-30s at %d,%d size %dx%d%n", panel.getKind(),
                        panel.getTitle() == null ? "" : panel.getTitle(), panel.getColumn(), panel.getRow(),
                        panel.getWidth(), panel.getHeight());
            }
        }
        return 0;
    }
}
