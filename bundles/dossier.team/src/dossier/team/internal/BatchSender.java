package dossier.team.internal;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.ThreadFactory;
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
 * shard's leader while the publish builds the next ones. Each shard has a lane of its own, one request at a time, as
 * SolrJ sends one batch to all shards at once and then the next: more requests at once on a leader only split its
 * indexing into smaller segments, merged again later. A batch is deleted from the outbox once the cluster took it;
 * one the cluster refuses is set aside with the reason and the rest goes on. Once the cluster cannot be reached (or
 * could not before: {@code problem}), batches only wait in the outbox. {@link #finish} waits for the batches handed
 * over and commits; {@link #close} makes what waits durable.
 */
public final class BatchSender implements AutoCloseable {

    /** Batches handed over and not yet sent, at most this many: the publish builds no further ahead. */
    private static final int AHEAD = 4;
    private static final String JAVABIN = "application/javabin";
    private static final String UNROUTED = "";

    private final SolrConnection solr;
    private final Outbox outbox;
    private final String collection;
    private final ShardRouting routing;
    /** Writes the batches to the outbox, in order. */
    private final ExecutorService writer = Executors.newSingleThreadExecutor(daemon("dossier.team outbox"));
    /** Sends the batches, a lane per shard (by name; {@link #UNROUTED}: batches of no shard). */
    private final Map<String, ExecutorService> lanes = new ConcurrentHashMap<>();
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
        this.routing = new ShardRouting(solr, collection);
    }

    private static ThreadFactory daemon(String name) {
        return r -> {
            Thread t = new Thread(r, name);
            t.setDaemon(true);
            return t;
        };
    }

    private ExecutorService lane(Slice shard) {
        return lanes.computeIfAbsent(shard == null ? UNROUTED : shard.getName(),
                name -> Executors.newSingleThreadExecutor(daemon("dossier.team sender " + name)));
    }

    /**
     * Hands documents over: on the outbox's thread they are written to the outbox ({@code filed}: those a case file
     * holds), a batch per shard, then sent as written on the shard's lane to its leader (and recorded in the ledger).
     * The next batch is built meanwhile.
     */
    public void add(List<SolrInputDocument> docs, Set<String> filed) throws IOException {
        if (docs.isEmpty()) {
            return;
        }
        waitForRoom();
        writer.execute(() -> {
            AtomicInteger unsent = new AtomicInteger(1); // the writer's own share, then one per batch handed on
            Runnable done = () -> {
                if (unsent.decrementAndGet() == 0) {
                    ahead.release();
                }
            };
            try {
                if (failure != null) {
                    return; // not in the outbox nor its ledger: queued again by the next publish
                }
                Map<Slice, List<SolrInputDocument>> shards = problem == null ? routing.byShard(docs)
                        : Collections.singletonMap(null, docs);
                for (Map.Entry<Slice, List<SolrInputDocument>> shard : shards.entrySet()) {
                    Outbox.Batch batch = outbox.add(shard.getValue(), filed);
                    unsent.incrementAndGet();
                    lane(shard.getKey()).execute(() -> {
                        try {
                            if (problem == null && failure == null) {
                                sendNow(batch.file(), client -> post(batch, shard.getKey(), client),
                                        batch.documents());
                            }
                        } finally {
                            done.run();
                        }
                    });
                }
            } catch (IOException e) {
                failure = e;
            } finally {
                done.run();
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
        lane(null).execute(() -> {
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

    /** Waits for the writer, then for the lanes it handed batches to. */
    private void awaitAll() throws InterruptedException {
        writer.shutdown();
        while (!writer.awaitTermination(1, TimeUnit.SECONDS)) {
            // still writing
        }
        lanes.values().forEach(ExecutorService::shutdown);
        for (ExecutorService lane : lanes.values()) {
            while (!lane.awaitTermination(1, TimeUnit.SECONDS)) {
                // still sending
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
        lanes.values().forEach(ExecutorService::shutdownNow);
        try {
            writer.awaitTermination(30, TimeUnit.SECONDS);
            for (ExecutorService lane : lanes.values()) {
                lane.awaitTermination(30, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            outbox.record();
        }
    }
}
