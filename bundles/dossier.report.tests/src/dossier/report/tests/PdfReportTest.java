package dossier.report.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dossier.report.tests.CaseFileFixture.ClipSpec;

/**
 * The PDF report: rendered by OpenHTMLtoPDF, turned into PNG pages by poppler's pdftoppm (saved in
 * target/report-pages for a person to look at) and read back with PDFBox's text extraction.
 */
class PdfReportTest {

    @TempDir
    Path workspace;

    @TempDir
    Path out;

    @Test
    void thePdfHoldsEveryClipsTextAndRendersToPngPages() throws Exception {
        CaseFileFixture fixture = CaseFileFixture.caseFile(workspace);
        Path pdf = out.resolve("report.pdf");
        fixture.run("export", "--case", CaseFileFixture.CASE, "--format", "pdf", "--out", pdf.toString());
        byte[] bytes = Files.readAllBytes(pdf);
        assertArrayEquals("%PDF-".getBytes(StandardCharsets.US_ASCII), Arrays.copyOf(bytes, 5));

        int pageCount;
        String text;
        try (PDDocument document = Loader.loadPDF(bytes)) {
            pageCount = document.getNumberOfPages();
            text = CaseFileFixture.flat(new PDFTextStripper().getText(document));
        }
        assertTrue(text.contains(CaseFileFixture.CASE), text);
        for (ClipSpec clip : CaseFileFixture.CLIPS) {
            assertTrue(text.contains(CaseFileFixture.flat(clip.quote())), "the PDF lacks \u201c" + clip.quote()
                    + "\u201d: " + text);
        }
        assertTrue(text.contains(CaseFileFixture.CYRILLIC_NOTE), "Cyrillic is rendered with an embedded font: " + text);
        assertTrue(text.contains("<script>alert(\"x\")</script>"), "the hostile note is printed as text");

        List<Path> pages = rasterize(pdf);
        assertEquals(pageCount, pages.size(), "one PNG per page");
        for (Path page : pages) {
            byte[] png = Files.readAllBytes(page);
            assertArrayEquals(new byte[] { (byte) 0x89, 'P', 'N', 'G' }, Arrays.copyOf(png, 4), page.toString());
            assertTrue(png.length > 5_000, "a page with content: " + page + " has " + png.length + " bytes");
        }
    }

    /** Runs pdftoppm; the pages go to target/report-pages (the build's reports folder). */
    private List<Path> rasterize(Path pdf) throws IOException, InterruptedException {
        Path folder = Path.of(System.getProperty("dossier.reports", out.toString()), "report-pages");
        Files.createDirectories(folder);
        try (Stream<Path> old = Files.list(folder)) {
            for (Path file : old.toList()) {
                Files.delete(file);
            }
        }
        Process process = new ProcessBuilder("pdftoppm", "-png", "-r", "80", pdf.toString(),
                folder.resolve("report").toString()).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, process.waitFor(), "pdftoppm (Debian package poppler-utils): " + output);
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(f -> f.toString().endsWith(".png")).sorted().toList();
        }
    }
}
