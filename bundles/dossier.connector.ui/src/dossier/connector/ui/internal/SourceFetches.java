package dossier.connector.ui.internal;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.IJobChangeEvent;
import org.eclipse.core.runtime.jobs.ISchedulingRule;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.core.runtime.jobs.JobChangeAdapter;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.PlatformUI;

import dossier.casefile.ResearchWorkspace;
import dossier.casefile.ui.WorkspaceSession;
import dossier.connector.SourceRefresher;
import dossier.connector.SourceSpec;
import dossier.connector.WorkspaceSources;
import dossier.model.casefile.Source;

/**
 * Fetches sources from the workbench, for Refresh Now and for the schedule: each source is its own
 * job in the Progress view; what it brought is filed on the UI thread as an undoable change; a
 * failure is logged to the Error Log naming the source and shown on the source. One batch runs at
 * a time, so the workspace's HTTP cache is read and saved by one fetcher at a time.
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
    private static final Set<String> FETCHING = new HashSet<>();
    private static final List<Runnable> LISTENERS = new ArrayList<>();

    private SourceFetches() {
    }

    /** Runs {@code listener} on the UI thread when a fetch starts or ends. */
    static void addListener(Runnable listener) {
        LISTENERS.add(listener);
    }

    static void removeListener(Runnable listener) {
        LISTENERS.remove(listener);
    }

    /** True while a fetch of the source is waiting or running; call on the UI thread. */
    static boolean isFetching(Source source) {
        return FETCHING.contains(source.getId());
    }

    /** Fetches the sources in a job; call on the UI thread. Sources already being fetched are left alone. */
    static void refresh(ResearchWorkspace workspace, List<Source> sources, Display display) {
        List<Source> wanted = sources.stream().filter(s -> !isFetching(s)).toList();
        List<SourceSpec> specs = wanted.stream().map(WorkspaceSources::spec).toList();
        wanted.forEach(s -> FETCHING.add(s.getId()));
        Job batch = Job.create("Refreshing " + (wanted.size() == 1 ? "source " + wanted.get(0).getName()
                : wanted.size() + " sources"), (IProgressMonitor monitor) -> fetch(workspace, wanted, specs, display));
        batch.setSystem(true);
        batch.setRule(ONE_BATCH_AT_A_TIME);
        batch.addJobChangeListener(new JobChangeAdapter() {
            @Override
            public void done(IJobChangeEvent event) {
                // also when the batch was cancelled before it ran
                if (!display.isDisposed()) {
                    display.asyncExec(() -> finished(workspace, wanted));
                }
            }
        });
        if (!wanted.isEmpty()) {
            batch.schedule();
            List.copyOf(LISTENERS).forEach(Runnable::run);
        }
    }

    private static IStatus fetch(ResearchWorkspace workspace, List<Source> sources, List<SourceSpec> specs,
            Display display) {
        WorkspaceSources fetcher = new WorkspaceSources(workspace);
        try {
            List<SourceRefresher.Outcome> outcomes = fetcher.refresh(specs, false, FETCH_TIMEOUT);
            display.asyncExec(() -> record(workspace, fetcher, sources, outcomes));
            fetcher.saveCache();
            return Status.OK_STATUS;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Status.CANCEL_STATUS;
        } catch (IOException e) {
            return Status.error("Cannot save the HTTP cache: " + e.getMessage(), e);
        }
    }

    private static void record(ResearchWorkspace workspace, WorkspaceSources fetcher, List<Source> sources, List<SourceRefresher.Outcome> outcomes) {
        ILog log = ILog.of(SourceFetches.class);
        for (int i = 0; i < outcomes.size(); i++) {
            Source source = sources.get(i);
            SourceRefresher.Outcome outcome = outcomes.get(i);
            if (!outcome.ok()) {
                log.error("Source '" + source.getName() + "' could not be fetched: " + outcome.failure());
            }
            if (source.eContainer() == null) {
                continue; // removed while it was being fetched: what it brought stays stored, unfiled
            }
            try {
                fetcher.record(source, outcome);
            } catch (IOException e) {
                log.error("Cannot file what source '" + source.getName() + "' brought: " + e.getMessage(), e);
            }
        }
        finished(workspace, sources);
    }

    /**
     * The sources are no longer being fetched: their item counts are read again; the second call for a batch changes
     * nothing.
     */
    private static void finished(ResearchWorkspace workspace, List<Source> sources) {
        List<String> sourceIds = sources.stream().map(Source::getId).toList();
        if (FETCHING.removeAll(sourceIds)) {
            SourceCounts.of(workspace).fetched(sourceIds);
            PlatformUI.getWorkbench().getService(WorkspaceSession.class).changed();
            List.copyOf(LISTENERS).forEach(Runnable::run);
        }
    }
}
