package io.lodestar.sandbox.server;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.time.Duration;
import java.util.List;
import org.junit.After;
import org.junit.BeforeClass;
import org.junit.ClassRule;
import org.junit.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Issue 14 in a real browser (skipped with the reason when chromium is missing): the Watch button of the KPI view and
 * the weekly reminder switch of "My check-ins", each kept after a reload. Screenshots go to
 * sandbox/target/watch-*.png and reminders-*.png.
 */
public class WatchAndRemindersBrowserTest {

    private static SandboxServer server;
    private static WebDriver browser;
    private static WebDriverWait wait;

    @ClassRule
    public static final SandboxBrowser SANDBOX = new SandboxBrowser(WatchAndRemindersBrowserTest.class, 1400, 1000,
            Duration.ofSeconds(30));

    @BeforeClass
    public static void start() throws Exception {
        server = SANDBOX.server();
        browser = SANDBOX.browser();
        wait = SANDBOX.waiting();
    }

    @After
    public void shouldLeaveNoScriptErrorsWhenDone() {
        assertEquals("browser console errors", List.of(), HeadlessChromium.consoleErrors(browser, List.of()));
    }

    private WebElement openAtlasThroughput() {
        browser.get(server.baseUrl() + "/plugins/servlet/lodestar/kpis?team=ATLAS");
        wait.until(driver -> "false".equals(driver.findElement(By.id("lodestar-kpi-scorecard")).getAttribute("aria-busy"))
                && !driver.findElements(By.cssSelector("[data-test=scorecard-row]")).isEmpty());
        browser.findElements(By.cssSelector("[data-test=scorecard-row]")).stream()
                .filter(row -> row.findElement(By.cssSelector("[data-test=kpi-name]")).getText().equals("ATLAS throughput"))
                .findFirst().orElseThrow().findElement(By.cssSelector("[data-test=kpi-open]")).click();
        wait.until(driver -> driver.findElement(By.cssSelector("[data-test=kpi-watch]")).isDisplayed()
                && "false".equals(driver.findElement(By.id("lodestar-kpi-view")).getAttribute("aria-busy")));
        return browser.findElement(By.cssSelector("[data-test=kpi-watch]"));
    }

    @Test
    public void shouldWatchAKpiWithTheWatchButtonAndStillWatchItAfterAReload() throws Exception {
        WebElement watch = openAtlasThroughput();
        assertEquals("false", watch.getAttribute("aria-pressed"));
        assertEquals("Watch", watch.getText());
        assertEquals("Watchers: 0", browser.findElement(By.cssSelector("[data-test=kpi-watchers]")).getText());

        watch.click();
        wait.until(driver -> "true".equals(driver.findElement(By.cssSelector("[data-test=kpi-watch]")).getAttribute("aria-pressed")));
        assertEquals("Stop watching", browser.findElement(By.cssSelector("[data-test=kpi-watch]")).getText());
        assertEquals("Watchers: 1", browser.findElement(By.cssSelector("[data-test=kpi-watchers]")).getText());
        SANDBOX.screenshot("watch-kpi-view.png");

        WebElement again = openAtlasThroughput();
        assertEquals("true", again.getAttribute("aria-pressed"));
        again.click();
        wait.until(driver -> "false".equals(driver.findElement(By.cssSelector("[data-test=kpi-watch]")).getAttribute("aria-pressed")));
        assertEquals("Watchers: 0", browser.findElement(By.cssSelector("[data-test=kpi-watchers]")).getText());
    }

    private WebElement openMyCheckIns() {
        browser.get(server.baseUrl() + "/plugins/servlet/lodestar/okrs?view=my-check-ins");
        wait.until(driver -> driver.findElement(By.cssSelector("[data-test=reminders-toggle]")).isDisplayed()
                && driver.findElement(By.cssSelector("[data-test=reminders-toggle]")).isEnabled());
        return browser.findElement(By.cssSelector("[data-test=reminders-toggle]"));
    }

    @Test
    public void shouldSwitchMyRemindersOffOnMyCheckInsAndKeepThemOffAfterAReload() throws Exception {
        WebElement toggle = openMyCheckIns();
        assertTrue("on by default", toggle.isSelected());
        assertFalse(browser.findElement(By.cssSelector("[data-test=reminders-off]")).isDisplayed());

        toggle.click();
        wait.until(driver -> driver.findElement(By.cssSelector("[data-test=reminders-toggle]")).isEnabled());
        SANDBOX.screenshot("reminders-my-check-ins.png");

        WebElement reloaded = openMyCheckIns();
        assertFalse("off after a reload", reloaded.isSelected());
        reloaded.click();
        wait.until(driver -> driver.findElement(By.cssSelector("[data-test=reminders-toggle]")).isEnabled());
        assertTrue(openMyCheckIns().isSelected());
    }
}
