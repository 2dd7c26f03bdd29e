package dossier.service.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Map;

import org.eclipse.core.runtime.ILog;

import com.google.gson.Gson;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;

import dossier.casefile.HeldWorkspace;
import dossier.core.product.ProductInfo;
import dossier.service.PairingPrompt;
import dossier.service.ServiceFailure;
import dossier.service.ServiceReply;
import dossier.service.ServiceRequest;
import dossier.service.ServiceRoute;

/**
 * Every request to the local service passes here. It is refused unless it comes from this machine, names the service's
 * own host (so a web page cannot reach it through DNS rebinding), carries no web page's Origin (only a browser
 * extension's, or none), is not a CORS preflight, has a JSON body within the size limit, and (but for pairing) carries
 * the token of the service file or of a paired client; commands take only the service file's (the launcher's). Then
 * it goes to its path: pairing, forwarded commands, status or a contributed route.
 */
public final class Gate implements HttpHandler {

    private static final Gson GSON = new Gson();

    private final HeldWorkspace held;
    private final String token;
    private final PairedClients clients;
    private final Pairing pairing;
    private final CommandRuns commands;
    private volatile int port;

    public Gate(HeldWorkspace held, String token, PairingPrompt prompt) {
        this.held = held;
        this.token = token;
        this.clients = new PairedClients(held.workspace().folder());
        this.pairing = new Pairing(prompt, clients);
        this.commands = new CommandRuns(held);
    }

    /** The port the service listens on: the only one its Host header may name. */
    public void listensOn(int listening) {
        this.port = listening;
    }

    public void close() {
        commands.cancelAll();
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            try {
                CheckedRequest request = check(exchange);
                if (request.path().equals("/command")) {
                    commands.run(exchange, request);
                } else {
                    reply(exchange, answer(request));
                }
            } catch (ServiceFailure e) {
                reply(exchange, ServiceReply.error(e.status(), e.getMessage()));
            } catch (Exception | LinkageError e) {
                ILog.of(Gate.class).error("The local service failed on " + exchange.getRequestURI().getPath(), e);
                reply(exchange, ServiceReply.error(500, "unexpected error: " + e + " (details in Dossier's log)"));
            }
        }
    }

    private CheckedRequest check(HttpExchange exchange) throws ServiceFailure, IOException {
        if (!exchange.getRemoteAddress().getAddress().isLoopbackAddress()) {
            throw new ServiceFailure(403, "only this machine may call Dossier");
        }
        String host = exchange.getRequestHeaders().getFirst("Host");
        if (!("127.0.0.1:" + port).equals(host) && !("localhost:" + port).equals(host)) {
            throw new ServiceFailure(403, "the request names another host: " + host);
        }
        String origin = exchange.getRequestHeaders().getFirst("Origin");
        if (origin != null && !origin.startsWith("chrome-extension://") && !origin.startsWith("moz-extension://")) {
            throw new ServiceFailure(403, "web pages may not call Dossier (Origin " + origin + ")");
        }
        String method = exchange.getRequestMethod();
        if (!method.equals("GET") && !method.equals("POST")) {
            throw new ServiceFailure(405, "only GET and POST are answered");
        }
        String path = exchange.getRequestURI().getPath();
        boolean pairingPath = path.equals("/pair") || path.equals("/pair/confirm");
        String presented = presentedToken(exchange.getRequestHeaders().getFirst("Authorization"));
        boolean launcher = MessageDigest.isEqual(presented.getBytes(StandardCharsets.UTF_8),
                token.getBytes(StandardCharsets.UTF_8));
        if (!pairingPath && !launcher && !clients.accepts(presented)) {
            throw new ServiceFailure(401, "a missing or wrong token: pair this client with Dossier");
        }
        if (path.startsWith("/command") && !launcher) {
            throw new ServiceFailure(403, "commands are taken only from the dossier launcher of this user");
        }
        if (method.equals("POST")) {
            String type = exchange.getRequestHeaders().getFirst("Content-Type");
            if (type == null || !type.toLowerCase().startsWith("application/json")) {
                throw new ServiceFailure(415, "the body must be application/json");
            }
        }
        return new CheckedRequest(method, path, body(exchange), held);
    }

    /** The token after "Bearer ", or "" (which no token equals). */
    private static String presentedToken(String authorization) {
        return authorization == null || !authorization.startsWith("Bearer ") ? ""
                : authorization.substring("Bearer ".length()).trim();
    }

    private static byte[] body(HttpExchange exchange) throws ServiceFailure, IOException {
        String length = exchange.getRequestHeaders().getFirst("Content-Length");
        if (length != null && parse(length) > ServiceRequest.MAX_BODY_BYTES) {
            throw tooLarge();
        }
        try (InputStream in = exchange.getRequestBody()) {
            byte[] body = in.readNBytes((int) ServiceRequest.MAX_BODY_BYTES + 1);
            if (body.length > ServiceRequest.MAX_BODY_BYTES) {
                throw tooLarge();
            }
            return body;
        }
    }

    private static long parse(String length) throws ServiceFailure {
        try {
            return Long.parseLong(length.trim());
        } catch (NumberFormatException e) {
            throw new ServiceFailure(400, "a Content-Length that is not a number");
        }
    }

    private static ServiceFailure tooLarge() {
        return new ServiceFailure(413, "too large: Dossier takes at most "
                + ServiceRequest.MAX_BODY_BYTES / (1024 * 1024) + " MB in one request");
    }

    private ServiceReply answer(CheckedRequest request) throws Exception {
        String path = request.path();
        boolean post = request.method().equals("POST");
        if (post && path.equals("/pair")) {
            return pairing.start(request.json());
        }
        if (post && path.equals("/pair/confirm")) {
            return pairing.confirm(request.json());
        }
        if (post && path.equals("/command/cancel")) {
            return commands.cancel(request.json());
        }
        if (path.equals("/status")) {
            return ServiceReply.ok(Map.of("workspace", held.workspace().folder().toString(), "version",
                    ProductInfo.version()));
        }
        ServiceRoute route = RouteDescriptor.of(path).orElseThrow(() -> new ServiceFailure(404, "no such path: " + path))
                .shared();
        try {
            return route.answer(request);
        } finally {
            held.workDone(); // what the route changed is shown and saved before it answers
        }
    }

    private static void reply(HttpExchange exchange, ServiceReply reply) throws IOException {
        byte[] body = GSON.toJson(reply.json()).getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json; charset=utf-8");
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        exchange.sendResponseHeaders(reply.status(), body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }
}
