package dossier.capture.tests;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.PageLoadStrategy;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ExtensionTest {

    static final String EXTENSION_ID = "igehinokinakbhlfaeoglboklbhpppja";

    @TempDir
    static Path folder;

    private ChromeDriver browser;

    @BeforeAll
    void startBrowser() {
        Path extension = Path.of(System.getProperty("dossier.repository"), "features", "dossier.feature", "rootfiles",
                "browser-extension");
        ChromeOptions options = new ChromeOptions();
        options.setBinary("/usr/bin/chromium");
        options.setPageLoadStrategy(PageLoadStrategy.EAGER);
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--no-first-run",
                "--no-default-browser-check", "--disable-extensions-except=" + extension, "--load-extension=" + extension,
                "--user-data-dir=" + folder.resolve("profile"));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File("/usr/bin/chromedriver")).usingAnyFreePort().build();
        long t0 = System.nanoTime();
        browser = new ChromeDriver(service, options);
        System.out.println("browser started in " + (System.nanoTime() - t0) / 1_000_000 + " ms");
    }

    @AfterAll
    void quit() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void popupOpens() {
        browser.get("chrome-extension://" + EXTENSION_ID + "/popup.html");
        new WebDriverWait(browser, Duration.ofSeconds(5)).until(d -> d.findElement(By.id("pairing")).isDisplayed());
        assertTrue(browser.findElement(By.id("port")).isDisplayed());
    }
}
