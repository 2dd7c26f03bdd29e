package dossier.team.internal;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.Semaphore;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import org.apache.solr.client.solrj.request.UpdateRequest;
import org.apache.solr.common.SolrInputDocument;

import dossier.team.TeamException;

/**
 * Writes new batches to the outbox and sends them, one request at a time, while the publish builds the next ones;
 * SolrJ routes each request's documents to their shards' leaders (all shards at once). A batch is deleted from the
 * outbox once the cluster took it; one the cluster refuses is set aside with the reason and the rest goes on. Once the
 * cluster cannot be reached (or could not before: {@code problem}), batches only wait in the outbox. {@link #finish}
 * waits for the batches handed over and commits; {@link #close} makes what waits durable.
 */
public final class BatchSender implements AutoCloseable {

    /** Batches handed over and not yet sent, at most this many: the publish builds no further ahead. */
    private static final int AHEAD = 4;

    private final SolrConnection solr;
    private final Outbox outbox;
    private final String collection;
    /** Writes the batches to the outbox, in order. */
    private final ExecutorService writer = Executors.newSingleThreadExecutor(daemon("dossier.team outbox"));
    /** Sends the batches, in order. */
    private final ExecutorService sender = Executors.newSingleThreadExecutor(daemon("dossier.team sender"));
    private final Semaphore ahead = new Semaphore(AHEAD);
    private final AtomicLong sent = new AtomicLong();
    private final AtomicInteger rejected = new AtomicInteger();
    private volatile String problem;
    private volatile String rejection;
    private volatile Exception failure;

    public BatchSender(SolrConnection solr, Outbox outbox, String collection, String problem) {
        this.solr = solr;
        this.outbox = outbox;
        this.collection = collection;
        this.problem = problem;
    }

    private static ThreadFactory daemon(String name) {
        return r -> {
            Thread t = new Thread(r, name);
            t.setDaemon(true);
            return t;
        };
    }

    /**
     * Hands documents over: on the outbox's thread they are written to the outbox as a batch ({@code filed}: those a
     * case file holds), then sent (and recorded in the ledger). The next batch is built meanwhile.
     */
    public void add(List<SolrInputDocument> docs, Set<String> filed) throws IOException {
        if (docs.isEmpty()) {
            return;
        }
        waitForRoom();
        writer.execute(() -> {
            Path batch = null;
            try {
                if (failure == null) { // else not in the outbox nor its ledger: queued again by the next publish
                    batch = outbox.add(docs, filed);
                }
            } catch (IOException e) {
                failure = e;
            }
            if (batch == null) {
                ahead.release();
            } else {
                handOn(batch, new UpdateRequest().add(docs), docs.size());
            }
        });
    }

    /**
     * Hands a batch written to the outbox over for sending: its request, adding or deleting this many documents (a
     * null file, an empty batch, is ignored).
     */
    public void send(Path file, UpdateRequest request, int documents) throws IOException {
        if (file == null) {
            return;
        }
        waitForRoom();
        writer.execute(() -> handOn(file, request, documents)); // after the batches written before it
    }

    private void handOn(Path file, UpdateRequest request, int documents) {
        try {
            sender.execute(() -> {
                try {
                    if (problem == null && failure == null) {
                        sendNow(file, request, documents);
                    }
                } finally {
                    ahead.release();
                }
            });
        } catch (RejectedExecutionException e) {
            ahead.release(); // closed: the batch waits in the outbox
        }
    }

    private void waitForRoom() throws IOException {
        try {
            ahead.acquire();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while sending to the team collection", e);
        }
    }

    private void sendNow(Path file, UpdateRequest request, int documents) {
        try {
            solr.call(client -> request.process(client, collection));
            outbox.sent(file);
            sent.addAndGet(documents);
        } catch (TeamException e) {
            if (e.unreachable()) {
                problem = e.getMessage();
            } else if (SolrConnection.refused(e)) {
                setAside(file, documents, e.getMessage());
            } else {
                failure = e;
            }
        } catch (IOException e) {
            failure = e;
        }
    }

    private void setAside(Path file, int documents, String reason) {
        try {
            outbox.setAside(file, reason);
            rejected.addAndGet(documents);
            rejection = reason;
        } catch (IOException e) {
            failure = e;
        }
    }

    /**
     * Waits for the batches handed over, commits what was sent; returns why some wait (null if none do).
     * @throws TeamException if the cluster failed otherwise (what was not sent waits in the outbox)
     */
    public String finish() throws TeamException, IOException {
        try {
            awaitAll(); // the last batches are still being written and sent
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
        if (sent.get() > 0) {
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

    /** Waits for the writer, then for the sender it handed batches to. */
    private void awaitAll() throws InterruptedException {
        for (ExecutorService executor : List.of(writer, sender)) {
            executor.shutdown();
            while (!executor.awaitTermination(1, TimeUnit.SECONDS)) {
                // still writing, or sending
            }
        }
    }

    /** Documents the cluster took. */
    public long sent() {
        return sent.get();
    }

    /** Documents the cluster refused (set aside), and why the last ones were. */
    public int rejected() {
        return rejected.get();
    }

    public String rejection() {
        return rejection;
    }

    /** Stops sending (what was not sent waits) and makes the outbox durable. */
    @Override
    public void close() throws IOException {
        writer.shutdownNow();
        sender.shutdownNow();
        try {
            writer.awaitTermination(30, TimeUnit.SECONDS);
            sender.awaitTermination(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            outbox.record();
        }
    }
}
