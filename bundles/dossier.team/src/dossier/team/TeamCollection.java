package dossier.team;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.HashMap;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.apache.lucene.search.Query;
import org.apache.solr.client.solrj.SolrQuery;
import org.apache.solr.client.solrj.request.CollectionAdminRequest;
import org.apache.solr.client.solrj.request.ConfigSetAdminRequest;
import org.apache.solr.client.solrj.request.UpdateRequest;
import org.apache.solr.client.solrj.request.schema.SchemaRequest;
import org.apache.solr.common.SolrDocument;
import org.apache.solr.common.SolrInputDocument;
import org.apache.solr.common.cloud.DocCollection;
import org.apache.solr.common.cloud.Replica;
import org.apache.solr.common.cloud.Slice;
import org.apache.solr.common.params.ModifiableSolrParams;
import org.apache.solr.common.util.ContentStreamBase;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;

import com.google.gson.Gson;

import dossier.casefile.Intake;
import dossier.casefile.ResearchWorkspace;
import dossier.index.IndexSchema;
import dossier.index.QuerySyntaxException;
import dossier.index.SearchIndex;
import dossier.index.SearchRequest;
import dossier.index.SearchResults;
import dossier.model.casefile.CaseFile;
import dossier.store.AtomicFile;
import dossier.store.PutResult;
import dossier.team.internal.CaptureRecord;
import dossier.team.internal.Configset;
import dossier.team.internal.Credentials;
import dossier.team.internal.ItemDocuments;
import dossier.team.internal.BatchSender;
import dossier.team.internal.Outbox;
import dossier.team.internal.SolrConnection;
import dossier.team.internal.SolrSchema;
import dossier.team.internal.TeamSearching;

/**
 * The workspace's team collection on SolrCloud (a workspace service: {@code workspace.service(TeamCollection.class)}).
 * Where it is ({@link TeamConnection}) is kept in {@code team/connection.json}, its password in Eclipse secure
 * storage. Publishing goes through an outbox in {@code team/COLLECTION/} (see {@code Outbox}): items are queued when
 * new or changed, then sent; what the cluster did not take waits and goes with the next publish.
 */
public final class TeamCollection implements AutoCloseable {

    public static final String FOLDER = "team";
    private static final String CONNECTION_FILE = "connection.json";
    private static final int BATCH = 500;
    private static final Gson GSON = new Gson();

    private final ResearchWorkspace workspace;
    private TeamConnection connection;
    private SolrConnection solr;
    private Outbox outbox;
    /** True once the collection's schema was compared with this Dossier's ({@link #updateSchema}). */
    private boolean schemaChecked;
    private final List<Runnable> watchers = new CopyOnWriteArrayList<>();

    TeamCollection(ResearchWorkspace workspace) throws IOException {
        this.workspace = workspace;
        Path file = workspace.folder().resolve(FOLDER).resolve(CONNECTION_FILE);
        if (Files.exists(file)) {
            connection = GSON.fromJson(Files.readString(file, StandardCharsets.UTF_8), TeamConnection.class);
            connection = new TeamConnection(connection.urls(), connection.collection(), connection.user());
        }
    }

    /** Made by the workspace (see {@code dossier.casefile.services}). */
    public static TeamCollection create(ResearchWorkspace workspace) throws IOException {
        return new TeamCollection(workspace);
    }

    /**
     * Runs {@code changed} (on the thread that made the change) whenever the connection or what waits in the outbox may
     * have changed, until the returned runnable is run.
     */
    public Runnable watch(Runnable changed) {
        watchers.add(changed);
        return () -> watchers.remove(changed);
    }

    private void changed() {
        watchers.forEach(Runnable::run);
    }

    public Optional<TeamConnection> connection() {
        return Optional.ofNullable(connection);
    }

    /**
     * Connects the workspace to a team collection: checks that the cluster answers, accepts the credentials and has
     * the collection, then remembers the connection (the password in secure storage, when a user is given) and brings
     * the collection's schema up to this Dossier's if this one only adds fields to it.
     */
    public void connect(TeamConnection to, String password) throws TeamException, IOException {
        connect(to, password, new NullProgressMonitor());
    }

    /**
     * The same, given up as soon as the monitor is canceled ({@link OperationCanceledException}): a cluster that does
     * not answer is not waited for, and the workspace is not connected.
     */
    public void connect(TeamConnection to, String password, IProgressMonitor monitor)
            throws TeamException, IOException {
        SolrConnection next = new SolrConnection(to, password);
        untilCanceled(next, monitor, () -> {
            List<String> collections = next.call(client -> CollectionAdminRequest.listCollections(client));
            if (!collections.contains(to.collection())) {
                throw new TeamException.MissingCollection(to.collection(), collections);
            }
        });
        synchronized (this) { // not while the cluster is asked: the workspace's other calls go on meanwhile
            use(to, password, next);
            updateSchema(next);
        }
    }

    /**
     * Uploads Dossier's configset (solrconfig.xml and the schema generated from the local index) and creates the
     * collection with this many shards and replicas, or reloads it if it exists (its schema is then this Dossier's).
     * An existing collection's schema is replaced only if it is this Dossier's or lacks only fields this Dossier adds:
     * one with fields this Dossier lacks or defines otherwise (a newer Dossier's) is refused in one line.
     * The workspace is then connected to it.
     * The password is stored only once the cluster has accepted it.
     */
    public void setup(TeamConnection to, String password, int shards, int replicas) throws TeamException, IOException {
        setup(to, password, shards, replicas, new NullProgressMonitor());
    }

    /**
     * The same, given up as soon as the monitor is canceled ({@link OperationCanceledException}; the cluster may still
     * finish what it was asked): the workspace is not connected.
     */
    public void setup(TeamConnection to, String password, int shards, int replicas, IProgressMonitor monitor)
            throws TeamException, IOException {
        if (shards < 1 || replicas < 1) {
            throw new TeamException("--shards and --replicas are at least 1");
        }
        SolrConnection next = new SolrConnection(to, password);
        untilCanceled(next, monitor, () -> {
            boolean exists = next.call(client -> CollectionAdminRequest.listCollections(client))
                    .contains(to.collection());
            if (exists) {
                ExistingSchema schema = ExistingSchema.of(next, to.collection());
                if (!schema.conflicts().isEmpty()) {
                    throw new TeamException(schema.refusal(to.collection()));
                }
            }
            String configset = uploadConfigset(next, to.collection());
            if (exists) {
                next.call(client -> CollectionAdminRequest.reloadCollection(to.collection()).process(client));
            } else {
                CollectionAdminRequest.Create create = CollectionAdminRequest.createCollection(to.collection(),
                        configset, shards, replicas);
                create.setWaitForFinalState(true);
                next.call(client -> create.process(client));
            }
        });
        synchronized (this) {
            use(to, password, next);
        }
    }

    /** Talks to a cluster not yet connected to. */
    @FunctionalInterface
    private interface Check {
        void run() throws TeamException, IOException;
    }

    /**
     * Runs a check on a thread of its own and waits for it until the monitor is canceled; then, or when the check
     * fails, the new connection is closed (which ends a request still waiting for its answer).
     * <p>
     * Not SolrJ 9.10's asynchronous requests ({@code Http2SolrClient}/{@code LBHttp2SolrClient.requestAsync}; the
     * cloud client has none): canceling their future does not end the HTTP exchange, and closing the client first
     * waits for every asynchronous request to complete, so a node that never answers would hold a canceled check until
     * the idle timeout. Only the deprecated {@code asyncRequest}'s {@code Cancellable} aborts the exchange. A blocking
     * request ends as soon as its client is closed.
     */
    private static void untilCanceled(SolrConnection next, IProgressMonitor monitor, Check check)
            throws TeamException, IOException {
        CompletableFuture<Void> done = new CompletableFuture<>();
        Thread thread = new Thread(() -> {
            try {
                check.run();
                done.complete(null);
            } catch (Throwable e) {
                done.completeExceptionally(e);
            }
        }, "dossier.team check");
        thread.setDaemon(true);
        thread.start();
        try {
            while (true) {
                try {
                    done.get(100, TimeUnit.MILLISECONDS);
                    if (monitor.isCanceled()) {
                        throw new OperationCanceledException();
                    }
                    return;
                } catch (TimeoutException e) {
                    if (monitor.isCanceled()) {
                        throw new OperationCanceledException();
                    }
                }
            }
        } catch (ExecutionException e) {
            next.close();
            if (e.getCause() instanceof TeamException failure) {
                throw failure;
            }
            if (e.getCause() instanceof IOException failure) {
                throw failure;
            }
            if (e.getCause() instanceof RuntimeException failure) {
                throw failure;
            }
            throw new IllegalStateException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            next.close();
            throw new OperationCanceledException();
        } catch (OperationCanceledException e) {
            next.close();
            throw e;
        }
    }

    /** Uploads Dossier's configset for a collection (replacing the one there); returns its name. */
    private static String uploadConfigset(SolrConnection solr, String collection) throws TeamException, IOException {
        byte[] zip = Configset.zip();
        String configset = Configset.name(collection);
        solr.call(client -> new ConfigSetAdminRequest.Upload().setConfigSetName(configset).setOverwrite(true)
                .setCleanup(true).setUploadStream(new ContentStreamBase.ByteArrayStream(zip, "configset.zip",
                        "application/zip")).process(client));
        return configset;
    }

    /**
     * Brings the collection's schema up to this Dossier's when this one only adds fields to it (fields the local index
     * writes since the collection was set up): the configset is uploaded again and the collection reloaded, its
     * documents stay. A schema this one does not only add to (a newer Dossier's) is left as it is, as it is when the
     * user may not change configsets: {@link #status} says so. Done once a connection, when the cluster answers.
     */
    private void updateSchema(SolrConnection connected) throws IOException {
        String collection = connection.collection();
        try {
            ExistingSchema schema = ExistingSchema.of(connected, collection);
            if (!schema.current() && schema.conflicts().isEmpty()) {
                uploadConfigset(connected, collection);
                connected.call(c -> CollectionAdminRequest.reloadCollection(collection).process(c));
            }
            schemaChecked = true;
        } catch (TeamException e) {
            schemaChecked = !e.unreachable(); // refused: the schema stays; unreachable: tried again next time
        }
    }

    /** A collection's schema: its name, and its fields this Dossier's schema lacks or defines otherwise. */
    private record ExistingSchema(String name, List<String> conflicts) {

        static ExistingSchema of(SolrConnection solr, String collection) throws TeamException {
            String name = solr.call(c -> new SchemaRequest.SchemaName().process(c, collection)).getSchemaName();
            if (SolrSchema.get().name().equals(name)) {
                return new ExistingSchema(name, List.of());
            }
            return new ExistingSchema(name, SolrSchema.get().conflicts(solr.call(c -> new SchemaRequest.Fields(
                    new ModifiableSolrParams().set("showDefaults", true)).process(c, collection)).getFields()));
        }

        boolean current() {
            return SolrSchema.get().name().equals(name);
        }

        /** Why {@code team setup} leaves this schema alone: what is there, what this Dossier has, what to do. */
        String refusal(String collection) {
            int shown = Math.min(conflicts.size(), 5);
            return "the team collection '" + collection + "' has schema '" + name + "' with field"
                    + (conflicts.size() == 1 ? " " : "s ") + String.join(", ", conflicts.subList(0, shown))
                    + (conflicts.size() > shown ? " and " + (conflicts.size() - shown) + " more" : "")
                    + " that this Dossier's schema '" + SolrSchema.get().name() + "' lacks or defines otherwise"
                    + " (a newer Dossier set it up?), so setup would change documents already there: connect with"
                    + " 'dossier team connect' to use it as it is, or run setup from the Dossier that set it up";
        }
    }

    /** Remembers a connection that worked: its password in secure storage, the rest in the workspace. */
    private void use(TeamConnection to, String password, SolrConnection next) throws TeamException, IOException {
        if (to.user() != null) {
            Credentials.store(to, password);
        }
        close();
        Path folder = workspace.folder().resolve(FOLDER);
        Files.createDirectories(folder);
        AtomicFile.write(folder.resolve(CONNECTION_FILE), GSON.toJson(to).getBytes(StandardCharsets.UTF_8));
        connection = to;
        solr = next;
        outbox = null;
        schemaChecked = false;
        changed();
    }

    /**
     * Disconnects the workspace from its team collection; what waits in the outbox stays in the workspace and is sent
     * once it connects to that collection again. The password stays in secure storage: it is the user's, shared by
     * their workspaces that connect to the collection as that user.
     */
    public synchronized void disconnect() throws IOException {
        if (connection == null) {
            return;
        }
        close();
        Files.deleteIfExists(workspace.folder().resolve(FOLDER).resolve(CONNECTION_FILE));
        connection = null;
        outbox = null;
        changed();
    }

    private SolrConnection solr() throws TeamException {
        if (connection == null) {
            throw new TeamException("this workspace has no team collection: run 'dossier team connect URL..."
                    + " --collection NAME' first");
        }
        if (solr == null) {
            solr = new SolrConnection(connection, Credentials.password(connection));
        }
        return solr;
    }

    private Outbox outbox() throws TeamException, IOException {
        solr();
        if (outbox == null) {
            outbox = new Outbox(workspace.folder().resolve(FOLDER).resolve(connection.collection()));
        }
        return outbox;
    }

    /** Documents waiting in the outbox (0 without a connection). */
    public synchronized long waiting() throws IOException {
        if (connection == null) {
            return 0;
        }
        try {
            return outbox().waiting();
        } catch (TeamException e) {
            return 0;
        }
    }

    /** Nodes, shards and replicas, documents, the schema's version and the outbox, as the cluster says now. */
    public synchronized TeamStatus status() throws TeamException, IOException {
        SolrConnection connected = solr();
        long waiting = outbox().waiting();
        String collection = connection.collection();
        List<String> liveNodes = new ArrayList<>(connected.call(c -> c.getClusterStateProvider().getLiveNodes()));
        liveNodes.sort(null);
        DocCollection docCollection = connected.call(c -> c.getClusterStateProvider().getCollection(collection));
        if (docCollection == null) {
            throw new TeamException("the cluster has no collection '" + collection + "'");
        }
        List<TeamStatus.Shard> shards = new ArrayList<>();
        for (Slice slice : docCollection.getSlices()) {
            List<String> replicas = new ArrayList<>();
            Replica leader = slice.getLeader();
            for (Replica replica : slice.getReplicas()) {
                replicas.add(replica.getNodeName() + " " + replica.getState().toString().toLowerCase()
                        + (leader != null && leader.getName().equals(replica.getName()) ? " leader" : ""));
            }
            shards.add(new TeamStatus.Shard(slice.getName(), replicas));
        }
        shards.sort((a, b) -> a.name().compareTo(b.name()));
        long documents = connected.call(c -> c.query(collection, new SolrQuery("*:*").setRows(0))).getResults()
                .getNumFound();
        String schema = connected.call(c -> new SchemaRequest.SchemaName().process(c, collection)).getSchemaName();
        return new TeamStatus(connection, liveNodes, shards, documents, SolrSchema.get().name().equals(schema),
                waiting, outbox.rejected(), outbox.rejectedReason());
    }

    /**
     * Publishes items: each new or changed one (since it was last queued) is queued in the outbox, then everything
     * waiting is sent. When the cluster cannot be reached the queued items wait, and the report says so.
     */
    public synchronized PublishReport publish(Collection<String> itemIds, IProgressMonitor monitor)
            throws TeamException, IOException {
        SubMonitor progress = SubMonitor.convert(monitor, "Publishing to the team collection", 10);
        Outbox queue = outbox();
        if (!schemaChecked) {
            updateSchema(solr());
        }
        PublishReport earlier = send(progress.split(1));
        String publisher = connection.user() != null ? connection.user() : System.getProperty("user.name");
        SubMonitor queueing = progress.split(9).setWorkRemaining(itemIds.size());
        int queued = 0;
        int unchanged = 0;
        // batches are built in parallel and sent while the next ones are built; once the cluster is away they wait
        try (BatchSender sender = new BatchSender(solr(), queue, connection.collection(), earlier.problem())) {
            ItemDocuments documents = ItemDocuments.of(workspace, publisher);
            List<String> ids = List.copyOf(itemIds);
            for (int from = 0; from < ids.size(); from += BATCH) {
                if (queueing.isCanceled()) {
                    throw new OperationCanceledException();
                }
                List<String> chunk = ids.subList(from, Math.min(ids.size(), from + BATCH));
                List<ItemDocuments.Pending> changed = new ArrayList<>();
                Set<String> filed = new HashSet<>();
                for (ItemDocuments.Pending pending : documents.pending(chunk)) {
                    if (pending == null) {
                        continue;
                    }
                    if (queue.queued(pending.item().id(), pending.fingerprint())) {
                        unchanged++;
                    } else {
                        changed.add(pending);
                        if (pending.filed()) {
                            filed.add(pending.item().id());
                        }
                    }
                }
                List<SolrInputDocument> batch = build(documents, changed);
                queued += batch.size();
                sender.add(batch, filed);
                queueing.worked(chunk.size());
            }
            List<String> unfiled = unfiled(queue, ids);
            for (int from = 0; from < unfiled.size(); from += BATCH) {
                List<String> chunk = unfiled.subList(from, Math.min(unfiled.size(), from + BATCH));
                sender.send(queue.delete(chunk), new UpdateRequest().deleteById(chunk), chunk.size());
            }
            String problem = sender.finish();
            changed();
            long rejected = earlier.rejected() + sender.rejected();
            return new PublishReport(itemIds.size(), queued, unchanged, unfiled.size(),
                    earlier.sent() + sender.sent(), queue.waiting(), problem, rejected,
                    sender.rejection() != null ? sender.rejection() : earlier.rejection());
        }
    }

    /**
     * Items published earlier while a case file held them that no case file holds any more (taken out of their case
     * files, or their case files deleted), unless selected now: the team collection no longer has them.
     */
    private List<String> unfiled(Outbox queue, List<String> selected) {
        Set<String> now = new HashSet<>(selected);
        List<String> published = queue.filedItems().stream().filter(id -> !now.contains(id)).toList();
        return workspace.readModel(() -> published.stream().filter(id -> workspace.caseFilesHolding(id).isEmpty())
                .toList());
    }

    /** The changed items' documents, built on all cores. */
    private static List<SolrInputDocument> build(ItemDocuments documents, List<ItemDocuments.Pending> changed)
            throws IOException {
        try {
            return changed.parallelStream().map(pending -> {
                try {
                    return documents.document(pending);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }).toList();
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    /**
     * Sends what waits in the outbox (a stopped cluster is back), oldest first; a batch the cluster refuses is set
     * aside and the rest goes on. The report's counts are of documents.
     */
    public synchronized PublishReport send(IProgressMonitor monitor) throws TeamException, IOException {
        SolrConnection connected = solr();
        Outbox queue = outbox();
        List<Path> batches = queue.batches();
        SubMonitor progress = SubMonitor.convert(monitor, "Sending to the team collection", batches.size() + 1);
        long sent = 0;
        long rejected = 0;
        String rejection = null;
        String collection = connection.collection();
        try {
            for (Path batch : batches) {
                if (progress.isCanceled()) {
                    throw new OperationCanceledException();
                }
                List<String> ids = Outbox.deletes(batch) ? Outbox.readIds(batch) : null;
                List<SolrInputDocument> docs = ids == null ? Outbox.read(batch) : null;
                if (ids == null && docs == null) {
                    queue.sent(batch); // torn: its items were not recorded (queued again) or were sent
                    continue;
                }
                UpdateRequest request = ids != null ? new UpdateRequest().deleteById(ids) : new UpdateRequest().add(docs);
                int documents = ids != null ? ids.size() : docs.size();
                try {
                    connected.call(c -> request.process(c, collection));
                    queue.sent(batch);
                    sent += documents;
                } catch (TeamException e) {
                    if (!SolrConnection.refused(e)) {
                        throw e;
                    }
                    queue.setAside(batch, e.getMessage());
                    rejected += documents;
                    rejection = e.getMessage();
                }
                progress.worked(1);
            }
            if (sent > 0) {
                connected.call(c -> c.commit(collection, true, true, true));
            }
        } catch (TeamException e) {
            if (!e.unreachable()) {
                throw e;
            }
            return new PublishReport(0, 0, 0, 0, sent, queue.waiting(), e.getMessage(), rejected, rejection);
        } finally {
            if (sent > 0) {
                changed();
            }
        }
        return new PublishReport(0, 0, 0, 0, sent, queue.waiting(), null, rejected, rejection);
    }

    /** Runs a search of the team collection in the local query language. */
    public SearchResults search(SearchRequest request) throws TeamException, QuerySyntaxException, IOException {
        Query parsed = workspace.service(SearchIndex.class).parse(request.query());
        SolrQuery query = TeamSearching.request(parsed, request);
        String collection;
        SolrConnection connected;
        synchronized (this) {
            connected = solr();
            collection = connection.collection();
        }
        return TeamSearching.results(connected.call(c -> c.query(collection, query)), request);
    }

    /** Items of the team collection like this one, most alike first, as the local index's related items. */
    public List<SearchResults.Hit> related(String itemId, int limit) throws TeamException, IOException {
        String collection;
        SolrConnection connected;
        synchronized (this) {
            connected = solr();
            collection = connection.collection();
        }
        SolrQuery query = TeamSearching.related(itemId, limit);
        return TeamSearching.results(connected.call(c -> c.query(collection, query)),
                SearchRequest.of("").withLimit(limit)).hits();
    }

    /** The titles of items of the team collection by id (an item without a title is left out). */
    public Map<String, String> titles(Collection<String> itemIds) throws TeamException {
        String collection;
        SolrConnection connected;
        synchronized (this) {
            connected = solr();
            collection = connection.collection();
        }
        SolrQuery fields = new SolrQuery().setFields(IndexSchema.ID, IndexSchema.TITLE);
        Map<String, String> titles = new HashMap<>();
        for (SolrDocument doc : connected.call(c -> c.getById(collection, itemIds, fields))) {
            Object title = doc.getFirstValue(IndexSchema.TITLE);
            if (title != null && !title.toString().isBlank()) {
                titles.put((String) doc.getFirstValue(IndexSchema.ID), title.toString());
            }
        }
        return titles;
    }

    /**
     * Copies an item of the team collection into this workspace through the intake: its capture (the original bytes,
     * checked against the SHA-256 it was published with, its text and metadata), filed in the case file (by id or
     * title; the Inbox if null) with the tags it carried, and a note saying who published it, when, and from where.
     * Returns the local item's id.
     */
    public String pull(String itemId, String caseFile) throws TeamException, IOException {
        return pull(itemId, caseFile, Intake.ModelThread.CALLER);
    }

    /** {@link #pull(String, String)}, the model changed on {@code modelThread} (the workbench's UI thread, say). */
    public String pull(String itemId, String caseFile, Intake.ModelThread modelThread) throws TeamException,
            IOException {
        SolrConnection connected;
        String collection;
        synchronized (this) {
            connected = solr();
            collection = connection.collection();
        }
        SolrDocument doc = connected.call(c -> c.getById(collection, itemId));
        if (doc == null) {
            throw new TeamException("the team collection has no item " + itemId);
        }
        byte[] original = bytes(doc.getFirstValue(SolrSchema.ORIGINAL));
        String sha256 = (String) doc.getFirstValue(SolrSchema.SHA256);
        if (original == null || !sha256(original).equals(sha256)) {
            throw new TeamException("item " + itemId + " of the team collection is damaged: its original does not"
                    + " match the SHA-256 it was published with");
        }
        List<String> tags = new ArrayList<>();
        Collection<Object> itemTags = doc.getFieldValues(SolrSchema.ITEM_TAGS);
        if (itemTags != null) {
            itemTags.forEach(t -> tags.add((String) t));
        }
        Intake intake = workspace.intake();
        Intake.Batch batch = intake.batch(Intake.Filing.into(caseFile, tags));
        PutResult put = batch.put(CaptureRecord.fromJson((String) doc.getFirstValue(SolrSchema.CAPTURE)).capture(original));
        intake.file(batch, modelThread);
        Long publishedAt = (Long) doc.getFirstValue(SolrSchema.PUBLISHED_AT);
        CaseFile filedIn = caseFile == null ? workspace.caseFileNamed(ResearchWorkspace.INBOX)
                : workspace.caseFile(caseFile).orElse(null);
        try {
            modelThread.call(() -> workspace.addNote(put.id(), "From the team collection '" + collection
                    + "': published by " + doc.getFirstValue(SolrSchema.PUBLISHER) + (publishedAt == null ? ""
                            : " on " + Instant.ofEpochMilli(publishedAt)) + "; SHA-256 " + sha256, filedIn));
        } catch (dossier.casefile.CaseFileException e) {
            throw new TeamException("item " + put.id() + " was pulled, but its provenance note was refused: "
                    + e.getMessage());
        } catch (IOException | RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        return put.id();
    }

    private static byte[] bytes(Object value) {
        if (value instanceof byte[] bytes) {
            return bytes;
        }
        if (value instanceof ByteBuffer buffer) {
            byte[] bytes = new byte[buffer.remaining()];
            buffer.duplicate().get(bytes);
            return bytes;
        }
        return null;
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public synchronized void close() {
        if (solr != null) {
            solr.close();
            solr = null;
        }
    }
}
