package dossier.report.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;

import javax.xml.parsers.DocumentBuilderFactory;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import dossier.report.CaseFileSnapshot;
import dossier.report.CaseFileSnapshot.ClipEntry;
import dossier.report.CaseFileSnapshot.ItemEntry;
import dossier.report.CaseFileSnapshot.LinkEntry;
import dossier.report.CaseFileSnapshot.NoteEntry;
import dossier.report.CaseFileSnapshot.Source;
import dossier.report.ExportFormat;
import dossier.report.HtmlReport;

/** Text from hostile pages and feeds in every field: the report stays well-formed, inert and printable. */
class HostileSnapshotTest {

    private static final String HOSTILE = "</blockquote><img src=x onerror=alert(1)> ]]> &amp; \u0000\u0007\uFFFE"
            + " \uD83D\uDE00 \uD800";

    private static CaseFileSnapshot snapshot() {
        Instant now = Instant.parse("2026-11-26T12:00:00Z");
        Source source = new Source("item1", false, "article", "Title " + HOSTILE, "javascript:alert(document.cookie)",
                null, "Author " + HOSTILE, now, now, "ab" + HOSTILE);
        NoteEntry note = new NoteEntry("note1", "Note " + HOSTILE, now);
        ClipEntry clip = new ClipEntry("clip1\"><script>", source, "Quote " + HOSTILE, "", "", 0, 5, "orphaned", now,
                List.of("Tag " + HOSTILE), List.of(note));
        return new CaseFileSnapshot("case1", "Case " + HOSTILE, "Description " + HOSTILE, "active", now, now, now,
                List.of(note), List.of(new ItemEntry(source, List.of("Tag " + HOSTILE), List.of(note))),
                List.of(clip), List.of(new LinkEntry("link1", "clip1", "From " + HOSTILE, "type " + HOSTILE, "clip1",
                        "To " + HOSTILE, "Link note " + HOSTILE, now)));
    }

    @Test
    void theReportIsWellFormedXmlWithNoActiveContentAndNoLinkToAScript() throws Exception {
        String html = HtmlReport.render(snapshot());
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        Document document = factory.newDocumentBuilder()
                .parse(new ByteArrayInputStream(html.getBytes(StandardCharsets.UTF_8)));
        for (String element : List.of("script", "img", "iframe", "object", "link")) {
            assertEquals(0, document.getElementsByTagNameNS("*", element).getLength(), element);
        }
        NodeList links = document.getElementsByTagNameNS("*", "a");
        for (int i = 0; i < links.getLength(); i++) {
            assertFalse(((Element) links.item(i)).getAttribute("href").startsWith("javascript"));
        }
        String text = document.getDocumentElement().getTextContent();
        assertTrue(text.contains("Quote </blockquote><img src=x onerror=alert(1)> ]]> &amp; "), text);
        assertTrue(text.contains("\uD83D\uDE00"), "a surrogate pair survives");
        assertFalse(text.contains("\u0000") || text.contains("\u0007") || text.contains("\uFFFE"),
                "characters XML cannot hold are dropped");
        assertTrue(text.contains("orphaned"), "a clip that lost its anchor says so");
    }

    @Test
    void thePdfRendersTheSameTextAsText() throws Exception {
        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        ExportFormat.PDF.write(snapshot(), pdf);
        try (PDDocument document = Loader.loadPDF(pdf.toByteArray())) {
            String text = new PDFTextStripper().getText(document);
            assertTrue(text.contains("</blockquote><img src=x onerror=alert(1)>"), text);
        }
    }
}
