package dossier.store.internal;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.CRC32C;
import java.util.zip.CheckedInputStream;
import java.util.zip.CheckedOutputStream;

import dossier.store.AtomicFile;

/**
 * The index snapshot {@code index.snapshot}: the segment files it covers (number, length, modification time) and
 * the three maps as raw arrays, with a CRC32C at the end. Saved atomically at close.
 */
final class Snapshot {

    private static final long MAGIC = 0x444f535349445831L; // "DOSSIDX1"
    private static final int CHUNK = 1 << 20;

    record Segment(int number, long length, long modified) {
    }

    record Loaded(List<Segment> items, List<Segment> packs, LongMultiMap ids, LongMultiMap contents,
            LongMultiMap previous) {
    }

    private Snapshot() {
    }

    static void save(Path file, List<Segment> items, List<Segment> packs, LongMultiMap ids, LongMultiMap contents,
            LongMultiMap previous) throws IOException {
        AtomicFile.write(file, raw -> {
            CheckedOutputStream checked = new CheckedOutputStream(new BufferedOutputStream(raw, CHUNK), new CRC32C());
            DataOutputStream out = new DataOutputStream(checked);
            out.writeLong(MAGIC);
            writeSegments(out, items);
            writeSegments(out, packs);
            byte[] chunk = new byte[CHUNK];
            for (LongMultiMap map : List.of(ids, contents, previous)) {
                out.writeInt(map.keys.length);
                out.writeInt(map.size);
                writeLongs(out, map.keys, chunk);
                writeLongs(out, map.values, chunk);
            }
            out.flush();
            out.writeInt((int) checked.getChecksum().getValue());
            out.flush();
        });
    }

    private static void writeSegments(DataOutputStream out, List<Segment> segments) throws IOException {
        out.writeInt(segments.size());
        for (Segment s : segments) {
            out.writeInt(s.number());
            out.writeLong(s.length());
            out.writeLong(s.modified());
        }
    }

    private static void writeLongs(DataOutputStream out, long[] values, byte[] chunk) throws IOException {
        ByteBuffer bb = ByteBuffer.wrap(chunk);
        for (int i = 0; i < values.length;) {
            int n = Math.min(values.length - i, chunk.length / 8);
            bb.clear();
            bb.asLongBuffer().put(values, i, n);
            out.write(chunk, 0, n * 8);
            i += n;
        }
    }

    /** The snapshot, or null if it is missing or damaged. */
    static Loaded load(Path file) throws IOException {
        try (InputStream raw = Files.newInputStream(file)) {
            CheckedInputStream checked = new CheckedInputStream(new BufferedInputStream(raw, CHUNK), new CRC32C());
            DataInputStream in = new DataInputStream(checked);
            if (in.readLong() != MAGIC) {
                return null;
            }
            List<Segment> items = readSegments(in);
            List<Segment> packs = readSegments(in);
            byte[] chunk = new byte[CHUNK];
            LongMultiMap[] maps = new LongMultiMap[3];
            for (int m = 0; m < 3; m++) {
                int capacity = in.readInt();
                int size = in.readInt();
                if (capacity <= 0 || Integer.bitCount(capacity) != 1 || size < 0 || size > capacity) {
                    return null;
                }
                long[] keys = readLongs(in, capacity, chunk);
                long[] values = readLongs(in, capacity, chunk);
                maps[m] = new LongMultiMap(keys, values, size);
            }
            int expected = (int) checked.getChecksum().getValue();
            if (in.readInt() != expected || in.read() != -1) {
                return null;
            }
            return new Loaded(items, packs, maps[0], maps[1], maps[2]);
        } catch (NoSuchFileException e) {
            return null;
        } catch (IOException | RuntimeException e) {
            // truncated or nonsense: rebuild
            return null;
        }
    }

    private static List<Segment> readSegments(DataInputStream in) throws IOException {
        int n = in.readInt();
        if (n < 0 || n > 10_000_000) {
            throw new IOException("bad segment count");
        }
        List<Segment> segments = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            segments.add(new Segment(in.readInt(), in.readLong(), in.readLong()));
        }
        return segments;
    }

    private static long[] readLongs(DataInputStream in, int count, byte[] chunk) throws IOException {
        long[] values = new long[count];
        ByteBuffer bb = ByteBuffer.wrap(chunk);
        for (int i = 0; i < count;) {
            int n = Math.min(count - i, chunk.length / 8);
            in.readFully(chunk, 0, n * 8);
            bb.clear();
            bb.asLongBuffer().get(values, i, n);
            i += n;
        }
        return values;
    }
}
