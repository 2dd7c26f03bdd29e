package dossier.store.internal;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

import dossier.store.AtomicFile;
import dossier.store.Capture;
import dossier.store.CaptureStore;
import dossier.store.CaptureVersion;
import dossier.store.Engagement;
import dossier.store.ItemType;
import dossier.store.OpenReport;
import dossier.store.PutResult;
import dossier.store.PutResult.Outcome;
import dossier.store.StoreCorruptionException;
import dossier.store.StoredItem;

/**
 * The capture store: item records in {@code items-NNNNNN.seg}, content records in {@code pack-NNNNNN.pack}, three
 * {@link LongMultiMap}s in memory (item id to latest item record, content hash to content record, item record to
 * the item's previous record), and an index snapshot saved at close. See the bundle's README.
 */
public final class SegmentStore implements CaptureStore {

    public static final long DEFAULT_SEGMENT_SIZE = 64L << 20;
    static final String QUARANTINE = "quarantine";
    static final String SNAPSHOT = "index.snapshot";
    static final String LOCK = "store.lock";
    private static final int ITEM_MAGIC = 0x44534931; // "DSI1"
    private static final int PACK_MAGIC = 0x44535031; // "DSP1"
    private static final int FORMAT = 1;
    private static final int MAX_NAMED_LOST = 100_000;
    private static final System.Logger LOG = System.getLogger(SegmentStore.class.getName());

    private final Path folder;
    private final FileChannel lockChannel;
    private final FileLock lock;
    private final SegmentLog packs;
    private final SegmentLog items;
    private final MessageDigest md = Ids.sha256();
    private final Codec.Encoder encoder = new Codec.Encoder();
    private LongMultiMap ids;
    private LongMultiMap contents;
    private LongMultiMap previous;
    private OpenReport report;
    private int unflushed;
    private boolean closed;

    // recovery state
    private final List<Path> quarantined = new ArrayList<>();
    private final List<String> problems = new ArrayList<>();
    private boolean packQuarantined;
    private boolean itemsQuarantined;
    private final Set<String> lost = new LinkedHashSet<>();

    public static SegmentStore open(Path folder) throws IOException {
        return open(folder, DEFAULT_SEGMENT_SIZE);
    }

    /** Opens with another segment size limit (tests use small ones to get many segments). */
    public static SegmentStore open(Path folder, long segmentSize) throws IOException {
        return new SegmentStore(folder.toAbsolutePath(), segmentSize);
    }

    private SegmentStore(Path folder, long segmentSize) throws IOException {
        this.folder = folder;
        Files.createDirectories(folder);
        lockChannel = FileChannel.open(folder.resolve(LOCK), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        FileLock l;
        try {
            l = lockChannel.tryLock();
        } catch (OverlappingFileLockException e) {
            l = null;
        }
        if (l == null) {
            lockChannel.close();
            throw new IOException("capture store " + folder + " is in use by another process");
        }
        lock = l;
        packs = new SegmentLog(folder, "pack", ".pack", PACK_MAGIC, segmentSize, null);
        items = new SegmentLog(folder, "items", ".seg", ITEM_MAGIC, segmentSize, packs);
        try {
            boolean rebuilt = recover();
            packs.startAppending();
            items.startAppending();
            List<String> lostItems = new ArrayList<>(lost);
            if (!lost.isEmpty()) {
                problems.add(lost.size() + " item(s) lost their metadata or content with the quarantined files: "
                        + String.join(", ", lostItems.subList(0, Math.min(20, lostItems.size())))
                        + (lostItems.size() > 20 ? ", ..." : ""));
            }
            report = new OpenReport(rebuilt, quarantined, lostItems, problems);
        } catch (IOException | RuntimeException e) {
            abandon();
            throw e;
        }
    }

    /** Thrown inside recovery when a file was quarantined: recovery starts over with a full scan. */
    private static final class Restart extends Exception {
        private static final long serialVersionUID = 1L;

        Restart() {
            super(null, null, false, false);
        }
    }

    /** Loads the snapshot and replays after it, or rebuilds; returns true if it rebuilt. */
    private boolean recover() throws IOException {
        boolean trySnapshot = true;
        while (true) {
            packs.discover();
            items.discover();
            try {
                if (trySnapshot) {
                    trySnapshot = false;
                    Snapshot.Loaded s = Snapshot.load(folder.resolve(SNAPSHOT));
                    long packFrom = s == null ? -1 : replayStart(s.packs(), packs);
                    long itemsFrom = s == null ? -1 : replayStart(s.items(), items);
                    if (s != null && packFrom >= 0 && itemsFrom >= 0) {
                        ids = s.ids();
                        contents = s.contents();
                        previous = s.previous();
                        scan(packs, packFrom, this::applyPack);
                        scan(items, itemsFrom, this::applyItem);
                        return false;
                    }
                    Files.deleteIfExists(folder.resolve(SNAPSHOT));
                }
                ids = new LongMultiMap(1024);
                contents = new LongMultiMap(1024);
                previous = new LongMultiMap(16);
                lost.clear();
                scan(packs, 0, this::applyPack);
                scan(items, 0, this::applyItem);
                if (itemsQuarantined) {
                    scan(packs, 0, this::checkOwner);
                }
                return true;
            } catch (Restart r) {
                Files.deleteIfExists(folder.resolve(SNAPSHOT));
            }
        }
    }

    /**
     * Where replay starts if the snapshot matches the files (every covered segment unchanged, only the last one
     * grown, newer ones added), or -1.
     */
    private static long replayStart(List<Snapshot.Segment> covered, SegmentLog log) throws IOException {
        for (int i = 0; i < covered.size(); i++) {
            Snapshot.Segment s = covered.get(i);
            Path p = log.files.get(s.number());
            if (p == null) {
                return -1;
            }
            long length = Files.size(p);
            boolean same = length == s.length() && modified(p) == s.modified();
            boolean grown = i == covered.size() - 1 && length > s.length();
            if (!same && !grown) {
                return -1;
            }
        }
        if (covered.isEmpty()) {
            return 0;
        }
        Snapshot.Segment last = covered.get(covered.size() - 1);
        if (log.files.headMap(last.number()).size() != covered.size() - 1) {
            return -1; // a segment the snapshot does not know sits among the covered ones
        }
        return SegmentLog.pos(last.number(), last.length());
    }

    private static long modified(Path p) throws IOException {
        return Files.getLastModifiedTime(p).to(TimeUnit.NANOSECONDS);
    }

    @FunctionalInterface
    private interface RecordVisitor {
        void visit(long pos, byte[] payload, int off, int len) throws IOException;
    }

    /** Visits the records from {@code from} on; cuts a torn tail, quarantines a damaged segment. */
    private void scan(SegmentLog log, long from, RecordVisitor visitor) throws IOException, Restart {
        int fromSegment = SegmentLog.segment(from);
        for (int number : new ArrayList<>(log.files.tailMap(fromSegment, true).keySet())) {
            long start = number == fromSegment ? SegmentLog.offset(from) : 0;
            FileChannel ch = log.channel(number);
            long end = ch.size();
            RecordScanner scanner = new RecordScanner(ch, log.magic, start, end, 1 << 20);
            while (true) {
                RecordScanner.Step step = scanner.next();
                if (step == RecordScanner.Step.END) {
                    break;
                }
                if (step == RecordScanner.Step.RECORD) {
                    visitor.visit(SegmentLog.pos(number, scanner.offset), scanner.payload, scanner.payloadOffset,
                            scanner.payloadLength);
                    continue;
                }
                String name = log.name(number);
                if (log.isLast(number) && !RecordScanner.validRecordAfter(ch, log.magic, scanner.offset, end)) {
                    log.truncate(number, scanner.offset);
                    problems.add(name + ": cut off a torn tail of " + (end - scanner.offset) + " bytes at offset "
                            + scanner.offset + " (" + scanner.badReason
                            + "; captures not flushed before a crash)");
                    break;
                }
                Path moved = log.quarantine(number);
                quarantined.add(moved);
                if (log == packs) {
                    packQuarantined = true;
                } else {
                    itemsQuarantined = true;
                }
                problems.add(name + ": damaged record at offset " + scanner.offset + " (" + scanner.badReason
                        + "); the file was moved to " + folder.relativize(moved) + " and the rest of the store opened");
                throw new Restart();
            }
        }
    }

    private void applyPack(long pos, byte[] payload, int off, int len) throws IOException {
        long key = keyOfSha(payload, off + 1);
        for (int slot = contents.first(key); slot >= 0; slot = contents.next(key, slot)) {
            byte[] other = packs.read(contents.value(slot));
            if (Arrays.equals(other, 1, 33, payload, off + 1, off + 33)) {
                // the same content twice: the later record was written because the earlier one's owner does not
                // hold it (an orphan left by a crash or a failed write), so the later one is the one to use,
                // as it was in the process that wrote it
                contents.setValue(slot, pos);
                return;
            }
        }
        contents.add(key, pos);
    }

    private void applyItem(long pos, byte[] payload, int off, int len) throws IOException {
        Codec.Decoder d = new Codec.Decoder(payload, off, len);
        d.u8();
        String id = d.str();
        int version = d.i32();
        long key = Ids.idKey(id);
        for (int slot = ids.first(key); slot >= 0; slot = ids.next(key, slot)) {
            ItemRecord latest = readItem(ids.value(slot));
            if (latest.id.equals(id)) {
                if (version > latest.version) {
                    previous.add(pos, ids.value(slot));
                    ids.setValue(slot, pos);
                }
                checkContent(payload, off, len);
                return;
            }
        }
        ids.add(key, pos);
        checkContent(payload, off, len);
    }

    /** After a pack segment was quarantined: names the items whose content went with it. */
    private void checkContent(byte[] payload, int off, int len) {
        if (!packQuarantined || lost.size() >= MAX_NAMED_LOST) {
            return;
        }
        ItemRecord r = ItemRecord.decode(payload, off, len);
        if (contents.first(Ids.shaKey(r.sha)) < 0) {
            lost.add(r.id);
        }
    }

    /** After an items segment was quarantined: names the items whose content remains but whose metadata is gone. */
    private void checkOwner(long pos, byte[] payload, int off, int len) {
        Codec.Decoder d = new Codec.Decoder(payload, off, len);
        d.u8();
        d.skip(32);
        String owner = d.str();
        if (ids.first(Ids.idKey(owner)) < 0 && lost.size() < MAX_NAMED_LOST) {
            lost.add(owner);
        }
    }

    private static long keyOfSha(byte[] b, int off) {
        long h = 0;
        for (int i = 0; i < 8; i++) {
            h = (h << 8) | (b[off + i] & 0xff);
        }
        return h == 0 ? 1 : h;
    }

    // ---------------------------------------------------------------- records

    /** A decoded item record. */
    static final class ItemRecord {
        String id;
        int version;
        ItemType type;
        String url;
        String canonicalUrl;
        String title;
        String authorName;
        String authorHandle;
        Long followerCount;
        Instant published;
        Instant captured;
        String language;
        String mediaType;
        byte[] sha;
        Engagement engagement = Engagement.UNKNOWN;

        static ItemRecord decode(byte[] b, int off, int len) {
            Codec.Decoder d = new Codec.Decoder(b, off, len);
            int format = d.u8();
            if (format != FORMAT) {
                throw new IllegalStateException("unknown item record format " + format);
            }
            ItemRecord r = new ItemRecord();
            r.id = d.str();
            r.version = d.i32();
            r.type = ItemType.values()[d.u8()];
            r.url = d.str();
            r.canonicalUrl = d.str();
            r.title = d.str();
            r.authorName = d.str();
            r.authorHandle = d.str();
            r.followerCount = d.optLong();
            r.published = d.instant();
            r.captured = d.instant();
            r.language = d.str();
            r.mediaType = d.str();
            r.sha = d.raw(32);
            if (d.hasMore()) { // records written before engagement was recorded end here
                r.engagement = new Engagement(d.optLong(), d.optLong(), d.optLong(), d.optLong());
            }
            return r;
        }

        String identityUrl() {
            if (canonicalUrl != null && !canonicalUrl.isEmpty()) {
                return canonicalUrl;
            }
            return url == null || url.isEmpty() ? null : url;
        }

        StoredItem toItem() {
            return new StoredItem(id, type, url, canonicalUrl, title, authorName, authorHandle, followerCount,
                    published, captured, language, mediaType, Ids.hex(sha), version, engagement);
        }
    }

    private ItemRecord readItem(long pos) throws IOException {
        byte[] payload = items.read(pos);
        return ItemRecord.decode(payload, 0, payload.length);
    }

    /** The slot of an item's id in {@link #ids}, or -1. */
    private int itemSlot(String id) throws IOException {
        long key = Ids.idKey(id);
        for (int slot = ids.first(key); slot >= 0; slot = ids.next(key, slot)) {
            if (readId(items.read(ids.value(slot))).equals(id)) {
                return slot;
            }
        }
        return -1;
    }

    private static String readId(byte[] payload) {
        Codec.Decoder d = new Codec.Decoder(payload, 0, payload.length);
        d.u8();
        return d.str();
    }

    /** The position of the content record of {@code sha}, or 0. */
    private long contentPos(byte[] sha) throws IOException {
        int slot = contentSlot(sha);
        return slot < 0 ? 0 : contents.value(slot);
    }

    /** The slot of the content record of {@code sha} in {@link #contents}, or -1. */
    private int contentSlot(byte[] sha) throws IOException {
        long key = Ids.shaKey(sha);
        for (int slot = contents.first(key); slot >= 0; slot = contents.next(key, slot)) {
            byte[] payload = packs.read(contents.value(slot));
            if (Arrays.equals(payload, 1, 33, sha, 0, 32)) {
                return slot;
            }
        }
        return -1;
    }

    /**
     * The item holding the content record at {@code contentPos}: its owner if the owner exists and one of its
     * versions names {@code sha}, else null. The owner field alone proves nothing: pack records reach the file
     * before the item records naming them (and are drained alone when a buffered one is read, and at a pack roll),
     * so a crash or a failed write can leave a content record whose owner never got that version, or no item at
     * all. Answering with such an owner would acknowledge an (item, content) pair that does not exist.
     */
    private String holderOf(long contentPos, byte[] sha) throws IOException {
        String owner = ownerOf(contentPos);
        int slot = itemSlot(owner);
        if (slot < 0) {
            return null;
        }
        for (long pos = ids.value(slot); pos != 0; pos = previous.get(pos)) {
            if (Arrays.equals(readItem(pos).sha, sha)) {
                return owner;
            }
        }
        return null;
    }

    private String ownerOf(long contentPos) throws IOException {
        byte[] payload = packs.read(contentPos);
        Codec.Decoder d = new Codec.Decoder(payload, 0, payload.length);
        d.u8();
        d.skip(32);
        return d.str();
    }

    /** Appends a content record; it replaces an orphan record of the same content in {@link #contents}. */
    private long appendContent(byte[] sha, String owner, byte[] original, String text) throws IOException {
        int slot = contentSlot(sha);
        Codec.Encoder e = encoder.reset();
        e.u8(FORMAT);
        e.raw(sha);
        e.str(owner);
        e.bytes(original);
        e.str(text);
        long pos = packs.append(e.buf, 0, e.len);
        if (slot >= 0) {
            contents.setValue(slot, pos);
        } else {
            contents.add(Ids.shaKey(sha), pos);
        }
        return pos;
    }

    private long appendItem(String id, int version, Capture c, byte[] sha) throws IOException {
        Codec.Encoder e = encoder.reset();
        e.u8(FORMAT);
        e.str(id);
        e.i32(version);
        e.u8(c.type().ordinal());
        e.str(c.url());
        e.str(c.canonicalUrl());
        e.str(c.title());
        e.str(c.authorName());
        e.str(c.authorHandle());
        e.optLong(c.followerCount());
        e.instant(c.published());
        e.instant(c.captured());
        e.str(c.language());
        e.str(c.mediaType());
        e.raw(sha);
        Engagement engagement = c.engagement();
        if (!engagement.isUnknown()) {
            e.optLong(engagement.replies());
            e.optLong(engagement.reshares());
            e.optLong(engagement.likes());
            e.optLong(engagement.quotes());
        }
        return items.append(e.buf, 0, e.len);
    }

    // ---------------------------------------------------------------- API

    @Override
    public synchronized OpenReport openReport() {
        return report;
    }

    @Override
    public synchronized PutResult put(Capture c) throws IOException {
        checkOpen();
        try {
            return store(c);
        } catch (IOException e) {
            if (packs.failure != null || items.failure != null) {
                throw writeFailure(e);
            }
            throw e;
        }
    }

    private IOException writeFailure(IOException e) {
        return new IOException("could not save captures to " + folder + ": " + AtomicFile.describe(e) + "; "
                + unflushed + " capture(s) put since the last flush were not saved, everything flushed before"
                + " is intact; reopen the store", e);
    }

    private PutResult store(Capture c) throws IOException {
        md.reset();
        byte[] sha = md.digest(c.original());
        long content = contentPos(sha);
        String url = c.identityUrl();
        if (url != null) {
            String id = Ids.idForUrl(md, url);
            int slot = itemSlot(id);
            if (slot >= 0) {
                long latestPos = ids.value(slot);
                ItemRecord latest = readItem(latestPos);
                if (!url.equals(latest.identityUrl())) {
                    throw new IOException("item id " + id + " of " + url + " is already used by "
                            + latest.identityUrl() + " (an 80-bit hash collision); the capture was not stored");
                }
                if (Arrays.equals(latest.sha, sha)) {
                    return new PutResult(id, Outcome.UNCHANGED);
                }
                if (content == 0) {
                    appendContent(sha, id, c.original(), c.text());
                }
                // else the content is reused, whoever owns it: this item record names it
                long pos = appendItem(id, latest.version + 1, c, sha);
                previous.add(pos, latestPos);
                ids.setValue(slot, pos);
                unflushed++;
                return new PutResult(id, Outcome.UPDATED);
            }
            if (content != 0) {
                String holder = holderOf(content, sha);
                if (holder != null) {
                    return new PutResult(holder, Outcome.DUPLICATE_CONTENT);
                }
            }
            return storeNew(id, c, sha, content);
        }
        String id = Ids.idForContent(md, sha);
        if (itemSlot(id) >= 0) {
            return new PutResult(id, Outcome.UNCHANGED);
        }
        if (content != 0) {
            String holder = holderOf(content, sha);
            if (holder != null) {
                return new PutResult(holder, Outcome.DUPLICATE_CONTENT);
            }
        }
        return storeNew(id, c, sha, content);
    }

    private PutResult storeNew(String id, Capture c, byte[] sha, long content) throws IOException {
        if (content == 0) {
            appendContent(sha, id, c.original(), c.text());
        } else if (!id.equals(ownerOf(content))) {
            // an orphan content record (left by a crash or a failed write) owned by an item that does not hold it:
            // store it again under this item, so DUPLICATE_CONTENT and idForContentHash name this item from now on
            // (the text of the first capture of these bytes is kept)
            appendContent(sha, id, c.original(), content(sha, id).text);
        } // else an orphan record this very item left is reused
        ids.add(Ids.idKey(id), appendItem(id, 1, c, sha));
        unflushed++;
        return new PutResult(id, Outcome.NEW);
    }

    @Override
    public synchronized Optional<StoredItem> item(String id) throws IOException {
        checkOpen();
        int slot = itemSlot(id);
        return slot < 0 ? Optional.empty() : Optional.of(readItem(ids.value(slot)).toItem());
    }

    @Override
    public synchronized Optional<String> idForCanonicalUrl(String canonicalUrl) throws IOException {
        checkOpen();
        if (canonicalUrl == null || canonicalUrl.isEmpty()) {
            return Optional.empty();
        }
        String id = Ids.idForUrl(md, canonicalUrl);
        int slot = itemSlot(id);
        if (slot < 0 || !canonicalUrl.equals(readItem(ids.value(slot)).identityUrl())) {
            return Optional.empty();
        }
        return Optional.of(id);
    }

    @Override
    public synchronized Optional<String> idForContentHash(String sha256) throws IOException {
        checkOpen();
        byte[] sha = Ids.parseSha(sha256);
        long pos = sha == null ? 0 : contentPos(sha);
        if (pos == 0) {
            return Optional.empty();
        }
        return Optional.ofNullable(holderOf(pos, sha));
    }

    @Override
    public synchronized byte[] original(String id) throws IOException {
        return content(latest(id).sha, id).original;
    }

    @Override
    public synchronized String text(String id) throws IOException {
        return content(latest(id).sha, id).text;
    }

    @Override
    public synchronized byte[] original(CaptureVersion version) throws IOException {
        return content(Ids.parseSha(version.contentSha256()), version.itemId()).original;
    }

    @Override
    public synchronized String text(CaptureVersion version) throws IOException {
        return content(Ids.parseSha(version.contentSha256()), version.itemId()).text;
    }

    private ItemRecord latest(String id) throws IOException {
        checkOpen();
        int slot = itemSlot(id);
        if (slot < 0) {
            throw new NoSuchElementException("no item " + id + " in " + folder);
        }
        return readItem(ids.value(slot));
    }

    private record Content(byte[] original, String text) {
    }

    private Content content(byte[] sha, String id) throws IOException {
        checkOpen();
        if (sha == null) {
            throw new IllegalArgumentException("not a SHA-256: " + id);
        }
        long pos = contentPos(sha);
        if (pos == 0) {
            throw new StoreCorruptionException("the content " + Ids.hex(sha) + " of item " + id
                    + " is missing from " + folder + " (lost with a quarantined file)");
        }
        byte[] payload = packs.read(pos);
        Codec.Decoder d = new Codec.Decoder(payload, 0, payload.length);
        d.u8();
        d.skip(32);
        d.skipBytes();
        byte[] original = d.bytes();
        String text = d.str();
        md.reset();
        if (!Arrays.equals(md.digest(original), sha)) {
            throw new StoreCorruptionException("the content " + Ids.hex(sha) + " of item " + id + " in "
                    + packs.name(SegmentLog.segment(pos)) + " does not match its hash");
        }
        return new Content(original, text);
    }

    @Override
    public synchronized List<CaptureVersion> captures(String id) throws IOException {
        checkOpen();
        int slot = itemSlot(id);
        if (slot < 0) {
            return List.of();
        }
        List<CaptureVersion> versions = new ArrayList<>();
        for (long pos = ids.value(slot); pos != 0; pos = previous.get(pos)) {
            ItemRecord r = readItem(pos);
            versions.add(new CaptureVersion(id, r.version, r.captured, r.url, Ids.hex(r.sha)));
        }
        Collections.reverse(versions);
        return versions;
    }

    @Override
    public synchronized void forEachItem(Consumer<StoredItem> action) throws IOException {
        checkOpen();
        items.drain();
        for (int number : new ArrayList<>(items.files.keySet())) {
            FileChannel ch = items.channel(number);
            RecordScanner scanner = new RecordScanner(ch, items.magic, 0, items.length(number), 1 << 20);
            RecordScanner.Step step;
            while ((step = scanner.next()) == RecordScanner.Step.RECORD) {
                long pos = SegmentLog.pos(number, scanner.offset);
                Codec.Decoder d = new Codec.Decoder(scanner.payload, scanner.payloadOffset, scanner.payloadLength);
                d.u8();
                long key = Ids.idKey(d.str());
                for (int slot = ids.first(key); slot >= 0; slot = ids.next(key, slot)) {
                    if (ids.value(slot) == pos) {
                        action.accept(ItemRecord.decode(scanner.payload, scanner.payloadOffset,
                                scanner.payloadLength).toItem());
                        break;
                    }
                }
            }
            if (step == RecordScanner.Step.BAD) {
                throw new StoreCorruptionException("damaged record in " + items.files.get(number) + " at offset "
                        + scanner.offset + ": " + scanner.badReason);
            }
        }
    }

    @Override
    public synchronized int size() {
        return ids.size();
    }

    @Override
    public synchronized void flush() throws IOException {
        checkOpen();
        try {
            items.drain();
            packs.force();
            items.force();
            unflushed = 0;
        } catch (IOException e) {
            throw writeFailure(e);
        }
    }

    @Override
    public synchronized void close() throws IOException {
        if (closed) {
            return;
        }
        try {
            if (packs.failure == null && items.failure == null) {
                flush();
                saveSnapshot();
            }
        } finally {
            abandon();
        }
    }

    private void saveSnapshot() {
        try {
            Snapshot.save(folder.resolve(SNAPSHOT), segments(items), segments(packs), ids, contents, previous);
        } catch (IOException e) {
            LOG.log(System.Logger.Level.WARNING, "index snapshot not saved, the next open scans the store: "
                    + e.getMessage());
        }
    }

    private static List<Snapshot.Segment> segments(SegmentLog log) throws IOException {
        List<Snapshot.Segment> list = new ArrayList<>();
        for (var e : log.files.entrySet()) {
            list.add(new Snapshot.Segment(e.getKey(), Files.size(e.getValue()), modified(e.getValue())));
        }
        return list;
    }

    /**
     * Releases the files and the lock without flushing or saving the snapshot, as a crash would (tests; and
     * {@link #close()} after a failed write).
     */
    public synchronized void abandon() {
        closed = true;
        for (AutoCloseableIO c : new AutoCloseableIO[] { items::close, packs::close, lock::release,
                lockChannel::close }) {
            try {
                c.close();
            } catch (IOException | RuntimeException e) {
                LOG.log(System.Logger.Level.DEBUG, "closing " + folder, e);
            }
        }
    }

    @FunctionalInterface
    private interface AutoCloseableIO {
        void close() throws IOException;
    }

    private void checkOpen() {
        if (closed) {
            throw new IllegalStateException("capture store " + folder + " is closed");
        }
    }

    /** The store's folder. */
    public Path folder() {
        return folder;
    }
}
