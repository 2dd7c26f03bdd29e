package dossier.team.internal;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import org.apache.solr.client.solrj.request.UpdateRequest;
import org.apache.solr.common.SolrInputDocument;

import dossier.team.TeamException;

/**
 * Sends the outbox's new batches on a thread of its own while the publish builds the next ones, each deleted from
 * the outbox once the cluster took it. Once the cluster cannot be reached (or could not before: {@code problem}),
 * batches only wait in the outbox. {@link #finish} waits for the batches handed over and commits.
 */
public final class BatchSender implements AutoCloseable {

    private final SolrConnection solr;
    private final Outbox outbox;
    private final String collection;
    private final ExecutorService thread = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "dossier.team sender");
        t.setDaemon(true);
        return t;
    });
    private volatile String problem;
    private volatile Exception failure;
    private volatile long sent;

    public BatchSender(SolrConnection solr, Outbox outbox, String collection, String problem) {
        this.solr = solr;
        this.outbox = outbox;
        this.collection = collection;
        this.problem = problem;
    }

    /** Hands a batch written to the outbox over for sending (a null file, an empty batch, is ignored). */
    public void send(Path file, List<SolrInputDocument> docs) {
        if (file == null) {
            return;
        }
        thread.execute(() -> {
            if (problem != null || failure != null) {
                return;
            }
            try {
                solr.call(c -> new UpdateRequest().add(docs).process(c, collection));
                outbox.sent(file);
                sent += docs.size();
            } catch (TeamException e) {
                if (e.unreachable()) {
                    problem = e.getMessage();
                } else {
                    failure = e;
                }
            } catch (IOException e) {
                failure = e;
            }
        });
    }

    /**
     * Waits for the batches handed over, commits what was sent; returns why some wait (null if none do).
     * @throws TeamException if the cluster refused a batch (it waits in the outbox)
     */
    public String finish() throws TeamException, IOException {
        thread.shutdown();
        try {
            while (!thread.awaitTermination(1, TimeUnit.SECONDS)) {
                // the last batch is still being sent
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while sending to the team collection", e);
        }
        if (failure instanceof TeamException e) {
            throw e;
        }
        if (failure instanceof IOException e) {
            throw e;
        }
        if (sent > 0) {
            try {
                solr.call(c -> c.commit(collection, true, true, true));
            } catch (TeamException e) {
                if (!e.unreachable()) {
                    throw e;
                }
                return e.getMessage();
            }
        }
        return problem;
    }

    /** Documents the cluster took. */
    public long sent() {
        return sent;
    }

    @Override
    public void close() {
        thread.shutdownNow();
    }
}
