package io.lodestar.sandbox.host.jira;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import io.lodestar.core.issue.IssueSnapshot;
import io.lodestar.sandbox.export.JiraRestExportIssueSource;
import io.lodestar.sandbox.server.HeadlessChromium;
import io.lodestar.sandbox.server.SandboxBrowser;
import io.lodestar.sandbox.server.SandboxServer;
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
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The key-results panel on the sandbox's view-issue page in a real browser (headless Chromium, given by path as in
 * the OKR page's browser test; skipped with the reason when missing). The demo links epic ATLAS-7 to the key result
 * "Ship this quarter's platform epics" of objective "Make the platform enterprise-ready". Screenshots go to
 * sandbox/target/issue-panel-*.png.
 */
public class IssuePanelBrowserTest {

    static final String PLATFORM_KR = "Ship this quarter's platform epics";
    static final String PLATFORM_OBJECTIVE = "Make the platform enterprise-ready";

    private static SandboxServer server;
    private static WebDriver browser;
    private static WebDriverWait wait;
    private static List<IssueSnapshot> issues;

    @ClassRule
    public static final SandboxBrowser SANDBOX = new SandboxBrowser(IssuePanelBrowserTest.class, 1400, 1300, Duration.ofSeconds(20));

    @BeforeClass
    public static void start() throws Exception {
        server = SANDBOX.server();
        browser = SANDBOX.browser();
        wait = SANDBOX.waiting();
        Path data = SANDBOX.data();
        issues = new JiraRestExportIssueSource(data.resolve(SandboxServer.DEMO_FILE)).readAll().issues();
    }


    @Test
    public void shouldShowTheKeyResultAndTheRollUpOfItsIssuesWhenAliceOpensTheLinkedEpic() throws Exception {
        openIssue("ATLAS-7");

        assertEquals("Epic", browser.findElement(By.cssSelector("[data-test=issue-view-type]")).getText());
        WebElement entry = entry(PLATFORM_KR);
        assertEquals(PLATFORM_OBJECTIVE, entry.findElement(By.cssSelector("[data-test=issue-panel-objective]")).getText());
        assertEquals("Linked directly", entry.findElement(By.cssSelector("[data-test=issue-panel-how]")).getText());
        assertTrue(entry.findElement(By.cssSelector("[data-test=issue-panel-band]")).getAttribute("class").contains("aui-lozenge"));
        String rollup = entry.findElement(By.cssSelector("[data-test=issue-panel-rollup]")).getText();
        assertTrue(rollup, rollup.matches("Its issues: \\d+(\\.\\d+)? of \\d+(\\.\\d+)? story points done"));
        assertEquals(entry.findElement(By.cssSelector("[data-test=issue-panel-rollup-total]")).getText(),
                entry.findElement(By.cssSelector("[data-test=issue-panel-amount]")).getText());
        assertFalse(entry.findElements(By.cssSelector("[data-test=issue-panel-unlink]")).isEmpty());
        screenshot("issue-panel-epic.png");
        assertNoScriptErrors();
    }

    @Test
    public void shouldShowTheKeyResultViaTheEpicWithTheStorysPointsWhenAliceOpensAStoryOfIt() throws Exception {
        IssueSnapshot story = issues.stream()
                .filter(i -> "ATLAS-7".equals(i.epicKey()) && i.storyPoints() != null && i.storyPoints() > 0)
                .findFirst().orElseThrow();
        openIssue(story.key());

        assertEquals("ATLAS-7", browser.findElement(By.cssSelector("[data-test=issue-view-epic]")).getText());
        WebElement entry = entry(PLATFORM_KR);
        assertEquals("via epic ATLAS-7", entry.findElement(By.cssSelector("[data-test=issue-panel-how]")).getText());
        String points = new java.math.BigDecimal(story.storyPoints().toString()).stripTrailingZeros().toPlainString();
        // Lowercased: AUI lozenges are shown in capitals.
        String contribution = entry.findElement(By.cssSelector("[data-test=issue-panel-contribution]")).getText()
                .toLowerCase(java.util.Locale.ROOT);
        assertTrue(contribution, contribution.matches(java.util.regex.Pattern.quote(points)
                + " of \\d+(\\.\\d+)? story points (done|not done yet)"));
        assertTrue("the epic carries the link", entry.findElements(By.cssSelector("[data-test=issue-panel-unlink]")).isEmpty());
        screenshot("issue-panel-story-via-epic.png");
        entry.findElement(By.cssSelector("[data-test=issue-panel-via]")).click();
        wait.until(driver -> driver.getCurrentUrl().endsWith("/browse/ATLAS-7"));
        assertNoScriptErrors();
    }

    @Test
    public void shouldLinkFromThePanelAndShowTheLinkOnTheOkrPageThenUnlinkIt() throws Exception {
        // An ATLAS epic the demo links to nothing (it links ATLAS-5, -6 and -7).
        IssueSnapshot loose = issues.stream()
                .filter(i -> i.projectKey().equals("ATLAS") && i.type().name().equals("Epic")
                        && !List.of("ATLAS-5", "ATLAS-6", "ATLAS-7").contains(i.key()))
                .findFirst().orElseThrow();
        openIssue(loose.key());
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("[data-test=issue-panel-empty]")));

        click(By.cssSelector("[data-test=issue-panel-link]"));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("lodestar-issue-picker-query")));
        type(By.id("lodestar-issue-picker-query"), "platform epics");
        type(By.id("lodestar-issue-picker-team"), "ATLAS");
        click(By.id("lodestar-issue-picker-search"));
        WebElement result = wait.until(driver -> driver.findElements(By.cssSelector("[data-test=issue-picker-result]"))
                .stream().filter(li -> li.getText().contains(PLATFORM_KR)).findFirst().orElse(null));
        assertEquals(1, browser.findElements(By.cssSelector("[data-test=issue-picker-result]")).size());
        screenshot("issue-panel-picker.png");
        result.findElement(By.cssSelector("[data-test=issue-picker-choose]")).click();

        WebElement entry = entry(PLATFORM_KR);
        assertEquals("Linked directly", entry.findElement(By.cssSelector("[data-test=issue-panel-how]")).getText());
        assertTrue(browser.findElements(By.cssSelector("[data-test=issue-panel-empty]")).isEmpty());
        screenshot("issue-panel-linked.png");

        entry.findElement(By.cssSelector("[data-test=issue-panel-objective]")).click();
        WebElement opened = wait.until(driver -> driver.findElements(By.cssSelector("li.lodestar-objective-opened")).stream()
                .findFirst().orElse(null));
        assertEquals(PLATFORM_OBJECTIVE, opened.findElement(By.cssSelector("[data-test=objective-title]")).getText());
        List<String> linked = opened.findElements(By.cssSelector("[data-test=linked-issue-key]")).stream()
                .map(WebElement::getText).toList();
        assertTrue(linked.toString(), linked.contains(loose.key()));
        screenshot("issue-panel-okr-page.png");

        openIssue(loose.key());
        entry(PLATFORM_KR).findElement(By.cssSelector("[data-test=issue-panel-unlink]")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("[data-test=issue-panel-empty]")));
        assertNoScriptErrors();
    }

    @Test
    public void shouldShowNoPanelAndTellNothingWhenBobOpensANovaIssue() throws Exception {
        openIssue("NOVA-7");
        String novaSummary = browser.findElement(By.cssSelector("[data-test=issue-view-summary]")).getText();
        assertFalse("alice sees NOVA-7's panel", browser.findElements(By.cssSelector("[data-test=issue-panel-entry]")).isEmpty());
        click(By.id("sandbox-switch-to-bob"));
        wait.until(driver -> driver.findElement(By.id("sandbox-current-user")).getText().equals("Bob Okafor"));
        try {
            browser.get(server.baseUrl() + "/browse/NOVA-7");
            WebElement missing = wait.until(ExpectedConditions.visibilityOfElementLocated(
                    By.cssSelector("[data-test=issue-view-missing]")));
            assertTrue(missing.getText(), missing.getText().startsWith("You may not see this issue"));
            assertTrue(browser.findElements(By.cssSelector("[data-test=issue-panel]")).isEmpty());
            assertTrue(browser.findElements(By.cssSelector("[data-test=web-panel]")).isEmpty());
            String page = browser.getPageSource();
            assertFalse("no summary", page.contains(novaSummary));
            assertFalse("no key result", page.contains("mobile epics"));
            String hiddenText = missing.getText();
            screenshot("issue-panel-bob-nova.png");

            browser.get(server.baseUrl() + "/browse/NOVA-99999");
            assertEquals("an unknown issue reads the same", hiddenText, wait.until(ExpectedConditions
                    .visibilityOfElementLocated(By.cssSelector("[data-test=issue-view-missing]"))).getText());
            Object status = ((org.openqa.selenium.JavascriptExecutor) browser).executeAsyncScript(
                    "var done = arguments[0]; fetch('/plugins/servlet/lodestar/issue-panel?issueKey=NOVA-7')"
                            + ".then(function (r) { done(r.status); });");
            assertEquals(404L, status);
        } finally {
            click(By.id("sandbox-switch-to-alice"));
            wait.until(driver -> driver.findElement(By.id("sandbox-current-user")).getText().equals("Alice Andersen"));
        }
    }

    private void openIssue(String key) {
        browser.get(server.baseUrl() + "/browse/" + key);
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("[data-test=issue-view-summary]")));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("[data-test=issue-panel]")));
    }

    private WebElement entry(String keyResultTitle) {
        return wait.until(driver -> driver.findElements(By.cssSelector("[data-test=issue-panel-entry]")).stream()
                .filter(li -> li.findElement(By.cssSelector("[data-test=issue-panel-kr]")).getText().equals(keyResultTitle))
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

    private void assertNoScriptErrors() {
        // The 404s the bob test asks for on purpose.
        List<String> errors = HeadlessChromium.consoleErrors(browser, List.of("/browse/NOVA-", "issueKey=NOVA-"));
        assertEquals("browser console errors", List.of(), errors);
    }

    private void screenshot(String name) throws Exception {
        SANDBOX.screenshot(name);
    }
}
