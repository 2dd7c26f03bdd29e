package dossier.store.internal;

import java.io.EOFException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.util.Arrays;
import java.util.zip.CRC32C;

/**
 * Reads the records of one segment sequentially through a large window. A record is
 * {@code magic:int length:int crc32c:int payload[length]}, the CRC covering the length field and the payload.
 */
final class RecordScanner {

    static final int HEADER = 12;

    enum Step {
        RECORD, END, BAD
    }

    private final FileChannel channel;
    private final int magic;
    private final long end;
    private final CRC32C crc = new CRC32C();
    private byte[] window;
    private long windowStart;
    private int wpos;
    private int wlen;

    /** file offset of the current (or bad) record */
    long offset;
    byte[] payload;
    int payloadOffset;
    int payloadLength;
    String badReason;

    RecordScanner(FileChannel channel, int magic, long start, long end, int windowSize) {
        this.channel = channel;
        this.magic = magic;
        this.end = end;
        this.windowStart = start;
        this.window = new byte[windowSize];
    }

    Step next() throws IOException {
        offset = windowStart + wpos;
        if (offset >= end) {
            return Step.END;
        }
        if (end - offset < HEADER) {
            badReason = "incomplete record header";
            return Step.BAD;
        }
        ensure(HEADER);
        int m = readInt(wpos);
        int length = readInt(wpos + 4);
        if (m != magic) {
            badReason = "no record marker";
            return Step.BAD;
        }
        if (length < 0 || offset + HEADER + length > end) {
            badReason = length < 0 ? "invalid record length" : "incomplete record";
            return Step.BAD;
        }
        ensure(HEADER + length);
        crc.reset();
        crc.update(window, wpos + 4, 4);
        crc.update(window, wpos + HEADER, length);
        if ((int) crc.getValue() != readInt(wpos + 8)) {
            badReason = "checksum mismatch";
            return Step.BAD;
        }
        payload = window;
        payloadOffset = wpos + HEADER;
        payloadLength = length;
        wpos += HEADER + length;
        return Step.RECORD;
    }

    private int readInt(int i) {
        return ((window[i] & 0xff) << 24) | ((window[i + 1] & 0xff) << 16) | ((window[i + 2] & 0xff) << 8)
                | (window[i + 3] & 0xff);
    }

    private void ensure(int n) throws IOException {
        if (wlen - wpos >= n) {
            return;
        }
        System.arraycopy(window, wpos, window, 0, wlen - wpos);
        windowStart += wpos;
        wlen -= wpos;
        wpos = 0;
        if (window.length < n) {
            window = Arrays.copyOf(window, n);
        }
        long fileEnd = end;
        while (wlen < n) {
            int want = (int) Math.min(window.length - wlen, fileEnd - (windowStart + wlen));
            if (want <= 0) {
                throw new EOFException();
            }
            int r = channel.read(ByteBuffer.wrap(window, wlen, want), windowStart + wlen);
            if (r < 0) {
                throw new EOFException();
            }
            wlen += r;
        }
    }

    /** True if a valid record starts anywhere after {@code from} (so damage there is not a torn tail). */
    static boolean validRecordAfter(FileChannel channel, int magic, long from, long end) throws IOException {
        long p = from + 1;
        byte[] m = { (byte) (magic >>> 24), (byte) (magic >>> 16), (byte) (magic >>> 8), (byte) magic };
        byte[] chunk = new byte[1 << 20];
        CRC32C crc = new CRC32C();
        while (p + HEADER <= end) {
            int n = channel.read(ByteBuffer.wrap(chunk, 0, (int) Math.min(chunk.length, end - p)), p);
            if (n <= 0) {
                return false;
            }
            for (int i = 0; i + 4 <= n; i++) {
                if (chunk[i] == m[0] && chunk[i + 1] == m[1] && chunk[i + 2] == m[2] && chunk[i + 3] == m[3]
                        && validAt(channel, p + i, end, crc)) {
                    return true;
                }
            }
            p += Math.max(1, n - 3);
        }
        return false;
    }

    private static boolean validAt(FileChannel channel, long at, long end, CRC32C crc) throws IOException {
        if (at + HEADER > end) {
            return false;
        }
        ByteBuffer header = ByteBuffer.allocate(HEADER);
        readFully(channel, header, at);
        int length = header.getInt(4);
        if (length < 0 || at + HEADER + length > end || length > (256 << 20)) {
            return false;
        }
        ByteBuffer body = ByteBuffer.allocate(length);
        readFully(channel, body, at + HEADER);
        crc.reset();
        crc.update(header.array(), 4, 4);
        crc.update(body.array(), 0, length);
        return (int) crc.getValue() == header.getInt(8);
    }

    static void readFully(FileChannel channel, ByteBuffer buffer, long position) throws IOException {
        long p = position;
        while (buffer.hasRemaining()) {
            int r = channel.read(buffer, p);
            if (r < 0) {
                throw new EOFException("end of file at " + p);
            }
            p += r;
        }
    }
}
