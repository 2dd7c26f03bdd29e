package dossier.testing;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Executors;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import com.sun.net.httpserver.HttpServer;

/**
 * A real HTTP server on 127.0.0.1 at a free port, for tests of what Dossier fetches; requests are answered in parallel.
 * {@link #close()} stops it.
 */
public final class LocalHttpServer implements AutoCloseable {

    private final HttpServer server;

    private LocalHttpServer(HttpServer server) {
        this.server = server;
    }

    /** A started server that answers nothing (404) until {@link #handle} gives it paths. */
    public static LocalHttpServer start() throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.setExecutor(Executors.newCachedThreadPool());
        server.start();
        return new LocalHttpServer(server);
    }

    /** A started server whose every path goes to {@code handler}. */
    public static LocalHttpServer start(HttpHandler handler) throws IOException {
        return start().handle("/", handler);
    }

    /** Sends the requests for {@code path} and the paths below it to {@code handler}. */
    public LocalHttpServer handle(String path, HttpHandler handler) {
        server.createContext(path, handler);
        return this;
    }

    /** {@code http://127.0.0.1:PORT}, without a slash at the end. */
    public String base() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    /** {@code http://127.0.0.1:PORT} where nothing listens (a port just closed): a dead host. */
    public static String deadBase() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return "http://127.0.0.1:" + socket.getLocalPort();
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }

    /** Answers 200 with {@code body} as JSON, and ends the exchange. */
    public static void json(HttpExchange exchange, String body) throws IOException {
        send(exchange, "application/json; charset=utf-8", body);
    }

    /** Answers 200 with {@code body} in UTF-8 as {@code contentType}, and ends the exchange. */
    public static void send(HttpExchange exchange, String contentType, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", contentType);
        exchange.sendResponseHeaders(200, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }
}
