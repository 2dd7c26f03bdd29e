package dossier.boards.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dossier.boards.Boards;
import dossier.casefile.ResearchWorkspace;
import dossier.cli.internal.CommandRunner;
import dossier.cli.internal.CommandRunner.Captured;

/**
 * A case file's report with a board's panels: inline SVG in the HTML, vector graphics in the PDF (no image in it),
 * its first page rendered by poppler's pdftoppm to target/report-pages for a person to look at.
 */
class BoardReportTest {

    /** The Rival series' line colour (the second series of a chart). */
    private static final int ORANGE = 0xff7f0e;

    @TempDir
    Path temp;

    @Test
    void theReportCarriesTheBoardsChartsAsSvgInHtmlAndAsVectorGraphicsInPdf() throws Exception {
        Path folder = temp.resolve("workspace");
        try (ResearchWorkspace workspace = ResearchWorkspace.open(folder)) {
            BoardsTest.fill(workspace);
            Boards boards = Boards.of(workspace);
            boards.addPanel(boards.create("Launch watch"), "volume", "Brand vs rival",
                    Map.of("series", "Brand = #brand\nRival = #rival"), 0, 0, 1, 1);
            workspace.save();
        }
        Path html = temp.resolve("report.html");
        Captured written = CommandRunner.runIn(folder, "export", "--case", ResearchWorkspace.INBOX, "--format", "html",
                "--board", "Launch watch", "--out", html.toString());
        assertEquals(0, written.exit(), written.err());
        assertTrue(written.out().contains("1 chart"), written.out());
        String page = Files.readString(html, StandardCharsets.UTF_8);
        assertTrue(page.contains("<h2>Board: Launch watch</h2>"), "the board's heading");
        assertTrue(page.contains("<h3>Brand vs rival</h3>\n<svg"), "the panel as inline SVG");
        assertTrue(page.contains(">Rival</text>"), "its legend");
        DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(html.toFile()); // still well-formed XHTML

        Path pdf = temp.resolve("report.pdf");
        written = CommandRunner.runIn(folder, "export", "--case", ResearchWorkspace.INBOX, "--format", "pdf",
                "--board", "Launch watch", "--out", pdf.toString());
        assertEquals(0, written.exit(), written.err());
        String text = run("pdftotext", "-f", "1", "-l", "1", pdf.toString(), "-");
        assertTrue(text.contains("Board: Launch watch") && text.contains("Brand vs rival"), text);
        assertEquals(2, run("pdfimages", "-list", pdf.toString()).strip().split("\n").length,
                "no image in the PDF (pdfimages lists a header of two lines): the chart is vector graphics");
        BufferedImage first = ImageIO.read(rasterize(pdf).get(0).toFile());
        int orange = 0;
        for (int y = 0; y < first.getHeight(); y++) {
            for (int x = 0; x < first.getWidth(); x++) {
                orange += near(first.getRGB(x, y) & 0xffffff, ORANGE) ? 1 : 0;
            }
        }
        assertTrue(orange > 100, "the Rival line is drawn on the first page: " + orange + " orange pixels");

        assertEquals(1, CommandRunner.runIn(folder, "export", "--case", ResearchWorkspace.INBOX, "--format", "pdf",
                "--board", "Nope", "--out", temp.resolve("nope.pdf").toString()).exit());
        Captured csv = CommandRunner.runIn(folder, "export", "--case", ResearchWorkspace.INBOX, "--format", "csv",
                "--board", "Launch watch", "--out", temp.resolve("items.csv").toString());
        assertEquals(1, csv.exit());
        assertTrue(csv.err().contains("--board puts charts into an html or pdf report, not into csv"), csv.err());
    }

    private static boolean near(int rgb, int wanted) {
        for (int shift = 0; shift <= 16; shift += 8) {
            if (Math.abs((rgb >> shift & 0xff) - (wanted >> shift & 0xff)) > 40) {
                return false;
            }
        }
        return true;
    }

    /** The PDF's first page as PNG (pdftoppm, 80 dpi) in target/report-pages. */
    private static List<Path> rasterize(Path pdf) throws IOException, InterruptedException {
        Path pages = Files.createDirectories(Path.of("target", "report-pages"));
        run("pdftoppm", "-png", "-r", "80", "-f", "1", "-l", "1", "-singlefile", pdf.toString(),
                pages.resolve("board-report").toString());
        List<Path> files = new ArrayList<>();
        try (var listed = Files.list(pages)) {
            listed.filter(f -> f.getFileName().toString().startsWith("board-report")).sorted().forEach(files::add);
        }
        return files;
    }

    private static String run(String... command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, process.waitFor(), String.join(" ", command) + " (Debian package poppler-utils): " + output);
        return output;
    }
}
