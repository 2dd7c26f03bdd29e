package dossier.connector.ui.internal;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IStartup;
import org.eclipse.ui.PlatformUI;

import dossier.casefile.ResearchWorkspace;
import dossier.casefile.ui.WorkspaceSession;
import dossier.connector.SourceRefresher;
import dossier.connector.WorkspaceSources;
import dossier.model.casefile.Source;

/**
 * Refreshes the sources whose schedule is due, every minute while the workbench runs: the
 * fetches are background jobs (shown in the Progress view; a failure goes to the Error Log naming
 * its source), and what they bring is filed on the UI thread as an undoable change.
 */
public final class SourceScheduler implements IStartup {

    static final long FIRST_CHECK_MS = 3_000;
    static final long CHECK_EVERY_MS = 60_000;
    static final Duration FETCH_TIMEOUT = Duration.ofMinutes(5);

    private Display display;

    @Override
    public void earlyStartup() {
        display = PlatformUI.getWorkbench().getDisplay();
        display.asyncExec(() -> WorkspaceSession.get().whenOpen(this::start));
    }

    private void start(ResearchWorkspace workspace) {
        Job check = Job.create("Refreshing scheduled sources", (IProgressMonitor monitor) -> refreshDue(workspace));
        check.setSystem(true);
        check.addJobChangeListener(new org.eclipse.core.runtime.jobs.JobChangeAdapter() {
            @Override
            public void done(org.eclipse.core.runtime.jobs.IJobChangeEvent event) {
                if (!PlatformUI.getWorkbench().isClosing()) {
                    check.schedule(CHECK_EVERY_MS);
                }
            }
        });
        check.schedule(FIRST_CHECK_MS);
    }

    /** The sources due now, read on the UI thread (the model's thread). */
    private record Due(WorkspaceSources sources, List<Source> sourcesDue) {
    }

    private IStatus refreshDue(ResearchWorkspace workspace) {
        AtomicReference<Due> read = new AtomicReference<>();
        display.syncExec(() -> {
            WorkspaceSources sources = new WorkspaceSources(workspace);
            read.set(new Due(sources, sources.due(Instant.now())));
        });
        WorkspaceSources sources = read.get().sources();
        List<Source> due = read.get().sourcesDue();
        if (due.isEmpty()) {
            return Status.OK_STATUS;
        }
        try {
            List<SourceRefresher.Outcome> outcomes = sources.refresher(false)
                    .refresh(due.stream().map(WorkspaceSources::spec).toList(), FETCH_TIMEOUT);
            display.asyncExec(() -> {
                for (int i = 0; i < outcomes.size(); i++) {
                    try {
                        sources.record(due.get(i), outcomes.get(i));
                    } catch (IOException e) {
                        ILog.of(SourceScheduler.class).error("Cannot file what source '" + due.get(i).getName()
                                + "' brought: " + e.getMessage(), e);
                    }
                }
                WorkspaceSession.get().changed();
            });
            sources.saveCache();
            return Status.OK_STATUS;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Status.CANCEL_STATUS;
        } catch (IOException e) {
            return Status.error("Cannot save the HTTP cache: " + e.getMessage(), e);
        }
    }
}
