package dossier.service.forward;

import java.io.BufferedInputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.ConnectException;
import java.net.HttpURLConnection;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * The launcher's client for a workspace held by a running Dossier: sends the command line to that Dossier's local
 * service, prints what the command prints there and exits with its exit code; Ctrl+C cancels it there. Plain Java,
 * started without OSGi so that it starts in a fraction of a second:
 * {@code java -cp dossier.service.jar dossier.service.forward.Forwarder WORKSPACE ARGS...}.
 * Exits with {@link #NOT_SERVED} when no Dossier answers for the workspace, so the launcher runs the command itself.
 */
public final class Forwarder {

    public static final int NOT_SERVED = 250;

    /** The launcher's options that take a value; they are for the launcher, not the command. */
    private static final Set<String> LAUNCHER_OPTIONS = Set.of("-data", "-configuration", "-application", "-product",
            "-user", "-nl", "-os", "-ws", "-arch");
    private static final Set<String> LAUNCHER_FLAGS = Set.of("-nosplash", "-consoleLog", "-clean", "-noExit");

    private final Path workspace;
    private final ServiceFile service;
    private final CountDownLatch ended = new CountDownLatch(1);
    private volatile String runId;
    private volatile boolean finished;

    private Forwarder(Path workspace, ServiceFile service) {
        this.workspace = workspace;
        this.service = service;
    }

    public static void main(String[] args) {
        Path workspace = Path.of(args[0]).toAbsolutePath().normalize();
        int exit;
        try {
            Optional<ServiceFile> service = ServiceFile.read(workspace);
            exit = service.isEmpty() ? NOT_SERVED
                    : new Forwarder(workspace, service.get()).forward(commandLine(args));
        } catch (IOException e) {
            System.err.println("dossier: the Dossier holding " + workspace + " could not be reached: " + e.getMessage());
            exit = 1;
        }
        System.out.flush();
        System.exit(exit);
    }

    private static List<String> commandLine(String[] args) {
        List<String> command = new ArrayList<>();
        for (int i = 1; i < args.length; i++) {
            if (LAUNCHER_OPTIONS.contains(args[i])) {
                i++;
            } else if (!LAUNCHER_FLAGS.contains(args[i])) {
                command.add(args[i]);
            }
        }
        return command;
    }

    private int forward(List<String> command) throws IOException {
        HttpURLConnection connection;
        try {
            connection = post("/command", "{\"args\":" + jsonArray(command) + ",\"cwd\":"
                    + jsonString(Path.of("").toAbsolutePath().toString()) + "}");
        } catch (ConnectException e) {
            return NOT_SERVED; // a Dossier that ended without removing its file
        }
        Runtime.getRuntime().addShutdownHook(new Thread(this::cancelIfRunning));
        int status = connection.getResponseCode();
        if (status != 200) {
            System.err.println("dossier: the Dossier holding " + workspace + " refused the command: "
                    + errorMessage(connection));
            return 1;
        }
        try (DataInputStream in = new DataInputStream(new BufferedInputStream(connection.getInputStream()))) {
            for (Frames.Frame frame = Frames.read(in); frame != null; frame = Frames.read(in)) {
                switch (frame.kind()) {
                    case Frames.ID -> runId = new String(frame.bytes(), StandardCharsets.UTF_8);
                    case Frames.OUT -> write(System.out, frame.bytes());
                    case Frames.ERR -> write(System.err, frame.bytes());
                    case Frames.EXIT -> {
                        finished = true;
                        ended.countDown();
                        return Integer.parseInt(new String(frame.bytes(), StandardCharsets.US_ASCII));
                    }
                    default -> throw new IOException("an unknown frame '" + (char) frame.kind() + "'");
                }
            }
        } finally {
            ended.countDown();
        }
        System.err.println("dossier: the Dossier holding " + workspace + " stopped before the command ended");
        return 1;
    }

    /** Ctrl+C: asks the service to cancel the run, and waits a little for its last output. */
    private void cancelIfRunning() {
        if (finished || runId == null) {
            return;
        }
        try {
            HttpURLConnection cancel = post("/command/cancel", "{\"id\":" + jsonString(runId) + "}");
            cancel.getResponseCode();
            ended.await(3, TimeUnit.SECONDS);
        } catch (IOException e) {
            // the process ends anyway
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private HttpURLConnection post(String path, String json) throws IOException {
        HttpURLConnection connection = (HttpURLConnection) URI.create("http://127.0.0.1:" + service.port() + path)
                .toURL().openConnection();
        connection.setRequestMethod("POST");
        connection.setConnectTimeout(2_000);
        connection.setDoOutput(true);
        connection.setRequestProperty("Authorization", "Bearer " + service.token());
        connection.setRequestProperty("Content-Type", "application/json");
        byte[] body = json.getBytes(StandardCharsets.UTF_8);
        connection.setFixedLengthStreamingMode(body.length);
        try (OutputStream out = connection.getOutputStream()) {
            out.write(body);
        }
        return connection;
    }

    private static void write(OutputStream stream, byte[] bytes) throws IOException {
        stream.write(bytes);
        stream.flush();
    }

    private static String errorMessage(HttpURLConnection connection) throws IOException {
        try (InputStream error = connection.getErrorStream()) {
            String body = error == null ? "" : new String(error.readAllBytes(), StandardCharsets.UTF_8);
            int start = body.indexOf("\"error\":\"");
            return start < 0 ? "HTTP " + connection.getResponseCode()
                    : body.substring(start + 9, body.lastIndexOf('"')).replace("\\\"", "\"").replace("\\\\", "\\");
        }
    }

    private static String jsonArray(List<String> values) {
        StringBuilder json = new StringBuilder("[");
        for (String value : values) {
            json.append(json.length() > 1 ? "," : "").append(jsonString(value));
        }
        return json.append(']').toString();
    }

    static String jsonString(String value) {
        StringBuilder json = new StringBuilder("\"");
        for (char c : value.toCharArray()) {
            switch (c) {
                case '"' -> json.append("\\\"");
                case '\\' -> json.append("\\\\");
                default -> {
                    if (c < 0x20) {
                        json.append(String.format("\\u%04x", (int) c));
                    } else {
                        json.append(c);
                    }
                }
            }
        }
        return json.append('"').toString();
    }
}
