package dossier.report;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Locale;

import dossier.store.AtomicFile;

/** The formats a case file exports to, each written atomically (the old file stays whole on failure). */
public enum ExportFormat {
    HTML("html", "HTML report"), PDF("pdf", "PDF report"), CSV("csv", "CSV of items and clips"),
    W3C("jsonld", "W3C Web Annotations (JSON-LD)");

    private final String extension;
    private final String label;

    ExportFormat(String extension, String label) {
        this.extension = extension;
        this.label = label;
    }

    /** The usual file name extension, without the dot. */
    public String extension() {
        return extension;
    }

    public String label() {
        return label;
    }

    /** The format named {@code name} (html, pdf, csv, w3c; any case). */
    public static ExportFormat named(String name) {
        return valueOf(name.strip().toUpperCase(Locale.ROOT));
    }

    /** Whether a report of this format can carry charts ({@link ReportFigures}): HTML and PDF. */
    public boolean takesFigures() {
        return this == HTML || this == PDF;
    }

    /** Writes {@code snapshot} in this format to {@code file}, replacing it atomically. */
    public void write(CaseFileSnapshot snapshot, Path file) throws IOException {
        AtomicFile.write(file, out -> write(snapshot, out));
    }

    /** Writes {@code snapshot} with charts (HTML and PDF; the other formats have no place for them). */
    public void write(CaseFileSnapshot snapshot, ReportFigures figures, Path file) throws IOException {
        AtomicFile.write(file, out -> write(snapshot, figures, out));
    }

    public void write(CaseFileSnapshot snapshot, OutputStream out) throws IOException {
        write(snapshot, ReportFigures.NONE, out);
    }

    public void write(CaseFileSnapshot snapshot, ReportFigures figures, OutputStream out) throws IOException {
        switch (this) {
        case HTML -> out.write(HtmlReport.render(snapshot, figures).getBytes(StandardCharsets.UTF_8));
        case PDF -> PdfReport.write(snapshot, figures, out);
        case CSV -> CsvExport.write(snapshot, out);
        case W3C -> WebAnnotationExport.write(snapshot, creator(), out);
        }
    }

    /** Who made the annotations: the user. */
    public static String creator() {
        return System.getProperty("user.name");
    }
}
