package dossier.index.internal;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import org.apache.lucene.document.LongPoint;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LiveIndexWriterConfig;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.eclipse.core.runtime.preferences.IEclipsePreferences.IPreferenceChangeListener;

import dossier.index.IndexSettings;
import dossier.index.internal.Schema.ItemFacts;

/**
 * The one {@link IndexWriter} of an index folder and its commit policy: a commit every
 * {@value #COMMIT_EVERY_CHANGES} changes, {@link IndexSettings#COMMIT_SECONDS} after the first uncommitted change, on
 * request (after a workspace save) and on close; each commit carries the schema version and its time. The RAM buffer
 * follows {@link IndexSettings#RAM_BUFFER_MB} as it changes.
 */
public final class IndexWriting implements Closeable {

    public static final int COMMIT_EVERY_CHANGES = 50_000;

    private final Directory directory;
    private final IndexWriter writer;
    private final ScheduledExecutorService committer;
    private final IPreferenceChangeListener settingsChanged = event -> applySettings();
    private final AtomicLong pending = new AtomicLong();
    private volatile long firstPending;
    /** The writer's sequence number of the last write. */
    private final AtomicLong lastWrite = new AtomicLong();

    private IndexWriting(Directory directory, IndexWriter writer) {
        this.directory = directory;
        this.writer = writer;
        IndexSettings.preferences().addPreferenceChangeListener(settingsChanged);
        this.committer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread thread = new Thread(r, "Dossier index commit");
            thread.setDaemon(true);
            return thread;
        });
        committer.scheduleWithFixedDelay(this::commitIfDue, 1, 1, TimeUnit.SECONDS);
    }

    /**
     * Opens the writer of a folder, adding to the index there (or, with {@code create}, replacing it); fails if an
     * index file there is damaged (every segment's metadata is read).
     */
    public static IndexWriting open(Path folder, boolean create) throws IOException {
        Directory directory = FSDirectory.open(folder);
        try {
            IndexWriter writer = new IndexWriter(directory, Schema.writerConfig(Schema.analyzer())
                    .setOpenMode(create ? IndexWriterConfig.OpenMode.CREATE : IndexWriterConfig.OpenMode.CREATE_OR_APPEND));
            try {
                DirectoryReader.open(writer).close();
            } catch (IOException | RuntimeException e) {
                writer.rollback();
                throw e;
            }
            return new IndexWriting(directory, writer);
        } catch (IOException | RuntimeException e) {
            directory.close();
            throw e;
        }
    }

    IndexWriter writer() {
        return writer;
    }

    /** The writer's live configuration. */
    public LiveIndexWriterConfig config() {
        return writer.getConfig();
    }

    private synchronized void applySettings() {
        if (writer.isOpen()) {
            writer.getConfig().setRAMBufferSizeMB(IndexSettings.RAM_BUFFER_MB.value());
        }
    }

    /** Adds or replaces an item's document; returns the writer's sequence number. */
    public long index(ItemFacts facts, long generation) throws IOException {
        return written(writer.updateDocument(new Term(Schema.ID, facts.item().id()), Schema.document(facts, generation)));
    }

    public long delete(String itemId) throws IOException {
        return written(writer.deleteDocuments(new Term(Schema.ID, itemId)));
    }

    /** Deletes the documents a rebuild of this generation did not write. */
    public void deleteOtherGenerations(long generation) throws IOException {
        writer.deleteDocuments(new BooleanQuery.Builder().add(new MatchAllDocsQuery(), BooleanClause.Occur.MUST)
                .add(LongPoint.newExactQuery(Schema.GENERATION, generation), BooleanClause.Occur.MUST_NOT).build());
    }

    private long written(long sequence) {
        if (pending.getAndIncrement() == 0) {
            firstPending = System.currentTimeMillis();
        }
        lastWrite.accumulateAndGet(sequence, Math::max);
        return sequence;
    }

    /** The sequence number of the last write. */
    public long lastWrite() {
        return lastWrite.get();
    }

    private void commitIfDue() {
        long changes = pending.get();
        if (changes >= COMMIT_EVERY_CHANGES
                || changes > 0 && System.currentTimeMillis() - firstPending >= IndexSettings.COMMIT_SECONDS.value()
                        * 1000L) {
            try {
                commit();
            } catch (IOException | RuntimeException e) {
                // the next attempt, or close, commits; the index is derived and rebuilt if it is lost
            }
        }
    }

    /** Makes what is written durable. */
    public synchronized void commit() throws IOException {
        if (!writer.isOpen()) {
            return;
        }
        pending.set(0);
        writer.setLiveCommitData(Map.of(Schema.VERSION_KEY, Schema.VERSION, Schema.COMMITTED_KEY,
                Long.toString(System.currentTimeMillis())).entrySet());
        writer.commit();
    }

    /** The documents written, searchable or not. */
    public int documents() {
        return writer.getDocStats().numDocs;
    }

    /** When the index was last committed, or null. */
    public Instant lastCommit() throws IOException {
        if (!DirectoryReader.indexExists(directory)) {
            return null;
        }
        String millis = SegmentInfos.readLatestCommit(directory).getUserData().get(Schema.COMMITTED_KEY);
        return millis == null ? null : Instant.ofEpochMilli(Long.parseLong(millis));
    }

    /** Stops the policy, commits and closes. */
    @Override
    public void close() throws IOException {
        IndexSettings.preferences().removePreferenceChangeListener(settingsChanged);
        committer.shutdownNow();
        try {
            commit();
        } finally {
            writer.close();
            directory.close();
        }
    }
}
