package dossier.casefile.ui;

import org.eclipse.swt.widgets.Display;

import dossier.casefile.Intake;

/**
 * The workbench's thread that changes the model, for an {@link Intake} run in a job: the UI thread, waited for; once
 * the display is gone (at exit) a change is dropped, and what was stored stays stored.
 */
public record UiModelThread(Display display) implements Intake.ModelThread {

    @Override
    public void run(Runnable change) {
        if (!display.isDisposed()) {
            display.syncExec(change);
        }
    }
}
