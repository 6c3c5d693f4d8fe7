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
import org.junit.AfterClass;
import org.junit.BeforeClass;
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
 * Cycles and "My check-ins" in headless Chromium on the sandbox. Alice opens My check-ins from the OKRs menu,
 * sees the key results she owns that are due this week and checks one in from there, and it leaves the list. Carol,
 * the Jira administrator, creates the next quarter (its end and name follow from its first day), renames it, adds an
 * objective to it, then closes the running quarter with one carry-over: the dialog shows each key result's final
 * score and each objective's grade; afterwards the closed quarter is read-only with its final grades, and the key
 * result continues in the next quarter. Alice sees no cycle controls.
 * Screenshots: sandbox/target/cycle-menu.png, cycle-my-check-ins.png, cycle-dialog.png, cycle-close-dialog.png, cycle-closed.png and
 * cycle-carried.png.
 */
public class CycleBrowserTest {

    private static final String PLATFORM = "Make the platform enterprise-ready";
    private static final String AUDIT = "Pass the SOC 2 type II audit";
    private static final String NEXT_OBJECTIVE = "Keep the platform enterprise-ready";

    private static SandboxServer server;
    private static WebDriver browser;
    private static WebDriverWait wait;

    @BeforeClass
    public static void start() throws Exception {
        HeadlessChromium.assumeInstalled("CycleBrowserTest");
        server = SandboxServer.start(new SandboxServer.Settings(0, null, Files.createTempDirectory("sandbox-cycles"),
                Clock.systemUTC()));
        browser = HeadlessChromium.start(1400, 2000);
        wait = new WebDriverWait(browser, Duration.ofSeconds(20));
        wait.ignoring(org.openqa.selenium.StaleElementReferenceException.class);
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
    public void shouldCheckInFromMyCheckInsThenCreateACycleAndCloseTheRunningOneWithACarryOver() throws Exception {
        // ---- My check-ins, as alice, from the OKRs menu of the top navigation bar
        browser.get(server.pageUrl());
        waitForTree();
        click(By.cssSelector("#okr-page-top-link > summary"));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("okr-page-top-my-check-ins")));
        screenshot("cycle-menu.png");
        click(By.id("okr-page-top-my-check-ins"));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("lodestar-my-checkins-page")));
        waitForMyCheckIns();
        List<String> due = titles(browser.findElements(By.cssSelector("[data-test=mycheckin] [data-test=mycheckin-title]")));
        assertTrue(due.toString(), due.contains(AUDIT));
        assertTrue("the list shows only what alice owns: " + due, !due.contains("Bring p95 API latency from 480 ms to 300 ms"));
        screenshot("cycle-my-check-ins.png");
        myCheckIn(AUDIT).findElement(By.cssSelector("[data-test=mycheckin-check-in]")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("lodestar-checkin-confidence")));
        new Select(browser.findElement(By.id("lodestar-checkin-confidence"))).selectByValue("AT_RISK");
        click(By.id("lodestar-checkin-submit"));
        wait.until(driver -> !driver.findElement(By.cssSelector("[data-test=checkin-saved]")).getText().isEmpty());
        click(By.id("lodestar-checkin-cancel"));
        wait.until(driver -> "false".equals(driver.findElement(By.id("lodestar-mycheckins")).getAttribute("aria-busy"))
                && titles(driver.findElements(By.cssSelector("[data-test=mycheckin-title]"))).size() == due.size() - 1);
        assertFalse("checked in this week: no longer due",
                titles(browser.findElements(By.cssSelector("[data-test=mycheckin-title]"))).contains(AUDIT));

        // ---- alice, who is no Jira administrator, has no cycle controls
        browser.get(server.pageUrl());
        waitForTree();
        assertTrue(browser.findElements(By.id("lodestar-cycle-create")).isEmpty());
        assertTrue(browser.findElements(By.id("lodestar-cycle-close")).isEmpty());

        // ---- carol creates the next quarter
        click(By.id("sandbox-switch-to-carol"));
        wait.until(driver -> driver.findElement(By.id("sandbox-current-user")).getText().startsWith("Carol"));
        waitForTree();
        WebElement running = new Select(browser.findElement(By.id("lodestar-cycle-picker"))).getFirstSelectedOption();
        String runningId = running.getAttribute("value");
        String runningName = running.getText().trim();
        String nextStart = running.getAttribute("data-end");
        click(By.id("lodestar-cycle-create"));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("lodestar-cycle-start")));
        new Select(browser.findElement(By.id("lodestar-cycle-kind"))).selectByValue("QUARTER");
        setDate(By.id("lodestar-cycle-start"), nextStart);
        String nextName = browser.findElement(By.id("lodestar-cycle-name")).getAttribute("value");
        assertTrue("the name follows from the first day: " + nextName, nextName.matches("[0-9]{4} Q[1-4]"));
        String nextEnd = browser.findElement(By.id("lodestar-cycle-end")).getAttribute("value");
        assertEquals(java.time.LocalDate.parse(nextStart).plusMonths(3).toString(), nextEnd);
        screenshot("cycle-dialog.png");
        click(By.id("lodestar-cycle-submit"));
        wait.until(driver -> new Select(driver.findElement(By.id("lodestar-cycle-picker"))).getFirstSelectedOption()
                .getText().trim().equals(nextName));
        waitForLoaded();

        // ... renames it while it is open
        click(By.id("lodestar-cycle-edit"));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("lodestar-cycle-name")));
        assertEquals(nextStart, browser.findElement(By.id("lodestar-cycle-start")).getAttribute("value"));
        type(By.id("lodestar-cycle-name"), nextName + " (next)");
        click(By.id("lodestar-cycle-submit"));
        wait.until(driver -> new Select(driver.findElement(By.id("lodestar-cycle-picker"))).getFirstSelectedOption()
                .getText().trim().equals(nextName + " (next)"));
        waitForLoaded();

        // ... and adds the objective the audit will continue in
        click(By.id("lodestar-create-objective"));
        type(By.id("lodestar-objective-title"), NEXT_OBJECTIVE);
        click(By.id("lodestar-objective-submit"));
        objectiveTitled(NEXT_OBJECTIVE);

        // ---- carol closes the running quarter, carrying the audit over
        browser.get(server.pageUrl() + "?cycle=" + runningId);
        waitForTree();
        String platformScore = objectiveTitled(PLATFORM).findElement(By.cssSelector("[data-test=objective-score]")).getText();
        click(By.id("lodestar-cycle-close"));
        wait.until(driver -> "false".equals(driver.findElement(By.cssSelector("[data-test=cycle-close-objectives]"))
                .getAttribute("aria-busy")) && !driver.findElements(By.cssSelector("[data-test=close-objective]")).isEmpty());
        WebElement platform = browser.findElements(By.cssSelector("[data-test=close-objective]")).stream()
                .filter(block -> block.findElement(By.tagName("h3")).getText().startsWith(PLATFORM)).findFirst().orElseThrow();
        assertTrue(platform.getText(), platform.findElement(By.tagName("h3")).getText()
                .contains("grade " + platformScore));
        WebElement audit = platform.findElements(By.cssSelector("[data-test=close-key-result]")).stream()
                .filter(item -> item.getText().startsWith(AUDIT)).findFirst().orElseThrow();
        assertTrue(audit.getText(), audit.getText().startsWith(AUDIT + ": final score 0.00"));
        Select carry = new Select(audit.findElement(By.cssSelector("[data-test=close-carry]")));
        carry.selectByVisibleText(nextName + " (next): " + NEXT_OBJECTIVE);
        ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'center'});", audit);
        screenshot("cycle-close-dialog.png");
        click(By.id("lodestar-cycle-close-submit"));

        // ---- the closed quarter: read-only, with its final grades
        wait.until(driver -> driver.findElement(By.id("lodestar-cycle-closed")).isDisplayed());
        waitForTree();
        assertTrue(new Select(browser.findElement(By.id("lodestar-cycle-picker"))).getFirstSelectedOption().getText()
                .contains(runningName));
        assertEquals("no controls change a closed cycle", List.of(), browser.findElements(By.cssSelector(
                "#lodestar-okr-tree [data-action=check-in], #lodestar-okr-tree [data-action=edit-key-result],"
                        + " #lodestar-okr-tree [data-action=link-issue], #lodestar-okr-tree [data-action=unlink-issue],"
                        + " #lodestar-okr-tree [data-action=edit-objective], #lodestar-okr-tree [data-action=add-key-result],"
                        + " #lodestar-okr-tree [data-action=delete-objective], #lodestar-okr-tree [data-action=delete-key-result]")));
        assertFalse(browser.findElement(By.id("lodestar-cycle-close")).isDisplayed());
        assertFalse(browser.findElement(By.id("lodestar-cycle-edit")).isDisplayed());
        assertFalse(browser.findElement(By.id("lodestar-create-objective")).isEnabled());
        WebElement graded = objectiveTitled(PLATFORM).findElement(By.cssSelector("[data-test=objective-expected]"));
        assertEquals("Final grade " + platformScore, graded.getText());
        screenshot("cycle-closed.png");

        // ---- the audit continues in the next quarter
        new Select(browser.findElement(By.id("lodestar-cycle-picker"))).selectByVisibleText(nextName + " (next)");
        waitForTree();
        WebElement next = objectiveTitled(NEXT_OBJECTIVE);
        wait.until(driver -> titles(next.findElements(By.cssSelector("[data-test=kr-title]"))).contains(AUDIT));
        screenshot("cycle-carried.png");
        assertEquals("browser console errors", List.of(), HeadlessChromium.consoleErrors(browser, List.of()));
    }

    private static List<String> titles(List<WebElement> elements) {
        return elements.stream().map(WebElement::getText).toList();
    }

    private WebElement myCheckIn(String title) {
        return wait.until(driver -> driver.findElements(By.cssSelector("[data-test=mycheckin]")).stream()
                .filter(row -> row.findElement(By.cssSelector("[data-test=mycheckin-title]")).getText().equals(title))
                .findFirst().orElse(null));
    }

    private void waitForMyCheckIns() {
        wait.until(driver -> "false".equals(driver.findElement(By.id("lodestar-mycheckins")).getAttribute("aria-busy")));
    }

    private void waitForLoaded() {
        wait.until(driver -> "false".equals(driver.findElement(By.id("lodestar-okr-tree")).getAttribute("aria-busy"))
                && driver.findElement(By.id("lodestar-okr-tree")).findElements(By.className("lodestar-loading")).isEmpty());
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

    /** Sets a date input as a person picking a day would: its value, then the events the page listens to. */
    private void setDate(By by, String isoDay) {
        WebElement field = wait.until(ExpectedConditions.visibilityOfElementLocated(by));
        ((JavascriptExecutor) browser).executeScript("arguments[0].value = arguments[1];"
                + "arguments[0].dispatchEvent(new Event('input', {bubbles: true}));"
                + "arguments[0].dispatchEvent(new Event('change', {bubbles: true}));", field, isoDay);
    }

    private void click(By by) {
        wait.until(ExpectedConditions.elementToBeClickable(by)).click();
    }

    private void type(By by, String text) {
        WebElement field = wait.until(ExpectedConditions.visibilityOfElementLocated(by));
        field.clear();
        field.sendKeys(text);
    }

    private void screenshot(String name) throws Exception {
        Path file = Path.of("target", name);
        Files.createDirectories(file.toAbsolutePath().getParent());
        Path shot = ((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE).toPath();
        Files.copy(shot, file, StandardCopyOption.REPLACE_EXISTING);
    }
}
