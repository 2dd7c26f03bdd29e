package dossier.connector.ui.internal;

import java.io.IOException;
import java.time.Duration;
import java.util.List;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.IJobChangeEvent;
import org.eclipse.core.runtime.jobs.ISchedulingRule;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.core.runtime.jobs.JobChangeAdapter;
import org.eclipse.swt.widgets.Display;

import dossier.casefile.Intake;
import dossier.casefile.ResearchWorkspace;
import dossier.casefile.ui.UiModelThread;
import dossier.connector.SourceRefresher;
import dossier.connector.WorkspaceSources;
import dossier.model.casefile.Source;

/**
 * Fetches sources from the workbench, for Refresh Now and for the schedule: each source is its own job in the Progress
 * view; what it brought is filed through the workspace's intake, only the model change on the UI thread, as an
 * undoable command; a failure is logged to the Error Log naming the source and shown on the source. One batch runs at
 * a time.
 */
final class SourceFetches {

    static final Duration FETCH_TIMEOUT = Duration.ofMinutes(5);
    private static final ISchedulingRule ONE_BATCH_AT_A_TIME = new ISchedulingRule() {
        @Override
        public boolean contains(ISchedulingRule rule) {
            return rule == this;
        }

        @Override
        public boolean isConflicting(ISchedulingRule rule) {
            return rule == this;
        }
    };

    private SourceFetches() {
    }

    /** Fetches the sources in a job; call on the UI thread. Sources already being fetched are left alone. */
    static void refresh(ResearchWorkspace workspace, List<Source> sources, Display display) {
        WorkspaceSources fetcher;
        try {
            fetcher = WorkspaceSources.of(workspace);
        } catch (IOException | RuntimeException e) {
            ILog.of(SourceFetches.class).error("Cannot fetch sources: " + e.getMessage(), e);
            return;
        }
        List<Source> wanted = fetcher.startFetching(sources);
        if (wanted.isEmpty()) {
            return;
        }
        List<WorkspaceSources.Fetch> fetches = fetcher.prepare(wanted);
        Job batch = Job.create("Refreshing " + (wanted.size() == 1 ? "source " + wanted.get(0).getName()
                : wanted.size() + " sources"), (IProgressMonitor monitor) -> fetch(fetcher, fetches, display));
        batch.setSystem(true);
        batch.setRule(ONE_BATCH_AT_A_TIME);
        batch.addJobChangeListener(new JobChangeAdapter() {
            @Override
            public void done(IJobChangeEvent event) {
                // also when the batch was cancelled before it ran
                if (!display.isDisposed()) {
                    display.asyncExec(() -> fetcher.finishFetching(wanted));
                }
            }
        });
        batch.schedule();
    }

    private static IStatus fetch(WorkspaceSources fetcher, List<WorkspaceSources.Fetch> fetches, Display display) {
        ILog log = ILog.of(SourceFetches.class);
        List<SourceRefresher.Outcome> outcomes;
        try {
            outcomes = fetcher.refresh(fetches, false, FETCH_TIMEOUT);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Status.CANCEL_STATUS;
        } catch (IOException e) {
            return Status.error("Cannot save the HTTP cache: " + e.getMessage(), e);
        }
        UiModelThread uiThread = new UiModelThread(display);
        for (int i = 0; i < fetches.size(); i++) {
            WorkspaceSources.Fetch fetch = fetches.get(i);
            String name = fetch.spec().name();
            SourceRefresher.Outcome outcome = outcomes.get(i);
            if (!outcome.ok()) {
                log.error("Source '" + name + "' could not be fetched: " + outcome.failure());
            }
            try {
                // the source shows as fetched in the same turn of the UI thread that files what it brought
                Intake.Report report = fetcher.file(fetch, outcome, change -> uiThread.run(() -> {
                    try {
                        change.run();
                    } finally {
                        fetcher.finishFetching(List.of(fetch.source()));
                    }
                }));
                if (report.notFiled() != null) {
                    log.warn(report.notFiled());
                }
            } catch (IOException | RuntimeException e) {
                log.error("Cannot file what source '" + name + "' brought: " + e.getMessage(), e);
            }
        }
        return Status.OK_STATUS;
    }
}
