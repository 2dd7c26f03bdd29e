package dossier.connector;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;

import dossier.connector.http.FetchException;
import dossier.connector.http.HttpFetcher;
import dossier.connector.internal.BatchFetchContext;
import dossier.store.PutResult;

/**
 * Fetches sources, each as its own Eclipse Job with progress and cancel, into the source's intake batch: a connector
 * that fails, throws or hangs fails its own source with a message naming it; the others go on, and what was stored
 * before stays stored (and is filed).
 */
public final class SourceRefresher {

    public static final String PLUGIN_ID = "dossier.connector";

    /** How one source's fetch went. */
    public record Outcome(SourceSpec source, List<PutResult> results, List<String> warnings, String failure,
            Duration took) {

        public boolean ok() {
            return failure == null;
        }

        public long count(PutResult.Outcome kind) {
            return results.stream().filter(r -> r.outcome() == kind).count();
        }

        /** One line for the fetch log: "3 new, 1 updated, 12 unchanged" or why it failed. */
        public String summary() {
            String counts = String.format(Locale.ROOT, "%d new, %d updated, %d unchanged, %d duplicates",
                    count(PutResult.Outcome.NEW), count(PutResult.Outcome.UPDATED),
                    count(PutResult.Outcome.UNCHANGED), count(PutResult.Outcome.DUPLICATE_CONTENT));
            String warned = warnings.isEmpty() ? "" : ", " + warnings.size() + " warnings (first: " + warnings.get(0) + ")";
            return ok() ? counts + warned : "failed: " + failure + (results.isEmpty() ? "" : " (after " + counts + ")");
        }
    }

    private final ConnectorRegistry registry;
    private final HttpFetcher http;

    private final boolean userJobs;

    /** @param userJobs true for fetches a person started (shown and reported as such), false for scheduled ones */
    public SourceRefresher(ConnectorRegistry registry, HttpFetcher http, boolean userJobs) {
        this.registry = registry;
        this.http = http;
        this.userJobs = userJobs;
    }

    /** Fetches the sources in parallel jobs and waits for each at most {@code timeout}; a late one is cancelled. */
    public List<Outcome> refresh(List<WorkspaceSources.Fetch> fetches, Duration timeout) throws InterruptedException {
        List<FetchJob> jobs = new ArrayList<>();
        for (WorkspaceSources.Fetch fetch : fetches) {
            FetchJob job = new FetchJob(fetch);
            jobs.add(job);
            job.schedule();
        }
        long deadline = System.nanoTime() + timeout.toNanos();
        List<Outcome> outcomes = new ArrayList<>();
        for (FetchJob job : jobs) {
            long left = Math.max(1, (deadline - System.nanoTime()) / 1_000_000);
            if (!job.join(left, new NullProgressMonitor())) {
                job.cancel();
                job.timedOut(timeout);
            }
            outcomes.add(job.outcome());
        }
        return outcomes;
    }

    /** The job that fetches one source. */
    private final class FetchJob extends Job {
        private final SourceSpec source;
        private final BatchFetchContext context;
        private volatile String failure;
        private final long started = System.nanoTime();
        private volatile long finished;

        FetchJob(WorkspaceSources.Fetch fetch) {
            super("Fetching " + fetch.spec().name());
            this.source = fetch.spec();
            this.context = new BatchFetchContext(fetch.batch(), http);
            setUser(userJobs);
        }

        @Override
        protected IStatus run(IProgressMonitor progress) {
            context.reportTo(progress);
            progress.beginTask("Fetching " + source.name(), IProgressMonitor.UNKNOWN);
            try {
                Connector connector = registry.find(source.connectorId())
                        .orElseThrow(() -> new ConnectorException("no connector '" + source.connectorId()
                                + "' is installed"))
                        .connector();
                connector.fetch(source, context);
                return Status.OK_STATUS;
            } catch (OperationCanceledException e) {
                failure = failure != null ? failure : "cancelled";
                return Status.CANCEL_STATUS;
            } catch (ConnectorException | FetchException e) {
                failure = e.getMessage();
            } catch (RuntimeException | LinkageError e) {
                failure = "the connector failed: " + e;
            } finally {
                finished = System.nanoTime();
                progress.done();
            }
            // the outcome carries the failure and the caller reports it once, naming the source
            return Status.OK_STATUS;
        }

        void timedOut(Duration timeout) {
            failure = "did not finish within " + timeout.toSeconds() + " s; cancelled";
        }

        Outcome outcome() {
            long end = finished == 0 ? System.nanoTime() : finished;
            return new Outcome(source, context.results(), context.warnings(), failure, Duration.ofNanos(end - started));
        }
    }
}
