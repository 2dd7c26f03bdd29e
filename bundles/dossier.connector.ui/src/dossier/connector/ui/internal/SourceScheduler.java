package dossier.connector.ui.internal;

import java.time.Instant;
import java.util.List;

import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IStartup;
import org.eclipse.ui.PlatformUI;

import dossier.casefile.ResearchWorkspace;
import dossier.casefile.ui.WorkspaceSession;
import dossier.connector.WorkspaceSources;
import dossier.model.casefile.Source;

/**
 * Refreshes the sources whose schedule is due, checking every minute while the workbench runs and
 * a second after the workspace changes (a source added or its schedule edited):
 * the fetches are jobs in the Progress view, failures go to the Error Log naming their source, and
 * what they bring is filed as an undoable change (see {@link SourceFetches}).
 */
public final class SourceScheduler implements IStartup {

    static final int FIRST_CHECK_MS = 3_000;
    static final int CHECK_EVERY_MS = 60_000;
    static final int CHECK_AFTER_CHANGE_MS = 1_000;

    private Display display;
    private boolean checkPending;

    @Override
    public void earlyStartup() {
        display = PlatformUI.getWorkbench().getDisplay();
        display.asyncExec(() -> {
            WorkspaceSession session = PlatformUI.getWorkbench().getService(WorkspaceSession.class);
            session.whenOpen(workspace -> {
                display.timerExec(FIRST_CHECK_MS, () -> checkEveryMinute(workspace));
                session.addChangeListener(() -> checkSoon(workspace));
            });
        });
    }

    private void checkEveryMinute(ResearchWorkspace workspace) {
        refreshDue(workspace);
        display.timerExec(CHECK_EVERY_MS, () -> checkEveryMinute(workspace));
    }

    private void checkSoon(ResearchWorkspace workspace) {
        if (!checkPending) {
            checkPending = true;
            display.timerExec(CHECK_AFTER_CHANGE_MS, () -> {
                checkPending = false;
                refreshDue(workspace);
            });
        }
    }

    /** Runs on the UI thread (the model's thread); reading which sources are due does no I/O. */
    private void refreshDue(ResearchWorkspace workspace) {
        if (PlatformUI.getWorkbench().isClosing()) {
            return;
        }
        List<Source> due = WorkspaceSources.due(workspace, Instant.now());
        if (!due.isEmpty()) {
            SourceFetches.refresh(workspace, due, display);
        }
    }
}
