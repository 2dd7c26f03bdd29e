package dossier.boards.internal;

/**
 * Which buckets are spikes: a bucket is one when its count is at least {@link #MIN_COUNT}, at least twice the mean of
 * the {@link #WINDOW} buckets before it, and above that mean by more than three of their standard deviations. The
 * first {@link #MIN_HISTORY} buckets have too little before them to be judged.
 */
final class Spikes {

    static final int WINDOW = 7;
    static final int MIN_HISTORY = 3;
    static final int MIN_COUNT = 5;

    private Spikes() {
    }

    static boolean[] of(long[] counts) {
        boolean[] spikes = new boolean[counts.length];
        for (int i = MIN_HISTORY; i < counts.length; i++) {
            int from = Math.max(0, i - WINDOW);
            double sum = 0;
            for (int j = from; j < i; j++) {
                sum += counts[j];
            }
            double mean = sum / (i - from);
            double squares = 0;
            for (int j = from; j < i; j++) {
                squares += (counts[j] - mean) * (counts[j] - mean);
            }
            double deviation = Math.sqrt(squares / (i - from));
            spikes[i] = counts[i] >= MIN_COUNT && counts[i] >= 2 * mean && counts[i] > mean + 3 * deviation;
        }
        return spikes;
    }
}
