package dossier.report;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import java.awt.geom.Rectangle2D;

import org.apache.pdfbox.pdmodel.PDDocument;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.render.DefaultObjectDrawerFactory;

/**
 * The report as PDF: {@link HtmlReport}'s XHTML rendered by OpenHTMLtoPDF (PDFBox). Fonts are
 * embedded: Liberation Sans from PDFBox itself (Latin, Greek, Cyrillic) and, where Debian's
 * fonts-dejavu-core is installed, DejaVu Sans for the scripts Liberation lacks.
 */
public final class PdfReport {

    private static final String LIBERATION_SANS = "/org/apache/pdfbox/resources/ttf/LiberationSans-Regular.ttf";
    private static final Path DEJAVU = Path.of("/usr/share/fonts/truetype/dejavu");

    private PdfReport() {
    }

    public static void write(CaseFileSnapshot snapshot, OutputStream out) throws IOException {
        write(snapshot, ReportFigures.NONE, out);
    }

    /**
     * The report with charts: each chart's drawing is recorded through OpenHTMLtoPDF's Graphics2D for PDFBox, so it
     * is vector graphics in the PDF (lines, shapes and text, not an image).
     */
    public static void write(CaseFileSnapshot snapshot, ReportFigures figures, OutputStream out) throws IOException {
        PdfRendererBuilder builder = new PdfRendererBuilder();
        builder.useFastMode();
        builder.withHtmlContent(HtmlReport.renderForPdf(snapshot, figures), null);
        if (!figures.figures().isEmpty()) {
            DefaultObjectDrawerFactory drawers = new DefaultObjectDrawerFactory();
            drawers.registerDrawer(HtmlReport.FIGURE_OBJECT, (element, x, y, width, height, device, context,
                    dotsPerPixel) -> {
                ReportFigures.Figure figure = figures.figures().get(Integer.parseInt(element.getAttribute(
                        "data-figure")));
                float w = (float) width / dotsPerPixel;
                float h = (float) height / dotsPerPixel;
                device.drawWithGraphics((float) x, (float) y, w, h, graphics -> figure.drawing().draw(graphics,
                        new Rectangle2D.Float(0, 0, w, h)));
                return null;
            });
            builder.useObjectDrawerFactory(drawers);
        }
        builder.useFont(() -> PDDocument.class.getResourceAsStream(LIBERATION_SANS), "Liberation Sans");
        useDejaVu(builder, "DejaVuSans.ttf", 400, FontStyle.NORMAL);
        useDejaVu(builder, "DejaVuSans-Bold.ttf", 700, FontStyle.NORMAL);
        useDejaVu(builder, "DejaVuSansMono.ttf", 400, FontStyle.NORMAL);
        builder.toStream(out);
        try {
            builder.run();
        } catch (RuntimeException e) {
            throw new IOException("could not render the PDF: " + e.getMessage(), e);
        }
    }

    private static void useDejaVu(PdfRendererBuilder builder, String file, int weight, FontStyle style) {
        Path font = DEJAVU.resolve(file);
        if (Files.isReadable(font)) {
            String family = file.startsWith("DejaVuSansMono") ? "DejaVu Sans Mono" : "DejaVu Sans";
            builder.useFont(font.toFile(), family, weight, style, true);
        }
    }
}
