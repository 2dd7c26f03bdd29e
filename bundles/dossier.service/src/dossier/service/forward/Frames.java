package dossier.service.forward;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;

/**
 * How a forwarded command's run comes back: a stream of frames, each a kind byte, a length and that many bytes. The
 * run's id comes first, then its output and error bytes as they are printed, and last its exit code.
 */
public final class Frames {

    public static final byte ID = 'i';
    public static final byte OUT = 'o';
    public static final byte ERR = 'e';
    public static final byte EXIT = 'x';

    /** The exit code of a command cancelled by Ctrl+C, as a shell reports SIGINT. */
    public static final int CANCELLED = 130;

    private Frames() {
    }

    public record Frame(byte kind, byte[] bytes) {
    }

    public static void write(DataOutputStream out, byte kind, byte[] bytes) throws IOException {
        out.writeByte(kind);
        out.writeInt(bytes.length);
        out.write(bytes);
    }

    /** The next frame, or null at the end of the stream. */
    public static Frame read(DataInputStream in) throws IOException {
        int kind = in.read();
        if (kind < 0) {
            return null;
        }
        int length = in.readInt();
        if (length < 0) {
            throw new EOFException("a frame of negative length");
        }
        byte[] bytes = new byte[length];
        in.readFully(bytes);
        return new Frame((byte) kind, bytes);
    }
}
