package dossier.boards.charts;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Paint;
import java.awt.Rectangle;
import java.awt.Shape;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Rectangle2D;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.text.SimpleDateFormat;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.TimeZone;

import org.jfree.chart.ChartFactory;
import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.DateAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.Plot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.xy.StackedXYAreaRenderer2;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.title.LegendTitle;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.data.xy.DefaultTableXYDataset;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.jfree.svg.SVGGraphics2D;

import dossier.boards.PanelFigures;

/**
 * A panel's figures as JFreeChart charts, the same for the board editor (drawn into SWT), exports (SVG, PNG) and
 * reports: series over time as lines with a dot per bucket, spikes as larger red dots; a ranking as horizontal bars.
 * Readable on light and dark backgrounds.
 */
public final class Charts {

    /** Colours for a light or a dark background. */
    public record Theme(Color background, Color foreground, Color grid) {
        public static final Theme LIGHT = new Theme(Color.WHITE, new Color(0x20, 0x20, 0x20), new Color(0xd8, 0xd8, 0xd8));
        public static final Theme DARK = new Theme(new Color(0x2b, 0x2b, 0x2b), new Color(0xe6, 0xe6, 0xe6),
                new Color(0x50, 0x50, 0x50));

        /** The colours of a widget (background and text), the grid a quarter of the way from one to the other. */
        public static Theme of(Color background, Color foreground) {
            return new Theme(background, foreground, new Color(mix(background.getRed(), foreground.getRed()),
                    mix(background.getGreen(), foreground.getGreen()), mix(background.getBlue(), foreground.getBlue())));
        }

        private static int mix(int from, int to) {
            return from + (to - from) / 4;
        }
    }

    public static final Color SPIKE = new Color(0xe0, 0x30, 0x30);
    private static final Color[] LINES = { new Color(0x1f, 0x77, 0xb4), new Color(0xff, 0x7f, 0x0e),
            new Color(0x2c, 0xa0, 0x2c), new Color(0x94, 0x67, 0xbd), new Color(0x8c, 0x56, 0x4b) };
    private static final Shape DOT = new Ellipse2D.Double(-3, -3, 6, 6);
    private static final Shape SPIKE_DOT = new Ellipse2D.Double(-6, -6, 12, 12);

    private Charts() {
    }

    /** The tooltip of a point: {@code Brand, 2026-11-10: 20 items (spike)}. */
    public static String tooltip(PanelFigures.Series series, PanelFigures.Point point) {
        String when = DateTimeFormatter.ofPattern(series.bucket().equals("hour") ? "yyyy-MM-dd HH:00" : "yyyy-MM-dd",
                Locale.ROOT).withZone(java.time.ZoneOffset.UTC).format(point.start());
        return series.name() + ", " + when + (series.bucket().equals("week") ? " (week)" : "") + ": " + point.count()
                + (point.count() == 1 ? " item" : " items") + (point.spike() ? " (spike)" : "");
    }

    /** The tooltip of a share: {@code Brand, 2026-11-10: 95% (20 of 21 items)}. */
    public static String shareTooltip(PanelFigures figures, int s, int i) {
        PanelFigures.Series series = figures.series().get(s);
        String counted = tooltip(series, series.points().get(i));
        long sum = figures.series().stream().mapToLong(other -> other.points().get(i).count()).sum();
        return counted.substring(0, counted.indexOf(": ") + 2) + Math.round(figures.share(s, i)) + "% ("
                + series.points().get(i).count() + " of " + sum + (sum == 1 ? " item)" : " items)");
    }

    /** Shares of the series per bucket, stacked to 100 %; series {@code s}, item {@code i} is point i of series s. */
    private static JFreeChart shares(PanelFigures figures, Theme theme) {
        DefaultTableXYDataset dataset = new DefaultTableXYDataset();
        List<PanelFigures.Series> series = figures.series();
        for (int s = 0; s < series.size(); s++) {
            XYSeries xy = new XYSeries(series.get(s).name(), false, false);
            for (int i = 0; i < series.get(s).points().size(); i++) {
                xy.add(series.get(s).points().get(i).start().toEpochMilli(), figures.share(s, i));
            }
            dataset.addSeries(xy);
        }
        JFreeChart chart = ChartFactory.createStackedXYAreaChart(null, null, "share of items (%)", dataset,
                PlotOrientation.VERTICAL, true, true, false);
        XYPlot plot = chart.getXYPlot();
        StackedXYAreaRenderer2 renderer = new StackedXYAreaRenderer2();
        for (int s = 0; s < series.size(); s++) {
            renderer.setSeriesPaint(s, LINES[s % LINES.length]);
        }
        renderer.setDefaultToolTipGenerator((data, s, i) -> shareTooltip(figures, s, i));
        plot.setRenderer(renderer);
        plot.setDomainAxis(timeAxis(series));
        plot.getRangeAxis().setRange(0, 100);
        style(chart, plot, theme);
        return chart;
    }

    private static DateAxis timeAxis(List<PanelFigures.Series> series) {
        DateAxis time = new DateAxis();
        time.setTimeZone(TimeZone.getTimeZone("UTC"));
        String bucket = series.isEmpty() ? "day" : series.get(0).bucket();
        SimpleDateFormat format = new SimpleDateFormat(bucket.equals("hour") ? "HH:mm" : "d MMM", Locale.ROOT);
        format.setTimeZone(TimeZone.getTimeZone("UTC"));
        time.setDateFormatOverride(format);
        return time;
    }

    /**
     * The series of a panel over time (as shares when the panel is a share of voice); series {@code s}, item {@code i}
     * of the chart is point i of series s.
     */
    public static JFreeChart volume(PanelFigures figures, Theme theme) {
        if (figures.shares()) {
            return shares(figures, theme);
        }
        XYSeriesCollection dataset = new XYSeriesCollection();
        for (PanelFigures.Series series : figures.series()) {
            XYSeries xy = new XYSeries(series.name(), false, true);
            series.points().forEach(p -> xy.add(p.start().toEpochMilli(), p.count()));
            dataset.addSeries(xy);
        }
        JFreeChart chart = ChartFactory.createTimeSeriesChart(null, null, "items", dataset,
                figures.series().size() > 1, true, false);
        XYPlot plot = chart.getXYPlot();
        List<PanelFigures.Series> series = figures.series();
        XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(true, true) {
            private static final long serialVersionUID = 1L;

            @Override
            public Shape getItemShape(int row, int column) {
                return series.get(row).points().get(column).spike() ? SPIKE_DOT : DOT;
            }

            @Override
            public Paint getItemFillPaint(int row, int column) {
                return series.get(row).points().get(column).spike() ? SPIKE : getSeriesPaint(row);
            }
        };
        renderer.setUseFillPaint(true);
        for (int s = 0; s < series.size(); s++) {
            renderer.setSeriesPaint(s, LINES[s % LINES.length]);
            renderer.setSeriesStroke(s, new BasicStroke(2f));
        }
        renderer.setDefaultToolTipGenerator((data, s, i) -> tooltip(series.get(s), series.get(s).points().get(i)));
        plot.setRenderer(renderer);
        plot.setDomainAxis(timeAxis(series));
        ((NumberAxis) plot.getRangeAxis()).setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        style(chart, plot, theme);
        return chart;
    }

    /**
     * Every chart of a panel, as exports and reports show it: its series over time, its counts as bars, then each
     * ranking; a panel of a table only has none.
     */
    public static List<JFreeChart> all(PanelFigures figures, Theme theme) {
        List<JFreeChart> charts = new java.util.ArrayList<>();
        if (!figures.series().isEmpty()) {
            charts.add(volume(figures, theme));
        }
        if (!figures.counts().isEmpty()) {
            charts.add(counts(figures, theme));
        }
        figures.rankings().forEach(r -> charts.add(ranking(r, theme)));
        return charts;
    }

    /** A panel's counts (an in-tray's open, new and done) as vertical bars titled with the counts' line. */
    public static JFreeChart counts(PanelFigures figures, Theme theme) {
        DefaultCategoryDataset dataset = new DefaultCategoryDataset();
        figures.counts().forEach(c -> dataset.addValue(c.value(), "count", c.name()));
        JFreeChart chart = ChartFactory.createBarChart(figures.countsLine(), null, null, dataset,
                PlotOrientation.VERTICAL, false, true, false);
        CategoryPlot plot = chart.getCategoryPlot();
        bars(plot, theme);
        ((NumberAxis) plot.getRangeAxis()).setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        style(chart, plot, theme);
        return chart;
    }

    private static void bars(CategoryPlot plot, Theme theme) {
        BarRenderer renderer = (BarRenderer) plot.getRenderer();
        renderer.setSeriesPaint(0, LINES[0]);
        renderer.setShadowVisible(false);
        renderer.setBarPainter(new org.jfree.chart.renderer.category.StandardBarPainter());
        plot.getDomainAxis().setTickLabelPaint(theme.foreground());
    }

    /** One ranking as horizontal bars, best at the top. */
    public static JFreeChart ranking(PanelFigures.Ranking ranking, Theme theme) {
        DefaultCategoryDataset dataset = new DefaultCategoryDataset();
        ranking.entries().forEach(e -> dataset.addValue(e.value(), ranking.unit(), e.account()));
        JFreeChart chart = ChartFactory.createBarChart(ranking.name(), null, ranking.unit(), dataset,
                PlotOrientation.HORIZONTAL, false, true, false);
        CategoryPlot plot = chart.getCategoryPlot();
        bars(plot, theme);
        style(chart, plot, theme);
        return chart;
    }

    private static void style(JFreeChart chart, Plot plot, Theme theme) {
        chart.setBackgroundPaint(theme.background());
        chart.setAntiAlias(true);
        plot.setBackgroundPaint(theme.background());
        plot.setOutlinePaint(theme.grid());
        if (chart.getTitle() != null) {
            chart.getTitle().setPaint(theme.foreground());
            chart.getTitle().setFont(new Font(Font.SANS_SERIF, Font.BOLD, 13));
        }
        LegendTitle legend = chart.getLegend();
        if (legend != null) {
            legend.setBackgroundPaint(theme.background());
            legend.setItemPaint(theme.foreground());
        }
        if (plot instanceof XYPlot xy) {
            xy.setDomainGridlinePaint(theme.grid());
            xy.setRangeGridlinePaint(theme.grid());
            for (var axis : List.of(xy.getDomainAxis(), xy.getRangeAxis())) {
                axis.setTickLabelPaint(theme.foreground());
                axis.setLabelPaint(theme.foreground());
                axis.setAxisLinePaint(theme.grid());
            }
        } else if (plot instanceof CategoryPlot category) {
            category.setRangeGridlinePaint(theme.grid());
            category.getRangeAxis().setTickLabelPaint(theme.foreground());
            category.getRangeAxis().setLabelPaint(theme.foreground());
        }
    }

    /** The chart as an SVG document. */
    public static String svg(JFreeChart chart, int width, int height) {
        SVGGraphics2D g = new SVGGraphics2D(width, height);
        chart.draw(g, new Rectangle(0, 0, width, height));
        return g.getSVGDocument();
    }

    /** The chart as an SVG element ({@code <svg xmlns=...>}, no XML prolog), to put inside an XHTML document. */
    public static String svgElement(JFreeChart chart, int width, int height) {
        SVGGraphics2D g = new SVGGraphics2D(width, height);
        chart.draw(g, new Rectangle(0, 0, width, height));
        return g.getSVGElement();
    }

    /** The chart as a PNG image. */
    public static byte[] png(JFreeChart chart, int width, int height) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ChartUtils.writeChartAsPNG(out, chart, width, height);
        return out.toByteArray();
    }

    /** The area a chart is drawn into. */
    public static Rectangle2D area(int width, int height) {
        return new Rectangle2D.Double(0, 0, width, height);
    }
}
