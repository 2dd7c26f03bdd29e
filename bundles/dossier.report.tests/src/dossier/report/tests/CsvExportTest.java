package dossier.report.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.google.gson.JsonObject;

import dossier.report.CsvExport;
import dossier.report.tests.CaseFileFixture.ClipSpec;

/** The CSV export, parsed back with Commons CSV as a strict RFC 4180 reader. */
class CsvExportTest {

    @TempDir
    Path workspace;

    @TempDir
    Path out;

    @Test
    void oneRowPerItemAndClipWithQuotesCommasAndNewlinesIntactAfterTheByteOrderMark() throws Exception {
        CaseFileFixture fixture = CaseFileFixture.caseFile(workspace);
        Path file = out.resolve("case.csv");
        fixture.run("export", "--case", CaseFileFixture.CASE, "--format", "csv", "--out", file.toString());
        byte[] bytes = Files.readAllBytes(file);
        assertArrayEquals(new byte[] { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF }, Arrays.copyOf(bytes, 3));
        String content = new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
        assertTrue(content.startsWith(String.join(",", CsvExport.HEADER) + "\r\n"), "RFC 4180: CRLF line ends");

        List<CSVRecord> rows;
        try (CSVParser parser = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(content))) {
            rows = parser.getRecords();
        }
        assertEquals(fixture.itemIds.size() + CaseFileFixture.CLIPS.size(), rows.size());
        for (int i = 0; i < fixture.itemIds.size(); i++) {
            CSVRecord row = rows.get(i);
            JsonObject item = HtmlReportTest.item(fixture, fixture.itemIds.get(i));
            assertEquals("item", row.get("kind"));
            assertEquals(fixture.itemIds.get(i), row.get("id"));
            assertEquals(item.get("title").getAsString(), row.get("title"));
            assertEquals(item.get("url").getAsString(), row.get("url"));
            assertEquals(item.get("sha256").getAsString(), row.get("sha256"));
            assertEquals(item.get("captured").getAsString(), row.get("captured"));
        }
        assertEquals("Source/Long read", rows.get(3).get("tags"));
        for (int i = 0; i < CaseFileFixture.CLIPS.size(); i++) {
            ClipSpec spec = CaseFileFixture.CLIPS.get(i);
            CSVRecord row = rows.get(fixture.itemIds.size() + i);
            assertEquals("clip", row.get("kind"));
            assertEquals(fixture.clipIds.get(i), row.get("id"));
            assertEquals(fixture.itemIds.get(spec.item()), row.get("item_id"));
            assertEquals(spec.quote(), row.get("quote"));
            assertEquals(String.join("; ", spec.tags()), row.get("tags"));
            assertEquals(spec.note() == null ? "" : spec.note(), row.get("notes"));
            assertEquals("anchored", row.get("anchor"));
            assertTrue(row.get("clipped").matches("\\d{4}-\\d\\d-\\d\\dT.*Z"), row.get("clipped"));
        }
        assertTrue(content.contains(
                "\"<script>alert(\"\"x\"\")</script> & \"\"quotes\"\", commas, and\na second line\""),
                "quotes doubled, the field quoted");
    }
}
