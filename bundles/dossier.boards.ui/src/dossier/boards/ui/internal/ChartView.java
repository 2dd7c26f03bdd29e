package dossier.boards.ui.internal;

import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;

import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.PaletteData;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.jfree.chart.ChartRenderingInfo;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.entity.XYItemEntity;

/**
 * A JFreeChart built and drawn into an image in a job (off the UI thread; drawn again when the canvas's size changed
 * or another chart replaced it) and shown in an SWT canvas (the UI thread only swaps in the finished image; a
 * replaced chart stays shown until its successor is drawn), with the tooltip of the point under the pointer and a
 * click on a point handed on as (series, item).
 */
final class ChartView {

    private static final int MIN_SIZE = 10;

    /** A point of the chart as drawn: its series and index, where it is, what its tooltip says. */
    record Drawn(int series, int item, Rectangle bounds, String tooltip) {
    }

    private final Canvas canvas;
    /** What makes the chart shown, and how many charts were shown before it; UI thread only. */
    private Supplier<JFreeChart> build;
    private int generation;
    /** The chart, built in the first drawing job of its generation; guarded by this view. */
    private JFreeChart chart;
    private int chartGeneration = -1;
    /** The chart as last drawn, at {@link #imageSize}, with its entities; UI thread only. */
    private Image image;
    private Point imageSize;
    private ChartRenderingInfo info = new ChartRenderingInfo();
    private Point drawing;

    /** {@code build} makes the chart; it runs in a job, so it must not touch widgets. */
    ChartView(Composite parent, Supplier<JFreeChart> build, Consumer<Drawn> clicked) {
        this.build = build;
        canvas = new Canvas(parent, SWT.DOUBLE_BUFFERED);
        canvas.addPaintListener(e -> paint(e.gc));
        canvas.addListener(SWT.Dispose, e -> {
            if (image != null) {
                image.dispose();
            }
        });
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

    /** Shows another chart, made by {@code build} in a job; the one shown stays until it is drawn. */
    void replace(Supplier<JFreeChart> replacement) {
        build = replacement;
        generation++;
        imageSize = null;
        drawing = null;
        drawNow();
    }

    /** Starts drawing at the canvas's size now, if it has one, rather than at its next paint. */
    void drawNow() {
        Rectangle size = canvas.getClientArea();
        Point wanted = new Point(size.width, size.height);
        if (size.width >= MIN_SIZE && size.height >= MIN_SIZE && !wanted.equals(drawing)) {
            draw(wanted);
        }
    }

    /** Whether the chart shown is drawn at the canvas's size (a canvas too small to draw in counts as drawn). */
    boolean isDrawn() {
        Rectangle size = canvas.getClientArea();
        return size.width < MIN_SIZE || size.height < MIN_SIZE || new Point(size.width, size.height).equals(imageSize);
    }

    private void paint(GC target) {
        Rectangle size = canvas.getClientArea();
        if (size.width < MIN_SIZE || size.height < MIN_SIZE) {
            return;
        }
        if (image != null) {
            target.drawImage(image, 0, 0);
        }
        Point wanted = new Point(size.width, size.height);
        if (!wanted.equals(imageSize) && !wanted.equals(drawing)) {
            draw(wanted);
        }
    }

    /** Builds the chart if not built yet and draws it at a size in a job (Java2D into an image), then shows it. */
    private void draw(Point size) {
        drawing = size;
        Display display = canvas.getDisplay();
        int drawnGeneration = generation;
        Supplier<JFreeChart> making = build;
        Job job = Job.create("Drawing a chart", monitor -> {
            ChartRenderingInfo drawn = new ChartRenderingInfo();
            BufferedImage awt;
            synchronized (this) {
                if (chartGeneration != drawnGeneration) {
                    chart = making.get();
                    chartGeneration = drawnGeneration;
                }
                awt = chart.createBufferedImage(size.x, size.y, BufferedImage.TYPE_INT_RGB, drawn);
            }
            ImageData data = new ImageData(size.x, size.y, 24, new PaletteData(0xff0000, 0xff00, 0xff));
            int[] row = new int[size.x];
            for (int y = 0; y < size.y; y++) {
                awt.getRGB(0, y, size.x, 1, row, 0, size.x);
                data.setPixels(0, y, size.x, row, 0);
            }
            display.asyncExec(() -> {
                if (canvas.isDisposed() || drawnGeneration != generation) {
                    return;
                }
                if (image != null) {
                    image.dispose();
                }
                image = new Image(display, data);
                imageSize = size;
                info = drawn;
                if (size.equals(drawing)) {
                    drawing = null;
                }
                canvas.redraw();
            });
            return Status.OK_STATUS;
        });
        job.setSystem(true);
        job.schedule();
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
