package dossier.team.internal;

import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
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
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.solr.common.SolrInputDocument;
import org.apache.solr.common.util.JavaBinCodec;

import dossier.store.AtomicFile;

/**
 * What waits to be sent to one team collection, kept in the workspace ({@code team/COLLECTION/}), so that nothing
 * is lost when the cluster is down, the laptop offline or the process killed.
 * <p>
 * {@code outbox/NNNNNNNNNN-COUNT.javabin}: batches of documents, each written atomically (temp file, fsync, rename),
 * deleted only once the cluster has accepted them; {@code NNNNNNNNNN-COUNT-delete.javabin}: ids to delete from the
 * collection, sent in the same order. {@code ledger}: one line {@code ID FINGERPRINT [filed]} per document handed
 * to the outbox ({@code filed}: a case file held it), {@code ID -} per item to delete, appended and fsynced after its
 * batch is durable (a torn last line is ignored); an item whose fingerprint is the ledger's is not queued again. A crash between the two queues a batch twice: the collection
 * keeps one document per id, so it is there exactly once.
 * <p>
 * {@code rejected/}: batches the cluster refused (a field it cannot take), moved there with a {@code .reason} file
 * beside them so that they do not hold up the rest; they stay there (their items are queued again once they change,
 * or the schema does, after {@code team setup}).
 */
public final class Outbox {

    private static final String SUFFIX = ".javabin";
    private static final String DELETE = "-delete";
    private static final String FILED = "filed";

    private final Path batches;
    private final Path rejected;
    private final Path ledgerFile;
    private final Map<String, String> ledger = new HashMap<>();
    private final Set<String> filed = new HashSet<>();
    private long nextBatch;

    public Outbox(Path folder) throws IOException {
        this.batches = folder.resolve("outbox");
        this.ledgerFile = folder.resolve("ledger");
        this.rejected = folder.resolve("rejected");
        Files.createDirectories(batches);
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
     * Writes a batch durably, then records its documents in the ledger ({@code filedIds}: those a case file holds);
     * returns its file (null if empty).
     */
    public synchronized Path add(List<SolrInputDocument> docs, Set<String> filedIds) throws IOException {
        if (docs.isEmpty()) {
            return null;
        }
        Path batch = write(docs, docs.size(), "");
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
        appendToLedger(lines);
        return batch;
    }

    /** Items published while a case file held them (and not deleted since). */
    public synchronized List<String> filedItems() {
        return List.copyOf(filed);
    }

    /** Writes a batch of ids to delete durably, then forgets them in the ledger; returns its file (null if none). */
    public synchronized Path delete(List<String> ids) throws IOException {
        if (ids.isEmpty()) {
            return null;
        }
        Path batch = write(ids, ids.size(), DELETE);
        StringBuilder lines = new StringBuilder();
        for (String id : ids) {
            lines.append(id).append(" -\n");
            ledger.remove(id);
            filed.remove(id);
        }
        appendToLedger(lines);
        return batch;
    }

    private Path write(Object content, int count, String kind) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (JavaBinCodec codec = new JavaBinCodec()) {
            codec.marshal(content, bytes);
        }
        Path batch = batches.resolve(String.format("%010d-%d%s%s", nextBatch++, count, kind, SUFFIX));
        AtomicFile.write(batch, bytes.toByteArray());
        return batch;
    }

    private void appendToLedger(StringBuilder lines) throws IOException {
        try (FileChannel channel = FileChannel.open(ledgerFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.APPEND)) {
            channel.write(ByteBuffer.wrap(lines.toString().getBytes(StandardCharsets.UTF_8)));
            channel.force(true);
        }
    }

    /** True if the batch holds ids to delete ({@link #readIds}), not documents ({@link #read}). */
    public static boolean deletes(Path batch) {
        return batch.getFileName().toString().endsWith(DELETE + SUFFIX);
    }

    @SuppressWarnings("unchecked")
    public static List<String> readIds(Path batch) throws IOException {
        try (InputStream in = Files.newInputStream(batch); JavaBinCodec codec = new JavaBinCodec()) {
            return (List<String>) codec.unmarshal(in);
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
    public void setAside(Path batch, String reason) throws IOException {
        Files.createDirectories(rejected);
        Path target = rejected.resolve(batch.getFileName());
        AtomicFile.write(reasonOf(target), reason.getBytes(StandardCharsets.UTF_8));
        Files.move(batch, target, StandardCopyOption.ATOMIC_MOVE);
        AtomicFile.fsyncDirectory(rejected);
        AtomicFile.fsyncDirectory(batches);
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

    @SuppressWarnings("unchecked")
    public static List<SolrInputDocument> read(Path batch) throws IOException {
        try (InputStream in = Files.newInputStream(batch); JavaBinCodec codec = new JavaBinCodec()) {
            return (List<SolrInputDocument>) codec.unmarshal(in);
        }
    }

    /** The cluster has the batch: it no longer waits. */
    public void sent(Path batch) throws IOException {
        Files.deleteIfExists(batch);
        AtomicFile.fsyncDirectory(batches);
    }

    private static long number(Path batch) {
        String name = batch.getFileName().toString();
        return Long.parseLong(name.substring(0, name.indexOf('-')));
    }
}
