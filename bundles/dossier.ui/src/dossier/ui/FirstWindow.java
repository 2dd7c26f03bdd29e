package dossier.ui;

import java.io.IOException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BooleanSupplier;

import org.eclipse.core.runtime.ILog;
import org.eclipse.e4.core.services.events.IEventBroker;
import org.eclipse.e4.ui.workbench.UIEvents.UILifeCycle;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Listener;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;

import dossier.core.product.StartupProbe;

/**
 * Opening the first workbench window, for Dossier's workbench advisors and for the platform workbench
 * that {@code dossier bench startup} measures beside it.
 */
public final class FirstWindow {

    private static final int WAKE_UP_MS = 10;
    private static final int STARTED_QUIET_MS = 250;
    private static final int SHOWN_POLL_MS = 10;

    private FirstWindow() {
    }

    /**
     * Runs a workbench advisor's {@code openWindows} while keeping the event loop ticking: the
     * platform's wake-up of the UI thread can be lost while the workbench restores on its init thread
     * (eclipse.platform.ui pull request 4297), which left about one start in ten waiting ~15 s for an
     * unrelated event.
     */
    public static boolean open(BooleanSupplier openWindows) {
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
            return openWindows.getAsBoolean();
        } finally {
            opening.set(false);
        }
    }

    /**
     * For a window advisor's {@code postWindowCreate} on a first start: the window fills the primary monitor's
     * client area.
     */
    public static void fillMonitor(Shell shell) {
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

    /**
     * For a window advisor's {@code postWindowOpen}, which runs before the window's perspective and
     * views are rendered and its shell made visible: the window counts as shown (see
     * {@link StartupProbe}) once its shell is visible and its pending paints are done; when the start
     * is only being timed, the workbench closes once it reports itself started.
     */
    public static void watch(IWorkbenchWindow window) {
        if (StartupProbe.exitRequested()) {
            closeOnceStarted(window);
        }
        Shell shell = window.getShell();
        shell.getDisplay().asyncExec(() -> recordWhenShown(shell));
    }

    private static void recordWhenShown(Shell shell) {
        if (shell.isDisposed()) {
            return;
        }
        if (!shell.isVisible()) {
            shell.getDisplay().timerExec(SHOWN_POLL_MS, () -> recordWhenShown(shell));
            return;
        }
        shell.update();
        try {
            StartupProbe.windowShown();
        } catch (IOException e) {
            ILog.of(FirstWindow.class).error("cannot write the startup report", e);
        }
    }

    /** Closes the workbench after the startup-complete event has reached every listener. */
    private static void closeOnceStarted(IWorkbenchWindow window) {
        IEventBroker events = window.getService(IEventBroker.class);
        Display display = window.getShell().getDisplay();
        events.subscribe(UILifeCycle.APP_STARTUP_COMPLETE, null,
                event -> display.timerExec(STARTED_QUIET_MS, () -> window.getWorkbench().close()), false);
    }
}
