package dossier.boards.cli.internal;

import dossier.boards.PanelFigures;
import dossier.casefile.ResearchWorkspace;
import dossier.casefile.cli.WorkspaceCommand;
import dossier.cli.CommandContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(description = { "Print every panel of a board as the board editor shows it: each series' counts per"
        + " bucket (spikes marked *) and each ranking.", "Exit 1 if a panel could not be computed." })
public final class BoardShowCommand extends WorkspaceCommand {

    @Parameters(paramLabel = "BOARD", description = "The board's name or id")
    private String name;

    @Option(names = "--json", description = "Print JSON: every panel's place, series (every point) and rankings")
    private boolean json;

    @Override
    protected int run(CommandContext context, ResearchWorkspace workspace) throws Exception {
        ComputedBoard board = ComputedBoard.of(workspace, name);
        if (json) {
            context.printJson(board.asJson());
        } else {
            for (ComputedBoard.Computed c : board.panels()) {
                print(context, c);
            }
        }
        return board.panels().stream().anyMatch(c -> c.error() != null) ? 1 : 0;
    }

    private static void print(CommandContext context, ComputedBoard.Computed c) {
        if (c.error() != null) {
            context.out().println("== " + c.panel().getKind() + ": cannot be computed: " + c.error());
            return;
        }
        context.out().println("== " + c.figures().title());
        for (PanelFigures.Series series : c.figures().series()) {
            context.out().println(series.name() + " (" + series.total() + " items, by " + series.bucket() + ")");
            for (PanelFigures.Point point : series.points()) {
                context.out().printf("  %s %6d%s%n", point.start(), point.count(), point.spike() ? " *" : "");
            }
        }
        for (PanelFigures.Ranking ranking : c.figures().rankings()) {
            context.out().println(ranking.name() + " (" + ranking.unit() + ")");
            int rank = 1;
            for (PanelFigures.Entry entry : ranking.entries()) {
                context.out().printf("  %2d. %-30s %s%n", rank++, entry.account(), entry.shownValue());
            }
        }
        if (!c.figures().counts().isEmpty()) {
            context.out().println(c.figures().countsLine());
        }
        for (PanelFigures.Table table : c.figures().tables()) {
            context.out().println(table.name() + " (" + String.join(" | ", table.columns()) + ")");
            for (PanelFigures.Row row : table.rows()) {
                context.out().println((row.marked() ? "* " : "  ") + String.join(" | ", row.cells()));
            }
        }
    }
}
