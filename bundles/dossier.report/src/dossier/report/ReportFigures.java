package dossier.report;

import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.util.List;

/**
 * Charts for a report, each under a heading (a board's panels under the board's name): each as SVG for the HTML
 * report and as Java2D drawing calls, which the PDF report records as vector graphics.
 */
public record ReportFigures(List<Figure> figures) {

    /** No charts. */
    public static final ReportFigures NONE = new ReportFigures(List.of());

    public ReportFigures {
        figures = List.copyOf(figures);
    }

    /** The figures of each in turn, each under its own heading (several boards). */
    public static ReportFigures of(List<ReportFigures> more) {
        return new ReportFigures(more.stream().flatMap(f -> f.figures().stream()).toList());
    }

    /** Draws a chart into an area of a Java2D surface. */
    @FunctionalInterface
    public interface Drawing {
        void draw(Graphics2D graphics, Rectangle2D area);
    }

    /**
     * One chart: the heading it is under (figures in a row with the same heading share it), its title, its SVG element
     * ({@code <svg xmlns=...>}), and its drawing.
     */
    public record Figure(String heading, String title, String svg, Drawing drawing) {
    }
}
