package dossier.workspace.tests;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

/** Byte surgery on zip files, for what java.util.zip will not write: symbolic links and duplicate names. */
final class Zips {

    private static final int CENTRAL = 0x02014b50;

    private Zips() {
    }

    /** Marks the entry a Unix symbolic link in the central directory (made by Unix, mode 0120777). */
    static void markSymlink(Path zip, String name) throws IOException {
        ByteBuffer bytes = ByteBuffer.wrap(Files.readAllBytes(zip)).order(ByteOrder.LITTLE_ENDIAN);
        byte[] wanted = name.getBytes(StandardCharsets.UTF_8);
        for (int i = 0; i + 46 + wanted.length <= bytes.limit(); i++) {
            if (bytes.getInt(i) == CENTRAL && Short.toUnsignedInt(bytes.getShort(i + 28)) == wanted.length
                    && Arrays.equals(bytes.array(), i + 46, i + 46 + wanted.length, wanted, 0, wanted.length)) {
                bytes.putShort(i + 4, (short) (3 << 8 | 20));
                bytes.putInt(i + 38, 0120777 << 16);
                Files.write(zip, bytes.array());
                return;
            }
        }
        throw new IllegalArgumentException("no central entry " + name);
    }

    /** Renames an entry by rewriting its name bytes everywhere (same length), e.g. to duplicate another name. */
    static void rename(Path zip, String from, String to) throws IOException {
        byte[] bytes = Files.readAllBytes(zip);
        byte[] old = from.getBytes(StandardCharsets.UTF_8);
        byte[] replacement = to.getBytes(StandardCharsets.UTF_8);
        if (old.length != replacement.length) {
            throw new IllegalArgumentException("names of different lengths");
        }
        int replaced = 0;
        for (int i = 0; i + old.length <= bytes.length; i++) {
            if (Arrays.equals(bytes, i, i + old.length, old, 0, old.length)) {
                System.arraycopy(replacement, 0, bytes, i, replacement.length);
                replaced++;
            }
        }
        if (replaced < 2) {
            throw new IllegalArgumentException(from + " found " + replaced + " times");
        }
        Files.write(zip, bytes);
    }
}
