package dossier.ui.internal;

import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicBoolean;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.MessageDialogWithToggle;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.application.IWorkbenchConfigurer;
import org.eclipse.ui.application.IWorkbenchWindowConfigurer;
import org.eclipse.ui.application.WorkbenchAdvisor;
import org.eclipse.ui.application.WorkbenchWindowAdvisor;

import dossier.core.product.StartupProbe;
import dossier.ui.DossierUI;

final class DossierWorkbenchAdvisor extends WorkbenchAdvisor {

    private static final int WAKE_UP_MS = 10;

    private final Path workspace;

    DossierWorkbenchAdvisor(Path workspace) {
        this.workspace = workspace;
    }

    @Override
    public void initialize(IWorkbenchConfigurer configurer) {
        configurer.setSaveAndRestore(true);
    }

    @Override
    public String getInitialWindowPerspectiveId() {
        return DossierUI.RESEARCH_PERSPECTIVE;
    }

    /**
     * Keeps the event loop ticking while the workbench restores on its init thread: the platform's
     * wake-up of the UI thread can be lost (eclipse.platform.ui pull request 4297), which left
     * about one start in ten waiting ~15 s for an unrelated event.
     */
    @Override
    public boolean openWindows() {
        Display display = PlatformUI.getWorkbench().getDisplay();
        AtomicBoolean opening = new AtomicBoolean(true);
        Runnable tick = new Runnable() {
            @Override
            public void run() {
                if (opening.get()) {
                    display.timerExec(WAKE_UP_MS, this);
                }
            }
        };
        display.timerExec(WAKE_UP_MS, tick);
        try {
            return super.openWindows();
        } finally {
            opening.set(false);
        }
    }

    @Override
    public boolean preShutdown() {
        if (!Preferences.store().getBoolean(Preferences.CONFIRM_EXIT) || StartupProbe.exitRequested()) {
            return true;
        }
        MessageDialogWithToggle dialog = MessageDialogWithToggle.openOkCancelConfirm(null, "Exit Dossier",
                "Exit Dossier?", "&Always ask before exiting", true, null, null);
        Preferences.store().setValue(Preferences.CONFIRM_EXIT, dialog.getToggleState());
        Preferences.save();
        return dialog.getReturnCode() == IDialogConstants.OK_ID;
    }

    @Override
    public WorkbenchWindowAdvisor createWorkbenchWindowAdvisor(IWorkbenchWindowConfigurer configurer) {
        return new DossierWindowAdvisor(configurer, workspace);
    }
}
