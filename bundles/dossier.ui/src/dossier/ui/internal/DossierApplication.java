package dossier.ui.internal;

import java.nio.file.Path;

import org.eclipse.core.runtime.Platform;
import org.eclipse.equinox.app.IApplication;
import org.eclipse.equinox.app.IApplicationContext;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.SWTError;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.PlatformUI;

import dossier.core.doctor.Check;
import dossier.core.doctor.Doctor;
import dossier.core.workspace.WorkspaceAccess;
import dossier.core.workspace.WorkspaceUnavailableException;

/** Opens the workbench on the workspace chosen with {@code -data}, after checking that it is usable. */
public final class DossierApplication implements IApplication {

    private static final Integer EXIT_UNAVAILABLE = Integer.valueOf(1);

    @Override
    public Object start(IApplicationContext context) {
        Path workspace = null;
        String refusal = null;
        try {
            workspace = WorkspaceAccess.acquire(Platform.getInstanceLocation());
        } catch (WorkspaceUnavailableException e) {
            refusal = e.getMessage();
            System.err.println("dossier: " + refusal);
        }
        Display display = createDisplay();
        if (display == null) {
            return EXIT_UNAVAILABLE;
        }
        try {
            if (refusal != null) {
                context.applicationRunning();
                MessageDialog.openError(null, "Dossier cannot open this workspace", refusal);
                return EXIT_UNAVAILABLE;
            }
            int code = PlatformUI.createAndRunWorkbench(display, new DossierWorkbenchAdvisor(workspace));
            return code == PlatformUI.RETURN_RESTART ? IApplication.EXIT_RESTART : IApplication.EXIT_OK;
        } finally {
            display.dispose();
        }
    }

    /** The display, or null after telling the user why there is none (no X server, no GTK). */
    private static Display createDisplay() {
        try {
            return PlatformUI.createDisplay();
        } catch (SWTError | LinkageError e) {
            System.err.println("dossier: cannot open a window (" + e.getMessage() + ")");
            Doctor doctor = Doctor.forThisMachine();
            for (Check check : new Check[] { doctor.checkGtk(), doctor.checkDisplay() }) {
                if (check.status() != Check.Status.OK) {
                    System.err.println("dossier: " + check.detail() + "; fix: " + check.fix());
                }
            }
            System.err.println("dossier: commands work without a window: dossier --help");
            return null;
        }
    }

    @Override
    public void stop() {
        if (!PlatformUI.isWorkbenchRunning()) {
            return;
        }
        IWorkbench workbench = PlatformUI.getWorkbench();
        Display display = workbench.getDisplay();
        display.syncExec(() -> {
            if (!display.isDisposed()) {
                workbench.close();
            }
        });
    }
}
