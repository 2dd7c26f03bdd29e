package dossier.boards.ui.internal;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.Executor;

import org.eclipse.swt.widgets.Display;

/**
 * Runs tasks on the UI thread one a turn of the event loop, each posted only when the one before it has run. The
 * display runs what is posted first in, first out, so tasks posted all at once would keep whatever is posted after
 * them (a repaint's work, a command's, another view's) waiting for them all; posted one after the other, it waits for
 * one. Used from the UI thread only.
 */
final class OneATurn implements Executor {

    private final Display display;
    private final Deque<Runnable> tasks = new ArrayDeque<>();
    private boolean posted;

    OneATurn(Display display) {
        this.display = display;
    }

    @Override
    public void execute(Runnable task) {
        tasks.add(task);
        post();
    }

    private void post() {
        if (!posted && !tasks.isEmpty() && !display.isDisposed()) {
            posted = true;
            display.asyncExec(this::runOne);
        }
    }

    private void runOne() {
        posted = false;
        Runnable task = tasks.poll();
        try {
            if (task != null) {
                task.run();
            }
        } finally {
            post();
        }
    }
}
