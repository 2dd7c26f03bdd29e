package dossier.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IViewPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import dossier.ui.testing.WorkbenchRobot;

import dossier.ui.DossierUI;

/** The workbench a newcomer meets: the Research perspective, an empty Library that says what to do, the menus. */
class ResearchWorkbenchTest {

    /** How far the window's edges may be from the client area's (a window manager's border, say). */
    private static final int SLACK_PX = 4;
    private static final String LIBRARY_VIEW = "dossier.ui.libraryView";

    private WorkbenchRobot robot;
    private IWorkbenchWindow window;

    @BeforeEach
    void openWindow() {
        robot = new WorkbenchRobot();
        robot.waitUntil("the workbench window is open",
                () -> PlatformUI.isWorkbenchRunning() && PlatformUI.getWorkbench().getActiveWorkbenchWindow() != null);
        window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
    }

    @Test
    void startsInTheResearchPerspectiveWithAnEmptyLibraryThatSaysWhatToDoFirst() throws Exception {
        IWorkbenchPage page = window.getActivePage();
        assertEquals(DossierUI.RESEARCH_PERSPECTIVE, page.getPerspective().getId());
        assertEquals("Research", page.getPerspective().getLabel());
        assertTrue(window.getShell().getText().startsWith("Dossier - "), window.getShell().getText());

        IViewPart library = page.findView(LIBRARY_VIEW);
        assertNotNull(library, "the Library view is open");
        assertTrue(page.isPartVisible(library), "the Library view is visible");
        Label title = robot.label(window.getShell(), "Your library is empty");
        robot.waitUntil("the empty-state title is showing", title::isVisible);
        assertTrue(title.getBounds().width > 100, "the title has room: " + title.getBounds());
        Composite emptyState = title.getParent();
        assertFalse(robot.widgets(emptyState, Label.class, l -> l.getText().contains("File > Import Files...")).isEmpty(),
                "the empty state says where to start");

        assertNotNull(page.findView(DossierUI.PROGRESS_VIEW), "the Progress view is in the perspective");
        assertNotNull(page.findView(DossierUI.ERROR_LOG_VIEW), "the Error Log view is in the perspective");
        Path shot = robot.screenshot("research-perspective");
        assertTrue(Files.size(shot) > 10_000, "the screenshot shows the workbench: " + shot);
    }

    @Test
    void onAFirstStartTheWindowFillsTheMonitorsClientArea() throws Exception {
        Shell shell = window.getShell();
        Rectangle screen = shell.getDisplay().getPrimaryMonitor().getClientArea();
        try {
            robot.waitUntil("the window's content reaches the right and bottom of the screen's client area", () -> {
                Rectangle content = content(shell);
                return Math.abs(content.x + content.width - (screen.x + screen.width)) <= SLACK_PX
                        && Math.abs(content.y + content.height - (screen.y + screen.height)) <= SLACK_PX;
            });
        } catch (AssertionError e) {
            throw new AssertionError(e.getMessage() + ": the content is at " + content(shell) + ", the client area "
                    + screen, e);
        }
        Rectangle bounds = shell.getBounds();
        assertTrue(Math.abs(bounds.x - screen.x) <= SLACK_PX && Math.abs(bounds.y - screen.y) <= SLACK_PX,
                "the window " + bounds + " starts at the top left of the client area " + screen);
        robot.screenshot("workbench-fills-screen");
    }

    /** Where the window's content (below its menu bar) is on the screen. */
    private static Rectangle content(Shell shell) {
        return shell.getDisplay().map(shell, null, shell.getClientArea());
    }

    @Test
    void helpAboutShowsDossiersAboutDialog() throws Exception {
        Shell[] about = new Shell[1];
        robot.whenShellOpens("About Dossier", shell -> {
            about[0] = shell;
            assertFalse(robot.widgets(shell, org.eclipse.swt.widgets.Control.class,
                    c -> c instanceof org.eclipse.swt.custom.StyledText t && t.getText().contains("research notebook"))
                    .isEmpty(), "the About text describes Dossier");
            try {
                robot.screenshot("about-dialog");
            } catch (java.io.IOException e) {
                throw new AssertionError(e);
            }
            shell.close();
        });
        robot.click(robot.menu(window.getShell(), "Help", "About Dossier"));
        robot.waitUntil("the About dialog was shown and closed", () -> about[0] != null && about[0].isDisposed());
    }

    @Test
    void preferencesHaveADossierPageWhoseSettingIsKept() throws Exception {
        boolean before = InstanceScope.INSTANCE.getNode(DossierUI.PLUGIN_ID).getBoolean("confirmExit", false);
        robot.whenShellOpens("Preferences", shell -> {
            robot.waitUntil("the Dossier page shows", () -> !robot.widgets(shell, Button.class,
                    b -> b.getText().replace("&", "").equals("Ask before exiting Dossier") && b.isVisible()).isEmpty());
            robot.click(robot.button(shell, "Ask before exiting Dossier"));
            robot.click(robot.button(shell, "Apply and Close"));
        });
        robot.click(robot.menu(window.getShell(), "Window", "Preferences..."));
        robot.waitUntil("the preference dialog closed",
                () -> java.util.Arrays.stream(window.getShell().getDisplay().getShells()).noneMatch(
                        s -> "Preferences".equals(s.getText()) && !s.isDisposed()));
        assertEquals(!before, InstanceScope.INSTANCE.getNode(DossierUI.PLUGIN_ID).getBoolean("confirmExit", before));
    }

    @Test
    void fileMenuHasExit() {
        assertTrue(robot.menu(window.getShell(), "File", "Exit").isEnabled());
    }
}
