package dossier.bench.ui.internal;

import org.eclipse.equinox.app.IApplication;
import org.eclipse.equinox.app.IApplicationContext;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;

import dossier.core.product.StartupProbe;

/** Opens one empty shell: what starting a window costs on this launcher before Dossier adds anything. */
public final class EmptyShellApplication implements IApplication {

    @Override
    public Object start(IApplicationContext context) throws Exception {
        Display display = new Display();
        try {
            Shell shell = new Shell(display);
            shell.setText("Dossier startup baseline");
            shell.setSize(1280, 800);
            shell.open();
            context.applicationRunning();
            while (display.readAndDispatch()) {
                // let the shell paint before it counts as shown
            }
            if (StartupProbe.windowShown()) {
                shell.close();
            }
            while (!shell.isDisposed()) {
                if (!display.readAndDispatch()) {
                    display.sleep();
                }
            }
            return EXIT_OK;
        } finally {
            display.dispose();
        }
    }

    @Override
    public void stop() {
        // closes with its shell
    }
}
