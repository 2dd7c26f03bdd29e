package dossier.service.tests;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import dossier.service.forward.Forwarder;

/** Talks to a local service the way callers do: raw HTTP requests (any header a hostile caller may send), and the launcher's forwarder as a process of its own. */
final class ServiceClient {

    record Answer(int status, String head, String body) {
    }

    record Run(int exit, String out, String err) {
    }

    private ServiceClient() {
    }

    /** Sends {@code head} (request line and headers, without the blank line) and {@code body}; reads the whole answer. */
    static Answer raw(int port, String head, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        try (Socket socket = new Socket("127.0.0.1", port)) {
            OutputStream out = socket.getOutputStream();
            String length = head.contains("Content-Length") ? "" : "\r\nContent-Length: " + bytes.length;
            out.write((head + length + "\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.UTF_8));
            out.write(bytes);
            out.flush();
            socket.shutdownOutput(); // all sent: a body announced longer ends here
            String answer = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            int split = answer.indexOf("\r\n\r\n");
            String answerHead = split < 0 ? answer : answer.substring(0, split);
            return new Answer(Integer.parseInt(answerHead.split(" ")[1]), answerHead,
                    split < 0 ? "" : answer.substring(split + 4));
        }
    }

    /** A POST with JSON as a well-behaved caller sends it, with the token given (or none). */
    static Answer post(int port, String path, String token, String json) throws IOException {
        return raw(port, "POST " + path + " HTTP/1.1\r\nHost: 127.0.0.1:" + port
                + (token == null ? "" : "\r\nAuthorization: Bearer " + token)
                + "\r\nContent-Type: application/json", json);
    }

    /** Starts the launcher's forwarder for {@code workspace} as the launcher does: a plain Java process. */
    static Process forwarder(Path workspace, Path workingDirectory, String... args) throws IOException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", classpath(), Forwarder.class.getName(), workspace.toString()));
        command.addAll(List.of(args));
        return new ProcessBuilder(command).directory(workingDirectory.toFile()).start();
    }

    static Run forward(Path workspace, Path workingDirectory, String... args) throws Exception {
        Process process = forwarder(workspace, workingDirectory, args);
        process.getOutputStream().close();
        String[] err = new String[1];
        Thread errors = new Thread(() -> err[0] = read(process.getErrorStream()));
        errors.start();
        String out = read(process.getInputStream());
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("the forwarder did not end: " + String.join(" ", args));
        }
        errors.join();
        return new Run(process.exitValue(), out, err[0]);
    }

    static String read(InputStream in) {
        try {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            return e.toString();
        }
    }

    /** Where the forwarder's class is: the dossier.service bundle's jar or folder. */
    private static String classpath() {
        try {
            return Path.of(Forwarder.class.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
        } catch (java.net.URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
