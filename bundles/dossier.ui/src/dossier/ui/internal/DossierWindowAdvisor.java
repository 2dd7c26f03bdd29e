package dossier.ui.internal;

import java.nio.file.Path;

import org.eclipse.e4.ui.model.application.ui.basic.MWindow;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.application.ActionBarAdvisor;
import org.eclipse.ui.application.IActionBarConfigurer;
import org.eclipse.ui.application.IWorkbenchWindowConfigurer;
import org.eclipse.ui.application.WorkbenchWindowAdvisor;

import dossier.core.product.ProductInfo;
import dossier.ui.FirstWindow;

final class DossierWindowAdvisor extends WorkbenchWindowAdvisor {

    private final Path workspace;
    private boolean restored;

    DossierWindowAdvisor(IWorkbenchWindowConfigurer configurer, Path workspace) {
        super(configurer);
        this.workspace = workspace;
    }

    @Override
    public ActionBarAdvisor createActionBarAdvisor(IActionBarConfigurer configurer) {
        return new DossierActionBarAdvisor(configurer);
    }

    @Override
    public void preWindowOpen() {
        IWorkbenchWindowConfigurer configurer = getWindowConfigurer();
        configurer.setShowCoolBar(false);
        configurer.setShowStatusLine(true);
        configurer.setShowProgressIndicator(true);
        configurer.setTitle(ProductInfo.NAME + " - " + workspace.getFileName());
    }

    @Override
    public void postWindowRestore() {
        restored = true;
    }

    /** On a first start (no window state kept), the window fills the primary monitor's client area. */
    @Override
    public void postWindowCreate() {
        if (!restored) {
            FirstWindow.fillMonitor(getWindowConfigurer().getWindow().getShell());
        }
    }

    @Override
    public void postWindowOpen() {
        IWorkbenchWindow window = getWindowConfigurer().getWindow();
        BitmapTabIcons.use(window.getService(MWindow.class), window.getService(EModelService.class));
        FirstWindow.watch(window);
    }
}
