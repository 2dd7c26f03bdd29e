package dossier.report.cli.internal;

import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.jfree.chart.JFreeChart;

import dossier.boards.Boards;
import dossier.boards.PanelFigures;
import dossier.boards.charts.Charts;
import dossier.casefile.ResearchWorkspace;
import dossier.cli.CommandFailure;
import dossier.index.QuerySyntaxException;
import dossier.model.casefile.Board;
import dossier.model.casefile.Panel;
import dossier.report.ReportFigures;

/** A board's panels as a report's charts: each panel's charts as the board editor draws them, in the light theme. */
final class BoardFigures {

    static final int WIDTH = 640;
    static final int HEIGHT = 320;

    private BoardFigures() {
    }

    static ReportFigures of(ResearchWorkspace workspace, String name) throws CommandFailure {
        Boards boards = Boards.of(workspace);
        Board board = boards.find(name).orElseThrow(() -> new CommandFailure("no board '" + name
                + "'; 'dossier board list' lists them"));
        Instant now = Instant.now();
        List<ReportFigures.Figure> figures = new ArrayList<>();
        for (Panel panel : boards.panels(board)) {
            PanelFigures computed;
            try {
                computed = boards.compute(panel, now);
            } catch (IOException | QuerySyntaxException | IllegalArgumentException e) {
                throw new CommandFailure("panel '" + (panel.getTitle() == null ? panel.getKind() : panel.getTitle())
                        + "' of board '" + board.getName() + "' cannot be computed: " + e.getMessage());
            }
            List<JFreeChart> charts = Charts.all(computed, Charts.Theme.LIGHT);
            for (JFreeChart chart : charts) {
                String title = computed.title() + (chart.getTitle() == null ? "" : ": " + chart.getTitle().getText());
                figures.add(new ReportFigures.Figure(title, Charts.svgElement(chart, WIDTH, HEIGHT),
                        (graphics, area) -> chart.draw(graphics, area)));
            }
        }
        return new ReportFigures("Board: " + board.getName(), figures);
    }
}
