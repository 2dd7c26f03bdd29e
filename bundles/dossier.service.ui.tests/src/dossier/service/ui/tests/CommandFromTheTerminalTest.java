package dossier.service.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.Test;

import dossier.casefile.ui.WorkspaceSession;
import dossier.casefile.ui.internal.LibraryView;
import dossier.service.forward.Forwarder;
import dossier.service.forward.ServiceFile;
import dossier.testing.SeedArticles;
import dossier.ui.testing.WorkbenchRobot;

/**
 * With the workbench open, a strategist types {@code dossier import FILE --case NAME} in a terminal: the workbench
 * carries it out, the Library shows the new case file at once, and Edit > Undo takes it back.
 */
class CommandFromTheTerminalTest {

    private static final String CASE_FILE = "From the terminal";

    @Test
    void anImportTypedInATerminalArrivesInTheLibraryAndIsUndoable() throws Exception {
        WorkbenchRobot robot = new WorkbenchRobot();
        IWorkbenchWindow window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
        WorkspaceSession session = PlatformUI.getWorkbench().getService(WorkspaceSession.class);
        robot.waitUntil("the workspace is open", () -> session.workspace() != null);
        Path workspace = session.workspace().folder();
        robot.waitUntil("the local service is started", () -> Files.exists(ServiceFile.of(workspace)));
        window.getActivePage().showView(LibraryView.ID);

        Process terminal = forwarder(workspace, "import", SeedArticles.files().get(1).toString(), "--case", CASE_FILE);
        while (terminal.isAlive()) { // the command's filing runs on this (the UI) thread
            if (!Display.getCurrent().readAndDispatch()) {
                terminal.waitFor(10, TimeUnit.MILLISECONDS);
            }
        }
        String printed = new String(terminal.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, terminal.exitValue(), printed);
        robot.waitUntil("the Library shows the case file made from the terminal", () -> topLevel(robot, window)
                .contains(CASE_FILE + "  (1 item, 0 clips)"));
        robot.screenshot("library-after-terminal-import");

        robot.click(robot.menu(window.getShell(), "Edit", "Undo"));
        robot.waitUntil("undo takes the case file away", () -> topLevel(robot, window).stream()
                .noneMatch(t -> t.startsWith(CASE_FILE)));
    }

    /** The top-level entries of the Library's tree (none while the Library shows its empty page). */
    private static List<String> topLevel(WorkbenchRobot robot, IWorkbenchWindow window) {
        return robot.widgets(window.getShell(), Tree.class, Tree::isVisible).stream()
                .flatMap(tree -> Arrays.stream(tree.getItems())).map(TreeItem::getText).toList();
    }

    /** The launcher's forwarder, a plain Java process, as the launcher starts it. */
    private static Process forwarder(Path workspace, String... args) throws Exception {
        String classpath = Path.of(Forwarder.class.getProtectionDomain().getCodeSource().getLocation().toURI())
                .toString();
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-cp", classpath, Forwarder.class.getName(), workspace.toString()));
        command.addAll(List.of(args));
        return new ProcessBuilder(command).redirectErrorStream(true).start();
    }
}
