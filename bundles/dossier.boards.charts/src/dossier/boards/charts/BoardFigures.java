package dossier.boards.charts;

import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.jfree.chart.JFreeChart;

import dossier.boards.Boards;
import dossier.boards.PanelFigures;
import dossier.casefile.ResearchWorkspace;
import dossier.index.QuerySyntaxException;
import dossier.model.casefile.Board;
import dossier.model.casefile.Panel;
import dossier.report.ReportFigures;

/**
 * A board's panels as a case-file report's charts, under the heading "Board: NAME": each panel's charts as the board
 * editor draws them, in the light theme. Computes the panels from the index: call it off the UI thread. The one way
 * both {@code dossier export --board} and the workbench's File &gt; Export Case File... put boards into a report.
 */
public final class BoardFigures {

    static final int WIDTH = 640;
    static final int HEIGHT = 320;

    private BoardFigures() {
    }

    /** The board's charts; a panel that cannot be computed fails it, saying which panel and why. */
    public static ReportFigures of(ResearchWorkspace workspace, Board board, Instant now) throws IOException {
        Boards boards = Boards.of(workspace);
        List<ReportFigures.Figure> figures = new ArrayList<>();
        String name = workspace.readModel(board::getName);
        String heading = "Board: " + name;
        for (Panel panel : boards.panels(board)) {
            PanelFigures computed;
            try {
                computed = boards.compute(panel, now);
            } catch (IOException | QuerySyntaxException | IllegalArgumentException e) {
                String shown = workspace.readModel(() -> panel.getTitle() == null ? panel.getKind() : panel.getTitle());
                throw new IOException("panel '" + shown + "' of board '" + name + "' cannot be computed: "
                        + e.getMessage(), e);
            }
            for (JFreeChart chart : Charts.all(computed, Charts.Theme.LIGHT)) {
                String title = computed.title() + (chart.getTitle() == null ? "" : ": " + chart.getTitle().getText());
                figures.add(new ReportFigures.Figure(heading, title, Charts.svgElement(chart, WIDTH, HEIGHT),
                        (graphics, area) -> chart.draw(graphics, area)));
            }
        }
        return new ReportFigures(figures);
    }

    /** The charts of several boards, one after the other. */
    public static ReportFigures of(ResearchWorkspace workspace, List<Board> boards, Instant now) throws IOException {
        List<ReportFigures> each = new ArrayList<>();
        for (Board board : boards) {
            each.add(of(workspace, board, now));
        }
        return ReportFigures.of(each);
    }
}
