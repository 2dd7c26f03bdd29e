package dossier.workspace.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dossier.casefile.ResearchWorkspace;
import dossier.casefile.TrainerMaterial;
import dossier.casefile.ui.WorkspaceSession;
import dossier.model.Tags;
import dossier.model.casefile.CaseFile;
import dossier.store.Capture;
import dossier.store.ItemType;
import dossier.ui.testing.WorkbenchRobot;
import dossier.workspace.SampleWorkspace;

/**
 * A trainer exports the workspace with File &gt; Export..., a student imports it with File &gt; Import... in
 * training mode (after a hostile archive is refused), and File &gt; New Workspace from Sample... builds the sample.
 */
class WorkspaceWizardsTest {

    private static final String WIZARD = "Workspace Archive (.dossier)";
    private static final String QDPX_WIZARD = "REFI-QDA Project (.qdpx)";

    private WorkbenchRobot robot;
    private IWorkbenchWindow window;
    @TempDir
    Path scratch;

    @BeforeEach
    void openTheWorkspace() {
        robot = new WorkbenchRobot();
        window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
        WorkspaceSession session = PlatformUI.getWorkbench().getService(WorkspaceSession.class);
        robot.waitUntil("the workspace is open", () -> session.workspace() != null);
    }

    @Test
    void exportThenImportInTrainingModeThroughTheWizards() throws Exception {
        ResearchWorkspace workspace = PlatformUI.getWorkbench().getService(WorkspaceSession.class).workspace();
        CaseFile caseFile = workspace.caseFileNamed("Class material");
        String text = "Ask people to save a useful post: it brings them back.";
        workspace.importCapture(new Capture(ItemType.MENTION, "https://social.example/@trainer/1", null, "Save this",
                "Trainer", "trainer", null, null, Instant.now(), "en", "text/plain",
                text.getBytes(StandardCharsets.UTF_8), text), caseFile, List.of("Stages/Stickiness"));

        int caseFiles = workspace.caseFiles().size();
        int items = workspace.store().size();
        Path archive = scratch.resolve("class.dossier");
        robot.whenShellOpens("Export", dialog -> {
            chooseWizard(dialog, WIZARD);
            Text file = visible(dialog, Text.class).get(0);
            file.setText(archive.toString());
            robot.click(robot.button(dialog, "Include the search index (else it is rebuilt when imported)"));
            screenshot("export-wizard");
            robot.click(robot.button(dialog, "Finish"));
        });
        robot.click(robot.menu(window.getShell(), "File", "Export..."));
        String exported = dismissMessage("Export Workspace Archive", "Exported");
        assertTrue(exported.startsWith("Exported the workspace to " + archive + " ("), exported);
        assertTrue(exported.endsWith(" entries, with the search index)."), exported);
        try (ZipFile zip = new ZipFile(archive.toFile())) {
            assertTrue(zip.getEntry("manifest.json") != null);
            assertTrue(zip.stream().anyMatch(e -> e.getName().startsWith("index/segments_")));
            assertTrue(zip.stream().anyMatch(e -> e.getName().equals("model/casefiles/" + caseFile.getId() + ".xmi")),
                    "the unsaved case file is exported from memory");
        }

        Path hostile = scratch.resolve("hostile.dossier");
        try (OutputStream out = Files.newOutputStream(hostile); ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("../evil.txt"));
            zip.write("pwned".getBytes(StandardCharsets.UTF_8));
            zip.putNextEntry(new ZipEntry("manifest.json"));
            zip.write("{}".getBytes(StandardCharsets.UTF_8));
        }
        Path student = scratch.resolve("student");
        importArchive(hostile, student, false);
        assertEquals("Cannot import hostile.dossier: refused entry '../evil.txt': it climbs out of the target folder"
                + " (..); nothing was imported", dismissMessage("Import Workspace Archive", "Cannot import"));
        assertFalse(Files.exists(student));
        assertFalse(Files.exists(scratch.resolve("evil.txt")));

        importArchive(archive, student, true);
        String imported = dismissMessage("Import Workspace Archive", "Imported");
        assertTrue(imported.startsWith("Imported " + caseFiles + " case files and " + items + " items into " + student
                + " in training mode;"
                + " index imported."), imported);
        assertTrue(Files.isRegularFile(student.resolve(TrainerMaterial.FILE)));
        try (ResearchWorkspace opened = ResearchWorkspace.open(student)) {
            CaseFile material = opened.caseFile("Class material").orElseThrow();
            assertEquals(caseFile.getItemIds(), material.getItemIds());
            assertTrue(opened.isTrainerMaterial(material));
        }
    }

    @Test
    void newWorkspaceFromSample() throws Exception {
        Path sample = scratch.resolve("sample");
        robot.whenShellOpens("New Workspace from Sample", dialog -> {
            visible(dialog, Text.class).get(0).setText(sample.toString());
            screenshot("new-from-sample");
            robot.click(robot.button(dialog, "Create"));
        });
        robot.click(robot.menu(window.getShell(), "File", "New Workspace from Sample..."));
        String created = dismissMessage("New Workspace from Sample", "Created");
        assertTrue(created.startsWith("Created the sample workspace in " + sample + ": "), created);
        try (ResearchWorkspace opened = ResearchWorkspace.open(sample)) {
            assertEquals(List.of("Example: a neighbourhood bakery's first month on social"),
                    opened.caseFiles().stream().map(CaseFile::getTitle).toList());
            assertEquals(SampleWorkspace.CODEBOOK_NAME, opened.model().getTagSchemes().get(0).getName());
        }

        robot.whenShellOpens("New Workspace from Sample", dialog -> {
            visible(dialog, Text.class).get(0).setText(sample.toString());
            assertFalse(robot.button(dialog, "Create").isEnabled(), "a folder that holds a workspace is refused");
            screenshot("new-from-sample-refused");
            robot.click(robot.button(dialog, "Cancel"));
        });
        robot.click(robot.menu(window.getShell(), "File", "New Workspace from Sample..."));
    }

    @Test
    void aProjectFromAnotherToolComesInAndGoesOutThroughTheWizards() throws Exception {
        Path project = scratch.resolve("focus.qdpx");
        try (OutputStream out = Files.newOutputStream(project); ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("project.qde"));
            zip.write(("<Project xmlns=\"urn:QDA-XML:project:1.0\" name=\"Brand study\"><CodeBook><Codes>"
                    + "<Code guid=\"9f2d5f6e-2222-4a3b-8c2d-000000000001\" name=\"Distrust\" isCodable=\"true\"/>"
                    + "</Codes></CodeBook><Sources>"
                    + "<TextSource guid=\"9f2d5f6e-4444-4a3b-8c2d-000000000001\" name=\"Focus group 1\">"
                    + "<PlainTextContent>P1: I stopped trusting them after the recall.</PlainTextContent>"
                    + "<PlainTextSelection guid=\"9f2d5f6e-5555-4a3b-8c2d-000000000001\" startPosition=\"4\""
                    + " endPosition=\"27\"><Coding guid=\"9f2d5f6e-6666-4a3b-8c2d-000000000001\"><CodeRef"
                    + " targetGUID=\"9f2d5f6e-2222-4a3b-8c2d-000000000001\"/></Coding>"
                    + "<NoteRef targetGUID=\"9f2d5f6e-7777-4a3b-8c2d-000000000001\"/></PlainTextSelection>"
                    + "</TextSource><PictureSource guid=\"9f2d5f6e-4444-4a3b-8c2d-000000000002\" name=\"Store"
                    + " photo\"/></Sources><Notes><Note guid=\"9f2d5f6e-7777-4a3b-8c2d-000000000001\">"
                    + "<PlainTextContent>The recall is the turning point.</PlainTextContent></Note></Notes>"
                    + "</Project>").getBytes(StandardCharsets.UTF_8));
        }
        robot.whenShellOpens("Import", dialog -> {
            chooseWizard(dialog, QDPX_WIZARD);
            List<Text> fields = visible(dialog, Text.class);
            fields.get(0).setText(project.toString());
            fields.get(1).setText("Focus groups");
            screenshot("import-qdpx-wizard");
            robot.click(robot.button(dialog, "Finish"));
        });
        robot.click(robot.menu(window.getShell(), "File", "Import..."));
        String imported = dismissMessage("Import REFI-QDA Project", "Imported");
        assertEquals("Imported into 'Focus groups': 1 items, 1 clips, 1 notes; codes as tag scheme 'Brand study'.\n\n"
                + "Not imported:\n\u2022 PictureSource 'Store photo': pictures are not items Dossier keeps", imported);
        ResearchWorkspace workspace = PlatformUI.getWorkbench().getService(WorkspaceSession.class).workspace();
        CaseFile focus = workspace.caseFile("Focus groups").orElseThrow();
        assertEquals("I stopped trusting them", focus.getClips().get(0).getExact());
        assertEquals(List.of("Distrust"), workspace.tagsOf(focus.getClips().get(0).getId()));

        Path exported = scratch.resolve("again.qdpx");
        robot.whenShellOpens("Export", dialog -> {
            chooseWizard(dialog, QDPX_WIZARD);
            Combo caseFiles = visible(dialog, Combo.class).get(0);
            caseFiles.select(caseFiles.indexOf("Focus groups"));
            visible(dialog, Text.class).get(0).setText(exported.toString());
            screenshot("export-qdpx-wizard");
            robot.click(robot.button(dialog, "Finish"));
        });
        robot.click(robot.menu(window.getShell(), "File", "Export..."));
        String done = dismissMessage("Export REFI-QDA Project", "Exported");
        assertEquals("Exported 'Focus groups' to " + exported + ": 1 sources, 1 coded selections, "
                + workspace.model().getTagSchemes().stream().mapToInt(s -> Tags.all(s).size()).sum()
                + " codes, 1 notes.", done);
        try (ZipFile zip = new ZipFile(exported.toFile())) {
            String qde = new String(zip.getInputStream(zip.getEntry("project.qde")).readAllBytes(),
                    StandardCharsets.UTF_8);
            assertTrue(qde.contains("startPosition=\"4\"") && qde.contains("endPosition=\"27\""), qde);
            assertTrue(qde.contains("The recall is the turning point."), qde);
        }
    }

    private void importArchive(Path archive, Path folder, boolean training) {
        robot.whenShellOpens("Import", dialog -> {
            chooseWizard(dialog, WIZARD);
            List<Text> fields = visible(dialog, Text.class);
            fields.get(0).setText(archive.toString());
            fields.get(1).setText(PlatformUI.getWorkbench().getService(WorkspaceSession.class).workspace().folder()
                    .toString());
            assertFalse(robot.button(dialog, "Finish").isEnabled(), "the open workspace's folder is refused");
            fields.get(1).setText(folder.toString());
            if (training) {
                robot.click(robot.button(dialog,
                        "Training mode: the trainer's case files and codebooks are read-only"));
            }
            screenshot(training ? "import-wizard-training" : "import-wizard-hostile");
            robot.click(robot.button(dialog, "Finish"));
        });
        robot.click(robot.menu(window.getShell(), "File", "Import..."));
    }

    /** On the wizard selection page: picks one of Dossier's wizards and goes to its page. */
    private void chooseWizard(Shell dialog, String wizard) {
        Tree tree = visible(dialog, Tree.class).get(0);
        TreeItem item = robot.treeItem(tree, wizard::equals);
        tree.setSelection(item);
        Event event = new Event();
        event.item = item;
        tree.notifyListeners(SWT.Selection, event);
        robot.flush();
        robot.click(robot.button(dialog, "Next >"));
        robot.flush();
    }

    /** Waits for a message dialog, returns its message and presses OK. */
    private String dismissMessage(String title, String messageStart) {
        AtomicReference<String> message = new AtomicReference<>();
        robot.whenShellOpens(title, dialog -> {
            Label label = robot.widgets(dialog, Label.class, l -> l.getText().startsWith(messageStart)).get(0);
            message.set(label.getText());
            screenshot(title.toLowerCase().replace(' ', '-') + "-" + messageStart.toLowerCase().replace(' ', '-'));
            robot.click(robot.button(dialog, "OK"));
        });
        robot.waitUntil("the '" + title + "' message", () -> message.get() != null);
        return message.get();
    }

    private <T extends Control> List<T> visible(Shell shell, Class<T> type) {
        return robot.widgets(shell, type, T::isVisible);
    }

    private void screenshot(String name) {
        try {
            robot.screenshot(name);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }
}
