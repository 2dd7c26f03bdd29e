package dossier.service.ui.internal;

import java.io.IOException;

import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IStartup;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchListener;
import org.eclipse.ui.PlatformUI;

import dossier.casefile.ResearchWorkspace;
import dossier.casefile.ui.UiModelThread;
import dossier.casefile.ui.WorkspaceSession;
import dossier.service.LocalService;

/**
 * Starts the local service once the workbench's workspace is open, so that commands typed in a terminal and the
 * browser extension's captures reach it: they change the model on the UI thread, show at once and are undoable. A
 * client asking to pair gets its code shown in a dialog. The service stops before the workspace closes.
 */
public final class WorkbenchService implements IStartup {

    private volatile LocalService service;

    @Override
    public void earlyStartup() {
        IWorkbench workbench = PlatformUI.getWorkbench();
        Display display = workbench.getDisplay();
        display.asyncExec(() -> {
            WorkspaceSession session = workbench.getService(WorkspaceSession.class);
            session.whenOpen(workspace -> start(workbench, session, workspace));
        });
    }

    private void start(IWorkbench workbench, WorkspaceSession session, ResearchWorkspace workspace) {
        Display display = workbench.getDisplay();
        Job starting = Job.create("Starting Dossier's local service", monitor -> {
            try {
                service = LocalService.start(workspace, new UiModelThread(display),
                        () -> shownAndSaved(display, session),
                        (client, code) -> display.asyncExec(() -> showCode(workbench, client, code)));
                return Status.OK_STATUS;
            } catch (IOException | RuntimeException e) {
                return Status.warning("Dossier's local service did not start, so commands in a terminal and the"
                        + " browser extension cannot reach this workspace: " + e.getMessage(), e);
            }
        });
        starting.setSystem(true);
        starting.schedule();
        workbench.addWorkbenchListener(new IWorkbenchListener() {
            /** Before the session closes the workspace (in its post-shutdown), nothing may reach it any more. */
            @Override
            public boolean preShutdown(IWorkbench closing, boolean forced) {
                LocalService running = service;
                if (running != null) {
                    running.close();
                }
                return true;
            }

            @Override
            public void postShutdown(IWorkbench closed) {
                // the service stopped before
            }
        });
    }

    /** After a command or a capture: the views show it at once, and it is on disk before the caller is answered. */
    private static void shownAndSaved(Display display, WorkspaceSession session) {
        if (display.isDisposed()) {
            return;
        }
        display.syncExec(session::changed);
        try {
            session.saveNow();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void showCode(IWorkbench workbench, String client, String code) {
        MessageDialog.openInformation(workbench.getActiveWorkbenchWindow() == null ? null
                : workbench.getActiveWorkbenchWindow().getShell(), "Pair with Dossier",
                client + " asks to capture into this workspace.\n\nType this code in it to pair:\n\n"
                        + code.substring(0, 3) + " " + code.substring(3) + "\n\nIf you did not ask for this, close this"
                        + " window: without the code nothing is paired.");
    }
}
