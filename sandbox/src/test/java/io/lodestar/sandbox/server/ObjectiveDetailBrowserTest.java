package io.lodestar.sandbox.server;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.junit.BeforeClass;
import org.junit.ClassRule;
import org.junit.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Issue 11 on the OKR page in headless Chromium on the sandbox: alice checks in on a company key result and opens the
 * objective's detail from its title, where the check-in heads the activity and the score over the cycle is charted;
 * she makes the objective's progress roll up from its aligned objectives and closes it, and both changes join the
 * activity; the alignment view then shows the cycle from the company objective down to the team ones, with scores
 * and bands. A key result from a JQL query counts NOVA's done issues for alice, and for bob, who may not browse NOVA,
 * nothing, saying the issues are hidden. Screenshots: sandbox/target/okr-detail.png, okr-alignment.png,
 * okr-jql-alice.png and okr-jql-bob.png.
 *
 * <p>The sandbox listens on {@code -Dlodestar.sandbox.port} (default: any free port).
 */
public class ObjectiveDetailBrowserTest {

    private static final String COMPANY = "Delight customers with a faster, more reliable product";
    private static final String NPS = "Raise NPS from 31 to 45";

    private static SandboxServer server;
    private static WebDriver browser;
    private static WebDriverWait wait;

    @ClassRule
    public static final SandboxBrowser SANDBOX = new SandboxBrowser(ObjectiveDetailBrowserTest.class, 1400, 2200, Duration.ofSeconds(20))
            .onPort(Integer.getInteger("lodestar.sandbox.port", 0));

    @BeforeClass
    public static void start() throws Exception {
        server = SANDBOX.server();
        browser = SANDBOX.browser();
        wait = SANDBOX.waiting();
    }


    @Test
    public void shouldShowTheCheckInInTheObjectivesActivityAndTheCycleInTheAlignmentView() throws Exception {
        asAlice();
        String objectiveId = objectiveTitled(COMPANY).getAttribute("data-objective-id");

        keyResult(objectiveId, NPS).findElement(By.cssSelector("[data-test=kr-check-in]")).click();
        type(By.id("lodestar-checkin-value"), "40");
        new Select(browser.findElement(By.id("lodestar-checkin-confidence"))).selectByValue("ON_TRACK");
        click(By.id("lodestar-checkin-submit"));
        wait.until(driver -> !driver.findElement(By.cssSelector("[data-test=checkin-saved]")).getText().isEmpty());
        click(By.id("lodestar-checkin-cancel"));
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("lodestar-checkin-dialog")));
        waitForTree();

        objectiveById(objectiveId).findElement(By.cssSelector("[data-test=objective-title]")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("lodestar-objective-detail")));
        assertEquals(COMPANY, browser.findElement(By.id("lodestar-detail-title")).getText());
        assertTrue(browser.findElement(By.id("lodestar-detail-description")).getText().startsWith("The company bet"));
        assertEquals("ACTIVE", browser.findElement(By.id("lodestar-detail-state")).getAttribute("data-state"));
        WebElement latest = firstActivity("CHECKED_IN");
        assertTrue(latest.getText(), latest.getText().contains("checked in on \"" + NPS + "\": 40, On track"));
        assertTrue(latest.getText(), latest.getText().contains("Alice"));
        assertFalse(browser.findElements(By.cssSelector("#lodestar-detail-points [data-test=detail-point]")).isEmpty());
        assertTrue("the chart is drawn", browser.findElement(By.id("lodestar-detail-chart-wrapper")).isDisplayed());

        click(By.cssSelector("label[for=lodestar-detail-rollup]"));
        firstActivity("ROLL_UP_CHANGED");
        click(By.id("lodestar-detail-close"));
        wait.until(driver -> "CLOSED".equals(driver.findElement(By.id("lodestar-detail-state")).getAttribute("data-state")));
        WebElement closed = firstActivity("STATE_CHANGED");
        assertTrue(closed.getText(), closed.getText().contains("moved it from Active to Closed"));
        assertTrue(browser.findElement(By.id("lodestar-detail-activate")).isDisplayed());
        screenshot(Path.of("target", "okr-detail.png"));
        click(By.id("lodestar-detail-cancel"));
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("lodestar-objective-detail")));

        click(By.id("lodestar-alignment-toggle"));
        WebElement root = wait.until(driver -> driver.findElements(
                By.cssSelector("#lodestar-alignment > ul > li[data-test=alignment-node]")).stream()
                .filter(li -> li.getAttribute("data-objective-id").equals(objectiveId)).findFirst().orElse(null));
        wait.until(driver -> "false".equals(driver.findElement(By.id("lodestar-alignment")).getAttribute("aria-busy")));
        assertEquals("COMPANY", root.getAttribute("data-level"));
        assertFalse(root.findElements(By.cssSelector(":scope > div [data-test=alignment-rollup]")).isEmpty());
        List<WebElement> teams = root.findElements(By.cssSelector(":scope > ul > li[data-test=alignment-node]"));
        assertEquals(2, teams.size());
        for (WebElement team : teams) {
            assertEquals("TEAM", team.getAttribute("data-level"));
            assertTrue(team.getAttribute("data-band").matches("GREEN|YELLOW|RED"));
            assertTrue(team.findElement(By.cssSelector("[data-test=alignment-score]")).getText().matches("[01]\\.[0-9]{2}"));
        }
        String title = root.findElement(By.cssSelector("[data-test=alignment-title]")).getText();
        assertEquals("Company: " + COMPANY, title);
        ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'center'});", root);
        screenshot(Path.of("target", "okr-alignment.png"));
        assertEquals("browser console errors", List.of(), HeadlessChromium.consoleErrors(browser, List.of()));
    }

    @Test
    public void shouldCountAJqlQueryAsEachReaderMayBrowseWhenAKeyResultIsFromJql() throws Exception {
        asAlice();
        String objectiveId = objectiveTitled(COMPANY).getAttribute("data-objective-id");
        String title = "Finish the mobile backlog";

        objectiveById(objectiveId).findElement(By.cssSelector("[data-test=objective-add-kr]")).click();
        type(By.id("lodestar-kr-title"), title);
        new Select(browser.findElement(By.id("lodestar-kr-kind"))).selectByValue("JQL");
        assertFalse("a JQL key result has no format", browser.findElement(By.id("lodestar-kr-format")).isDisplayed());
        type(By.id("lodestar-kr-jql"), "project = NOVA");
        new Select(browser.findElement(By.id("lodestar-kr-aggregate"))).selectByValue("SHARE_DONE");
        click(By.id("lodestar-kr-submit"));
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("lodestar-kr-dialog")));

        WebElement row = keyResult(objectiveId, title);
        assertEquals("JQL", row.getAttribute("data-kind"));
        String progress = row.findElement(By.cssSelector("[data-test=kr-progress-text]")).getText();
        assertTrue(progress, progress.matches("[0-9]+ of [0-9]+ matching issues done"));
        assertFalse(row.findElement(By.cssSelector("[data-test=kr-hidden-issues]")).isDisplayed());
        String forecast = row.findElement(By.cssSelector("[data-test=kr-forecast]")).getAttribute("textContent");
        assertTrue(forecast, forecast.contains("the query is read from Jira as it is now"));
        ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'center'});", row);
        screenshot(Path.of("target", "okr-jql-alice.png"));

        click(By.id("sandbox-switch-to-bob"));
        wait.until(driver -> driver.findElement(By.id("sandbox-current-user")).getText().startsWith("Bob"));
        waitForTree();
        row = keyResult(objectiveId, title);
        assertEquals("No issue you may browse matches the query",
                row.findElement(By.cssSelector("[data-test=kr-progress-text]")).getText());
        assertEquals("0.00", row.findElement(By.cssSelector("[data-test=kr-score]")).getText());
        String hidden = row.findElement(By.cssSelector("[data-test=kr-hidden-issues]")).getText();
        assertTrue(hidden, hidden.matches("[0-9]+ matching issues you may not browse are not counted"));
        ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'center'});", row);
        screenshot(Path.of("target", "okr-jql-bob.png"));
        assertEquals("browser console errors", List.of(), HeadlessChromium.consoleErrors(browser, List.of()));
    }

    /** The OKR page as alice, whichever test ran before. */
    private void asAlice() {
        browser.get(server.pageUrl());
        if (!browser.findElement(By.id("sandbox-current-user")).getText().startsWith("Alice")) {
            click(By.id("sandbox-switch-to-alice"));
            wait.until(driver -> driver.findElement(By.id("sandbox-current-user")).getText().startsWith("Alice"));
        }
        waitForTree();
    }

    /** The newest activity entry, once it is of this kind. */
    private WebElement firstActivity(String kind) {
        return wait.until(driver -> {
            List<WebElement> entries = driver.findElements(By.cssSelector("#lodestar-detail-activity [data-test=activity-entry]"));
            return !entries.isEmpty() && kind.equals(entries.get(0).getAttribute("data-kind")) ? entries.get(0) : null;
        });
    }

    private void waitForTree() {
        wait.until(driver -> "false".equals(driver.findElement(By.id("lodestar-okr-tree")).getAttribute("aria-busy"))
                && !driver.findElements(By.cssSelector("[data-test=objective]")).isEmpty());
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
        return wait.until(driver -> driver.findElements(
                By.cssSelector("li[data-objective-id='" + objectiveId + "'] tr[data-test=key-result]")).stream()
                .filter(row -> row.findElement(By.cssSelector("[data-test=kr-title]")).getText().equals(title))
                .findFirst().orElse(null));
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
