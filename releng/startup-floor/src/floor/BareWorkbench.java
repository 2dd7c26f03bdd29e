package floor;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;

import org.eclipse.equinox.app.IApplication;
import org.eclipse.equinox.app.IApplicationContext;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IPerspectiveFactory;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.application.IWorkbenchWindowConfigurer;
import org.eclipse.ui.application.WorkbenchAdvisor;
import org.eclipse.ui.application.WorkbenchWindowAdvisor;

/**
 * Eclipse's workbench with an empty perspective, in a configuration without any Dossier bundle: the floor under
 * Dossier's startup time (see run.sh). Reports when its window is shown as Dossier's startup probe does.
 */
public final class BareWorkbench implements IApplication {
    /** No views: an empty editor area. */
    public static final class Empty implements IPerspectiveFactory {
        @Override
        public void createInitialLayout(IPageLayout layout) {
            layout.setEditorAreaVisible(true);
        }
    }

    @Override
    public Object start(IApplicationContext context) {
        Display display = PlatformUI.createDisplay();
        try {
            PlatformUI.createAndRunWorkbench(display, new WorkbenchAdvisor() {
                @Override
                public String getInitialWindowPerspectiveId() {
                    return "floor.empty";
                }

                @Override
                public WorkbenchWindowAdvisor createWorkbenchWindowAdvisor(IWorkbenchWindowConfigurer c) {
                    return new WorkbenchWindowAdvisor(c) {
                        @Override
                        public void preWindowOpen() {
                            c.setShowCoolBar(false);
                            c.setShowStatusLine(true);
                            c.setShowProgressIndicator(true);
                        }

                        @Override
                        public void postWindowCreate() {
                            Shell shell = c.getWindow().getShell();
                            shell.setBounds(shell.getDisplay().getPrimaryMonitor().getClientArea());
                        }

                        @Override
                        public void postWindowOpen() {
                            Shell shell = c.getWindow().getShell();
                            shell.getDisplay().asyncExec(() -> shown(shell));
                        }
                    };
                }
            });
            return EXIT_OK;
        } finally {
            display.dispose();
        }
    }

    /** Once the shell is visible and painted, writes the instant to the report file and closes the workbench. */
    static void shown(Shell shell) {
        if (!shell.isVisible()) {
            shell.getDisplay().timerExec(10, () -> shown(shell));
            return;
        }
        shell.update();
        try {
            Files.writeString(Path.of(System.getProperty("dossier.startup.report")), Instant.now() + "\n");
        } catch (Exception e) {
            throw new RuntimeException(e);
        }
        shell.getDisplay().timerExec(250, () -> PlatformUI.getWorkbench().close());
    }

    @Override
    public void stop() {
        // closes with its window
    }
}
