package dossier.connector.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.zip.GZIPOutputStream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.sun.net.httpserver.HttpExchange;

import dossier.connector.http.ApiRequest;
import dossier.connector.http.FetchException;
import dossier.connector.http.FetchResponse;
import dossier.connector.http.FetchSettings;
import dossier.connector.http.HttpCache;
import dossier.connector.http.HttpFetcher;
import dossier.testing.LocalHttpServer;

/** The fetcher against a real HTTP server on 127.0.0.1 that misbehaves in the ways the web does. */
class HttpFetcherTest {

    private LocalHttpServer server;
    private String base;
    private final List<String> requests = new CopyOnWriteArrayList<>();

    @TempDir
    Path temp;

    @BeforeEach
    void start() throws IOException {
        server = LocalHttpServer.start(this::handle);
        base = server.base();
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private void handle(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getPath();
        requests.add(path + " " + String.valueOf(exchange.getRequestHeaders().getFirst("If-None-Match")));
        try (exchange) {
            switch (path) {
            case "/page" -> send(exchange, 200, "text/html; charset=utf-8", "<p>Caf\u00e9</p>".getBytes(StandardCharsets.UTF_8));
            case "/missing" -> send(exchange, 404, "text/html", "gone".getBytes());
            case "/down" -> send(exchange, 503, "text/html", "later".getBytes());
            case "/loop" -> redirect(exchange, "/loop");
            case "/hop1" -> redirect(exchange, "/hop2");
            case "/hop2" -> redirect(exchange, base + "/page");
            case "/to-file" -> redirect(exchange, "file:///etc/passwd");
            case "/big" -> send(exchange, 200, "text/plain", new byte[5_000]);
            case "/bomb" -> {
                ByteArrayOutputStream zipped = new ByteArrayOutputStream();
                try (GZIPOutputStream gzip = new GZIPOutputStream(zipped)) {
                    gzip.write(new byte[10 * 1024 * 1024]);
                }
                exchange.getResponseHeaders().add("Content-Encoding", "gzip");
                send(exchange, 200, "text/html", zipped.toByteArray());
            }
            case "/slow" -> {
                sleep(3_000);
                send(exchange, 200, "text/plain", "late".getBytes());
            }
            case "/cut" -> {
                exchange.getResponseHeaders().add("Content-Type", "text/plain");
                exchange.sendResponseHeaders(200, 1000);
                exchange.getResponseBody().write("only ten b".getBytes());
                exchange.getResponseBody().flush();
                exchange.close();
            }
            case "/login" -> {
                String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
                boolean right = exchange.getRequestMethod().equals("POST") && body.equals("{\"password\":\"pw\"}")
                        && "application/json".equals(exchange.getRequestHeaders().getFirst("Content-Type"))
                        && "test-agent".equals(exchange.getRequestHeaders().getFirst("User-Agent"));
                send(exchange, right ? 200 : 401, "application/json",
                        (right ? "{\"token\":\"t\"}" : "{\"error\":\"AuthenticationRequired\"}").getBytes());
            }
            case "/etag" -> {
                if ("\"v1\"".equals(exchange.getRequestHeaders().getFirst("If-None-Match"))) {
                    exchange.sendResponseHeaders(304, -1);
                } else {
                    exchange.getResponseHeaders().add("ETag", "\"v1\"");
                    send(exchange, 200, "text/plain", "first".getBytes());
                }
            }
            default -> send(exchange, 404, "text/plain", new byte[0]);
            }
        }
    }

    private static void send(HttpExchange exchange, int status, String type, byte[] body) throws IOException {
        exchange.getResponseHeaders().add("Content-Type", type);
        exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
        if (body.length > 0) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        }
    }

    private static void redirect(HttpExchange exchange, String location) throws IOException {
        exchange.getResponseHeaders().add("Location", location);
        exchange.sendResponseHeaders(302, -1);
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private HttpFetcher fetcher(FetchSettings settings) {
        return new HttpFetcher(settings, HttpCache.inMemory());
    }

    private static FetchSettings quick() {
        return FetchSettings.defaults().withTimeouts(Duration.ofSeconds(2), Duration.ofSeconds(1))
                .withHostInterval(Duration.ZERO);
    }

    private String failure(HttpFetcher fetcher, String path) {
        return assertThrows(FetchException.class, () -> fetcher.get(URI.create(base + path))).getMessage();
    }

    @Test
    void anApiRequestSendsItsMethodHeadersAndBodyAndGetsRefusalsWithTheirBody() throws Exception {
        HttpFetcher fetcher = fetcher(quick());
        ApiRequest login = ApiRequest.post(URI.create(base + "/login"), "application/json", "{\"password\":\"pw\"}")
                .header("User-Agent", "test-agent");
        FetchResponse accepted = fetcher.exchange(login);
        assertEquals(200, accepted.status());
        assertEquals("{\"token\":\"t\"}", new String(accepted.body(), StandardCharsets.UTF_8));
        FetchResponse refused = fetcher.exchange(ApiRequest.post(URI.create(base + "/login"), "application/json", "{}"));
        assertEquals(401, refused.status(), "a refusal is an answer, not an exception");
        assertEquals("{\"error\":\"AuthenticationRequired\"}", new String(refused.body(), StandardCharsets.UTF_8));
        assertEquals(302, fetcher.exchange(ApiRequest.get(URI.create(base + "/hop1"))).status(),
                "redirects of API requests are not followed (credentials stay with their host)");
        assertTrue(assertThrows(FetchException.class, () -> fetcher.exchange(ApiRequest.get(URI.create(
                "file:///etc/passwd")))).getMessage().contains("only http and https"));
    }

    @Test
    void aPageArrivesWithItsTypeAndCharset() throws Exception {
        FetchResponse page = fetcher(quick()).get(URI.create(base + "/page"));
        assertEquals("text/html", page.mediaType());
        assertEquals(StandardCharsets.UTF_8, page.charset().orElseThrow());
        assertEquals("<p>Caf\u00e9</p>", new String(page.body(), StandardCharsets.UTF_8));
        assertFalse(page.notModified());
    }

    @Test
    void errorsNameTheUrlAndSayWhy() {
        HttpFetcher fetcher = fetcher(quick());
        assertEquals(base + "/missing: HTTP 404 Not Found", failure(fetcher, "/missing"));
        assertEquals(base + "/down: HTTP 503 Service Unavailable", failure(fetcher, "/down"));
        assertEquals(base + "/loop: more than 5 redirects", failure(fetcher, "/loop"));
        assertEquals(base + "/to-file: only http and https URLs are fetched (redirected to file:///etc/passwd)",
                failure(fetcher, "/to-file"));
        assertTrue(failure(fetcher, "/slow").startsWith(base + "/slow: no "), "a slow server times out");
        assertTrue(failure(fetcher, "/cut").contains("/cut: "), "a cut-off body fails");
        assertEquals("javascript:alert(1): only http and https URLs are fetched",
                assertThrows(FetchException.class, () -> fetcher.get(URI.create("javascript:alert(1)"))).getMessage());
    }

    @Test
    void aDeadHostIsNamed() throws Exception {
        String url = LocalHttpServer.deadBase() + "/feed";
        FetchException dead = assertThrows(FetchException.class, () -> fetcher(quick()).get(URI.create(url)));
        assertTrue(dead.getMessage().startsWith(url + ": cannot connect"), dead.getMessage());
    }

    @Test
    void redirectsAreFollowedWithinTheLimit() throws Exception {
        FetchResponse page = fetcher(quick()).get(URI.create(base + "/hop1"));
        assertEquals(URI.create(base + "/page"), page.uri());
    }

    @Test
    void largeAnswersAndGzipBombsAreStopped() {
        HttpFetcher small = fetcher(quick().withMaxBodyBytes(1_000));
        assertEquals(base + "/big: the answer is larger than 1000 bytes; stopped", failure(small, "/big"));
        HttpFetcher oneMegabyte = fetcher(quick().withMaxBodyBytes(1024 * 1024));
        assertEquals(base + "/bomb: the answer unpacks to more than 1 MB; stopped (a gzip bomb?)",
                failure(oneMegabyte, "/bomb"));
    }

    @Test
    void anUnchangedAnswerIsAskedForWithItsEtagAndSurvivesARestart() throws Exception {
        Path file = temp.resolve("http-cache.json");
        HttpCache cache = HttpCache.load(file);
        assertArrayEquals("first".getBytes(), new HttpFetcher(quick(), cache).get(URI.create(base + "/etag")).body());
        cache.save();
        FetchResponse again = new HttpFetcher(quick(), HttpCache.load(file)).get(URI.create(base + "/etag"));
        assertTrue(again.notModified());
        assertEquals(List.of("/etag null", "/etag \"v1\""), requests);
        FetchResponse unconditional = new HttpFetcher(quick(), HttpCache.load(file)).get(URI.create(base + "/etag"), false);
        assertArrayEquals("first".getBytes(), unconditional.body());
    }

    @Test
    void requestsToOneHostKeepTheirDistance() throws Exception {
        HttpFetcher polite = fetcher(quick().withHostInterval(Duration.ofMillis(300)));
        // measured where the requests start, not where the server happens to get round to them (a loaded machine
        // delays one server thread and not the next)
        long started = System.nanoTime();
        polite.get(URI.create(base + "/page"));
        polite.get(URI.create(base + "/page"));
        polite.get(URI.create(base + "/page"));
        long took = Duration.ofNanos(System.nanoTime() - started).toMillis();
        assertEquals(3, requests.size());
        assertTrue(took >= 600, "three requests to one host took " + took + " ms, less than two pauses of 300 ms");
    }
}
