package dossier.connector.email.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

import dossier.cli.internal.CommandRunner;
import dossier.connector.Secrets;
import dossier.testing.StandardInput;

/**
 * Email sources against a real IMAP server on 127.0.0.1 (GreenMail, see {@link ImapServer}): newsletters delivered
 * over SMTP, fetched once, hostile HTML sanitized, TLS with the server's certificate, plain IMAP only when allowed, a
 * wrong password in one line.
 */
class EmailSourcesTest {

    @TempDir
    static Path shared;
    @TempDir
    Path workspace;

    private static ImapServer server;
    private CommandRunner.Captured last;

    private static final String DIGEST = """
            From: Brand Weekly <digest@brand.example>
            To: reader@127.0.0.1
            Subject: Weekly brand digest
            Date: Fri, 20 Nov 2026 08:30:00 +0000
            Message-ID: <digest-1@brand.example>
            MIME-Version: 1.0
            Content-Type: multipart/alternative; boundary="b1"

            --b1
            Content-Type: text/plain; charset=utf-8

            The plain version.
            --b1
            Content-Type: text/html; charset=utf-8

            <html><head><style>body{display:none}</style><script>steal(document.cookie)</script></head>
            <body onload="steal()"><h1>Weekly brand digest</h1>
            <p>Sentiment around the spring launch turned positive this week, driven by the unboxing videos that spread
            across short-video platforms and the retailers who featured the launch on their front pages.</p>
            <p>Complaints about delivery times fell by a third compared with last week, while questions about the
            refill programme doubled. <a href="https://brand.example/report">Read the full report</a>.</p>
            <p><img src="https://tracker.example/open.gif" onerror="steal()"> <a href="javascript:steal()">Unsubscribe</a>
            <iframe src="https://evil.example/frame"></iframe></p>
            </body></html>
            --b1--
            """;

    private static final String NOTE = """
            From: analyst@agency.example
            To: reader@127.0.0.1
            Subject: Quick note
            Date: Sat, 21 Nov 2026 09:00:00 +0000
            Message-ID: <note-2@agency.example>
            Content-Type: text/plain; charset=utf-8

            Only plain text here, https://agency.example/notes kept as written.
            """;

    @BeforeAll
    static void startServer() throws Exception {
        System.setProperty(Secrets.STORAGE_PROPERTY, shared.resolve("secure_storage").toString());
        server = new ImapServer(shared);
        server.deliver(DIGEST);
        server.deliver(NOTE);
    }

    @AfterAll
    static void stopServer() throws Exception {
        server.close();
        System.clearProperty(Secrets.STORAGE_PROPERTY);
    }

    private int dossier(String... args) throws Exception {
        last = CommandRunner.runIn(workspace, args);
        return last.exit();
    }

    private void keepPassword(String password) throws Exception {
        assertEquals(0, StandardInput.feeding(password + "\n",
                () -> dossier("source", "password", "email", ImapServer.USER)), last.err());
    }

    private int addSource(String name, String... parameters) throws Exception {
        String[] args = new String[parameters.length * 2 + 4];
        args[0] = "source";
        args[1] = "add";
        args[2] = "email";
        args[3] = name;
        for (int i = 0; i < parameters.length; i++) {
            args[4 + 2 * i] = "-p";
            args[5 + 2 * i] = parameters[i];
        }
        return dossier(args);
    }

    @Test
    void newslettersAreFetchedOnceWithTheirHtmlSanitizedAndLinksKept() throws Exception {
        keepPassword(ImapServer.PASSWORD);
        assertEquals(0, addSource("Newsletters", "host=127.0.0.1", "port=" + server.imapPort, "plain=true",
                "user=" + ImapServer.USER, "case=Newsletters"), last.err());
        assertEquals(0, dossier("source", "refresh", "Newsletters"), last.out() + last.err());
        assertTrue(last.out().matches("(?s)Newsletters +2 new, 0 updated, 0 unchanged.*"), last.out());

        assertEquals(0, dossier("case", "show", "Newsletters", "--json"));
        JsonArray items = JsonParser.parseString(last.out()).getAsJsonObject().getAsJsonArray("itemList");
        assertEquals(2, items.size());
        String id = items.get(0).getAsJsonObject().get("id").getAsString();
        assertEquals(0, dossier("show", id, "--format", "json"));
        JsonObject digest = JsonParser.parseString(last.out()).getAsJsonArray().get(0).getAsJsonObject();
        assertEquals("article", digest.get("type").getAsString());
        assertEquals("Weekly brand digest", digest.get("title").getAsString());
        assertEquals("Brand Weekly", digest.get("authorName").getAsString());
        assertEquals("digest@brand.example", digest.get("authorHandle").getAsString());
        assertEquals("2026-11-20T08:30:00Z", digest.get("published").getAsString());
        assertEquals("mid:digest-1%40brand.example", digest.get("canonicalUrl").getAsString());
        String text = digest.get("text").getAsString();
        assertTrue(text.contains("Sentiment around the spring launch turned positive"), text);
        assertTrue(text.contains("Read the full report"), text);
        assertFalse(text.contains("steal") || text.contains("The plain version"), text);

        assertEquals(0, dossier("show", id, "--format", "html"));
        String original = last.out();
        assertTrue(original.contains("href=\"https://brand.example/report\""), "links are kept: " + original);
        for (String hostile : new String[] { "<script", "steal", "onload", "onerror", "<iframe", "<style",
                "javascript:" }) {
            assertFalse(original.contains(hostile), hostile + " is gone: " + original);
        }

        String note = items.get(1).getAsJsonObject().get("id").getAsString();
        assertEquals(0, dossier("show", note, "--format", "json"));
        assertEquals("Only plain text here, https://agency.example/notes kept as written.", JsonParser
                .parseString(last.out()).getAsJsonArray().get(0).getAsJsonObject().get("text").getAsString());

        assertEquals(0, dossier("source", "refresh", "Newsletters"));
        assertTrue(last.out().matches("(?s)Newsletters +0 new, 0 updated, 0 unchanged.*"),
                "seen messages are not fetched again: " + last.out());

        server.deliver(DIGEST.replace("digest-1@", "digest-2@").replace("Weekly brand digest", "Next digest"));
        assertEquals(0, dossier("source", "refresh", "Newsletters"));
        assertTrue(last.out().matches("(?s)Newsletters +1 new, 0 updated, 0 unchanged.*"), last.out());
    }

    @Test
    void tlsTrustsTheServersCertificateWhenGivenAndPlainIsRefusedUnlessAllowed() throws Exception {
        keepPassword(ImapServer.PASSWORD);
        assertEquals(0, addSource("TLS", "host=127.0.0.1", "port=" + server.imapsPort, "user=" + ImapServer.USER,
                "certificate=" + server.certificate));
        assertEquals(0, addSource("Untrusted", "host=127.0.0.1", "port=" + server.imapsPort,
                "user=" + ImapServer.USER));
        assertEquals(0, addSource("Plain port", "host=127.0.0.1", "port=" + server.imapPort,
                "user=" + ImapServer.USER));
        assertEquals(0, addSource("Remote plain", "host=mail.example.com", "plain=true", "user=" + ImapServer.USER));
        assertEquals(1, dossier("source", "refresh", "--all"));
        String[] lines = last.out().split("\n");
        assertEquals(4, lines.length, last.out());
        assertTrue(lines[0].matches("TLS +[0-9]+ new, 0 updated, 0 unchanged.*"), lines[0]);
        assertFalse(lines[0].matches("TLS +0 new.*"), lines[0]);
        assertTrue(lines[1].matches("Untrusted +failed: imaps://127.0.0.1:" + server.imapsPort + ": no TLS connection"
                + " \\(.*PKIX.*\\).*"), lines[1]);
        assertTrue(lines[2].matches("Plain port +failed: imaps://127.0.0.1:" + server.imapPort + ": no TLS connection"
                + " \\(.*\\); a local server without TLS needs the plain parameter set to true.*"), lines[2]);
        assertTrue(lines[3].contains("failed: source 'Remote plain': plain IMAP is allowed only to a server on this"
                + " computer; mail.example.com needs TLS"), lines[3]);
    }

    @Test
    void aWrongOrMissingPasswordIsOneLine() throws Exception {
        assertEquals(0, addSource("Other", "host=127.0.0.1", "port=" + server.imapPort, "plain=true",
                "user=nobody"));
        keepPassword("not-the-password");
        assertEquals(0, addSource("Wrong", "host=127.0.0.1", "port=" + server.imapPort, "plain=true",
                "user=" + ImapServer.USER));
        assertEquals(1, dossier("source", "refresh", "--all"));
        String[] lines = last.out().split("\n");
        assertEquals(2, lines.length, last.out());
        assertTrue(lines[0].contains("failed: no password kept for the mailbox user nobody; keep one with: dossier"
                + " source password email nobody"), lines[0]);
        assertTrue(lines[1].matches("Wrong +failed: imap://127.0.0.1:" + server.imapPort + ": the server refused the"
                + " login of reader \\(.+\\).*"), lines[1]);
    }
}
