package dossier.store.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Locale;
import java.util.SplittableRandom;

import dossier.store.Capture;
import dossier.store.CaptureStore;
import dossier.store.ItemType;

/**
 * Ingests generated mentions (about 200 characters of text and a 600-byte JSON original each) into a fresh store,
 * closes it, opens it again and measures. For {@code dossier bench store}.
 */
public final class StoreBenchmark {

    /**
     * @param mentions mentions ingested
     * @param ingestPerSecond puts per second, including the final flush and close
     * @param openMillis time to open the closed store
     * @param heapAfterOpenBytes heap in use after open and a full GC, with the store open
     * @param storeBytes size of the store's files
     */
    public record Result(int mentions, double ingestPerSecond, double openMillis, long heapAfterOpenBytes,
            long storeBytes) {

        @Override
        public String toString() {
            return String.format(Locale.ROOT,
                    "%,d mentions: ingest %,.0f/s, open %.0f ms, heap after open %,.1f MB, store %,.1f MB", mentions,
                    ingestPerSecond, openMillis, heapAfterOpenBytes / 1048576.0, storeBytes / 1048576.0);
        }
    }

    private StoreBenchmark() {
    }

    /** Runs the benchmark in {@code folder}, which must not hold a store yet. */
    public static Result run(Path folder, int mentions) throws IOException {
        if (Files.exists(folder.resolve(SegmentStore.LOCK))) {
            throw new IOException(folder + " already holds a capture store; give an empty folder");
        }
        SplittableRandom random = new SplittableRandom(42);
        Instant base = Instant.parse("2025-01-01T00:00:00Z");
        long start = System.nanoTime();
        try (CaptureStore store = CaptureStore.open(folder)) {
            for (int i = 0; i < mentions; i++) {
                store.put(mention(i, random, base));
                if (i % 100_000 == 99_999) {
                    store.flush();
                }
            }
        }
        double ingest = mentions / ((System.nanoTime() - start) / 1e9);
        gc();
        long t0 = System.nanoTime();
        try (CaptureStore store = CaptureStore.open(folder)) {
            double open = (System.nanoTime() - t0) / 1e6;
            gc();
            Runtime rt = Runtime.getRuntime();
            long heap = rt.totalMemory() - rt.freeMemory();
            if (store.size() != mentions) {
                throw new IOException("expected " + mentions + " items, found " + store.size());
            }
            return new Result(mentions, ingest, open, heap, folderSize(folder));
        }
    }

    /** A generated mention, like one a social-media connector hands over. */
    public static Capture mention(int i, SplittableRandom random, Instant base) {
        String handle = "user" + random.nextInt(200_000);
        String url = "https://social.example/" + handle + "/status/" + (1_000_000_000L + i);
        StringBuilder text = new StringBuilder(220);
        text.append("@brand ").append(i).append(' ');
        while (text.length() < 200) {
            text.append(WORDS[random.nextInt(WORDS.length)]).append(' ');
        }
        Instant published = base.plusSeconds(i);
        String json = "{\"id\":\"" + (1_000_000_000L + i) + "\",\"url\":\"" + url + "\",\"author\":{\"handle\":\""
                + handle + "\",\"name\":\"User " + handle + "\",\"followers\":" + random.nextInt(1_000_000)
                + ",\"verified\":false},\"created_at\":\"" + published + "\",\"lang\":\"en\",\"text\":\""
                + text + "\",\"metrics\":{\"likes\":" + random.nextInt(1000) + ",\"reposts\":"
                + random.nextInt(100) + ",\"replies\":" + random.nextInt(50) + "}}";
        return new Capture(ItemType.MENTION, url, url, null, "User " + handle, "@" + handle,
                (long) random.nextInt(1_000_000), published, published.plusSeconds(60), "en", "application/json",
                json.getBytes(StandardCharsets.UTF_8), text.toString());
    }

    private static final String[] WORDS = { "launch", "campaign", "love", "hate", "new", "price", "store", "delivery",
            "support", "amazing", "broken", "refund", "brand", "ad", "video", "review", "#promo", "#fail", "today",
            "why", "finally", "customer", "service", "app", "update" };

    private static void gc() {
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
    }

    private static long folderSize(Path folder) throws IOException {
        try (var files = Files.list(folder)) {
            return files.filter(Files::isRegularFile).mapToLong(p -> {
                try {
                    return Files.size(p);
                } catch (IOException e) {
                    return 0;
                }
            }).sum();
        }
    }

    /** {@code java -cp ... dossier.store.internal.StoreBenchmark FOLDER [N]} */
    public static void main(String[] args) throws IOException {
        int n = args.length > 1 ? Integer.parseInt(args[1]) : 1_000_000;
        System.out.println(run(Path.of(args[0]), n));
    }
}
