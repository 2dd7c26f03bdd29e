package dossier.connector;

import java.time.Instant;

import dossier.connector.http.ApiRequest;
import dossier.connector.http.FetchException;
import dossier.connector.http.FetchResponse;

/**
 * The requests of one fetch to a rate-limited API: before a request, waits while the last answer said the limit is
 * used up (see {@link RateLimit}); after a 429 answer, waits and asks once more.
 */
public final class RateLimitedApi {

    /** Reads an API's rate-limit headers. */
    @FunctionalInterface
    public interface Limits {
        /** Until when the limit is used up according to the answer; null if it is not, or (for a 429) unknown. */
        Instant usedUpUntil(FetchResponse response);
    }

    private final FetchContext context;
    private final Limits limits;
    private Instant usedUpUntil;

    public RateLimitedApi(FetchContext context, Limits limits) {
        this.context = context;
        this.limits = limits;
    }

    /** The answer, whatever its status, or null when the rate limit ends the fetch (then it is warned about). */
    public FetchResponse send(ApiRequest request) throws FetchException {
        for (int attempt = 0;; attempt++) {
            if (usedUpUntil != null && !RateLimit.waitUntil(usedUpUntil, context)) {
                return null;
            }
            FetchResponse response = context.http().exchange(request);
            usedUpUntil = limits.usedUpUntil(response);
            if (response.status() != 429) {
                return response;
            }
            if (usedUpUntil == null) {
                usedUpUntil = Instant.now().plus(RateLimit.MAX_WAIT);
            }
            if (attempt > 0) {
                return response;
            }
        }
    }
}
