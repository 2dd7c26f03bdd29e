package dossier.connector;

import java.time.Duration;
import java.time.Instant;

/** Waiting for an API's rate limit to reset before the next request of a fetch. */
public final class RateLimit {

    /** Longest wait for a rate limit to reset; a later reset ends the fetch with a warning. */
    public static final Duration MAX_WAIT = Duration.ofSeconds(60);

    private RateLimit() {
    }

    /**
     * Waits until {@code reset} (unknown: {@link #MAX_WAIT}); a reset further away is warned about instead. Returns
     * whether the fetch may go on: false after that warning, a cancel or an interrupt.
     */
    public static boolean waitUntil(Instant reset, FetchContext context) {
        Duration wait = reset == null ? MAX_WAIT : Duration.between(Instant.now(), reset);
        if (wait.compareTo(MAX_WAIT) > 0) {
            context.warn("rate limit used up until " + reset + "; the rest waits for the next refresh");
            return false;
        }
        try {
            Thread.sleep(Math.max(0, wait.toMillis()));
            return !context.monitor().isCanceled();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
