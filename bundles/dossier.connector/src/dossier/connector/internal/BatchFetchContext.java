package dossier.connector.internal;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;

import dossier.casefile.Intake;
import dossier.connector.FetchContext;
import dossier.connector.http.HttpFetcher;
import dossier.store.Capture;
import dossier.store.PutResult;

/**
 * What one fetch captures into: its intake batch (stored at once, filed when the fetch ends), keeping each capture's
 * result and each warning for the fetch's outcome; a capture after a cancel is refused.
 */
public final class BatchFetchContext implements FetchContext {

    private final Intake.Batch batch;
    private final HttpFetcher http;
    private final List<String> warnings = Collections.synchronizedList(new ArrayList<>());
    private volatile IProgressMonitor monitor = new NullProgressMonitor();

    public BatchFetchContext(Intake.Batch batch, HttpFetcher http) {
        this.batch = batch;
        this.http = http;
    }

    /** Reports progress to, and takes cancels from, {@code progress} from now on. */
    public void reportTo(IProgressMonitor progress) {
        monitor = progress;
    }

    @Override
    public HttpFetcher http() {
        return http;
    }

    @Override
    public PutResult capture(Capture capture) throws IOException {
        if (monitor.isCanceled()) {
            throw new OperationCanceledException();
        }
        PutResult result = batch.put(capture);
        monitor.worked(1);
        return result;
    }

    @Override
    public IProgressMonitor monitor() {
        return monitor;
    }

    @Override
    public void warn(String message) {
        warnings.add(message);
    }

    public List<PutResult> results() {
        return batch.results();
    }

    public List<String> warnings() {
        return List.copyOf(warnings);
    }
}
