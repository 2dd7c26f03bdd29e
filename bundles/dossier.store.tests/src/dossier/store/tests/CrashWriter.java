package dossier.store.tests;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;

import dossier.store.AtomicFile;
import dossier.store.Capture;
import dossier.store.PutResult;
import dossier.store.internal.SegmentStore;

/**
 * The process {@link CrashTest} kills: {@code store FOLDER SEED} puts captures in batches, flushes and prints
 * {@code A id sha256} for every capture acknowledged by the flush; {@code atomic FILE SEED} rewrites a file with
 * {@link AtomicFile} forever. Both print {@code READY} first.
 */
public final class CrashWriter {

    static final long SEGMENT_SIZE = 256 * 1024;
    static final int URLS = 1500;

    private CrashWriter() {
    }

    public static void main(String[] args) throws Exception {
        PrintStream out = new PrintStream(System.out, false, StandardCharsets.UTF_8);
        out.println("READY");
        out.flush();
        Random random = new Random(Long.parseLong(args[2]));
        if (args[0].equals("store")) {
            store(Path.of(args[1]), random, out);
        } else {
            atomic(Path.of(args[1]));
        }
    }

    /** A capture: often repeated per URL, sometimes with content shared between URLs, sometimes without URL. */
    static Capture capture(Random random) {
        int kind = random.nextInt(20);
        if (kind == 0) {
            String json = "{\"pasted\":" + random.nextInt(100) + "}";
            return Captures.mention(null, null, json, Captures.textOf(json));
        }
        String url = "https://crash.example/" + random.nextInt(URLS);
        String json = kind == 1 ? "{\"shared\":" + random.nextInt(100) + "}"
                : "{\"url\":\"" + url + "\",\"v\":" + random.nextInt(4) + ",\"pad\":\"" + "x".repeat(random.nextInt(400))
                        + "\"}";
        return Captures.mention(url, json);
    }

    private static void store(Path folder, Random random, PrintStream out) throws Exception {
        while (true) {
            try (SegmentStore store = SegmentStore.open(folder, SEGMENT_SIZE)) {
                int batches = 1 + random.nextInt(40);
                for (int b = 0; b < batches; b++) {
                    int n = 1 + random.nextInt(30);
                    StringBuilder acks = new StringBuilder();
                    for (int i = 0; i < n; i++) {
                        Capture c = capture(random);
                        PutResult r = store.put(c);
                        acks.append("A ").append(r.id()).append(' ').append(Captures.sha256(c.original()))
                                .append('\n');
                    }
                    store.flush();
                    out.print(acks);
                    out.flush();
                }
            } // close: snapshot, then reopen
        }
    }

    /** Version {@code k} of the rewritten file: a header naming it, a body of k-dependent size and bytes, a trailer. */
    static byte[] version(long k) {
        Random r = new Random(k);
        byte[] body = new byte[1 + r.nextInt(200_000)];
        r.nextBytes(body);
        byte[] head = ("version " + k + " length " + body.length + "\n").getBytes(StandardCharsets.US_ASCII);
        byte[] tail = ("\nend " + k + "\n").getBytes(StandardCharsets.US_ASCII);
        byte[] all = new byte[head.length + body.length + tail.length];
        System.arraycopy(head, 0, all, 0, head.length);
        System.arraycopy(body, 0, all, head.length, body.length);
        System.arraycopy(tail, 0, all, head.length + body.length, tail.length);
        return all;
    }

    private static void atomic(Path file) throws Exception {
        // continue after the version on disk, so versions only ever grow
        String head = new String(Files.readAllBytes(file), StandardCharsets.US_ASCII);
        long k = Long.parseLong(head.substring(8, head.indexOf(' ', 8)));
        while (true) {
            AtomicFile.write(file, version(++k));
        }
    }
}
