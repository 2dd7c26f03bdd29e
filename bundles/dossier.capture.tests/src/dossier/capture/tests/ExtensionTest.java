package dossier.capture.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.PageLoadStrategy;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.WindowType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import dossier.casefile.Intake;
import dossier.casefile.ResearchWorkspace;
import dossier.index.SearchIndex;
import dossier.index.SearchRequest;
import dossier.model.casefile.CaseFile;
import dossier.model.casefile.Clip;
import dossier.service.LocalService;
import dossier.testing.LocalHttpServer;

/**
 * The browser extension in a real Chromium (a window on the test command's Xvfb, the unpacked extension loaded),
 * against a real local service on a real workspace: pairing, a page and a selection captured through the popup, the
 * keyboard shortcut, hostile pages, wrong tokens, a page too large, Dossier gone and back on another port. One
 * browser for the whole class; the tests run in order.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ExtensionTest {

    /** The id Chromium gives the extension for the key in its manifest. */
    static final String EXTENSION_ID = "igehinokinakbhlfaeoglboklbhpppja";
    static final String POPUP = "chrome-extension://" + EXTENSION_ID + "/popup.html";
    static final String RENDERED = "A sentence the page's own script added in the browser.";
    static final String CASE_FILE = "L.A. Auto Show";

    @TempDir
    static Path folder;

    private final BlockingQueue<String> codes = new LinkedBlockingQueue<>();
    private final ExecutorService modelThread = Executors.newSingleThreadExecutor();
    private final Intake.ModelThread onModelThread = change -> {
        try {
            modelThread.submit(change).get();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    };
    private ResearchWorkspace workspace;
    private LocalService service;
    private LocalHttpServer site;
    private ChromeDriver browser;
    private String articleWindow;
    private String popupWindow;

    @BeforeAll
    void start() throws Exception {
        workspace = ResearchWorkspace.open(Files.createDirectories(folder.resolve("workspace")));
        service = LocalService.start(workspace, onModelThread, (client, code) -> codes.add(client + ":" + code));
        BenchPage article = BenchPage.autoShow();
        String second = BenchPage.sportback().html();
        String rendered = article.html().replace("</body>", "<script>for (const p of document.querySelectorAll('p'))"
                + " if (p.textContent.startsWith('The show opens to the public')) p.append(' " + RENDERED.replace("'",
                        "\\'") + "');</script></body>");
        site = LocalHttpServer.start()
                .handle("/article.html", e -> LocalHttpServer.send(e, "text/html; charset=utf-8", rendered))
                .handle("/second.html", e -> LocalHttpServer.send(e, "text/html; charset=utf-8", second))
                .handle("/hostile.html", e -> LocalHttpServer.send(e, "text/html; charset=utf-8", HOSTILE_PAGE))
                .handle("/large.html", e -> LocalHttpServer.send(e, "text/html; charset=utf-8", LARGE_PAGE));

        Logger.getLogger("org.openqa.selenium").setLevel(Level.SEVERE);
        Path extension = Path.of(System.getProperty("dossier.repository"), "features", "dossier.feature", "rootfiles",
                "browser-extension");
        ChromeOptions options = new ChromeOptions();
        options.setBinary("/usr/bin/chromium");
        options.setPageLoadStrategy(PageLoadStrategy.EAGER);
        // a real window (on Xvfb in the test command), so that a key press reaches the extension's shortcut
        assertTrue(System.getenv("DISPLAY") != null, "the browser tests need a display: run them under xvfb-run -a");
        options.addArguments("--window-size=1200,900", "--no-sandbox", "--disable-gpu", "--no-first-run",
                "--no-default-browser-check", "--user-data-dir=" + folder.resolve("profile"),
                "--disable-extensions-except=" + extension, "--load-extension=" + extension,
                // the pages' own scripts and images from other sites fail at once: nothing leaves this machine
                "--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1, EXCLUDE localhost");
        browser = new ChromeDriver(new ChromeDriverService.Builder()
                .usingDriverExecutable(new File("/usr/bin/chromedriver")).usingAnyFreePort().build(), options);
        browser.get(site.base() + "/article.html");
        articleWindow = browser.getWindowHandle();
        browser.switchTo().newWindow(WindowType.TAB);
        popupWindow = browser.getWindowHandle();
    }

    @AfterAll
    void stop() throws Exception {
        if (browser != null) {
            browser.quit();
        }
        if (service != null) {
            service.close();
        }
        site.close();
        modelThread.shutdown();
        workspace.close();
    }

    // ---- the popup, driven as a user drives it

    private WebDriverWait waiting() {
        return new WebDriverWait(browser, Duration.ofSeconds(10));
    }

    private WebElement element(String id) {
        return browser.findElement(By.id(id));
    }

    /** Opens the popup for the tab showing {@code url} (a popup open in a tab of its own is told which tab). */
    private void openPopupFor(String url) {
        browser.switchTo().window(popupWindow);
        browser.get(POPUP);
        Object tabId = browser.executeAsyncScript("const done = arguments[arguments.length - 1];"
                + "chrome.tabs.query({url: arguments[0]}, tabs => done(tabs[0].id));", url);
        browser.get(POPUP + "?tab=" + tabId);
    }

    private String messageAfter(Runnable action) {
        browser.executeScript("document.getElementById('message').textContent = ''");
        action.run();
        return message();
    }

    /** The popup's message, once it says how something went. */
    private String message() {
        waiting().until(d -> !element("message").getText().isBlank()
                && !element("message").getText().endsWith("\u2026"));
        return element("message").getText();
    }

    private void type(String id, String text) {
        element(id).clear();
        element(id).sendKeys(text);
    }

    private <T> T onModel(Callable<T> reading) throws Exception {
        return modelThread.submit(reading).get();
    }

    @Test
    @Order(1)
    void pairsWithTheCodeDossierShows() throws Exception {
        openPopupFor(site.base() + "/article.html");
        waiting().until(d -> element("pairing").isDisplayed());
        type("port", String.valueOf(service.port()));
        element("pair").click();
        waiting().until(d -> element("code-form").isDisplayed());
        String shown = codes.poll(5, TimeUnit.SECONDS);
        assertTrue(shown != null && shown.startsWith("Dossier for Chromium:"), "Dossier showed a code: " + shown);
        String code = shown.substring(shown.indexOf(':') + 1);

        type("code", code.equals("000000") ? "111111" : "000000");
        String wrong = messageAfter(() -> element("confirm").click());
        assertTrue(wrong.contains("wrong code"), wrong);
        type("code", code);
        assertEquals("Paired with Dossier.", messageAfter(() -> element("confirm").click()));
        waiting().until(d -> element("capture").isDisplayed());
    }

    @Test
    @Order(2)
    void capturesThePageAsRenderedIntoANewCaseFileWithTagsAndANote() throws Exception {
        openPopupFor(site.base() + "/article.html");
        waiting().until(d -> element("capture").isDisplayed());
        new Select(element("case-file")).selectByVisibleText("New case file\u2026");
        type("new-case", CASE_FILE);
        type("tags", "Brands/Toyota, Launches");
        type("note", "for the Q4 deck");
        assertEquals("Page captured into " + CASE_FILE + ".", messageAfter(() -> element("capture-page").click()));

        String itemId = onModel(() -> {
            CaseFile caseFile = workspace.caseFile(CASE_FILE).orElseThrow();
            assertEquals(1, caseFile.getItemIds().size());
            return caseFile.getItemIds().get(0);
        });
        assertEquals("New SUVs and electric vehicles highlight L.A. Auto Show",
                workspace.store().item(itemId).orElseThrow().title());
        assertTrue(workspace.store().text(itemId).contains(RENDERED), "the page as rendered, not as served");
        assertEquals(List.of("Brands/Toyota", "Launches"), onModel(() -> workspace.tagsOf(itemId)));
        assertEquals(List.of("for the Q4 deck"),
                onModel(() -> workspace.notesOn(itemId).stream().map(n -> n.getText()).toList()));
        SearchIndex index = SearchIndex.of(workspace);
        index.refresh();
        assertEquals(1, index.search(SearchRequest.of("\"own script added in the browser\" case:\"" + CASE_FILE
                + "\" tag:Brands/Toyota")).totalHits(), "the index finds it by its rendered text, case file and tag");
    }

    @Test
    @Order(3)
    void clipsTheSelectionIntoTheCaseFileItRemembers() throws Exception {
        browser.switchTo().window(articleWindow);
        // from the end of one paragraph into the next: the DOM's text and the extracted text break differently
        Boolean selected = (Boolean) browser.executeScript("""
                const find = text => {
                  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
                  for (let node; (node = walker.nextNode());) {
                    const at = node.data.indexOf(text);
                    if (at >= 0 && node.parentNode.nodeName === 'P') return [node, at];
                  }
                  return null;
                };
                const start = find('Los Angeles Auto Show.'), end = find(arguments[0]);
                if (!start || !end) return false;
                const range = document.createRange();
                range.setStart(start[0], start[1]);
                range.setEnd(end[0], end[1] + arguments[0].length);
                getSelection().removeAllRanges();
                getSelection().addRange(range);
                return true;""", BenchPage.PASSAGE);
        assertTrue(selected);

        openPopupFor(site.base() + "/article.html");
        waiting().until(d -> element("capture").isDisplayed());
        assertEquals(CASE_FILE, new Select(element("case-file")).getFirstSelectedOption().getText(),
                "the case file last captured into is chosen");
        List<String> completions = element("tag-paths").findElements(By.tagName("option")).stream()
                .map(o -> o.getAttribute("value")).toList();
        assertTrue(completions.containsAll(List.of("Brands", "Brands/Toyota", "Launches")), completions.toString());
        type("tags", "Tone/Positive");
        type("note", "hybrids lead");
        assertEquals("Selection clipped into " + CASE_FILE + ".",
                messageAfter(() -> element("capture-selection").click()));

        Clip clip = onModel(() -> workspace.caseFile(CASE_FILE).orElseThrow().getClips().get(0));
        String text = workspace.store().text(clip.getItemId());
        assertEquals("Los Angeles Auto Show. " + BenchPage.PASSAGE,
                text.substring(clip.getStart(), clip.getEnd()).replaceAll("\\s+", " "));
        assertEquals(text.substring(clip.getStart(), clip.getEnd()), clip.getExact());
        assertEquals(List.of("Tone/Positive"), onModel(() -> workspace.tagsOf(clip.getId())));
        assertEquals("hybrids lead", onModel(() -> workspace.notesOn(clip.getId()).get(0).getText()));
        assertEquals(1, workspace.store().size(), "the page was captured once");
    }

    @Test
    @Order(4)
    void theShortcutCapturesThePageInFrontIntoTheCaseFileLastUsed() throws Exception {
        browser.switchTo().newWindow(WindowType.WINDOW);
        browser.get(site.base() + "/second.html");
        waiting().until(d -> d.getTitle().contains("Sportback"));
        // the key press goes to the window showing the page, as a user's does
        Process xdotool = new ProcessBuilder("xdotool", "search", "--sync", "--onlyvisible", "--name", "Sportback",
                "windowfocus", "--sync", "key", "--clearmodifiers", "alt+shift+k").inheritIO().start();
        assertEquals(0, xdotool.waitFor());
        waiting().until(d -> workspace.store().size() == 2);
        List<String> items = onModel(() -> workspace.caseFile(CASE_FILE).orElseThrow().getItemIds());
        assertEquals(2, items.size(), "the shortcut captured into " + CASE_FILE + ", the case file last used");
        assertTrue(workspace.store().item(items.get(1)).orElseThrow().title().contains("Sportback"));
    }

    @Test
    @Order(5)
    void aPageOfAnotherOriginThatPostsToDossierCreatesNothing() throws Exception {
        int items = workspace.store().size();
        List<String> caseFiles = onModel(() -> workspace.caseFiles().stream().map(CaseFile::getTitle).toList());
        browser.switchTo().window(articleWindow);
        // localhost is another origin than 127.0.0.1, where Dossier listens
        browser.get(site.base().replace("127.0.0.1", "localhost") + "/hostile.html?port=" + service.port());
        waiting().until(d -> browser.executeScript("return window.tried && window.tried.length === 6"));
        assertEquals(items, workspace.store().size(), "tried: " + browser.executeScript("return window.tried"));
        assertEquals(caseFiles, onModel(() -> workspace.caseFiles().stream().map(CaseFile::getTitle).toList()));
        assertEquals(null, codes.poll(), "no pairing was started");
    }

    @Test
    @Order(6)
    void aWrongOrMissingTokenOrAWebPagesOriginIsRefused() throws Exception {
        browser.switchTo().window(popupWindow);
        browser.get(POPUP);
        String token = (String) browser.executeAsyncScript("const done = arguments[arguments.length - 1];"
                + "chrome.storage.local.get('token', s => done(s.token));");
        String body = "{\"url\":\"https://blog.example/planted\",\"html\":\"<p>planted</p>\",\"caseFile\":\"Planted\"}";
        HttpClient client = HttpClient.newHttpClient();
        URI page = URI.create("http://127.0.0.1:" + service.port() + "/capture/page");
        int items = workspace.store().size();
        for (String[] headers : List.of(new String[] { "Authorization", "Bearer not-the-token" },
                new String[] { "Content-Type", "application/json" },
                new String[] { "Authorization", "Bearer " + token, "Origin", "http://evil.example" })) {
            HttpResponse<String> answer = client.send(HttpRequest.newBuilder(page).headers(headers)
                    .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
            assertTrue(answer.statusCode() == 401 || answer.statusCode() == 403,
                    String.join(" ", headers) + ": " + answer.statusCode() + " " + answer.body());
            assertTrue(answer.body().contains("\"error\""), answer.body());
        }
        assertEquals(items, workspace.store().size());
        assertTrue(onModel(() -> workspace.caseFile("Planted").isEmpty()));
    }

    @Test
    @Order(7)
    void aPageLargerThanDossierTakesIsRefusedWithAMessageInThePopup() throws Exception {
        browser.switchTo().window(articleWindow);
        browser.get(site.base() + "/large.html");
        waiting().until(d -> browser.executeScript("return window.grown === true"));
        int items = workspace.store().size();
        openPopupFor(site.base() + "/large.html");
        waiting().until(d -> element("capture").isDisplayed());
        String message = messageAfter(() -> element("capture-page").click());
        assertTrue(message.startsWith("This page is too large to capture"), message);
        assertEquals(items, workspace.store().size());
    }

    @Test
    @Order(8)
    void whenDossierIsNotRunningThePopupSaysSo() {
        service.close();
        service = null;
        openPopupFor(site.base() + "/large.html");
        String message = message();
        assertTrue(message.startsWith("Dossier is not running"), message);
        assertTrue(element("pairing").isDisplayed(), "the popup asks where Dossier is");
    }

    @Test
    @Order(9)
    void dossierStartedAgainOnAnotherPortIsReachedWithoutANewCode() throws Exception {
        service = LocalService.start(workspace, onModelThread, (client, code) -> codes.add(client + ":" + code));
        type("port", String.valueOf(service.port()));
        assertEquals("Paired with Dossier.", messageAfter(() -> element("pair").click()));
        assertEquals(null, codes.poll(), "the token it was given still holds: no code to type");
        waiting().until(d -> element("capture").isDisplayed());
        assertEquals(CASE_FILE, new Select(element("case-file")).getFirstSelectedOption().getText());
    }

    /** A page of another origin that tries every way a web page can send to Dossier's port. */
    static final String HOSTILE_PAGE = """
            <!doctype html><html><head><title>Free prizes</title></head><body>
            <iframe name="sink" hidden></iframe>
            <script>
            const service = 'http://127.0.0.1:' + new URLSearchParams(location.search).get('port');
            const body = JSON.stringify({url: 'https://blog.example/planted', title: 'Planted',
              html: '<html><body><article><p>Planted by another page.</p></article></body></html>', caseFile: 'Planted'});
            window.tried = [];
            const attempt = async (name, send) => {
              try { await send(); window.tried.push(name + ': sent'); }
              catch (e) { window.tried.push(name + ': ' + e.message); }
            };
            (async () => {
              await attempt('fetch', () => fetch(service + '/capture/page',
                {method: 'POST', headers: {'Content-Type': 'application/json'}, body}));
              await attempt('fetch no-cors', () => fetch(service + '/capture/page',
                {method: 'POST', mode: 'no-cors', headers: {'Content-Type': 'text/plain'}, body}));
              await attempt('fetch no-cors pairing', () => fetch(service + '/pair',
                {method: 'POST', mode: 'no-cors', body: JSON.stringify({client: 'Free prizes'})}));
              await attempt('form post', () => new Promise(done => {
                const form = document.createElement('form');
                form.method = 'POST'; form.enctype = 'text/plain'; form.target = 'sink';
                form.action = service + '/capture/page';
                const field = document.createElement('input');
                field.name = body.slice(0, -1) + ',"x":"'; field.value = '"}';
                form.append(field); document.body.append(form);
                document.querySelector('iframe').onload = done;
                form.submit();
                setTimeout(done, 2000);
              }));
              await attempt('image beacon', () => new Promise(done => {
                const image = new Image();
                image.onload = image.onerror = done;
                image.src = service + '/capture/page?url=https%3A%2F%2Fblog.example%2Fplanted&caseFile=Planted';
              }));
              await attempt('sendBeacon', async () => navigator.sendBeacon(service + '/capture/page', body));
            })();
            </script></body></html>""";

    /** A page whose script makes its DOM larger than Dossier takes (20 MB, the fetcher's limit). */
    static final String LARGE_PAGE = """
            <!doctype html><html><head><title>Large</title></head><body><article><p>A long page.</p></article>
            <script>
            const hidden = document.createElement('div');
            hidden.hidden = true; // not laid out: a 21 MB line would take the browser seconds
            hidden.append('x'.repeat(21 * 1024 * 1024));
            document.body.append(hidden);
            window.grown = true;
            </script></body></html>""";
}
