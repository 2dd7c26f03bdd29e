package dossier.connector;

import java.io.IOException;
import java.util.List;
import java.util.function.Function;

import dossier.connector.http.FetchException;
import dossier.store.Capture;

/**
 * The page loop of a connector for a paged API: reads one page after another and captures its entries until the
 * source's limit, the last page or an empty one, or a cancel. An entry that cannot be read is a warning; a capture
 * the store refuses ends the fetch. Used by the Mastodon and Hacker News connectors:
 *
 * <pre>
 * Paging.capture(source, context, limit, "story", 0, page -&gt; {
 *     List&lt;Hit&gt; hits = read(page);
 *     return new Paging.Page&lt;&gt;(hits, () -&gt; hits.isEmpty() || page + 1 &gt;= pages ? null : page + 1);
 * }, Hit::capture);
 * </pre>
 * A page is asked for by an {@code R} (its URI, its number) and holds entries {@code E}.
 */
public final class Paging {

    /** Reads the page that {@code request} asks for. */
    @FunctionalInterface
    public interface PageReader<R, E> {
        Page<R, E> read(R request) throws ConnectorException, FetchException;
    }

    /** How to ask for the page after this one, asked once its entries are captured; null if there is none. */
    @FunctionalInterface
    public interface Next<R> {
        R request();
    }

    /** One page: its entries, and how to ask for the next. */
    public record Page<R, E>(List<E> entries, Next<R> next) {
    }

    private Paging() {
    }

    /**
     * Captures the entries of the pages from {@code first} on, at most {@code limit}; returns how many were captured.
     * {@code entryName} names an entry in warnings ("status", "story").
     */
    public static <R, E> int capture(SourceSpec source, FetchContext context, int limit, String entryName, R first,
            PageReader<R, E> reader, Function<E, Capture> toCapture) throws ConnectorException, FetchException {
        int taken = 0;
        for (R request = first; request != null && taken < limit;) {
            if (context.monitor().isCanceled()) {
                return taken;
            }
            Page<R, E> page = reader.read(request);
            if (page.entries().isEmpty()) {
                break;
            }
            for (E entry : page.entries()) {
                if (taken >= limit) {
                    break;
                }
                try {
                    context.capture(toCapture.apply(entry));
                    taken++;
                } catch (RuntimeException e) {
                    context.warn("a " + entryName + " could not be read (" + e.getMessage() + ")");
                } catch (IOException e) {
                    throw new ConnectorException("source '" + source.name() + "': cannot store a " + entryName + ": "
                            + e.getMessage(), e);
                }
            }
            request = taken < limit ? page.next().request() : null;
        }
        return taken;
    }
}
