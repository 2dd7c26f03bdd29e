package dossier.boards.cli.internal;

import java.util.LinkedHashMap;
import java.util.Map;

import dossier.boards.Boards;
import dossier.casefile.ResearchWorkspace;
import dossier.casefile.cli.WorkspaceCommand;
import dossier.cli.CommandContext;
import dossier.cli.CommandFailure;
import dossier.model.casefile.Board;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(description = { "Add a panel to a board (board list --kinds lists the kinds and their parameters).",
        "A parameter value's \\n starts a new line (the volume panel's series are one per line)." })
public final class BoardAddPanelCommand extends WorkspaceCommand {

    @Parameters(index = "0", paramLabel = "BOARD")
    private String boardName;

    @Parameters(index = "1", paramLabel = "KIND")
    private String kind;

    @Option(names = "--title", paramLabel = "TITLE")
    private String title;

    @Option(names = { "-p", "--param" }, paramLabel = "NAME=VALUE", description = "A parameter; repeatable")
    private Map<String, String> parameters = new LinkedHashMap<>();

    @Option(names = "--at", paramLabel = "COLUMN,ROW", split = ",", description = "Top left cell, from 0 (default 0,0)")
    private int[] at = { 0, 0 };

    @Option(names = "--size", paramLabel = "WIDTH,HEIGHT", split = ",", description = "Cells spanned (default 1,1)")
    private int[] size = { 1, 1 };

    @Override
    protected int run(CommandContext context, ResearchWorkspace workspace) throws CommandFailure {
        Boards boards = Boards.of(workspace);
        Board board = boards.find(boardName).orElseThrow(() -> new CommandFailure("no board '" + boardName + "'"));
        if (at.length != 2 || size.length != 2) {
            throw new CommandFailure("--at and --size take two numbers: --at 1,0 --size 2,1");
        }
        Map<String, String> values = new LinkedHashMap<>();
        parameters.forEach((k, v) -> values.put(k, v.replace("\\n", "\n")));
        try {
            boards.addPanel(board, kind, title, values, at[0], at[1], size[0], size[1]);
        } catch (IllegalArgumentException e) {
            throw new CommandFailure(e.getMessage());
        }
        context.out().println("added a " + kind + " panel to " + board.getName());
        return 0;
    }
}
