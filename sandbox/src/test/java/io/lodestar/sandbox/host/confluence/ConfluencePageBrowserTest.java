package io.lodestar.sandbox.host.confluence;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import io.lodestar.sandbox.server.HeadlessChromium;
import io.lodestar.sandbox.server.SandboxServer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.junit.After;
import org.junit.AfterClass;
import org.junit.BeforeClass;
import org.junit.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The sandbox's Confluence page in a real browser: both macros rendered by the Confluence app's classes from the
 * sandbox Jira over HTTP, as alice and as bob (who may not browse NOVA), with the link switched off. Screenshots go
 * to sandbox/target/confluence-page-*.png.
 */
public class ConfluencePageBrowserTest {
    private static SandboxServer server;
    private static WebDriver browser;
    private static WebDriverWait wait;

    @BeforeClass
    public static void start() throws Exception {
        HeadlessChromium.assumeInstalled("ConfluencePageBrowserTest");
        Path data = Files.createTempDirectory("sandbox-confluence-browser");
        server = SandboxServer.start(new SandboxServer.Settings(0, null, data, Clock.systemUTC()));
        browser = HeadlessChromium.start(1400, 2600);
        wait = new WebDriverWait(browser, Duration.ofSeconds(30));
    }

    @After
    public void shouldLeaveNoScriptErrorsWhenDone() {
        assertEquals("browser console errors", List.of(), HeadlessChromium.consoleErrors(browser, List.of()));
    }

    @AfterClass
    public static void stop() {
        if (browser != null) {
            browser.quit();
        }
        if (server != null) {
            server.close();
        }
    }

    @Test
    public void shouldShowBothMacrosWithLiveDataWhenAliceOpensThePage() throws Exception {
        open("");

        List<WebElement> okrs = browser.findElements(By.cssSelector("[data-lodestar-macro=okr-status]"));
        List<WebElement> kpis = browser.findElements(By.cssSelector("[data-lodestar-macro=kpi-status]"));
        assertEquals(4, okrs.size());
        assertEquals(3, kpis.size());
        assertTrue(okrs.get(0).getText(), okrs.get(0).getText().contains("Make the platform enterprise-ready"));
        assertTrue(kpis.get(0).getText(), kpis.get(0).getText().contains("ATLAS velocity"));
        assertTrue(kpis.get(0).findElements(By.cssSelector("svg.lodestar-sparkline polyline")).size() > 0);
        assertEquals(List.of(), browser.findElements(By.cssSelector(".lodestar-macro-error")));
        String link = okrs.get(0).findElement(By.cssSelector("a.lodestar-open-in-jira")).getAttribute("href");
        assertTrue(link, link.startsWith(server.baseUrl() + "/plugins/servlet/lodestar/okrs?cycle="));
        screenshot("confluence-page-alice.png");

        browser.get(link);
        wait.until(driver -> driver.getTitle() != null && !driver.getTitle().isEmpty());
        assertTrue(browser.getCurrentUrl(), browser.getCurrentUrl().contains("team=ATLAS"));
    }

    @Test
    public void shouldHideNovasKpiValuesWhenBobOpensThePage() throws Exception {
        open("");
        browser.findElement(By.id("sandbox-switch-to-bob")).click();
        wait.until(driver -> driver.findElement(By.id("sandbox-current-user")).getText().equals("Bob Okafor"));
        try {
            open("");
            WebElement nova = browser.findElements(By.cssSelector("[data-lodestar-macro=kpi-status]")).get(1);
            assertTrue(nova.getText(), nova.getText().contains("Computed over a project you may not browse"));
            screenshot("confluence-page-bob.png");
        } finally {
            browser.findElement(By.id("sandbox-switch-to-alice")).click();
            wait.until(driver -> driver.findElement(By.id("sandbox-current-user")).getText().equals("Alice Andersen"));
        }
    }

    @Test
    public void shouldShowOneNoLinkBoxPerMacroAndTheRestOfThePageWhenTheLinkIsOff() throws Exception {
        open("?jira=off");

        List<WebElement> boxes = browser.findElements(By.cssSelector(".lodestar-macro-error[data-lodestar-error=no-link]"));
        assertEquals(7, boxes.size());
        assertTrue(boxes.get(0).getText(), boxes.get(0).getText().contains("Not connected to Jira"));
        assertEquals("Quarterly OKRs", browser.findElement(By.cssSelector("[data-test=confluence-page-body] h1")).getText());
        screenshot("confluence-page-no-link.png");
    }

    private static void open(String query) {
        browser.get(server.baseUrl() + ConfluenceHost.DEMO_PAGE + query);
        wait.until(driver -> !driver.findElements(By.cssSelector("[data-test=confluence-page-body]")).isEmpty());
    }

    private static void screenshot(String name) throws Exception {
        Path file = Path.of("target", name);
        Files.createDirectories(file.toAbsolutePath().getParent());
        Path shot = ((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE).toPath();
        Files.copy(shot, file, StandardCopyOption.REPLACE_EXISTING);
    }
}
