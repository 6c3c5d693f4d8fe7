package io.lodestar.sandbox.server;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotEquals;
import static org.junit.Assert.assertTrue;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.logging.Level;
import org.junit.After;
import org.junit.AfterClass;
import org.junit.Assume;
import org.junit.BeforeClass;
import org.junit.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The OKR page in a real browser (headless Chromium from Debian's chromium and chromium-driver packages) on the
 * sandbox: create an objective with two key results, link an epic, check in, and see score, band and history
 * change. Chromium and its driver are given by path, so Selenium Manager never downloads anything; when they are
 * missing the test is skipped and says why. A screenshot is written to sandbox/target/okr-page.png.
 */
public class OkrPageBrowserTest {

    static final String CHROMIUM = System.getProperty("lodestar.chromium", "/usr/bin/chromium");
    static final String CHROMEDRIVER = System.getProperty("lodestar.chromedriver", "/usr/bin/chromedriver");
    static final Path SCREENSHOT = Path.of("target", "okr-page.png");

    private static SandboxServer server;
    private static WebDriver browser;
    private static WebDriverWait wait;

    @BeforeClass
    public static void start() throws Exception {
        boolean present = new File(CHROMIUM).canExecute() && new File(CHROMEDRIVER).canExecute();
        if (!present) {
            System.err.println("OkrPageBrowserTest skipped: " + CHROMIUM + " or " + CHROMEDRIVER
                    + " missing (apt-get install -y chromium chromium-driver)");
        }
        Assume.assumeTrue("needs " + CHROMIUM + " and " + CHROMEDRIVER + " (apt-get install -y chromium chromium-driver)",
                present);
        server = SandboxServer.start(new SandboxServer.Settings(0, null, Files.createTempDirectory("sandbox-browser"),
                Clock.systemUTC()));
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--window-size=1400,2200",
                "--user-data-dir=" + Files.createTempDirectory("chromium-profile"));
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability(ChromeOptions.LOGGING_PREFS, logs);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(CHROMEDRIVER)).usingAnyFreePort().build();
        browser = new ChromeDriver(service, options);
        wait = new WebDriverWait(browser, Duration.ofSeconds(20));
        wait.ignoring(org.openqa.selenium.StaleElementReferenceException.class);
    }

    /** Set by a test that sends input the server must refuse: Chromium logs the 400 answer as an error. */
    private boolean refusalExpected;

    /** Every page the tests drove ran its scripts without an error in the console. */
    @After
    public void shouldLeaveNoScriptErrorsWhenDone() {
        List<String> errors = browser.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(entry -> entry.getLevel().intValue() >= Level.SEVERE.intValue())
                .map(LogEntry::getMessage)
                .filter(message -> !(refusalExpected && message.endsWith("the server responded with a status of 400 (Bad Request)")))
                .toList();
        refusalExpected = false;
        assertEquals("browser console errors", List.of(), errors);
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
    public void shouldChangeScoreBandAndHistoryWhenAliceChecksInOnANewObjective() throws Exception {
        browser.get(server.pageUrl());
        waitForTree();
        assertEquals("Alice Andersen", browser.findElement(By.id("sandbox-current-user")).getText());

        click(By.id("lodestar-create-objective"));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("lodestar-objective-title")));
        type(By.id("lodestar-objective-title"), "Win the browser test");
        new Select(browser.findElement(By.id("lodestar-objective-level"))).selectByValue("TEAM");
        type(By.id("lodestar-objective-team"), "ATLAS");
        click(By.id("lodestar-objective-submit"));
        WebElement objective = objectiveTitled("Win the browser test");
        String objectiveId = objective.getAttribute("data-objective-id");

        addKeyResult(objectiveId, "Answer 10 support tickets a day", "NUMERIC", "0", "10");
        addKeyResult(objectiveId, "Ship the usage analytics epic", "LINKED_WORK", null, null);

        WebElement linked = keyResult(objectiveId, "Ship the usage analytics epic");
        linked.findElement(By.cssSelector("[data-test=kr-link-issue]")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("lodestar-link-issue-key")));
        type(By.id("lodestar-link-issue-key"), "ATLAS-7");
        click(By.id("lodestar-link-submit"));
        wait.until(driver -> !keyResult(objectiveId, "Ship the usage analytics epic")
                .findElements(By.cssSelector("[data-test=linked-issue-key]")).isEmpty());
        assertEquals("ATLAS-7", keyResult(objectiveId, "Ship the usage analytics epic")
                .findElement(By.cssSelector("[data-test=linked-issue-key]")).getText());

        WebElement numeric = keyResult(objectiveId, "Answer 10 support tickets a day");
        String scoreBefore = numeric.findElement(By.cssSelector("[data-test=kr-score]")).getText();
        String bandBefore = numeric.getAttribute("data-band");
        String objectiveScoreBefore = objectiveTitled("Win the browser test")
                .findElement(By.cssSelector("[data-test=objective-score]")).getText();

        numeric.findElement(By.cssSelector("[data-test=kr-check-in]")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("lodestar-checkin-value")));
        type(By.id("lodestar-checkin-value"), "8");
        new Select(browser.findElement(By.id("lodestar-checkin-confidence"))).selectByValue("ON_TRACK");
        type(By.id("lodestar-checkin-note"), "Two new people on the rota.");
        click(By.id("lodestar-checkin-submit"));
        wait.until(driver -> !driver.findElements(By.cssSelector("#lodestar-checkin-history [data-test=checkin-entry]")).isEmpty());
        List<WebElement> history = browser.findElements(By.cssSelector("#lodestar-checkin-history [data-test=checkin-entry]"));
        assertEquals(1, history.size());
        assertTrue(history.get(0).getText(), history.get(0).getText().contains("Two new people on the rota."));
        screenshot(Path.of("target", "okr-page-check-in.png"));
        closeCheckInDialog();

        wait.until(driver -> !scoreBefore.equals(keyResult(objectiveId, "Answer 10 support tickets a day")
                .findElement(By.cssSelector("[data-test=kr-score]")).getText()));
        WebElement after = keyResult(objectiveId, "Answer 10 support tickets a day");
        assertEquals("0.80", after.findElement(By.cssSelector("[data-test=kr-score]")).getText());
        assertNotEquals(bandBefore, after.getAttribute("data-band"));
        assertEquals("GREEN", after.getAttribute("data-band"));
        assertNotEquals(objectiveScoreBefore, objectiveTitled("Win the browser test")
                .findElement(By.cssSelector("[data-test=objective-score]")).getText());
        ((JavascriptExecutor) browser).executeScript("window.scrollTo(0, 0);");
        screenshot(SCREENSHOT);
    }

    @Test
    public void shouldOfferKpisByNameTeamAndValueAndScoreARatioKpiAsAPercentage() throws Exception {
        browser.get(server.pageUrl());
        waitForTree();
        String objectiveId = objectiveTitled("Make the platform enterprise-ready").getAttribute("data-objective-id");

        objectiveById(objectiveId).findElement(By.cssSelector("[data-test=objective-add-kr]")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("lodestar-kr-title")));
        type(By.id("lodestar-kr-title"), "Deliver on time");
        new Select(browser.findElement(By.id("lodestar-kr-kind"))).selectByValue("KPI");
        wait.until(driver -> new Select(driver.findElement(By.id("lodestar-kr-kpi"))).getOptions().size() > 1);
        Select kpis = new Select(browser.findElement(By.id("lodestar-kr-kpi")));
        WebElement onTime = kpis.getOptions().stream().filter(o -> o.getText().startsWith("ATLAS on-time delivery"))
                .findFirst().orElseThrow();
        assertTrue(onTime.getText(), onTime.getText().matches("ATLAS on-time delivery - ATLAS - \\d+(\\.\\d+)?%"));
        kpis.selectByVisibleText(onTime.getText());
        assertTrue(browser.findElement(By.id("lodestar-kr-kpi-scale")).getText().startsWith("Start and target are in %"));
        assertTrue("the format and unit come from the KPI", !browser.findElement(By.id("lodestar-kr-unit")).isDisplayed());
        type(By.id("lodestar-kr-start"), "80");
        type(By.id("lodestar-kr-target"), "95");
        screenshot(Path.of("target", "okr-page-kpi-picker.png"));
        click(By.id("lodestar-kr-submit"));

        WebElement row = keyResult(objectiveId, "Deliver on time");
        String kpiText = row.findElement(By.cssSelector("[data-test=kr-kpi]")).getText();
        assertTrue(kpiText, kpiText.matches("KPI ATLAS on-time delivery: \\d+(\\.\\d+)?%"));
        String progress = row.findElement(By.cssSelector("[data-test=kr-progress-text]")).getText();
        assertTrue(progress, progress.matches("\\d+(\\.\\d+)?% of 95% \\(from 80%\\)"));
        assertNotEquals("a ratio of 0.9 is 90%, not 0.9 against a target of 95", "0.00",
                row.findElement(By.cssSelector("[data-test=kr-score]")).getText());

        row.findElement(By.cssSelector("[data-test=kr-check-in]")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("[data-test=checkin-value-from-kpi]")));
        assertTrue("no value to type: it comes from the KPI", !browser.findElement(By.id("lodestar-checkin-value")).isDisplayed());
        new Select(browser.findElement(By.id("lodestar-checkin-confidence"))).selectByValue("AT_RISK");
        type(By.id("lodestar-checkin-note"), "Two releases slipped.");
        click(By.id("lodestar-checkin-submit"));
        wait.until(driver -> !driver.findElements(By.cssSelector("#lodestar-checkin-history [data-test=checkin-entry]")).isEmpty());
        closeCheckInDialog();
    }

    @Test
    public void shouldPickTheOwnerAndTeamFromSuggestionsAndRefuseAnUnknownTeam() throws Exception {
        browser.get(server.pageUrl());
        waitForTree();

        click(By.id("lodestar-create-objective"));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("lodestar-objective-title")));
        type(By.id("lodestar-objective-title"), "Picked by name");
        new Select(browser.findElement(By.id("lodestar-objective-level"))).selectByValue("TEAM");
        type(By.id("lodestar-objective-team"), "NOPE");
        type(By.id("lodestar-objective-owner"), "Oka");
        WebElement bob = wait.until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector("#lodestar-objective-owner-options [data-test=picker-option]")));
        assertEquals("bob", bob.getAttribute("data-value"));
        assertTrue(bob.getText(), bob.getText().startsWith("Bob Okafor"));
        screenshot(Path.of("target", "okr-page-user-picker.png"));
        bob.click();
        assertEquals("Bob Okafor", browser.findElement(By.id("lodestar-objective-owner")).getAttribute("value"));

        refusalExpected = true;
        click(By.id("lodestar-objective-submit"));
        WebElement teamError = wait.until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector("#lodestar-objective-form [data-error-for=team]")));
        wait.until(driver -> !teamError.getText().isEmpty());
        assertEquals("no project NOPE", teamError.getText());

        type(By.id("lodestar-objective-team"), "at");
        WebElement atlas = wait.until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector("#lodestar-objective-team-options [data-test=picker-option]")));
        assertEquals("ATLAS", atlas.getAttribute("data-value"));
        atlas.click();
        click(By.id("lodestar-objective-submit"));
        WebElement created = objectiveTitled("Picked by name");
        String meta = created.findElement(By.cssSelector(".lodestar-objective-heading .lodestar-meta")).getText();
        assertTrue(meta, meta.contains("team ATLAS") && meta.contains("owner Bob Okafor"));
    }

    @Test
    public void shouldHideNovaIssuesWhenSwitchedToBob() throws Exception {
        browser.get(server.pageUrl());
        waitForTree();
        assertTrue(linkedKeys().stream().anyMatch(key -> key.startsWith("NOVA-")));

        click(By.id("sandbox-switch-to-bob"));
        wait.until(driver -> driver.findElement(By.id("sandbox-current-user")).getText().equals("Bob Okafor"));
        try {
            waitForTree();

            List<String> keys = linkedKeys();
            assertTrue(keys.toString(), keys.stream().noneMatch(key -> key.startsWith("NOVA-")));
            assertTrue(keys.toString(), keys.stream().anyMatch(key -> key.startsWith("ATLAS-")));
            WebElement nova = objectiveTitled("Make the mobile app a joy to use offline");
            String hidden = nova.findElement(By.cssSelector("[data-test=objective-hidden-issues]")).getText();
            assertTrue(hidden, hidden.matches("\\d+ linked issues? you cannot see (are|is) not counted"));
            String velocity = nova.findElements(By.cssSelector("[data-test=kr-kpi]")).stream().map(WebElement::getText)
                    .filter(text -> !text.isEmpty()).findFirst().orElse("");
            assertTrue(velocity, velocity.startsWith("KPI NOVA velocity: its values are hidden from you"));
            ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView(true);", nova);
            screenshot(Path.of("target", "okr-page-bob.png"));
        } finally {
            // The other tests are Alice's, whatever happened here.
            click(By.id("sandbox-switch-to-alice"));
            wait.until(driver -> driver.findElement(By.id("sandbox-current-user")).getText().equals("Alice Andersen"));
        }
    }

    private List<String> linkedKeys() {
        return browser.findElements(By.cssSelector("[data-test=linked-issue-key]")).stream().map(WebElement::getText).toList();
    }

    private void addKeyResult(String objectiveId, String title, String kind, String start, String target) {
        objectiveById(objectiveId).findElement(By.cssSelector("[data-test=objective-add-kr]")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("lodestar-kr-title")));
        type(By.id("lodestar-kr-title"), title);
        new Select(browser.findElement(By.id("lodestar-kr-kind"))).selectByValue(kind);
        if (start != null) {
            type(By.id("lodestar-kr-start"), start);
            type(By.id("lodestar-kr-target"), target);
        }
        click(By.id("lodestar-kr-submit"));
        wait.until(driver -> findKeyResult(objectiveId, title) != null);
    }

    private void waitForTree() {
        wait.until(driver -> "false".equals(driver.findElement(By.id("lodestar-okr-tree")).getAttribute("aria-busy"))
                && !driver.findElements(By.cssSelector("[data-test=objective]")).isEmpty());
    }

    private void closeCheckInDialog() {
        click(By.id("lodestar-checkin-cancel"));
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("lodestar-checkin-dialog")));
    }

    private WebElement objectiveTitled(String title) {
        return wait.until(driver -> driver.findElements(By.cssSelector("li[data-test=objective]")).stream()
                .filter(li -> li.findElement(By.cssSelector("[data-test=objective-title]")).getText().equals(title))
                .findFirst().orElse(null));
    }

    private WebElement objectiveById(String id) {
        return wait.until(driver -> driver.findElement(By.cssSelector("li[data-test=objective][data-objective-id='" + id + "']")));
    }

    private WebElement keyResult(String objectiveId, String title) {
        return wait.until(driver -> findKeyResult(objectiveId, title));
    }

    private WebElement findKeyResult(String objectiveId, String title) {
        return browser.findElements(By.cssSelector("li[data-objective-id='" + objectiveId + "'] tr[data-test=key-result]"))
                .stream().filter(row -> row.findElement(By.cssSelector("[data-test=kr-title]")).getText().equals(title))
                .findFirst().orElse(null);
    }

    private void click(By by) {
        wait.until(ExpectedConditions.elementToBeClickable(by)).click();
    }

    private void type(By by, String text) {
        WebElement field = wait.until(ExpectedConditions.visibilityOfElementLocated(by));
        field.clear();
        field.sendKeys(text);
    }

    private void screenshot(Path file) throws Exception {
        Files.createDirectories(file.toAbsolutePath().getParent());
        Path shot = ((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE).toPath();
        Files.copy(shot, file, StandardCopyOption.REPLACE_EXISTING);
    }
}
