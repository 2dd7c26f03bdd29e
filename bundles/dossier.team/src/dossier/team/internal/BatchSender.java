package dossier.team.internal;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import org.apache.solr.client.solrj.SolrServerException;
import org.apache.solr.client.solrj.impl.CloudHttp2SolrClient;
import org.apache.solr.client.solrj.request.ContentStreamUpdateRequest;
import org.apache.solr.client.solrj.request.UpdateRequest;
import org.apache.solr.common.SolrInputDocument;
import org.apache.solr.common.cloud.Replica;
import org.apache.solr.common.cloud.Slice;
import org.apache.solr.common.util.ContentStreamBase;

import dossier.team.TeamException;

/**
 * Writes new batches to the outbox, one per shard, and sends them as written (no second serialization) to their
 * shard's leader (as SolrJ routes its updates) while the publish builds the next ones, {@value #IN_FLIGHT} at a time (a batch's
 * round trip leaves the cluster waiting on its replicas: with one only, the nodes idle between batches), each
 * deleted from the outbox once the cluster took it. A batch the cluster refuses is set aside with the reason and the
 * rest goes on. Once the cluster cannot be reached (or could not before: {@code problem}), batches only wait in the
 * outbox. {@link #finish} waits for the batches handed over and commits; {@link #close} makes what waits durable.
 */
public final class BatchSender implements AutoCloseable {

    private static final int IN_FLIGHT = 2;
    private static final String JAVABIN = "application/javabin";

    private final SolrConnection solr;
    private final Outbox outbox;
    private final String collection;
    private final ShardRouting routing;
    private final ExecutorService threads;
    /** Batches handed over and not yet sent, at most a few: the publish builds no further ahead than that. */
    private final Semaphore ahead = new Semaphore(IN_FLIGHT * 2);
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
        this.routing = new ShardRouting(solr, collection);
        AtomicInteger number = new AtomicInteger();
        this.threads = Executors.newFixedThreadPool(IN_FLIGHT, r -> {
            Thread t = new Thread(r, "dossier.team sender " + number.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
    }

    /**
     * Hands documents over: on a sender's thread they are written to the outbox ({@code filed}: those a case file
     * holds), a batch per shard, then sent as written to the shard's leader (and recorded in its ledger). The next
     * batch is built meanwhile.
     */
    public void add(List<SolrInputDocument> docs, Set<String> filed) throws IOException {
        if (docs.isEmpty()) {
            return;
        }
        waitForRoom();
        threads.execute(() -> {
            try {
                if (failure != null) {
                    return; // not in the outbox nor its ledger: queued again by the next publish
                }
                Map<Slice, List<SolrInputDocument>> shards = problem == null ? routing.byShard(docs)
                        : Collections.singletonMap(null, docs);
                for (Map.Entry<Slice, List<SolrInputDocument>> shard : shards.entrySet()) {
                    Outbox.Batch batch = outbox.add(shard.getValue(), filed);
                    if (problem == null && failure == null) {
                        sendNow(batch.file(), client -> post(batch, shard.getKey(), client), batch.documents());
                    }
                }
            } catch (IOException e) {
                failure = e;
            } finally {
                ahead.release();
            }
        });
    }

    /**
     * Sends a batch's content as written, to its shard's leader; when that cannot be reached (a leader elected since
     * the publish began), to any node of the collection, which passes the documents on to their leaders.
     */
    private Object post(Outbox.Batch batch, Slice shard, CloudHttp2SolrClient client) throws Exception {
        ContentStreamUpdateRequest request = new ContentStreamUpdateRequest("/update");
        request.addContentStream(new ContentStreamBase.ByteArrayStream(batch.content(), batch.file().getFileName()
                .toString(), JAVABIN));
        Replica leader = shard == null ? null : shard.getLeader();
        if (leader != null) {
            try {
                return client.getHttpClient().requestWithBaseUrl(leader.getBaseUrl(), leader.getCoreName(), request);
            } catch (SolrServerException | IOException e) {
                routing.forget(); // the next batches are routed by the cluster's state now
            }
        }
        return request.process(client, collection);
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
        threads.execute(() -> {
            try {
                if (problem == null && failure == null) {
                    sendNow(file, client -> request.process(client, collection), documents);
                }
            } finally {
                ahead.release();
            }
        });
    }

    private void waitForRoom() throws IOException {
        try {
            ahead.acquire();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while sending to the team collection", e);
        }
    }

    private void sendNow(Path file, SolrConnection.Call<?> call, int documents) {
        try {
            solr.call(call);
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
        threads.shutdown();
        try {
            while (!threads.awaitTermination(1, TimeUnit.SECONDS)) {
                // the last batches are still being sent
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
        threads.shutdownNow();
        try {
            threads.awaitTermination(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            outbox.record();
        }
    }
}
