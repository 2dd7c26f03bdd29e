package dossier.report.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

import dossier.cli.internal.CommandRunner;
import dossier.report.tests.CaseFileFixture.ClipSpec;

/** The HTML report of a real case file, exported with {@code dossier export} and read back with jsoup. */
class HtmlReportTest {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'")
            .withZone(ZoneOffset.UTC);

    @TempDir
    Path workspace;

    @TempDir
    Path out;

    @Test
    void everyClipIsGroupedUnderEachOfItsTagsWithSourceLinkCaptureTimeAndHash() throws Exception {
        CaseFileFixture fixture = CaseFileFixture.caseFile(workspace);
        Path file = out.resolve("report.html");
        String printed = fixture.run("export", "--case", CaseFileFixture.CASE, "--format", "html", "--out",
                file.toString());
        assertTrue(printed.startsWith("wrote " + file), printed);
        Document html = Jsoup.parse(Files.readString(file, StandardCharsets.UTF_8));
        assertEquals(CaseFileFixture.CASE, html.selectFirst("h1").text());

        Map<String, List<Element>> groups = new LinkedHashMap<>();
        for (Element heading : html.select("h3.tag-group")) {
            List<Element> clips = new ArrayList<>();
            for (Element next = heading.nextElementSibling(); next != null && next.hasClass("clip");
                    next = next.nextElementSibling()) {
                clips.add(next);
            }
            groups.put(heading.ownText().strip(), clips);
        }
        assertEquals(List.of("#Engagement", "#Insight", "#Risk", "Untagged"), List.copyOf(groups.keySet()));
        for (int i = 0; i < CaseFileFixture.CLIPS.size(); i++) {
            ClipSpec spec = CaseFileFixture.CLIPS.get(i);
            String clipId = fixture.clipIds.get(i);
            List<String> expectedGroups = spec.tags().isEmpty() ? List.of("Untagged")
                    : spec.tags().stream().map(t -> "#" + t).toList();
            for (Map.Entry<String, List<Element>> group : groups.entrySet()) {
                boolean listed = group.getValue().stream().anyMatch(c -> c.attr("data-clip").equals(clipId));
                assertEquals(expectedGroups.contains(group.getKey()), listed, spec.quote() + " in " + group.getKey());
            }
            Element clip = html.selectFirst("div.clip[data-clip=" + clipId + "]");
            assertEquals(CaseFileFixture.flat(spec.quote()), clip.selectFirst("blockquote").text());
            JsonObject item = item(fixture, fixture.itemIds.get(spec.item()));
            Element link = clip.selectFirst(".provenance a");
            assertEquals(item.get("url").getAsString(), link.attr("href"));
            assertEquals(item.get("title").getAsString(), link.text());
            String provenance = clip.selectFirst(".provenance").text();
            assertTrue(provenance.contains(item.get("sha256").getAsString()), provenance);
            assertTrue(provenance.contains("captured " + TIME.format(Instant.parse(item.get("captured")
                    .getAsString()))), provenance);
            if (spec.note() != null) {
                assertEquals(CaseFileFixture.flat(spec.note()), clip.selectFirst("ul.notes li").text());
            }
        }
    }

    @Test
    void hostileTextIsEscapedAndTheReportLoadsNothingFromOutside() throws Exception {
        CaseFileFixture fixture = CaseFileFixture.caseFile(workspace);
        Path file = out.resolve("report.html");
        fixture.run("export", "--case", CaseFileFixture.CASE, "--format", "html", "--out", file.toString());
        String source = Files.readString(file, StandardCharsets.UTF_8);
        assertFalse(source.contains("<script"), "a note's markup must be text, not markup");
        assertTrue(source.contains("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &quot;quotes&quot;"),
                "the hostile note is escaped");
        Document html = Jsoup.parse(source);
        assertTrue(html.select("script, link, img, iframe, object, [src], [style]").isEmpty(),
                "no external or active content");
        assertTrue(html.selectFirst("head style").data().contains("@page"), "printable: inline CSS with @page");
        for (Element link : html.select("a[href]")) {
            assertTrue(link.attr("href").startsWith("file:/"), link.attr("href"));
        }
        Element crossReferences = html.select("h2:containsOwn(Cross-references) + table").first();
        String table = crossReferences.text();
        assertTrue(table.contains("supports") && table.contains("contradicts"), table);
        assertTrue(table.contains("You have to have the conversation."), table);
        Element sources = html.select("h2:containsOwn(Sources) + table").first();
        assertEquals(fixture.itemIds.size() + 1, sources.select("tr").size(), "a row per source and a header");
        assertTrue(sources.text().contains("#Source/Long read"), sources.text());
        assertTrue(html.text().contains(CaseFileFixture.CYRILLIC_NOTE));
    }

    @Test
    void aMistypedFormatIsAUsageErrorAndAnUnknownCaseFileOneClearLine() throws Exception {
        CaseFileFixture fixture = CaseFileFixture.caseFile(workspace);
        Path file = out.resolve("report.docx");
        CommandRunner.Captured result = fixture.dossier("export", "--case", CaseFileFixture.CASE, "--format", "docx",
                "--out", file.toString());
        assertEquals(2, result.exit());
        assertTrue(result.err().contains("unknown format 'docx'; use one of [html, pdf, csv, w3c, qdpx]"), result.err());
        result = fixture.dossier("export", "--case", "No such case", "--format", "html", "--out", file.toString());
        assertEquals(1, result.exit());
        assertEquals("dossier export: no case file named 'No such case'; 'dossier case list' lists them\n",
                result.err());
        result = fixture.dossier("export", "--case", CaseFileFixture.CASE, "--format", "html", "--out",
                out.resolve("missing/report.html").toString());
        assertEquals(1, result.exit());
        assertTrue(result.err().contains("does not exist"), result.err());
        assertFalse(Files.exists(file));
    }

    static JsonObject item(CaseFileFixture fixture, String id) throws Exception {
        return JsonParser.parseString(fixture.run("show", id, "--format", "json")).getAsJsonArray().get(0)
                .getAsJsonObject();
    }
}
