package dossier.connector.http;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.ConnectException;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.ByteBuffer;
import java.nio.channels.UnresolvedAddressException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Flow;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.zip.GZIPInputStream;

/**
 * Fetches over HTTP(S) the way a connector must: connect and overall timeouts, a maximum body
 * size (also after gzip decoding, which stops gzip bombs), a redirect limit, only http and https,
 * conditional requests from a {@link HttpCache}, and a minimum interval between requests to one
 * host. Every failure is a {@link FetchException} whose message names the URL and says why.
 */
public final class HttpFetcher {

    private final FetchSettings settings;
    private final HttpCache cache;
    private final HttpClient client;
    private final Map<String, Long> nextRequestByHost = new ConcurrentHashMap<>();

    public HttpFetcher(FetchSettings settings, HttpCache cache) {
        this.settings = settings;
        this.cache = cache;
        HttpClient.Builder builder = HttpClient.newBuilder().connectTimeout(settings.connectTimeout())
                .followRedirects(HttpClient.Redirect.NEVER);
        settings.proxy().ifPresent(builder::proxy);
        this.client = builder.build();
    }

    /**
     * GET {@code uri}, following redirects, asking "changed since?" when the cache knows the URL; a
     * 304 answer is {@link FetchResponse#notModified()}.
     */
    public FetchResponse get(URI uri) throws FetchException {
        return get(uri, true);
    }

    /** GET {@code uri}; {@code conditional} false always fetches the whole answer. */
    public FetchResponse get(URI uri, boolean conditional) throws FetchException {
        URI current = uri;
        for (int redirects = 0;; redirects++) {
            requireHttp(current, uri);
            HttpResponse<byte[]> response = send(current, conditional);
            int status = response.statusCode();
            if (status >= 300 && status < 400 && status != 304) {
                Optional<String> location = response.headers().firstValue("Location");
                if (location.isEmpty()) {
                    throw new FetchException(current + ": redirect " + status + " without a Location");
                }
                if (redirects >= settings.maxRedirects()) {
                    throw new FetchException(uri + ": more than " + settings.maxRedirects() + " redirects");
                }
                current = current.resolve(location.get().trim());
                continue;
            }
            if (status == 304) {
                return new FetchResponse(current, status, contentType(response.headers()), new byte[0], true,
                        response.headers());
            }
            if (status >= 400) {
                throw new FetchException(current + ": HTTP " + status(status));
            }
            byte[] body = decode(current, response);
            cache.remember(current, response.headers().firstValue("ETag").orElse(null),
                    response.headers().firstValue("Last-Modified").orElse(null));
            return new FetchResponse(current, status, contentType(response.headers()), body, false, response.headers());
        }
    }

    /**
     * Sends an API request (a login, a token, a query with credentials) without the cache and without following
     * redirects, and returns the answer whatever its status: APIs say in the body why they refuse.
     */
    public FetchResponse exchange(ApiRequest request) throws FetchException {
        requireHttp(request.uri(), request.uri());
        HttpRequest.Builder builder = HttpRequest.newBuilder(request.uri()).timeout(settings.readTimeout())
                .header("User-Agent", settings.userAgent()).header("Accept-Encoding", "gzip")
                .method(request.method(), request.body() == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofByteArray(request.body()));
        request.headers().forEach(builder::setHeader);
        HttpResponse<byte[]> response = send(request.uri(), builder);
        return new FetchResponse(request.uri(), response.statusCode(), contentType(response.headers()),
                decode(request.uri(), response), false, response.headers());
    }

    /** The reason phrase of an HTTP error status, e.g. "429 Too Many Requests". */
    public static String status(int status) {
        return status + " " + reason(status);
    }

    private static void requireHttp(URI uri, URI asked) throws FetchException {
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https") || uri.getHost() == null) {
            throw new FetchException(asked + ": only http and https URLs are fetched" + (uri.equals(asked) ? ""
                    : " (redirected to " + uri + ")"));
        }
    }

    private HttpResponse<byte[]> send(URI uri, boolean conditional) throws FetchException {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri).timeout(settings.readTimeout()).GET()
                .header("User-Agent", settings.userAgent()).header("Accept-Encoding", "gzip");
        cache.validators(uri).filter(v -> conditional).ifPresent(v -> {
            if (v.etag() != null) {
                request.header("If-None-Match", v.etag());
            }
            if (v.lastModified() != null) {
                request.header("If-Modified-Since", v.lastModified());
            }
        });
        return send(uri, request);
    }

    private HttpResponse<byte[]> send(URI uri, HttpRequest.Builder request) throws FetchException {
        waitForHost(uri.getHost());
        CompletableFuture<HttpResponse<byte[]>> future = client.sendAsync(request.build(),
                info -> new CappedBody(settings.maxBodyBytes()));
        try {
            return future.get(settings.readTimeout().toMillis() + settings.connectTimeout().toMillis(),
                    TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            future.cancel(true);
            throw new FetchException(uri + ": no complete answer within " + settings.readTimeout().toSeconds() + " s");
        } catch (InterruptedException e) {
            future.cancel(true);
            Thread.currentThread().interrupt();
            throw new FetchException(uri + ": cancelled");
        } catch (CancellationException e) {
            throw new FetchException(uri + ": cancelled");
        } catch (ExecutionException e) {
            throw new FetchException(uri + ": " + describe(e.getCause()), e.getCause());
        }
    }

    private void waitForHost(String host) throws FetchException {
        long interval = settings.hostInterval().toNanos();
        while (true) {
            long now = System.nanoTime();
            Long next = nextRequestByHost.get(host);
            if (next == null || next - now <= 0) {
                if (next == null ? nextRequestByHost.putIfAbsent(host, now + interval) == null
                        : nextRequestByHost.replace(host, next, now + interval)) {
                    return;
                }
                continue;
            }
            try {
                TimeUnit.NANOSECONDS.sleep(next - now);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new FetchException(host + ": cancelled while waiting for the host's turn");
            }
        }
    }

    private byte[] decode(URI uri, HttpResponse<byte[]> response) throws FetchException {
        String encoding = response.headers().firstValue("Content-Encoding").orElse("identity").trim()
                .toLowerCase(Locale.ROOT);
        byte[] body = response.body();
        if (encoding.equals("identity") || encoding.isEmpty()) {
            return body;
        }
        if (!encoding.equals("gzip") && !encoding.equals("x-gzip")) {
            throw new FetchException(uri + ": unsupported Content-Encoding " + encoding);
        }
        try (InputStream in = new GZIPInputStream(new java.io.ByteArrayInputStream(body))) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            byte[] buffer = new byte[64 * 1024];
            for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                out.write(buffer, 0, n);
                if (out.size() > settings.maxBodyBytes()) {
                    throw new FetchException(uri + ": the answer unpacks to more than " + mb(settings.maxBodyBytes())
                            + "; stopped (a gzip bomb?)");
                }
            }
            return out.toByteArray();
        } catch (IOException e) {
            throw new FetchException(uri + ": the gzip-encoded answer is damaged or cut off (" + e.getMessage() + ")");
        }
    }

    private static String contentType(HttpHeaders headers) {
        return headers.firstValue("Content-Type").orElse("");
    }

    private String describe(Throwable cause) {
        if (cause instanceof TooLarge) {
            return "the answer is larger than " + mb(settings.maxBodyBytes()) + "; stopped";
        }
        if (cause instanceof HttpConnectTimeoutException) {
            return "no connection within " + settings.connectTimeout().toSeconds() + " s";
        }
        if (cause instanceof HttpTimeoutException) {
            return "no answer within " + settings.readTimeout().toSeconds() + " s";
        }
        if (cause instanceof ConnectException) {
            return "cannot connect (" + (cause.getMessage() == null ? "connection refused" : cause.getMessage()) + ")";
        }
        if (cause instanceof UnknownHostException || cause instanceof UnresolvedAddressException
                || cause != null && cause.getCause() instanceof UnresolvedAddressException) {
            return "host not found";
        }
        if (cause instanceof IOException && cause.getMessage() != null && cause.getMessage().contains("content-length")) {
            return "the answer was cut off (" + cause.getMessage() + ")";
        }
        return cause == null ? "failed" : cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
    }

    private static String mb(long bytes) {
        return bytes >= 1024 * 1024 ? bytes / (1024 * 1024) + " MB" : bytes + " bytes";
    }

    private static String reason(int status) {
        return switch (status) {
        case 400 -> "Bad Request";
        case 401 -> "Unauthorized";
        case 403 -> "Forbidden";
        case 404 -> "Not Found";
        case 410 -> "Gone";
        case 429 -> "Too Many Requests";
        case 500 -> "Internal Server Error";
        case 502 -> "Bad Gateway";
        case 503 -> "Service Unavailable";
        case 504 -> "Gateway Timeout";
        default -> status < 500 ? "(client error)" : "(server error)";
        };
    }

    /** The body exceeded the maximum size. */
    private static final class TooLarge extends IOException {
        private static final long serialVersionUID = 1L;
    }

    /** Collects the body, cancelling the exchange as soon as it exceeds the cap. */
    private static final class CappedBody implements HttpResponse.BodySubscriber<byte[]> {
        private final long cap;
        private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        private final CompletableFuture<byte[]> result = new CompletableFuture<>();
        private Flow.Subscription subscription;

        CappedBody(long cap) {
            this.cap = cap;
        }

        @Override
        public CompletionStage<byte[]> getBody() {
            return result;
        }

        @Override
        public void onSubscribe(Flow.Subscription subscription) {
            this.subscription = subscription;
            subscription.request(Long.MAX_VALUE);
        }

        @Override
        public void onNext(List<ByteBuffer> buffers) {
            for (ByteBuffer buffer : buffers) {
                if (bytes.size() + (long) buffer.remaining() > cap) {
                    subscription.cancel();
                    result.completeExceptionally(new TooLarge());
                    return;
                }
                byte[] chunk = new byte[buffer.remaining()];
                buffer.get(chunk);
                bytes.write(chunk, 0, chunk.length);
            }
        }

        @Override
        public void onError(Throwable throwable) {
            result.completeExceptionally(throwable);
        }

        @Override
        public void onComplete() {
            result.complete(bytes.toByteArray());
        }
    }
}
