package dossier.ui.internal;

import java.nio.file.Path;

import org.eclipse.e4.ui.model.application.ui.basic.MWindow;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Listener;
import org.eclipse.swt.widgets.Shell;
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
        if (restored) {
            return;
        }
        Shell shell = getWindowConfigurer().getWindow().getShell();
        Rectangle screen = shell.getDisplay().getPrimaryMonitor().getClientArea();
        shell.setBounds(screen);
        shell.addListener(SWT.Show, new Listener() {
            @Override
            public void handleEvent(Event event) {
                shell.removeListener(SWT.Show, this);
                shell.getDisplay().asyncExec(() -> reachEdges(shell, screen));
            }
        });
    }

    /**
     * Grows the shown window so that its content reaches the right and bottom of the area: SWT sizes a window for the
     * frame a window manager would add, so without one (Xvfb, a kiosk) a band of the screen stays empty.
     */
    private static void reachEdges(Shell shell, Rectangle area) {
        if (shell.isDisposed()) {
            return;
        }
        Rectangle content = shell.getDisplay().map(shell, null, shell.getClientArea());
        int right = area.x + area.width - (content.x + content.width);
        int bottom = area.y + area.height - (content.y + content.height);
        if (right > 0 || bottom > 0) {
            Point size = shell.getSize();
            shell.setSize(size.x + Math.max(0, right), size.y + Math.max(0, bottom));
        }
    }

    @Override
    public void postWindowOpen() {
        IWorkbenchWindow window = getWindowConfigurer().getWindow();
        BitmapTabIcons.use(window.getService(MWindow.class), window.getService(EModelService.class));
        FirstWindow.watch(window);
    }
}
