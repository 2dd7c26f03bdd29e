package dossier.capture.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

import dossier.casefile.Intake;
import dossier.casefile.ResearchWorkspace;
import dossier.service.LocalService;

/** The capture routes over real HTTP, as a paired client calls them: what they answer to bad requests. */
class CaptureRoutesTest {

    @TempDir
    Path folder;

    private final HttpClient http = HttpClient.newHttpClient();
    private ResearchWorkspace workspace;
    private LocalService service;
    private String token;

    @BeforeEach
    void pair() throws Exception {
        workspace = ResearchWorkspace.open(folder);
        BlockingQueue<String> codes = new LinkedBlockingQueue<>();
        service = LocalService.start(workspace, Intake.ModelThread.CALLER, (client, code) -> codes.add(code));
        String pairing = call("POST", "/pair", "{\"client\":\"test\"}").getAsJsonObject().get("pairing").getAsString();
        String code = codes.poll(5, TimeUnit.SECONDS);
        token = call("POST", "/pair/confirm", "{\"pairing\":\"" + pairing + "\",\"code\":\"" + code + "\"}")
                .getAsJsonObject().get("token").getAsString();
    }

    @AfterEach
    void stop() throws Exception {
        service.close();
        workspace.close();
    }

    private HttpResponse<String> send(String method, String path, String body) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + service.port() + path))
                .header("Content-Type", "application/json")
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private JsonObject call(String method, String path, String body) throws Exception {
        HttpResponse<String> answer = send(method, path, body);
        assertEquals(200, answer.statusCode(), answer.body());
        return JsonParser.parseString(answer.body()).getAsJsonObject();
    }

    private void refused(int status, String message, String method, String path, String body) throws Exception {
        HttpResponse<String> answer = send(method, path, body);
        assertEquals(status, answer.statusCode(), answer.body());
        String error = JsonParser.parseString(answer.body()).getAsJsonObject().get("error").getAsString();
        assertTrue(error.contains(message), error);
    }

    private static String page(String more) throws Exception {
        JsonObject body = new JsonObject();
        body.addProperty("url", BenchPage.AUTO_SHOW_URL);
        body.addProperty("title", "tab title");
        body.addProperty("html", BenchPage.autoShow().html());
        body.addProperty("caseFile", "Auto shows");
        String json = body.toString();
        return json.substring(0, json.length() - 1) + more + "}";
    }

    @Test
    void choicesOfferTheCaseFilesTheLastOneTheTagsAndTheLimit() throws Exception {
        JsonObject captured = call("POST", "/capture/page", page(",\"tags\":[\"Brands/Toyota\"],\"note\":\"n\""));
        assertEquals("Auto shows", captured.get("caseFile").getAsString());
        assertTrue(workspace.store().item(captured.get("itemId").getAsString()).isPresent());

        JsonObject choices = call("GET", "/capture/choices", null);
        assertTrue(choices.get("caseFiles").toString().contains("\"Auto shows\""), choices.toString());
        assertEquals("Auto shows", choices.get("lastCaseFile").getAsString());
        assertTrue(choices.get("tags").toString().contains("\"Brands/Toyota\""), choices.toString());
        assertEquals(20L * 1024 * 1024, choices.get("maxBytes").getAsLong());
    }

    @Test
    void badRequestsAreRefusedWithAReasonAndStoreNothing() throws Exception {
        refused(405, "/capture/page answers POST only", "GET", "/capture/page", null);
        refused(405, "/capture/choices answers GET only", "POST", "/capture/choices", "{}");
        refused(400, "tags must be a list of tag paths", "POST", "/capture/page", page(",\"tags\":\"Brands\""));
        refused(400, "capturedAt is not an ISO-8601 time", "POST", "/capture/page",
                page(",\"capturedAt\":\"yesterday\""));
        refused(422, "only web pages", "POST", "/capture/page",
                "{\"url\":\"file:///etc/passwd\",\"html\":\"<p>x</p>\"}");
        refused(422, "the selection is not in the article", "POST", "/capture/selection",
                page(",\"exact\":\"Weston captures 7th straight Class S swim title\""));
        assertEquals(0, workspace.store().size());
    }
}
