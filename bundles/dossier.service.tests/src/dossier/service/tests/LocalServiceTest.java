package dossier.service.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.google.gson.JsonParser;

import dossier.casefile.Intake;
import dossier.casefile.ResearchWorkspace;
import dossier.service.LocalService;
import dossier.service.forward.Forwarder;
import dossier.service.forward.ServiceFile;

/** The local service as a hostile caller meets it, and as a client pairs with it. */
class LocalServiceTest {

    @TempDir
    Path folder;

    private ResearchWorkspace workspace;
    private LocalService service;
    private final List<String> codesShown = new ArrayList<>();
    private int port;
    private String token;

    @BeforeEach
    void start() throws Exception {
        workspace = ResearchWorkspace.open(folder);
        service = LocalService.start(workspace, Intake.ModelThread.CALLER, (client, code) -> codesShown.add(code));
        port = service.port();
        token = ServiceFile.read(folder).orElseThrow().token();
    }

    @AfterEach
    void stop() throws Exception {
        service.close();
        workspace.close();
    }

    private ServiceClient.Answer status(String extraHeaders) throws Exception {
        return ServiceClient.raw(port, "GET /status HTTP/1.1\r\nHost: 127.0.0.1:" + port + extraHeaders, "");
    }

    @Test
    void theServiceFileIsTheUsersAloneAndGoesWithTheService() throws Exception {
        Path file = ServiceFile.of(folder);
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
        ServiceFile written = ServiceFile.read(folder).orElseThrow();
        assertEquals(port, written.port());
        assertEquals(ProcessHandle.current().pid(), written.pid());
        assertEquals(200, status("\r\nAuthorization: Bearer " + token).status());

        service.close();
        assertFalse(Files.exists(file), "the service file goes when the service stops");
        service = LocalService.start(workspace, Intake.ModelThread.CALLER, (client, code) -> { });
        assertTrue(Files.exists(file));
        assertEquals(401, ServiceClient.raw(service.port(), "GET /status HTTP/1.1\r\nHost: 127.0.0.1:" + service.port()
                + "\r\nAuthorization: Bearer " + token, "").status(), "each start has a new token");
    }

    @Test
    void theServiceTakesThePreferredPortWhenItIsFreeAndAFreeOneOtherwise() throws Exception {
        ResearchWorkspace second = ResearchWorkspace.open(folder.resolve("second"));
        try (LocalService other = LocalService.start(second, Intake.ModelThread.CALLER, (client, code) -> { })) {
            assertTrue(port != other.port());
            assertTrue(port == LocalService.PREFERRED_PORT || other.port() != LocalService.PREFERRED_PORT,
                    "the first service on this machine takes the preferred port: " + port + ", " + other.port());
        } finally {
            second.close();
        }
    }

    @Test
    void aMissingOrWrongTokenIsRefused() throws Exception {
        assertEquals(401, status("").status());
        assertEquals(401, status("\r\nAuthorization: Bearer " + token.substring(1) + "x").status());
        ServiceClient.Answer refused = ServiceClient.post(port, "/command", null, "{\"args\":[\"version\"],\"cwd\":\"/\"}");
        assertEquals(401, refused.status());
        assertTrue(refused.body().contains("pair this client"), refused.body());
    }

    @Test
    void webPagesAreRefusedWhateverTheyTry() throws Exception {
        String importing = "{\"args\":[\"case\",\"add\",\"Hacked\"],\"cwd\":\"/\"}";
        // a page's fetch, with and without no-cors: the browser adds the page's Origin, and no-cors sends text/plain
        for (String type : List.of("application/json", "text/plain;charset=UTF-8")) {
            ServiceClient.Answer answer = ServiceClient.raw(port, "POST /command HTTP/1.1\r\nHost: 127.0.0.1:" + port
                    + "\r\nOrigin: http://evil.example\r\nContent-Type: " + type, importing);
            assertEquals(403, answer.status(), answer.body());
        }
        // a form post and an image beacon from a page
        assertEquals(403, ServiceClient.raw(port, "POST /command HTTP/1.1\r\nHost: 127.0.0.1:" + port
                + "\r\nOrigin: null\r\nContent-Type: application/x-www-form-urlencoded", "args=case").status());
        assertEquals(401, ServiceClient.raw(port, "GET /capture/page?url=http://evil.example HTTP/1.1\r\nHost: 127.0.0.1:"
                + port + "\r\nReferer: http://evil.example/", "").status());
        // even with the token (a page cannot have it), a web Origin is refused
        assertEquals(403, status("\r\nAuthorization: Bearer " + token + "\r\nOrigin: https://evil.example").status());
        // DNS rebinding: the page's own host name resolving to 127.0.0.1
        assertEquals(403, ServiceClient.raw(port, "GET /status HTTP/1.1\r\nHost: evil.example:" + port
                + "\r\nAuthorization: Bearer " + token, "").status());
        // a CORS preflight is never answered with permission
        ServiceClient.Answer preflight = ServiceClient.raw(port, "OPTIONS /command HTTP/1.1\r\nHost: 127.0.0.1:" + port
                + "\r\nOrigin: http://evil.example\r\nAccess-Control-Request-Method: POST", "");
        assertTrue(preflight.status() >= 400, preflight.head());
        assertFalse(preflight.head().toLowerCase().contains("access-control-allow"), preflight.head());
        // a text/plain body with the token is still not a command
        assertEquals(415, ServiceClient.raw(port, "POST /command HTTP/1.1\r\nHost: 127.0.0.1:" + port
                + "\r\nAuthorization: Bearer " + token + "\r\nContent-Type: text/plain", importing).status());

        assertTrue(workspace.caseFile("Hacked").isEmpty());
    }

    @Test
    void aBodyOverTheFetchersLimitIsRefusedUnread() throws Exception {
        // a 30 MB body announced: the service answers before reading it
        ServiceClient.Answer answer = ServiceClient.raw(port, "POST /capture/page HTTP/1.1\r\nHost: 127.0.0.1:" + port
                + "\r\nAuthorization: Bearer " + token + "\r\nContent-Type: application/json\r\nContent-Length: "
                + (30L * 1024 * 1024), "");
        assertEquals(413, answer.status(), answer.head());
        assertTrue(answer.body().contains("at most 20 MB"), answer.body());
    }

    @Test
    void aClientPairsWithTheCodeDossierShowsAndOnlyWithIt() throws Exception {
        String extension = "\r\nOrigin: chrome-extension://abcdefghijklmnopabcdefghijklmnop";
        ServiceClient.Answer asked = ServiceClient.raw(port, "POST /pair HTTP/1.1\r\nHost: 127.0.0.1:" + port + extension
                + "\r\nContent-Type: application/json", "{\"client\":\"Dossier for Chromium\"}");
        assertEquals(200, asked.status(), asked.body());
        String pairing = JsonParser.parseString(asked.body()).getAsJsonObject().get("pairing").getAsString();
        assertEquals(1, codesShown.size());
        String code = codesShown.get(0);
        assertTrue(code.matches("\\d{6}"), code);
        String wrong = code.equals("000000") ? "111111" : "000000";

        ServiceClient.Answer refused = ServiceClient.post(port, "/pair/confirm", null,
                "{\"pairing\":\"" + pairing + "\",\"code\":\"" + wrong + "\"}");
        assertEquals(403, refused.status());
        assertTrue(refused.body().contains("2 tries left"), refused.body());
        ServiceClient.Answer paired = ServiceClient.post(port, "/pair/confirm", null,
                "{\"pairing\":\"" + pairing + "\",\"code\":\"" + code.substring(0, 3) + " " + code.substring(3) + "\"}");
        assertEquals(200, paired.status(), paired.body());
        String clientToken = JsonParser.parseString(paired.body()).getAsJsonObject().get("token").getAsString();
        assertEquals(200, status("\r\nAuthorization: Bearer " + clientToken + extension).status());
        assertEquals(403, ServiceClient.post(port, "/command", clientToken, "{\"args\":[\"version\"],\"cwd\":\"/\"}")
                .status(), "a paired client captures, it does not run commands");
        assertEquals(403, ServiceClient.post(port, "/pair/confirm", null,
                "{\"pairing\":\"" + pairing + "\",\"code\":\"" + code + "\"}").status(), "a pairing is used once");

        // a pairing lasts across restarts; guessing ends one after three wrong codes
        service.close();
        service = LocalService.start(workspace, Intake.ModelThread.CALLER, (client, shown) -> codesShown.add(shown));
        port = service.port();
        assertEquals(200, status("\r\nAuthorization: Bearer " + clientToken + extension).status());
        String second = JsonParser.parseString(ServiceClient.post(port, "/pair", null, "{}").body()).getAsJsonObject()
                .get("pairing").getAsString();
        String secondWrong = codesShown.get(1).equals("000000") ? "111111" : "000000";
        for (int i = 0; i < 3; i++) {
            assertEquals(403, ServiceClient.post(port, "/pair/confirm", null,
                    "{\"pairing\":\"" + second + "\",\"code\":\"" + secondWrong + "\"}").status());
        }
        assertEquals(403, ServiceClient.post(port, "/pair/confirm", null,
                "{\"pairing\":\"" + second + "\",\"code\":\"" + codesShown.get(1) + "\"}").status());
    }

    @Test
    void aDeadInstancesFileIsNotTrusted() throws Exception {
        Path other = folder.resolve("other");
        new ServiceFile(1, "stale", Long.MAX_VALUE).write(other); // port 1: nothing listens there
        ServiceClient.Run run = ServiceClient.forward(other, folder, "version");
        assertEquals(Forwarder.NOT_SERVED, run.exit(), "the launcher then runs the command itself: " + run.err());
        assertEquals(Forwarder.NOT_SERVED, ServiceClient.forward(folder.resolve("none"), folder, "version").exit());
    }
}
