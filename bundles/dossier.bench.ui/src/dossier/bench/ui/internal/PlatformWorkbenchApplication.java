package dossier.bench.ui.internal;

import org.eclipse.equinox.app.IApplication;
import org.eclipse.equinox.app.IApplicationContext;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.application.IWorkbenchWindowConfigurer;
import org.eclipse.ui.application.WorkbenchAdvisor;
import org.eclipse.ui.application.WorkbenchWindowAdvisor;

import dossier.ui.FirstWindow;

/**
 * The platform's workbench in this installation, with a window configured as Dossier's but an empty
 * perspective and no advisor work of Dossier's: what the Eclipse workbench costs before Dossier adds
 * its views and workspace.
 */
public final class PlatformWorkbenchApplication implements IApplication {

    static final String EMPTY_PERSPECTIVE = "dossier.bench.ui.emptyPerspective";

    @Override
    public Object start(IApplicationContext context) {
        Display display = PlatformUI.createDisplay();
        try {
            PlatformUI.createAndRunWorkbench(display, new PlatformAdvisor());
            return EXIT_OK;
        } finally {
            display.dispose();
        }
    }

    @Override
    public void stop() {
        // closes with its window
    }

    private static final class PlatformAdvisor extends WorkbenchAdvisor {

        @Override
        public String getInitialWindowPerspectiveId() {
            return EMPTY_PERSPECTIVE;
        }

        @Override
        public boolean openWindows() {
            return FirstWindow.open(super::openWindows);
        }

        @Override
        public WorkbenchWindowAdvisor createWorkbenchWindowAdvisor(IWorkbenchWindowConfigurer configurer) {
            return new WorkbenchWindowAdvisor(configurer) {
                @Override
                public void preWindowOpen() {
                    configurer.setShowCoolBar(false);
                    configurer.setShowStatusLine(true);
                    configurer.setShowProgressIndicator(true);
                }

                @Override
                public void postWindowCreate() {
                    FirstWindow.fillMonitor(configurer.getWindow().getShell());
                }

                @Override
                public void postWindowOpen() {
                    FirstWindow.watch(configurer.getWindow());
                }
            };
        }
    }
}
