package dossier.team.internal;

import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.solr.client.solrj.request.JavaBinUpdateRequestCodec;
import org.apache.solr.client.solrj.request.UpdateRequest;
import org.apache.solr.common.SolrInputDocument;
import org.apache.solr.common.util.JavaBinCodec;

import dossier.store.AtomicFile;

/**
 * What waits to be sent to one team collection, kept in the workspace ({@code team/COLLECTION/}), so that nothing
 * is lost when the cluster is down, the laptop offline or the process killed.
 * <p>
 * {@code outbox/NNNNNNNNNN-COUNT.javabin}: batches of documents, each the body of Solr's update request adding them
 * (javabin; an earlier Dossier wrote a list of documents), written to a temp file and renamed,
 * deleted only once the cluster has accepted them; {@code NNNNNNNNNN-COUNT-delete.javabin}: ids to delete from the collection, sent in
 * the same order. {@code ledger}: one line {@code ID FINGERPRINT [filed]} per document handed to the outbox
 * ({@code filed}: a case file held it), {@code ID -} per item to delete (a torn last line is ignored); an item whose
 * fingerprint is the ledger's is not queued again.
 * <p>
 * Fsyncs are grouped: a batch's ledger lines are appended once the cluster took it, or once the batch was fsynced
 * ({@link #record}, at the end of a publish, for what still waits), so the ledger never names an item that is neither
 * in the collection nor durably in the outbox; the ledger is fsynced once per publish. A process killed loses
 * nothing written (the page cache keeps it); a machine that stops may lose batches not yet recorded, and then their
 * ledger lines: the next publish queues those items again. A batch left torn that way is dropped when read (its items
 * were not recorded, or were sent). Any re-send is harmless: the collection keeps one document per id.
 * <p>
 * {@code rejected/}: batches the cluster refused (a field it cannot take), moved there with a {@code .reason} file
 * beside them so that they do not hold up the rest; they stay there (their items are queued again once they change,
 * or the schema does, after {@code team setup}).
 */
public final class Outbox {

    private static final String SUFFIX = ".javabin";
    private static final String DELETE = "-delete";
    private static final String FILED = "filed";
    private static final String TEMP = ".tmp";

    private final Path batches;
    private final Path rejected;
    private final Path ledgerFile;
    private final Map<String, String> ledger = new HashMap<>();
    private final Set<String> filed = new HashSet<>();
    /** Ledger lines of batches neither sent nor fsynced yet, by batch. */
    private final Map<Path, String> unrecorded = new LinkedHashMap<>();
    private boolean ledgerUnsynced;
    private long nextBatch;

    public Outbox(Path folder) throws IOException {
        this.batches = folder.resolve("outbox");
        this.ledgerFile = folder.resolve("ledger");
        this.rejected = folder.resolve("rejected");
        Files.createDirectories(batches);
        try (DirectoryStream<Path> temps = Files.newDirectoryStream(batches, ".*" + SUFFIX + TEMP)) {
            for (Path temp : temps) {
                Files.delete(temp); // a batch being written when the process stopped: its items were not recorded
            }
        }
        if (Files.exists(ledgerFile)) {
            try (BufferedReader in = Files.newBufferedReader(ledgerFile, StandardCharsets.UTF_8)) {
                for (String line; (line = in.readLine()) != null;) {
                    String[] words = line.split(" ");
                    if (words.length >= 2 && words[1].equals("-")) {
                        ledger.remove(words[0]);
                        filed.remove(words[0]);
                    } else if (words.length >= 2 && words[1].length() == 64) {
                        ledger.put(words[0], words[1]);
                        if (words.length > 2 && words[2].equals(FILED)) {
                            filed.add(words[0]);
                        } else {
                            filed.remove(words[0]);
                        }
                    }
                }
            }
        }
        for (Path batch : batches()) {
            nextBatch = Math.max(nextBatch, number(batch) + 1);
        }
    }

    /** True if this fingerprint of the item was handed to the outbox already (sent or waiting). */
    public synchronized boolean queued(String itemId, String fingerprint) {
        return fingerprint.equals(ledger.get(itemId));
    }

    /**
     * Writes a batch, its documents' ledger lines to be recorded once it is sent or durable ({@code filedIds}: those a
     * case file holds); returns its file (null if empty).
     */
    public Path add(List<SolrInputDocument> docs, Set<String> filedIds) throws IOException {
        if (docs.isEmpty()) {
            return null;
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        new JavaBinUpdateRequestCodec().marshal(new UpdateRequest().add(docs), bytes);
        synchronized (this) {
            return queue(docs, filedIds, bytes.toByteArray());
        }
    }

    private Path queue(List<SolrInputDocument> docs, Set<String> filedIds, byte[] content) throws IOException {
        Path batch = write(content, docs.size(), "");
        StringBuilder lines = new StringBuilder();
        for (SolrInputDocument doc : docs) {
            String id = (String) doc.getFieldValue("id");
            String fingerprint = (String) doc.getFieldValue(SolrSchema.FINGERPRINT);
            boolean isFiled = filedIds.contains(id);
            lines.append(id).append(' ').append(fingerprint).append(isFiled ? " " + FILED : "").append('\n');
            ledger.put(id, fingerprint);
            if (isFiled) {
                filed.add(id);
            } else {
                filed.remove(id);
            }
        }
        unrecorded.put(batch, lines.toString());
        return batch;
    }

    /** Items published while a case file held them (and not deleted since). */
    public synchronized List<String> filedItems() {
        return List.copyOf(filed);
    }

    /**
     * Writes a batch of ids to delete, forgotten in the ledger once it is sent or durable; returns its file (null if
     * none).
     */
    public synchronized Path delete(List<String> ids) throws IOException {
        if (ids.isEmpty()) {
            return null;
        }
        Path batch = write(marshal(ids), ids.size(), DELETE);
        StringBuilder lines = new StringBuilder();
        for (String id : ids) {
            lines.append(id).append(" -\n");
            ledger.remove(id);
            filed.remove(id);
        }
        unrecorded.put(batch, lines.toString());
        return batch;
    }

    private static byte[] marshal(Object content) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (JavaBinCodec codec = new JavaBinCodec()) {
            codec.marshal(content, bytes);
        }
        return bytes.toByteArray();
    }

    /** Writes a batch whole under its name (a temp file renamed), not fsynced: {@link #record} does that. */
    private Path write(byte[] content, int count, String kind) throws IOException {
        String name = String.format("%010d-%d%s%s", nextBatch++, count, kind, SUFFIX);
        Path batch = batches.resolve(name);
        Path temp = batches.resolve("." + name + TEMP);
        Files.write(temp, content);
        Files.move(temp, batch, StandardCopyOption.ATOMIC_MOVE);
        return batch;
    }

    /**
     * Makes what waits durable: the batches not yet sent are fsynced, then their ledger lines appended; the ledger
     * is fsynced. Called at the end of a publish.
     */
    public synchronized void record() throws IOException {
        if (!unrecorded.isEmpty()) {
            for (Path batch : unrecorded.keySet()) {
                fsync(batch);
            }
            AtomicFile.fsyncDirectory(batches);
            appendToLedger(String.join("", unrecorded.values()));
            unrecorded.clear();
        }
        if (ledgerUnsynced) {
            try (FileChannel channel = FileChannel.open(ledgerFile, StandardOpenOption.WRITE)) {
                channel.force(true);
            }
            ledgerUnsynced = false;
        }
    }

    private static void fsync(Path file) throws IOException {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE)) {
            channel.force(true);
        }
    }

    private void appendToLedger(String lines) throws IOException {
        try (FileChannel channel = FileChannel.open(ledgerFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.APPEND)) {
            channel.write(ByteBuffer.wrap(lines.getBytes(StandardCharsets.UTF_8)));
        }
        ledgerUnsynced = true;
    }

    /** True if the batch holds ids to delete ({@link #readIds}), not documents ({@link #read}). */
    public static boolean deletes(Path batch) {
        return batch.getFileName().toString().endsWith(DELETE + SUFFIX);
    }

    /** The ids of a batch to delete, null if it is torn (see the class comment: it is to be dropped). */
    @SuppressWarnings("unchecked")
    public static List<String> readIds(Path batch) throws IOException {
        return (List<String>) unmarshal(batch);
    }

    private static Object unmarshal(Path batch) throws IOException {
        try (InputStream in = Files.newInputStream(batch); JavaBinCodec codec = new JavaBinCodec()) {
            return codec.unmarshal(in);
        } catch (EOFException | RuntimeException e) {
            return null; // written whole, renamed, not fsynced when the machine stopped
        }
    }

    /** The waiting batches, oldest first. */
    public List<Path> batches() throws IOException {
        return batchesIn(batches);
    }

    private static List<Path> batchesIn(Path folder) throws IOException {
        List<Path> found = new ArrayList<>();
        if (!Files.isDirectory(folder)) {
            return found;
        }
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(folder, "*" + SUFFIX)) {
            entries.forEach(p -> {
                if (!p.getFileName().toString().startsWith(".")) {
                    found.add(p);
                }
            });
        }
        found.sort(null);
        return found;
    }

    /** How many documents wait. */
    public long waiting() throws IOException {
        return count(batches());
    }

    /** How many documents the cluster refused (set aside). */
    public long rejected() throws IOException {
        return count(batchesIn(rejected));
    }

    /** Why the cluster refused the last batch it refused (null if it refused none). */
    public String rejectedReason() throws IOException {
        List<Path> found = batchesIn(rejected);
        if (found.isEmpty()) {
            return null;
        }
        Path reason = reasonOf(found.get(found.size() - 1));
        return Files.exists(reason) ? Files.readString(reason, StandardCharsets.UTF_8) : null;
    }

    /** The cluster refused the batch: it is set aside with the reason, and no longer waits. */
    public synchronized void setAside(Path batch, String reason) throws IOException {
        fsync(batch);
        Files.createDirectories(rejected);
        Path target = rejected.resolve(batch.getFileName());
        AtomicFile.write(reasonOf(target), reason.getBytes(StandardCharsets.UTF_8));
        Files.move(batch, target, StandardCopyOption.ATOMIC_MOVE);
        AtomicFile.fsyncDirectory(rejected);
        AtomicFile.fsyncDirectory(batches);
        recorded(batch);
    }

    private void recorded(Path batch) throws IOException {
        String lines = unrecorded.remove(batch);
        if (lines != null) {
            appendToLedger(lines);
        }
    }

    private static Path reasonOf(Path batch) {
        return batch.resolveSibling(batch.getFileName() + ".reason");
    }

    private static long count(List<Path> found) {
        long count = 0;
        for (Path batch : found) {
            String name = batch.getFileName().toString();
            String counted = name.substring(name.indexOf('-') + 1, name.length() - SUFFIX.length());
            count += Long.parseLong(counted.endsWith(DELETE) ? counted.substring(0, counted.length() - DELETE.length())
                    : counted);
        }
        return count;
    }

    /** The documents of a batch, null if it is torn (see the class comment: it is to be dropped). */
    @SuppressWarnings("unchecked")
    public static List<SolrInputDocument> read(Path batch) throws IOException {
        Object content = unmarshal(batch);
        if (content == null || content instanceof List) {
            return (List<SolrInputDocument>) content; // a list of documents: written by an earlier Dossier
        }
        List<SolrInputDocument> docs = new ArrayList<>();
        try (InputStream in = Files.newInputStream(batch)) {
            new JavaBinUpdateRequestCodec().unmarshal(in, (doc, request, commitWithin, overwrite) -> docs.add(doc));
        }
        return docs;
    }

    /**
     * The cluster has the batch (or it was torn): it no longer waits, and its ledger lines are appended. A deletion
     * lost to a stopped machine sends the batch again.
     */
    public synchronized void sent(Path batch) throws IOException {
        Files.deleteIfExists(batch);
        recorded(batch);
    }

    private static long number(Path batch) {
        String name = batch.getFileName().toString();
        return Long.parseLong(name.substring(0, name.indexOf('-')));
    }
}
