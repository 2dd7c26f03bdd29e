package dossier.connector.email.tests;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A real IMAP server on 127.0.0.1: GreenMail's standalone jar (system property {@code greenmail.jar}) in its own
 * process, with plain IMAP, IMAPS under a certificate made for 127.0.0.1, and SMTP to deliver messages to it.
 */
final class ImapServer implements AutoCloseable {

    static final String USER = "reader";
    static final String PASSWORD = "s3cret-mailbox-pass";
    static final String ADDRESS = USER + "@127.0.0.1";

    final int imapPort;
    final int imapsPort;
    private final int smtpPort;
    /** The IMAPS server's certificate, PEM. */
    final Path certificate;
    private final Process process;

    ImapServer(Path folder) throws IOException, InterruptedException {
        imapPort = freePort();
        imapsPort = freePort();
        smtpPort = freePort();
        Path keystore = folder.resolve("imap.p12");
        certificate = folder.resolve("imap.pem");
        String keytool = Path.of(System.getProperty("java.home"), "bin", "keytool").toString();
        run(keytool, "-genkeypair", "-alias", "imap", "-keyalg", "EC", "-groupname", "secp256r1", "-dname",
                "CN=127.0.0.1", "-ext", "SAN=ip:127.0.0.1", "-validity", "2", "-keystore", keystore.toString(),
                "-storetype", "PKCS12", "-storepass", "changeit", "-keypass", "changeit");
        run(keytool, "-exportcert", "-rfc", "-alias", "imap", "-keystore", keystore.toString(), "-storepass",
                "changeit", "-file", certificate.toString());
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-Dgreenmail.hostname=127.0.0.1", "-Dgreenmail.imap.port=" + imapPort,
                "-Dgreenmail.imaps.port=" + imapsPort, "-Dgreenmail.smtp.port=" + smtpPort,
                "-Dgreenmail.api.hostname=127.0.0.1", "-Dgreenmail.api.port=" + freePort(),
                "-Dgreenmail.users=" + USER + ":" + PASSWORD + "@127.0.0.1",
                "-Dgreenmail.tls.keystore.file=" + keystore, "-Dgreenmail.tls.keystore.password=changeit",
                "-Dgreenmail.tls.key.password=changeit", "-jar", System.getProperty("greenmail.jar")));
        process = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(folder.resolve("greenmail.log").toFile()).start();
        for (int port : new int[] { imapPort, imapsPort, smtpPort }) {
            awaitPort(port, folder.resolve("greenmail.log"));
        }
    }

    /** Delivers a message (RFC 5322 text, CRLF line ends added) to the user's INBOX over SMTP. */
    void deliver(String message) throws IOException {
        try (Socket socket = new Socket("127.0.0.1", smtpPort)) {
            BufferedReader in = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.UTF_8));
            OutputStream out = socket.getOutputStream();
            expect(in, "220");
            for (String line : List.of("HELO test", "MAIL FROM:<sender@127.0.0.1>", "RCPT TO:<" + ADDRESS + ">")) {
                out.write((line + "\r\n").getBytes(StandardCharsets.UTF_8));
                expect(in, "250");
            }
            out.write("DATA\r\n".getBytes(StandardCharsets.UTF_8));
            expect(in, "354");
            String data = message.replace("\r\n", "\n").replace("\n.", "\n..").replace("\n", "\r\n");
            out.write((data + "\r\n.\r\n").getBytes(StandardCharsets.UTF_8));
            expect(in, "250");
            out.write("QUIT\r\n".getBytes(StandardCharsets.UTF_8));
        }
    }

    private static void expect(BufferedReader in, String code) throws IOException {
        String line = in.readLine();
        while (line != null && line.length() > 3 && line.charAt(3) == '-') {
            line = in.readLine();
        }
        if (line == null || !line.startsWith(code)) {
            throw new IOException("SMTP answered " + line + ", expected " + code);
        }
    }

    private static void run(String... command) throws IOException, InterruptedException {
        Process tool = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(tool.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (tool.waitFor() != 0) {
            throw new IOException(String.join(" ", command) + ": " + output);
        }
    }

    private void awaitPort(int port, Path log) throws IOException, InterruptedException {
        for (int i = 0; i < 300; i++) {
            try (Socket socket = new Socket()) {
                socket.connect(new InetSocketAddress("127.0.0.1", port), 200);
                return;
            } catch (IOException e) {
                if (!process.isAlive()) {
                    break;
                }
                Thread.sleep(100);
            }
        }
        throw new IOException("GreenMail did not open port " + port + ": " + Files.readString(log));
    }

    static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(10, TimeUnit.SECONDS)) {
            process.destroyForcibly();
        }
    }
}
