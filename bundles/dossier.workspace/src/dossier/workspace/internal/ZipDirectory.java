package dossier.workspace.internal;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;

import dossier.workspace.ArchiveException;

/**
 * The central directory of a zip file, read as written: every entry's name (in order, duplicates kept) and whether
 * it is a symbolic link (a Unix mode in the external attributes), which {@code java.util.zip} does not tell.
 * Zip64 archives are read through their zip64 end record.
 */
public final class ZipDirectory {

    /** One central-directory record. */
    public record Entry(String name, boolean symlink) {
    }

    private static final int END = 0x06054b50;
    private static final int ZIP64_LOCATOR = 0x07064b50;
    private static final int ZIP64_END = 0x06064b50;
    private static final int CENTRAL = 0x02014b50;
    private static final int UNIX = 3;
    private static final int FILE_TYPE_MASK = 0170000;
    private static final int SYMLINK_TYPE = 0120000;
    private static final long MAX_DIRECTORY_BYTES = 256L << 20;

    private ZipDirectory() {
    }

    public static List<Entry> read(Path zip) throws IOException, ArchiveException {
        try (FileChannel channel = FileChannel.open(zip, StandardOpenOption.READ)) {
            long size = channel.size();
            int tailLength = (int) Math.min(size, 22 + 0xFFFF);
            ByteBuffer tail = readAt(channel, size - tailLength, tailLength);
            int end = -1;
            for (int i = tailLength - 22; i >= 0; i--) {
                if (tail.getInt(i) == END) {
                    end = i;
                    break;
                }
            }
            if (end < 0) {
                throw new ArchiveException(zip.getFileName() + " is not a zip archive (no end of central directory)");
            }
            long entries = Short.toUnsignedInt(tail.getShort(end + 10));
            long directorySize = Integer.toUnsignedLong(tail.getInt(end + 12));
            long directoryOffset = Integer.toUnsignedLong(tail.getInt(end + 16));
            long endPosition = size - tailLength + end;
            if ((entries == 0xFFFF || directorySize == 0xFFFFFFFFL || directoryOffset == 0xFFFFFFFFL)
                    && endPosition >= 20) {
                ByteBuffer locator = readAt(channel, endPosition - 20, 20);
                if (locator.getInt(0) == ZIP64_LOCATOR) {
                    ByteBuffer end64 = readAt(channel, locator.getLong(8), 56);
                    if (end64.getInt(0) != ZIP64_END) {
                        throw new ArchiveException(zip.getFileName() + " has a damaged zip64 end record");
                    }
                    entries = end64.getLong(32);
                    directorySize = end64.getLong(40);
                    directoryOffset = end64.getLong(48);
                }
            }
            if (directorySize > MAX_DIRECTORY_BYTES || directoryOffset + directorySize > size) {
                throw new ArchiveException(zip.getFileName() + " has a damaged central directory");
            }
            return entries(zip, readAt(channel, directoryOffset, (int) directorySize), entries);
        }
    }

    private static List<Entry> entries(Path zip, ByteBuffer directory, long count) throws ArchiveException {
        List<Entry> entries = new ArrayList<>();
        int position = 0;
        for (long i = 0; i < count; i++) {
            if (position + 46 > directory.limit() || directory.getInt(position) != CENTRAL) {
                throw new ArchiveException(zip.getFileName() + " has a damaged central directory (entry " + (i + 1)
                        + ")");
            }
            int madeBy = Short.toUnsignedInt(directory.getShort(position + 4)) >> 8;
            int nameLength = Short.toUnsignedInt(directory.getShort(position + 28));
            int extraLength = Short.toUnsignedInt(directory.getShort(position + 30));
            int commentLength = Short.toUnsignedInt(directory.getShort(position + 32));
            long external = Integer.toUnsignedLong(directory.getInt(position + 38));
            if (position + 46 + nameLength > directory.limit()) {
                throw new ArchiveException(zip.getFileName() + " has a damaged central directory (entry " + (i + 1)
                        + ")");
            }
            byte[] name = new byte[nameLength];
            directory.get(position + 46, name);
            boolean symlink = madeBy == UNIX && ((external >>> 16) & FILE_TYPE_MASK) == SYMLINK_TYPE;
            entries.add(new Entry(new String(name, StandardCharsets.UTF_8), symlink));
            position += 46 + nameLength + extraLength + commentLength;
        }
        return entries;
    }

    private static ByteBuffer readAt(FileChannel channel, long position, int length) throws IOException {
        ByteBuffer buffer = ByteBuffer.allocate(length).order(ByteOrder.LITTLE_ENDIAN);
        while (buffer.hasRemaining()) {
            if (position < 0 || channel.read(buffer, position + buffer.position()) < 0) {
                throw new IOException("the zip file is truncated or damaged (nothing at offset " + position + ")");
            }
        }
        return buffer.flip();
    }
}
