package dossier.capture.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dossier.capture.BrowserCapture;
import dossier.capture.BrowserCapture.Captured;
import dossier.capture.BrowserCapture.Filing;
import dossier.capture.BrowserCapture.Page;
import dossier.capture.BrowserCapture.Refused;
import dossier.capture.BrowserCapture.Selection;
import dossier.casefile.Intake;
import dossier.casefile.ResearchWorkspace;
import dossier.index.SearchIndex;
import dossier.index.SearchRequest;
import dossier.model.casefile.CaseFile;
import dossier.model.casefile.Clip;

/** Pages and selections as the browser extension sends them, through the intake into a real workspace. */
class BrowserCaptureTest {

    private static final String NAV_HEADLINE = "Weston captures 7th straight Class S swim title";

    @TempDir
    Path folder;

    private ResearchWorkspace workspace;
    private BrowserCapture capture;
    private BenchPage page;

    @BeforeEach
    void open() throws Exception {
        workspace = ResearchWorkspace.open(folder);
        capture = new BrowserCapture(workspace, Intake.ModelThread.CALLER);
        page = BenchPage.autoShow();
    }

    @AfterEach
    void close() throws Exception {
        workspace.close();
    }

    private Page rendered(String html) {
        return new Page(page.url(), "Auto show (tab title)", html, Instant.parse("2026-12-05T00:30:00Z"));
    }

    private long hits(String query) throws Exception {
        SearchIndex index = SearchIndex.of(workspace);
        index.refresh();
        return index.search(SearchRequest.of(query)).totalHits();
    }

    @Test
    void aRenderedPageIsExtractedFiledTaggedNotedIndexedAndRemembered() throws Exception {
        Captured captured = capture.page(rendered(page.html()),
                new Filing("Auto shows", List.of("Brands/Toyota", " Launches "), "  for the Q4 deck "));

        assertEquals("Auto shows", captured.caseFile());
        assertNull(captured.clipId());
        var item = workspace.store().item(captured.itemId()).orElseThrow();
        assertEquals("New SUVs and electric vehicles highlight L.A. Auto Show", item.title());
        String text = workspace.store().text(captured.itemId());
        assertTrue(text.contains(BenchPage.PASSAGE), "the article was extracted: " + text);
        assertTrue(!text.contains(NAV_HEADLINE), "without the site's other headlines");
        CaseFile autoShows = workspace.caseFile("Auto shows").orElseThrow();
        assertTrue(workspace.holds(autoShows, captured.itemId()));
        assertEquals(List.of("Brands/Toyota", "Launches"), workspace.tagsOf(captured.itemId()));
        assertEquals(List.of("for the Q4 deck"),
                workspace.notesOn(captured.itemId()).stream().map(n -> n.getText()).toList());
        assertEquals(1, hits(BenchPage.WORD + " case:\"Auto shows\" tag:Brands/Toyota"));

        BrowserCapture.Choices choices = capture.choices();
        assertTrue(choices.caseFiles().contains("Auto shows"), choices.toString());
        assertEquals("Auto shows", choices.lastCaseFile());
        assertTrue(choices.tags().containsAll(List.of("Brands", "Brands/Toyota", "Launches")), choices.toString());
    }

    @Test
    void theSamePageTwiceIsOneItemAndAChangedPageANewVersionOfIt() throws Exception {
        Filing filing = new Filing("Auto shows", List.of(), null);
        String first = capture.page(rendered(page.html()), filing).itemId();
        assertEquals(first, capture.page(rendered(page.html()), filing).itemId());
        assertEquals(1, workspace.store().captures(first).size(), "the same DOM is no new version");

        String changed = page.html().replace(BenchPage.PASSAGE, BenchPage.PASSAGE + " (updated)");
        assertEquals(first, capture.page(rendered(changed), filing).itemId());
        assertEquals(2, workspace.store().captures(first).size(), "a changed DOM is a new capture version");
        assertEquals(1, workspace.store().size());
    }

    @Test
    void aSelectionBecomesAClipAnchoredInTheExtractedTextWithItsTagsAndNote() throws Exception {
        // the DOM's text of a selection breaks lines and spaces differently from the extracted text
        Selection selection = new Selection("Toyota is displaying a\n   rechargeable hybrid\u00a0version of the RAV4",
                "he Los Angeles Auto Show.\n\n", " \u2014 the top-selling vehicle in ");
        Captured captured = capture.selection(rendered(page.html()), selection,
                new Filing("Auto shows", List.of("Tone/Positive"), "hybrids lead"));

        Clip clip = workspace.clip(captured.clipId()).orElseThrow();
        String text = workspace.store().text(captured.itemId());
        assertEquals(BenchPage.PASSAGE, text.substring(clip.getStart(), clip.getEnd()));
        assertEquals(BenchPage.PASSAGE, clip.getExact());
        assertTrue(clip.getPrefix().endsWith("Auto Show.\n\n") || clip.getPrefix().endsWith("Auto Show. "),
                "the prefix is the extracted text's: " + clip.getPrefix());
        assertEquals(captured.itemId(), clip.getItemId());
        assertTrue(workspace.holds(workspace.caseFile("Auto shows").orElseThrow(), captured.itemId()));
        assertEquals(List.of("Tone/Positive"), workspace.tagsOf(clip.getId()));
        assertEquals(List.of(), workspace.tagsOf(captured.itemId()), "the tags are the clip's");
        assertEquals("hybrids lead", workspace.notesOn(clip.getId()).get(0).getText());
    }

    @Test
    void aPassageThatOccursTwiceIsTheOneItsContextNames() throws Exception {
        String twice = page.html()
                .replace("Sentra from Nissan.", "Sentra from Nissan. Dealers expect a busy winter.")
                .replace("public on Friday.", "public on Friday. Dealers expect a busy winter.");
        String lead = "The show opens to the public on Friday. ";
        Captured captured = capture.selection(rendered(twice),
                new Selection("Dealers expect a busy winter", lead.substring(lead.length() - 32), "."),
                new Filing(null, List.of(), null));
        Clip clip = workspace.clip(captured.clipId()).orElseThrow();
        String text = workspace.store().text(captured.itemId());
        assertTrue(clip.getStart() > text.indexOf("public on Friday"), "the second one: " + clip.getStart());
        assertEquals(ResearchWorkspace.INBOX, captured.caseFile());

        Refused ambiguous = assertThrows(Refused.class, () -> capture.selection(rendered(twice),
                new Selection("Dealers expect a busy winter", "", ""), new Filing(null, List.of(), null)));
        assertTrue(ambiguous.getMessage().contains("occurs 2 times"), ambiguous.getMessage());
    }

    @Test
    void aSelectionOutsideTheArticleIsRefusedBeforeAnythingIsStored() {
        Refused refused = assertThrows(Refused.class, () -> capture.selection(rendered(page.html()),
                new Selection(NAV_HEADLINE, "", ""), new Filing("Auto shows", List.of("Sport"), null)));
        assertTrue(refused.getMessage().startsWith("the selection is not in the article"), refused.getMessage());
        assertEquals(0, workspace.store().size());
        assertTrue(workspace.caseFile("Auto shows").isEmpty());
    }

    @Test
    void onlyWebPagesWithContentAreCaptured() {
        for (String url : List.of("file:///etc/passwd", "javascript:alert(1)", "", "chrome://settings")) {
            Refused refused = assertThrows(Refused.class, () -> capture.page(
                    new Page(url, "x", page.html(), null), new Filing(null, List.of(), null)));
            assertTrue(refused.getMessage().startsWith("only web pages"), refused.getMessage());
        }
        Refused empty = assertThrows(Refused.class, () -> capture.page(new Page(page.url(), "x", " ", null),
                new Filing(null, List.of(), null)));
        assertTrue(empty.getMessage().endsWith("the page sent no content"), empty.getMessage());
        assertEquals(0, workspace.store().size());
    }
}
