package dossier.report;

import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.util.List;

/**
 * Charts for a report, under a heading (a board's panels): each as SVG for the HTML report and as Java2D drawing
 * calls, which the PDF report records as vector graphics.
 */
public record ReportFigures(String heading, List<Figure> figures) {

    /** No charts. */
    public static final ReportFigures NONE = new ReportFigures("", List.of());

    public ReportFigures {
        figures = List.copyOf(figures);
    }

    /** Draws a chart into an area of a Java2D surface. */
    @FunctionalInterface
    public interface Drawing {
        void draw(Graphics2D graphics, Rectangle2D area);
    }

    /** One chart: its title, its SVG element ({@code <svg xmlns=...>}), and its drawing. */
    public record Figure(String title, String svg, Drawing drawing) {
    }
}
