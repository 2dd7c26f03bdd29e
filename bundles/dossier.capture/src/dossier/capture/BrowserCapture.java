package dossier.capture;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import dossier.anchoring.AnchorResult;
import dossier.anchoring.Anchoring;
import dossier.anchoring.TextPositionSelector;
import dossier.anchoring.TextQuoteSelector;
import dossier.casefile.CaseFileException;
import dossier.casefile.Intake;
import dossier.casefile.ProtectedMaterialException;
import dossier.casefile.ResearchWorkspace;
import dossier.casefile.WebPages;
import dossier.model.Tags;
import dossier.model.casefile.CaseFile;
import dossier.model.casefile.Clip;
import dossier.model.casefile.TagScheme;
import dossier.store.AtomicFile;
import dossier.store.Capture;
import dossier.store.PutResult;

/**
 * What the browser extension brings: a page as the user's browser rendered it, or a selection of it as a clip. The
 * page goes through the same {@link Intake} as every way in (article extraction, dedupe, capture versions, index); a
 * selection is anchored in the text extracted from the page, as every clip is. The case file last captured into is
 * remembered in the workspace.
 */
public final class BrowserCapture {

    /** Where the case file last captured into is remembered, in the workspace folder. */
    static final String LAST_CASE_FILE = "capture/last-case-file";

    /** A page as the browser rendered it: {@code html} is its DOM, {@code title} stands in if the page names none. */
    public record Page(String url, String title, String html, Instant capturedAt) {
    }

    /** Where a capture goes: a case file by name (a new name makes one; blank: the Inbox), tags and a note. */
    public record Filing(String caseFile, List<String> tags, String note) {

        public Filing {
            tags = tags == null ? List.of() : tags.stream().map(String::strip).filter(t -> !t.isEmpty()).toList();
            caseFile = caseFile == null || caseFile.isBlank() ? null : caseFile.strip();
            note = note == null || note.isBlank() ? null : note.strip();
        }
    }

    /** A selection in the page: its text and the text around it, as the browser shows them. */
    public record Selection(String exact, String prefix, String suffix) {
    }

    /** What a capture made: the item, the case file it was filed in, and the clip of a selection (else null). */
    public record Captured(String itemId, String caseFile, String clipId) {
    }

    /** What the popup offers: the case files, the one last captured into (or null), the tag paths to complete. */
    public record Choices(List<String> caseFiles, String lastCaseFile, List<String> tags) {
    }

    /** A capture refused, with a message for the user; nothing was stored. */
    public static final class Refused extends Exception {
        private static final long serialVersionUID = 1L;

        public Refused(String message) {
            super(message);
        }
    }

    private final ResearchWorkspace workspace;
    private final Intake.ModelThread modelThread;

    public BrowserCapture(ResearchWorkspace workspace, Intake.ModelThread modelThread) {
        this.workspace = workspace;
        this.modelThread = modelThread;
    }

    /** Captures a page into a case file, tagged, with the note on its item. */
    public Captured page(Page page, Filing filing) throws Refused, IOException {
        Capture capture = capture(page);
        String itemId = file(capture, Intake.Filing.into(filing.caseFile(), filing.tags()));
        return inModel(caseFile -> {
            if (filing.note() != null) {
                workspace.addNote(itemId, filing.note(), caseFile);
            }
            return new Captured(itemId, caseFile.getTitle(), null);
        }, filing);
    }

    /**
     * Captures a page and clips the selection from its extracted text, the tags and note on the clip. A selection
     * that is not in the extracted text is refused before anything is stored.
     */
    public Captured selection(Page page, Selection selection, Filing filing) throws Refused, IOException {
        Capture capture = capture(page);
        TextPositionSelector at = locate(capture.text() == null ? "" : capture.text(), selection);
        String itemId = file(capture, Intake.Filing.into(filing.caseFile(), List.of()));
        return inModel(caseFile -> {
            Clip clip = workspace.clipAt(itemId, capture.text(), at.start(), at.end(), caseFile, filing.tags(),
                    filing.note());
            return new Captured(itemId, caseFile.getTitle(), clip.getId());
        }, filing);
    }

    /** The case files, the one last captured into if it still exists, and every tag path of the tag schemes. */
    public Choices choices() throws IOException {
        String last = lastCaseFile();
        return workspace.readModel(() -> {
            List<String> names = workspace.caseFiles().stream().map(CaseFile::getTitle).toList();
            List<String> tags = new ArrayList<>();
            for (TagScheme scheme : workspace.model().getTagSchemes()) {
                Tags.all(scheme).forEach(tag -> tags.add(Tags.path(tag)));
            }
            return new Choices(names, names.contains(last) ? last : null, tags);
        });
    }

    /**
     * Where the selection is in the extracted text: the one place its text occurs (whitespace and typography aside),
     * else the place its context confirms.
     */
    static TextPositionSelector locate(String text, Selection selection) throws Refused {
        String exact = selection.exact() == null ? "" : selection.exact();
        if (exact.isBlank()) {
            throw new Refused("nothing is selected: select a passage of the page to clip");
        }
        List<TextPositionSelector> found = Anchoring.occurrences(text, exact);
        if (found.size() == 1) {
            return found.get(0);
        }
        TextQuoteSelector quote = new TextQuoteSelector(exact, orEmpty(selection.prefix()), orEmpty(selection.suffix()));
        AnchorResult result = Anchoring.anchor(text, quote, found.isEmpty() ? new TextPositionSelector(0, 0) : found.get(0));
        if (result instanceof AnchorResult.Anchored anchored) {
            return new TextPositionSelector(anchored.start(), anchored.end());
        }
        if (found.isEmpty()) {
            throw new Refused("the selection is not in the article Dossier read from this page (menus, comments and"
                    + " other parts around the article are left out): select a passage of the article");
        }
        throw new Refused("the selection occurs " + found.size() + " times in the article and the text around it"
                + " does not tell which one: select a few more words");
    }

    private static String orEmpty(String s) {
        return s == null ? "" : s;
    }

    private static Capture capture(Page page) throws Refused {
        String url = page.url() == null ? "" : page.url().strip();
        String scheme;
        try {
            scheme = URI.create(url).getScheme();
        } catch (IllegalArgumentException e) {
            scheme = null;
        }
        if (scheme == null || !List.of("http", "https").contains(scheme.toLowerCase(Locale.ROOT))) {
            throw new Refused("only web pages (http and https) can be captured, not '" + url + "'");
        }
        if (page.html() == null || page.html().isBlank()) {
            throw new Refused(url + ": the page sent no content");
        }
        try {
            return WebPages.capture(page.html().getBytes(StandardCharsets.UTF_8), url, page.title(),
                    page.capturedAt() == null ? Instant.now() : page.capturedAt());
        } catch (IllegalArgumentException e) {
            throw new Refused(e.getMessage());
        }
    }

    private String file(Capture capture, Intake.Filing filing) throws Refused, IOException {
        Intake.Batch batch = workspace.intake().batch(filing);
        PutResult result = batch.put(capture);
        try {
            workspace.intake().file(batch, modelThread);
        } catch (ProtectedMaterialException e) {
            throw new Refused(e.getMessage());
        }
        return result.id();
    }

    @FunctionalInterface
    private interface InCaseFile {
        Captured apply(CaseFile caseFile) throws IOException, CaseFileException;
    }

    /** Runs the clip or note on the model thread, in the case file the item was filed in, and remembers it. */
    private Captured inModel(InCaseFile change, Filing filing) throws Refused, IOException {
        Captured[] captured = new Captured[1];
        Exception[] failure = new Exception[1];
        modelThread.run(() -> {
            try {
                CaseFile caseFile = workspace.caseFileNamed(
                        filing.caseFile() == null ? ResearchWorkspace.INBOX : filing.caseFile());
                captured[0] = change.apply(caseFile);
            } catch (IOException | CaseFileException | ProtectedMaterialException e) {
                failure[0] = e;
            }
        });
        if (failure[0] instanceof IOException e) {
            throw e;
        }
        if (failure[0] != null) {
            throw new Refused(failure[0].getMessage());
        }
        remember(captured[0].caseFile());
        return captured[0];
    }

    private void remember(String caseFile) throws IOException {
        Path file = workspace.folder().resolve(LAST_CASE_FILE);
        Files.createDirectories(file.getParent());
        AtomicFile.write(file, caseFile.getBytes(StandardCharsets.UTF_8));
    }

    private String lastCaseFile() throws IOException {
        Path file = workspace.folder().resolve(LAST_CASE_FILE);
        return Files.isRegularFile(file) ? Files.readString(file, StandardCharsets.UTF_8).strip() : null;
    }
}
