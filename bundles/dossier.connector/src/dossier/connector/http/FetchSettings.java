package dossier.connector.http;

import java.net.InetSocketAddress;
import java.net.ProxySelector;
import java.time.Duration;
import java.util.Optional;

/**
 * Limits and manners of {@link HttpFetcher}.
 *
 * @param connectTimeout how long a connection may take
 * @param readTimeout how long the whole answer may take once connected
 * @param maxBodyBytes the largest answer accepted, before and after gzip decoding
 * @param maxRedirects redirects followed before giving up
 * @param hostInterval the least time between two requests to one host
 * @param userAgent how Dossier introduces itself
 * @param proxy the HTTP proxy, if any
 */
public record FetchSettings(Duration connectTimeout, Duration readTimeout, long maxBodyBytes, int maxRedirects,
        Duration hostInterval, String userAgent, Optional<ProxySelector> proxy) {

    public static final String USER_AGENT = "Dossier/0.1 (research notebook; +https://dossier.invalid/bot)";

    /** 10 s to connect, 30 s to answer, 20 MB, 5 redirects, 1 s between requests to a host, no proxy. */
    public static FetchSettings defaults() {
        return new FetchSettings(Duration.ofSeconds(10), Duration.ofSeconds(30), 20L * 1024 * 1024, 5,
                Duration.ofSeconds(1), USER_AGENT, Optional.empty());
    }

    public FetchSettings withProxy(String host, int port) {
        return new FetchSettings(connectTimeout, readTimeout, maxBodyBytes, maxRedirects, hostInterval, userAgent,
                Optional.of(ProxySelector.of(new InetSocketAddress(host, port))));
    }

    public FetchSettings withTimeouts(Duration connect, Duration read) {
        return new FetchSettings(connect, read, maxBodyBytes, maxRedirects, hostInterval, userAgent, proxy);
    }

    public FetchSettings withMaxBodyBytes(long bytes) {
        return new FetchSettings(connectTimeout, readTimeout, bytes, maxRedirects, hostInterval, userAgent, proxy);
    }

    public FetchSettings withHostInterval(Duration interval) {
        return new FetchSettings(connectTimeout, readTimeout, maxBodyBytes, maxRedirects, interval, userAgent, proxy);
    }
}
