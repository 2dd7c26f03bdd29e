package dossier.report;

import java.util.List;

import dossier.report.CaseFileSnapshot.ClipEntry;
import dossier.report.CaseFileSnapshot.ItemEntry;
import dossier.report.CaseFileSnapshot.LinkEntry;
import dossier.report.CaseFileSnapshot.NoteEntry;
import dossier.report.CaseFileSnapshot.Source;

/**
 * The printable, self-contained report of a case file as XHTML (well-formed, so that the PDF
 * renderer reads it too): inline CSS, no scripts, no external resources, every text escaped.
 */
public final class HtmlReport {

    /** The font families the report asks for; the PDF renderer embeds fonts under these names. */
    static final String FONT_FAMILIES = "'DejaVu Sans', 'Liberation Sans', sans-serif";

    private static final String STYLE = """
            @page { size: A4; margin: 18mm 16mm; }
            body { font-family: %s; font-size: 10.5pt; line-height: 1.45; color: #1d2329;
                   margin: 0 auto; max-width: 48em; }
            h1 { font-size: 20pt; margin: 0 0 4pt; }
            h2, h3 { page-break-after: avoid; }
            h2 { font-size: 14pt; border-bottom: 1px solid #b8c2cc; padding-bottom: 2pt; margin-top: 18pt; }
            .meta, .provenance { color: #56606b; font-size: 9pt; }
            .description { margin: 8pt 0 12pt; }
            .clip { margin: 0 0 12pt; page-break-inside: avoid; }
            blockquote { margin: 0; padding: 4pt 10pt; border-left: 3pt solid #2f6f9f; background: #f2f6f9; }
            .notes { margin: 4pt 0 0 14pt; padding: 0; }
            .notes li { margin: 2pt 0; }
            .tags { color: #2f6f9f; font-size: 9pt; }
            code { font-family: 'DejaVu Sans Mono', monospace; font-size: 8pt; word-wrap: break-word; }
            table { border-collapse: collapse; width: 100%%; font-size: 9pt; }
            th, td { border: 1px solid #d0d7de; padding: 3pt 5pt; text-align: left; vertical-align: top; }
            tr { page-break-inside: avoid; }
            .figure { margin: 0 0 12pt; page-break-inside: avoid; }
            .figure svg, .figure object { display: block; width: 170mm; height: 85mm; }
            a { color: #1f5f8f; }
            @media print { a { text-decoration: none; } }
            """.formatted(FONT_FAMILIES);

    /** The type of the {@code <object>} a chart is in the PDF's XHTML, drawn by {@link PdfReport}. */
    static final String FIGURE_OBJECT = "application/x-dossier-figure";

    private final CaseFileSnapshot snapshot;
    private final ReportFigures figures;
    private final boolean forPdf;
    private final StringBuilder out = new StringBuilder(64 * 1024);

    private HtmlReport(CaseFileSnapshot snapshot, ReportFigures figures, boolean forPdf) {
        this.snapshot = snapshot;
        this.figures = figures;
        this.forPdf = forPdf;
    }

    /** The report of {@code snapshot} as a complete XHTML document. */
    public static String render(CaseFileSnapshot snapshot) {
        return render(snapshot, ReportFigures.NONE);
    }

    /** The report with charts after its header, each as inline SVG. */
    public static String render(CaseFileSnapshot snapshot, ReportFigures figures) {
        return new HtmlReport(snapshot, figures, false).document();
    }

    /** The report for the PDF renderer: each chart an {@code <object>} that {@link PdfReport} draws. */
    static String renderForPdf(CaseFileSnapshot snapshot, ReportFigures figures) {
        return new HtmlReport(snapshot, figures, true).document();
    }

    private String document() {
        out.append("<!DOCTYPE html>\n<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"en\">\n<head>\n")
                .append("<meta charset=\"UTF-8\"/>\n<meta name=\"generator\" content=\"Dossier\"/>\n<title>")
                .append(Markup.escape(snapshot.title())).append("</title>\n<style>\n").append(STYLE)
                .append("</style>\n</head>\n<body>\n");
        header();
        figures();
        clipsByTag();
        crossReferences();
        sources();
        out.append("</body>\n</html>\n");
        return out.toString();
    }

    private void header() {
        out.append("<h1>").append(Markup.escape(snapshot.title())).append("</h1>\n<p class=\"meta\">");
        if (snapshot.status() != null) {
            out.append("Status: ").append(Markup.escape(snapshot.status())).append(" &#183; ");
        }
        out.append("created ").append(Markup.time(snapshot.created())).append(" &#183; modified ")
                .append(Markup.time(snapshot.modified())).append(" &#183; report of ")
                .append(Markup.time(snapshot.taken())).append("<br/>").append(snapshot.items().size())
                .append(" sources, ").append(snapshot.clips().size()).append(" clips, ")
                .append(snapshot.links().size()).append(" cross-references</p>\n");
        if (snapshot.description() != null && !snapshot.description().isBlank()) {
            out.append("<div class=\"description\">").append(Markup.paragraphs(snapshot.description()))
                    .append("</div>\n");
        }
        notes(snapshot.caseNotes());
    }

    private void figures() {
        if (figures.figures().isEmpty()) {
            return;
        }
        String heading = null;
        for (int i = 0; i < figures.figures().size(); i++) {
            ReportFigures.Figure figure = figures.figures().get(i);
            if (!figure.heading().equals(heading)) {
                heading = figure.heading();
                out.append("<h2>").append(Markup.escape(heading)).append("</h2>\n");
            }
            out.append("<div class=\"figure\">\n<h3>").append(Markup.escape(figure.title())).append("</h3>\n");
            if (forPdf) {
                out.append("<object type=\"").append(FIGURE_OBJECT).append("\" data-figure=\"").append(i)
                        .append("\"></object>\n");
            } else {
                out.append(figure.svg()).append('\n');
            }
            out.append("</div>\n");
        }
    }

    private void clipsByTag() {
        out.append("<h2>Clips by tag</h2>\n");
        if (snapshot.clips().isEmpty()) {
            out.append("<p class=\"meta\">This case file has no clips yet.</p>\n");
        }
        for (String tag : snapshot.clipTags()) {
            clipGroup(tag, snapshot.clipsTagged(tag));
        }
        clipGroup(null, snapshot.clipsTagged(null));
    }

    private void clipGroup(String tag, List<ClipEntry> clips) {
        if (clips.isEmpty()) {
            return;
        }
        out.append("<h3 class=\"tag-group\">").append(tag == null ? "Untagged" : "#" + Markup.escape(tag))
                .append(" <span class=\"meta\">(").append(clips.size()).append(")</span></h3>\n");
        for (ClipEntry clip : clips) {
            clip(clip);
        }
    }

    private void clip(ClipEntry clip) {
        Source source = clip.source();
        out.append("<div class=\"clip\" data-clip=\"").append(Markup.escape(clip.id())).append("\">\n<blockquote>")
                .append(Markup.paragraphs(clip.exact())).append("</blockquote>\n");
        notes(clip.notes());
        out.append("<p class=\"provenance\">From ");
        sourceLink(source);
        out.append(" &#183; captured ").append(Markup.time(source.captured())).append(" &#183; clipped ")
                .append(Markup.time(clip.created()));
        if (clip.state() != null && !"anchored".equalsIgnoreCase(clip.state())) {
            out.append(" &#183; <strong>").append(Markup.escape(clip.state())).append("</strong>");
        }
        out.append("<br/>SHA-256 <code>").append(source.sha256() == null ? "unknown" : Markup.escape(source.sha256()))
                .append("</code>");
        if (!clip.tags().isEmpty()) {
            out.append("<br/><span class=\"tags\">");
            clip.tags().forEach(t -> out.append('#').append(Markup.escape(t)).append(' '));
            out.append("</span>");
        }
        out.append("</p>\n</div>\n");
    }

    private void notes(List<NoteEntry> notes) {
        if (notes.isEmpty()) {
            return;
        }
        out.append("<ul class=\"notes\">");
        for (NoteEntry note : notes) {
            out.append("<li>").append(Markup.paragraphs(note.text())).append("</li>");
        }
        out.append("</ul>\n");
    }

    private void sourceLink(Source source) {
        String title = source.missing() ? "item " + source.itemId() + " (missing from the store)"
                : source.title() == null || source.title().isBlank() ? source.itemId() : source.title();
        String url = source.identityUrl();
        if (Markup.isLinkable(url)) {
            out.append("<a href=\"").append(Markup.escape(url)).append("\">").append(Markup.escape(title))
                    .append("</a>");
        } else {
            out.append(Markup.escape(title));
        }
    }

    private void crossReferences() {
        if (snapshot.links().isEmpty()) {
            return;
        }
        out.append("<h2>Cross-references</h2>\n<table>\n<tr><th>From</th><th>Link</th><th>To</th><th>Note</th></tr>\n");
        for (LinkEntry link : snapshot.links()) {
            out.append("<tr><td>").append(Markup.escape(link.fromLabel())).append("</td><td>")
                    .append(Markup.escape(link.type())).append("</td><td>").append(Markup.escape(link.toLabel()))
                    .append("</td><td>").append(Markup.paragraphs(link.note())).append("</td></tr>\n");
        }
        out.append("</table>\n");
    }

    private void sources() {
        out.append("<h2>Sources</h2>\n<table>\n<tr><th>#</th><th>Source</th><th>Captured</th><th>SHA-256</th></tr>\n");
        int number = 1;
        for (ItemEntry item : snapshot.items()) {
            Source source = item.source();
            out.append("<tr><td>").append(number++).append("</td><td>");
            sourceLink(source);
            if (source.author() != null) {
                out.append("<br/>by ").append(Markup.escape(source.author()));
            }
            if (source.published() != null) {
                out.append("<br/>published ").append(Markup.time(source.published()));
            }
            if (source.identityUrl() != null) {
                out.append("<br/><code>").append(Markup.escape(source.identityUrl())).append("</code>");
            }
            if (!item.tags().isEmpty()) {
                out.append("<br/><span class=\"tags\">");
                item.tags().forEach(t -> out.append('#').append(Markup.escape(t)).append(' '));
                out.append("</span>");
            }
            notes(item.notes());
            out.append("</td><td>").append(Markup.time(source.captured())).append("</td><td><code>")
                    .append(source.sha256() == null ? "unknown" : Markup.escape(source.sha256()))
                    .append("</code></td></tr>\n");
        }
        out.append("</table>\n");
    }
}
