package dossier.store.internal;

import java.io.Closeable;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.CRC32C;

import dossier.store.AtomicFile;
import dossier.store.StoreCorruptionException;

/**
 * An append-only sequence of segment files {@code PREFIX-000001.SUFFIX}, ... of framed records, rolling to a new
 * file at a size limit. A record's position is {@code segment << 40 | offset}. Appends are buffered in memory and
 * written on {@link #drain()} (also before a read needs them); {@link #force()} makes them durable.
 */
final class SegmentLog implements Closeable {

    private static final int OFFSET_BITS = 40;
    private static final long OFFSET_MASK = (1L << OFFSET_BITS) - 1;
    private static final int BUFFER = 1 << 20;

    final Path dir;
    final String prefix;
    final String suffix;
    final int magic;
    final long rollSize;
    /** drained before this log (pack records must reach the disk before the item records naming them) */
    private final SegmentLog drainFirst;
    private final Pattern namePattern;

    final TreeMap<Integer, Path> files = new TreeMap<>();
    private final Map<Integer, FileChannel> readers = new HashMap<>();
    private final CRC32C crc = new CRC32C();
    private final byte[] header = new byte[RecordScanner.HEADER];

    int current;
    private FileChannel writer;
    /** bytes of the current segment written to its file */
    long written;
    private byte[] buf = new byte[BUFFER];
    private int bufLen;
    private boolean dirDirty;
    /** set after a failed write: the log accepts no more appends */
    IOException failure;

    SegmentLog(Path dir, String prefix, String suffix, int magic, long rollSize, SegmentLog drainFirst) {
        this.dir = dir;
        this.prefix = prefix;
        this.suffix = suffix;
        this.magic = magic;
        this.rollSize = rollSize;
        this.drainFirst = drainFirst;
        this.namePattern = Pattern.compile(Pattern.quote(prefix) + "-(\\d{6,9})" + Pattern.quote(suffix) + "(\\..*)?");
    }

    static long pos(int segment, long offset) {
        return ((long) segment << OFFSET_BITS) | offset;
    }

    static int segment(long pos) {
        return (int) (pos >>> OFFSET_BITS);
    }

    static long offset(long pos) {
        return pos & OFFSET_MASK;
    }

    String name(int number) {
        return String.format("%s-%06d%s", prefix, number, suffix);
    }

    /** Lists the segment files in the folder. */
    void discover() throws IOException {
        files.clear();
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(dir)) {
            for (Path p : entries) {
                Matcher m = namePattern.matcher(p.getFileName().toString());
                if (m.matches() && m.group(2) == null && Files.isRegularFile(p)) {
                    files.put(Integer.parseInt(m.group(1)), p);
                }
            }
        }
    }

    /** The highest segment number ever used here, counting quarantined files, so numbers are never reused. */
    private int highestNumber() throws IOException {
        int max = files.isEmpty() ? 0 : files.lastKey();
        Path quarantine = dir.resolve(SegmentStore.QUARANTINE);
        if (Files.isDirectory(quarantine)) {
            try (DirectoryStream<Path> entries = Files.newDirectoryStream(quarantine)) {
                for (Path p : entries) {
                    Matcher m = namePattern.matcher(p.getFileName().toString());
                    if (m.matches()) {
                        max = Math.max(max, Integer.parseInt(m.group(1)));
                    }
                }
            }
        }
        return max;
    }

    boolean isLast(int number) {
        return !files.isEmpty() && files.lastKey() == number;
    }

    /** After recovery: appends continue at the end of the last segment (or a first one is created). */
    void startAppending() throws IOException {
        if (files.isEmpty()) {
            createSegment(highestNumber() + 1);
        } else {
            current = files.lastKey();
            writer = FileChannel.open(files.get(current), StandardOpenOption.WRITE);
            written = writer.size();
        }
    }

    private void createSegment(int number) throws IOException {
        Path p = dir.resolve(name(number));
        writer = FileChannel.open(p, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
        files.put(number, p);
        current = number;
        written = 0;
        dirDirty = true;
    }

    /** Appends a record; returns its position. */
    long append(byte[] payload, int off, int len) throws IOException {
        checkWritable();
        int size = RecordScanner.HEADER + len;
        if (written + bufLen > 0 && written + bufLen + size > rollSize) {
            roll();
        }
        if (bufLen + size > buf.length) {
            drain();
        }
        long pos = pos(current, written + bufLen);
        crc.reset();
        putInt(header, 0, magic);
        putInt(header, 4, len);
        crc.update(header, 4, 4);
        crc.update(payload, off, len);
        putInt(header, 8, (int) crc.getValue());
        if (size > buf.length) {
            // a large record goes straight to the file
            write(new ByteBuffer[] { ByteBuffer.wrap(header), ByteBuffer.wrap(payload, off, len) });
        } else {
            System.arraycopy(header, 0, buf, bufLen, RecordScanner.HEADER);
            System.arraycopy(payload, off, buf, bufLen + RecordScanner.HEADER, len);
            bufLen += size;
        }
        return pos;
    }

    private static void putInt(byte[] b, int i, int v) {
        b[i] = (byte) (v >>> 24);
        b[i + 1] = (byte) (v >>> 16);
        b[i + 2] = (byte) (v >>> 8);
        b[i + 3] = (byte) v;
    }

    private void checkWritable() throws IOException {
        if (failure != null) {
            throw new IOException(failure.getMessage(), failure);
        }
    }

    private void roll() throws IOException {
        force();
        writer.close();
        writer = null;
        createSegment(highestNumber() + 1);
    }

    /** Writes the buffered records to the file (no fsync). */
    void drain() throws IOException {
        if (drainFirst != null) {
            drainFirst.drain();
        }
        if (bufLen == 0) {
            return;
        }
        checkWritable();
        write(new ByteBuffer[] { ByteBuffer.wrap(buf, 0, bufLen) });
        bufLen = 0;
    }

    private void write(ByteBuffer[] data) throws IOException {
        long start = written;
        long p = start;
        try {
            for (ByteBuffer b : data) {
                while (b.hasRemaining()) {
                    p += writer.write(b, p);
                }
            }
            written = p;
        } catch (IOException e) {
            // cut off the partial write so the file ends with whole records; the buffered records are lost
            failure = e;
            bufLen = 0;
            try {
                writer.truncate(start);
            } catch (IOException suppressed) {
                e.addSuppressed(suppressed);
            }
            throw e;
        }
    }

    /** Drains and fsyncs (and fsyncs the folder if segments were created). */
    void force() throws IOException {
        drain();
        checkWritable();
        try {
            writer.force(false);
            if (dirDirty) {
                AtomicFile.fsyncDirectory(dir);
                dirDirty = false;
            }
        } catch (IOException e) {
            failure = e;
            throw e;
        }
    }

    /** The length of a segment's valid data. */
    long length(int number) throws IOException {
        if (number == current && writer != null) {
            return written;
        }
        return channel(number).size();
    }

    FileChannel channel(int number) throws IOException {
        FileChannel ch = readers.get(number);
        if (ch == null) {
            Path p = files.get(number);
            if (p == null) {
                throw new StoreCorruptionException("segment " + name(number) + " is missing from " + dir
                        + " (quarantined or deleted)");
            }
            ch = FileChannel.open(p, StandardOpenOption.READ);
            readers.put(number, ch);
        }
        return ch;
    }

    /** Reads and verifies the payload of the record at {@code pos}. */
    byte[] read(long pos) throws IOException {
        int number = segment(pos);
        long off = offset(pos);
        if (number == current && off >= written) {
            if (failure != null) {
                throw new IOException("record at " + name(number) + ":" + off + " was not saved: "
                        + failure.getMessage());
            }
            drain();
        }
        FileChannel ch = channel(number);
        ByteBuffer h = ByteBuffer.allocate(RecordScanner.HEADER);
        try {
            RecordScanner.readFully(ch, h, off);
        } catch (IOException e) {
            throw corrupt(number, off, "record beyond the end of the file");
        }
        int length = h.getInt(4);
        if (h.getInt(0) != magic || length < 0 || off + RecordScanner.HEADER + length > ch.size()) {
            throw corrupt(number, off, "no valid record header");
        }
        byte[] payload = new byte[length];
        RecordScanner.readFully(ch, ByteBuffer.wrap(payload), off + RecordScanner.HEADER);
        CRC32C c = new CRC32C();
        c.update(h.array(), 4, 4);
        c.update(payload);
        if ((int) c.getValue() != h.getInt(8)) {
            throw corrupt(number, off, "checksum mismatch");
        }
        return payload;
    }

    private StoreCorruptionException corrupt(int number, long off, String why) {
        return new StoreCorruptionException("damaged record in " + dir.resolve(name(number)) + " at offset " + off
                + ": " + why);
    }

    /** Cuts a segment at {@code length} (a torn tail after a crash). */
    void truncate(int number, long length) throws IOException {
        closeReader(number);
        try (FileChannel ch = FileChannel.open(files.get(number), StandardOpenOption.WRITE)) {
            ch.truncate(length);
            ch.force(true);
        }
    }

    /** Moves a damaged segment into {@code quarantine/} under a name not used there yet; returns its new path. */
    Path quarantine(int number) throws IOException {
        closeReader(number);
        Path source = files.remove(number);
        Path folder = Files.createDirectories(dir.resolve(SegmentStore.QUARANTINE));
        Path target = folder.resolve(source.getFileName());
        for (int i = 1; Files.exists(target); i++) {
            target = folder.resolve(source.getFileName() + "." + i);
        }
        Files.move(source, target, StandardCopyOption.ATOMIC_MOVE);
        AtomicFile.fsyncDirectory(folder);
        AtomicFile.fsyncDirectory(dir);
        return target;
    }

    private void closeReader(int number) throws IOException {
        FileChannel ch = readers.remove(number);
        if (ch != null) {
            ch.close();
        }
    }

    /** Closes the files without draining (the buffered records are dropped, as in a crash). */
    @Override
    public void close() throws IOException {
        IOException first = null;
        for (FileChannel ch : readers.values()) {
            try {
                ch.close();
            } catch (IOException e) {
                first = first == null ? e : first;
            }
        }
        readers.clear();
        if (writer != null) {
            try {
                writer.close();
            } catch (IOException e) {
                first = first == null ? e : first;
            }
            writer = null;
        }
        bufLen = 0;
        if (first != null) {
            throw first;
        }
    }
}
