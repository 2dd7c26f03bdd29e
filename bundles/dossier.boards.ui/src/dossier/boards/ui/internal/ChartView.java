package dossier.boards.ui.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Composite;
import org.jfree.chart.ChartRenderingInfo;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.entity.XYItemEntity;
import org.jfree.swt.SWTGraphics2D;

import dossier.boards.charts.Charts;

/**
 * A JFreeChart drawn into an SWT canvas through SWTGraphics2D (double-buffered), with the tooltip of the point under
 * the pointer and a click on a point handed on as (series, item).
 */
final class ChartView {

    /** A point of the chart as drawn: its series and index, where it is, what its tooltip says. */
    record Drawn(int series, int item, Rectangle bounds, String tooltip) {
    }

    private final Canvas canvas;
    private final JFreeChart chart;
    private final ChartRenderingInfo info = new ChartRenderingInfo();

    ChartView(Composite parent, JFreeChart chart, Consumer<Drawn> clicked) {
        this.chart = chart;
        canvas = new Canvas(parent, SWT.DOUBLE_BUFFERED);
        canvas.addPaintListener(e -> paint(e.gc));
        canvas.addListener(SWT.MouseMove, e -> {
            Drawn at = at(e.x, e.y);
            String tip = at == null ? null : at.tooltip();
            if (!java.util.Objects.equals(tip, canvas.getToolTipText())) {
                canvas.setToolTipText(tip);
            }
        });
        canvas.addListener(SWT.MouseUp, e -> {
            Drawn at = e.button == 1 ? at(e.x, e.y) : null;
            if (at != null) {
                clicked.accept(at);
            }
        });
    }

    Canvas control() {
        return canvas;
    }

    private void paint(GC target) {
        Rectangle size = canvas.getClientArea();
        if (size.width < 10 || size.height < 10) {
            return;
        }
        Image image = new Image(canvas.getDisplay(), size.width, size.height);
        GC gc = new GC(image);
        SWTGraphics2D g2 = new SWTGraphics2D(gc);
        try {
            chart.draw(g2, Charts.area(size.width, size.height), info);
        } finally {
            g2.dispose();
            gc.dispose();
        }
        target.drawImage(image, 0, 0);
        image.dispose();
    }

    /** The points as last drawn: what the user sees and can hover or click. */
    List<Drawn> drawn() {
        List<Drawn> drawn = new ArrayList<>();
        if (info.getEntityCollection() == null) {
            return drawn;
        }
        for (Object entity : info.getEntityCollection().getEntities()) {
            if (entity instanceof XYItemEntity item) {
                java.awt.Rectangle r = item.getArea().getBounds();
                drawn.add(new Drawn(item.getSeriesIndex(), item.getItem(), new Rectangle(r.x, r.y, r.width, r.height),
                        item.getToolTipText()));
            }
        }
        return drawn;
    }

    private Drawn at(int x, int y) {
        Drawn nearest = null;
        for (Drawn d : drawn()) {
            if (d.bounds().contains(new Point(x, y))) {
                nearest = d;
            }
        }
        return nearest;
    }
}
