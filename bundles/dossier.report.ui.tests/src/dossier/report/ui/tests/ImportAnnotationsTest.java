package dossier.report.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

import dossier.casefile.ResearchWorkspace;
import dossier.casefile.ui.WorkspaceSession;
import dossier.model.casefile.CaseFile;
import dossier.model.casefile.Clip;
import dossier.report.ExportFormat;
import dossier.report.ui.internal.ExportCaseFileHandler;
import dossier.store.Capture;
import dossier.store.ItemType;
import dossier.ui.testing.WorkbenchRobot;

/**
 * A trainer exports a case file's clips as W3C Web Annotations and a strategist imports them into a fresh case file
 * with File &gt; Import Annotations...: the clips come back on the same items with their tags and notes, one Undo
 * takes the whole import back, and a broken file gets one error and changes nothing.
 */
class ImportAnnotationsTest {

    private static final String CASE = "Annotated brief";
    private static final String FRESH = "Annotations received";
    private static final String THESIS = "You have to have the conversation.";
    private static final String CONTENT = "Content marketing is here to stay";
    private static final String NOWHERE = "https://example.invalid/not-in-this-workspace";

    @TempDir
    Path out;

    @Test
    void importTheExportedAnnotationsIntoAFreshCaseFile() throws Exception {
        WorkbenchRobot robot = new WorkbenchRobot();
        IWorkbenchWindow window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
        WorkspaceSession session = PlatformUI.getWorkbench().getService(WorkspaceSession.class);
        robot.waitUntil("the workspace is open", () -> session.workspace() != null);
        ResearchWorkspace workspace = session.workspace();
        CaseFile original = workspace.createCaseFile(CASE);
        for (Path seed : seeds()) {
            String text = Files.readString(seed, StandardCharsets.UTF_8);
            String url = seed.toUri().toString();
            String id = workspace.importCapture(new Capture(ItemType.DOCUMENT, url, url, seed.getFileName().toString(),
                    null, null, null, null, Instant.now(), "en", "text/plain", text.getBytes(StandardCharsets.UTF_8),
                    text), original, List.of()).id();
            if (text.contains(THESIS)) {
                workspace.clip(id, THESIS, original, List.of("Insight"), "the thesis in one line");
            }
            if (text.contains(CONTENT)) {
                workspace.clip(id, CONTENT, original, List.of("Insight", "Tone/Positive"), null);
            }
        }
        assertEquals(2, original.getClips().size());
        Map<String, String> expected = clipsByQuote(workspace, original);

        Path exported = out.resolve("annotations.jsonld");
        Job export = ExportCaseFileHandler.export(workspace, original, ExportFormat.W3C, exported, List.of());
        robot.waitUntil("the annotations are exported", () -> export.getResult() != null);
        assertTrue(export.getResult().isOK(), export.getResult().toString());
        Path file = out.resolve("received.jsonld");
        Files.writeString(file, withAnnotationOfAnotherPage(Files.readString(exported, StandardCharsets.UTF_8)),
                StandardCharsets.UTF_8);
        int annotations = JsonParser.parseString(Files.readString(file, StandardCharsets.UTF_8)).getAsJsonObject()
                .getAsJsonObject("first").getAsJsonArray("items").size();
        CaseFile fresh = workspace.createCaseFile(FRESH);

        robot.whenShellOpens("Import Annotations", dialog -> {
            Text fileField = robot.widgets(dialog, Text.class, t -> true).get(0);
            assertTrue(!robot.button(dialog, "Import").isEnabled(), "nothing to import before a file is chosen");
            fileField.setText(out.resolve("missing.json").toString());
            assertTrue(!robot.button(dialog, "Import").isEnabled() && !robot.widgets(dialog, Label.class,
                    l -> l.getText().startsWith("There is no file")).isEmpty(), "a missing file is refused");
            fileField.setText(file.toString());
            Combo caseFiles = robot.widgets(dialog, Combo.class, c -> true).get(0);
            assertTrue(caseFiles.getText().startsWith("As the file says"), caseFiles.getText());
            caseFiles.select(caseFiles.indexOf(FRESH));
            caseFiles.notifyListeners(SWT.Selection, new Event());
            screenshot(robot, "import-annotations-dialog");
            robot.click(robot.button(dialog, "Import"));
        });
        robot.click(robot.menu(window.getShell(), "File", "Import Annotations..."));
        robot.assertDialogsPassed();
        String message = answer(robot, "import-annotations-done");
        assertTrue(message.startsWith("2 of " + annotations + " annotations became clips in '" + FRESH + "'."),
                message);
        assertTrue(message.contains("1 annotation could not be matched:\n\u2022 \u201cNothing of the kind\u201d: no item"
                + " has the URL " + NOWHERE), message);

        assertEquals(expected, clipsByQuote(workspace, fresh), "the clips are back on the same items, tagged and"
                + " annotated as in the case file exported");
        assertEquals(Set.copyOf(original.getItemIds()), Set.copyOf(fresh.getItemIds()), "its items are filed too");
        assertEquals(2, original.getClips().size(), "the exported case file is left as it was");

        robot.click(robot.menu(window.getShell(), "Edit", "Undo"));
        robot.waitUntil("one Undo takes the whole import back", () -> fresh.getClips().isEmpty());
        assertTrue(fresh.getItemIds().isEmpty() && fresh.getNotes().isEmpty(), "nothing of the import is left");
        robot.click(robot.menu(window.getShell(), "Edit", "Redo"));
        robot.waitUntil("Redo brings it back", () -> fresh.getClips().size() == 2);
        assertEquals(expected, clipsByQuote(workspace, fresh));

        Path broken = out.resolve("broken.json");
        Files.writeString(broken, "{\"type\": \"AnnotationCollection\", \"first\": {\"items\": [", StandardCharsets.UTF_8);
        String error = importThroughTheMenu(robot, window, broken, "import-annotations-broken");
        assertTrue(error.startsWith("Nothing was imported. " + broken + ": not JSON: malformed at line 1"), error);
        Path foreign = out.resolve("foreign.json");
        Files.writeString(foreign, "{\"name\": \"dossier\", \"version\": \"1.0.0\"}", StandardCharsets.UTF_8);
        error = importThroughTheMenu(robot, window, foreign, "import-annotations-foreign");
        assertTrue(error.startsWith("Nothing was imported. " + foreign + ": no annotations found"), error);
        assertEquals(expected, clipsByQuote(workspace, fresh), "a bad file changes nothing");
        assertTrue(workspace.caseFile("Inbox").map(c -> c.getClips().isEmpty()).orElse(true));
    }

    /** Imports {@code file} into the default case file through the menu; the text of the message that follows. */
    private static String importThroughTheMenu(WorkbenchRobot robot, IWorkbenchWindow window, Path file,
            String screenshot) {
        robot.whenShellOpens("Import Annotations", dialog -> {
            robot.widgets(dialog, Text.class, t -> true).get(0).setText(file.toString());
            robot.click(robot.button(dialog, "Import"));
        });
        robot.click(robot.menu(window.getShell(), "File", "Import Annotations..."));
        robot.assertDialogsPassed();
        return answer(robot, screenshot);
    }

    /** Waits for the message that ends an import, photographs it, closes it and gives its text. */
    private static String answer(WorkbenchRobot robot, String screenshot) {
        List<String> message = new ArrayList<>();
        robot.whenShellOpens("Import Annotations", dialog -> {
            message.add(text(robot, dialog));
            screenshot(robot, screenshot);
            robot.click(robot.button(dialog, "OK"));
        });
        robot.waitUntil("the import says how it went", () -> !message.isEmpty());
        robot.assertDialogsPassed();
        return message.get(0);
    }

    private static String text(WorkbenchRobot robot, Shell dialog) {
        return robot.widgets(dialog, Label.class, l -> l.getText().length() > 20).stream().map(Label::getText)
                .findFirst().orElse("");
    }

    /** Each clip's quote with its item, tags and notes, as the model holds them. */
    private static Map<String, String> clipsByQuote(ResearchWorkspace workspace, CaseFile caseFile) {
        Map<String, String> clips = new TreeMap<>();
        for (Clip clip : caseFile.getClips()) {
            clips.put(clip.getExact(), clip.getItemId() + " " + clip.getStart() + "-" + clip.getEnd() + " tags "
                    + workspace.tagsOf(clip.getId()).stream().sorted().toList() + " notes " + caseFile.getNotes()
                            .stream().filter(n -> n.getTargetId().equals(clip.getId())).map(n -> n.getText())
                            .toList());
        }
        return clips;
    }

    /** The export with one more annotation, on a page that is not in this workspace. */
    private static String withAnnotationOfAnotherPage(String export) {
        JsonObject collection = JsonParser.parseString(export).getAsJsonObject();
        JsonObject annotation = JsonParser.parseString("{\"type\": \"Annotation\", \"id\": \"urn:x-test:elsewhere\","
                + " \"target\": {\"source\": \"" + NOWHERE + "\", \"selector\": {\"type\": \"TextQuoteSelector\","
                + " \"exact\": \"Nothing of the kind\"}}}").getAsJsonObject();
        collection.getAsJsonObject("first").getAsJsonArray("items").add(annotation);
        return collection.toString();
    }

    private static void screenshot(WorkbenchRobot robot, String name) {
        try {
            robot.screenshot(name);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    private static List<Path> seeds() throws IOException {
        Path folder = Path.of(System.getProperty("dossier.shared"), "corpus", "seed-articles");
        assertTrue(Files.isDirectory(folder), "the seed articles are at " + folder);
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(f -> f.toString().endsWith(".txt")).sorted().toList();
        }
    }
}
