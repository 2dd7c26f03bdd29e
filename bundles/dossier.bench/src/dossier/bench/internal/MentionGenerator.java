package dossier.bench.internal;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.SplittableRandom;

import dossier.store.Capture;
import dossier.store.ItemType;

/**
 * Social-media mentions for benchmarks: post texts cut from Europarl speeches, with generated
 * handles, hashtags and URLs under {@code generated.invalid}, so nobody takes them for real posts.
 */
final class MentionGenerator {

    private static final String[] HASHTAGS = { "#eu", "#policy", "#vote", "#climate", "#jobs", "#energy", "#brand",
            "#campaign", "#budget", "#health", "#trade", "#digital" };

    private final List<Europarl.Line> corpus;
    private SplittableRandom random;
    private int next;

    MentionGenerator(List<Europarl.Line> corpus) {
        this.corpus = corpus;
        reset();
    }

    /** Starts the same sequence again. */
    void reset() {
        random = new SplittableRandom(42);
        next = 0;
    }

    Capture next() {
        int n = next++;
        Europarl.Line line = corpus.get(random.nextInt(corpus.size()));
        String body = line.body();
        int length = 80 + random.nextInt(180);
        int from = body.length() <= length ? 0 : random.nextInt(body.length() - length);
        int space = body.indexOf(' ', from);
        int start = space < 0 || space > from + 20 ? from : space + 1;
        String cut = body.substring(start, Math.min(body.length(), start + length)).strip();
        String handle = "gen_user" + random.nextInt(250_000);
        String text = cut + " " + HASHTAGS[random.nextInt(HASHTAGS.length)]
                + (random.nextInt(4) == 0 ? " @gen_user" + random.nextInt(250_000) : "");
        String url = "https://generated.invalid/" + handle + "/status/" + n;
        Instant published = LocalDate.parse(line.date()).atStartOfDay().toInstant(ZoneOffset.UTC)
                .plusSeconds(random.nextInt(86_400));
        long followers = random.nextInt(2_000_000);
        String json = "{\"id\":\"" + n + "\",\"url\":\"" + url + "\",\"author\":{\"handle\":\"" + handle
                + "\",\"followers\":" + followers + "},\"created_at\":\"" + published + "\",\"text\":\""
                + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\",\"generated\":true}";
        return new Capture(ItemType.MENTION, url, url, null, "Generated user " + handle, handle, followers, published,
                published.plusSeconds(30), null, "application/json", json.getBytes(StandardCharsets.UTF_8), text);
    }
}
