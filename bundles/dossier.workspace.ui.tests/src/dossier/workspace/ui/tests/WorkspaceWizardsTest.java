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
            chooseWizard(dialog);
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

    private void importArchive(Path archive, Path folder, boolean training) {
        robot.whenShellOpens("Import", dialog -> {
            chooseWizard(dialog);
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

    /** On the wizard selection page: picks Dossier's archive wizard and goes to its page. */
    private void chooseWizard(Shell dialog) {
        Tree tree = visible(dialog, Tree.class).get(0);
        TreeItem item = robot.treeItem(tree, WIZARD::equals);
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
