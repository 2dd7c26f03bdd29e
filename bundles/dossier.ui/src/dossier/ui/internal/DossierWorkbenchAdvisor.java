package dossier.ui.internal;

import java.nio.file.Path;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.MessageDialogWithToggle;
import org.eclipse.ui.application.IWorkbenchConfigurer;
import org.eclipse.ui.application.IWorkbenchWindowConfigurer;
import org.eclipse.ui.application.WorkbenchAdvisor;
import org.eclipse.ui.application.WorkbenchWindowAdvisor;

import dossier.core.product.StartupProbe;
import dossier.ui.DossierUI;
import dossier.ui.FirstWindow;

final class DossierWorkbenchAdvisor extends WorkbenchAdvisor {

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

    @Override
    public boolean openWindows() {
        return FirstWindow.open(super::openWindows);
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
