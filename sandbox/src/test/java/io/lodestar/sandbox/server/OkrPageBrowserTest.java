package io.lodestar.sandbox.server;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotEquals;
import static org.junit.Assert.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.After;
import org.junit.BeforeClass;
import org.junit.ClassRule;
import org.junit.Test;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
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

    static final Path SCREENSHOT = Path.of("target", "okr-page.png");

    private static SandboxServer server;
    private static WebDriver browser;
    private static WebDriverWait wait;

    @ClassRule
    public static final SandboxBrowser SANDBOX = new SandboxBrowser(OkrPageBrowserTest.class, 1400, 2200, Duration.ofSeconds(20));

    @BeforeClass
    public static void start() throws Exception {
        server = SANDBOX.server();
        browser = SANDBOX.browser();
        wait = SANDBOX.waiting();
    }

    /** Console lines a test caused on purpose: Chromium logs every 4xx answer the page receives as an error. */
    private final List<String> expectedConsoleErrors = new ArrayList<>();

    /** Every page the tests drove ran its scripts without an error in the console. */
    @After
    public void shouldLeaveNoScriptErrorsWhenDone() {
        List<String> errors = HeadlessChromium.consoleErrors(browser, expectedConsoleErrors);
        browser.manage().window().setSize(new Dimension(1400, 2200));
        assertEquals("browser console errors", List.of(), errors);
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
        assertEquals("", browser.findElement(By.id("lodestar-checkin-confidence")).getAttribute("value"));
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

        expectedConsoleErrors.add("the server responded with a status of 400 (Bad Request)");
        click(By.id("lodestar-objective-submit"));
        WebElement teamError = wait.until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector("#lodestar-objective-form [data-error-for=team]")));
        wait.until(driver -> !teamError.getText().isEmpty());
        assertEquals("There is no Jira project with this key that you may browse. Pick one from the list.", teamError.getText());

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

    private static final String COMPANY = "Delight customers with a faster, more reliable product";
    private static final String ATLAS = "Make the platform enterprise-ready";
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    public void shouldKeepTheAlignmentWhenAnObjectiveIsEditedFromATeamFilteredView() throws Exception {
        browser.get(server.pageUrl() + "?team=ATLAS");
        waitForTree();
        WebElement atlas = objectiveTitled(ATLAS);
        String atlasId = atlas.getAttribute("data-objective-id");
        long companyId = rest("/objectives/" + atlasId).get("parentId").asLong();
        assertTrue(companyId > 0);
        assertTrue("the filtered tree has no company objective",
                browser.findElements(By.cssSelector("li[data-objective-id='" + companyId + "']")).isEmpty());

        atlas.findElement(By.cssSelector("[data-test=objective-edit]")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("lodestar-objective-title")));
        wait.until(driver -> driver.findElement(By.id("lodestar-objective-parent")).getAttribute("aria-busy") == null);
        Select parent = new Select(browser.findElement(By.id("lodestar-objective-parent")));
        assertEquals(COMPANY, parent.getFirstSelectedOption().getText().trim());
        assertTrue(parent.getOptions().stream().noneMatch(option -> option.getAttribute("value").equals(atlasId)));
        screenshot(Path.of("target", "okr-page-align.png"));
        type(By.id("lodestar-objective-description"), "Edited while the page showed ATLAS only.");
        click(By.id("lodestar-objective-submit"));
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("lodestar-objective-dialog")));

        JsonNode saved = rest("/objectives/" + atlasId);
        assertEquals("Edited while the page showed ATLAS only.", saved.get("description").asText());
        assertEquals(companyId, saved.get("parentId").asLong());
    }

    @Test
    public void shouldSayWhyThereIsNoForecastWhenCheckInsAreSecondsApart() throws Exception {
        String objectiveId = createObjective("Answer faster");
        addKeyResult(objectiveId, "Bring p99 from 480 ms to 300 ms", "NUMERIC", "480", "300");
        WebElement latency = keyResult(objectiveId, "Bring p99 from 480 ms to 300 ms");
        latency.findElement(By.cssSelector("[data-test=kr-check-in]")).click();
        checkIn("480", "ON_TRACK", 1);
        checkIn("300", "ON_TRACK", 2);
        closeCheckInDialog();

        String none = wait.until(driver -> {
            String text = keyResult(objectiveId, "Bring p99 from 480 ms to 300 ms")
                    .findElement(By.cssSelector("[data-test=kr-forecast]")).getText();
            return text.startsWith("No forecast") ? text : null;
        });
        assertEquals("No forecast yet: it needs check-ins at least a week apart.", none);
    }

    @Test
    public void shouldStateForecastsInTheUnitWithTheDayTheTargetIsReachedWhenTheDemoHasWeeksOfCheckIns() {
        browser.get(server.pageUrl());
        waitForTree();
        WebElement latency = keyResultTitled("Bring p95 API latency from 480 ms to 300 ms");
        String forecast = latency.findElement(By.cssSelector("[data-test=kr-forecast]")).getText();
        assertTrue(forecast, forecast.matches("(?s)\\d+(\\.\\d+)? ms at the cycle end \\(score \\d\\.\\d\\d\\)\\n"
                + "(Target reached on \\d{4}-\\d\\d-\\d\\d at this pace(, after the cycle ends)?|Target reached"
                + "|Target not reached at this pace)"));
    }

    @Test
    public void shouldShowAFieldErrorWhenACheckInIsSavedWithoutAConfidence() throws Exception {
        String objectiveId = createObjective("Check in with care");
        addKeyResult(objectiveId, "Grow to 10 pilots", "NUMERIC", "0", "10");
        keyResult(objectiveId, "Grow to 10 pilots").findElement(By.cssSelector("[data-test=kr-check-in]")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("lodestar-checkin-value")));
        assertEquals("", browser.findElement(By.id("lodestar-checkin-value")).getAttribute("value"));
        assertEquals("", browser.findElement(By.id("lodestar-checkin-confidence")).getAttribute("value"));
        type(By.id("lodestar-checkin-value"), "4");
        click(By.id("lodestar-checkin-submit"));

        WebElement error = wait.until(driver -> {
            WebElement box = driver.findElement(By.cssSelector("#lodestar-checkin-form [data-error-for=confidence]"));
            return box.getText().isEmpty() ? null : box;
        });
        assertEquals("Choose one of the options.", error.getText());
        screenshot(Path.of("target", "okr-page-checkin-error.png"));
        assertEquals("true", browser.findElement(By.id("lodestar-checkin-confidence")).getAttribute("aria-invalid"));
        assertTrue(browser.findElements(By.cssSelector("#lodestar-checkin-history [data-test=checkin-entry]")).isEmpty());
        closeCheckInDialog();
    }

    @Test
    public void shouldDeleteAnObjectiveWithWhatGoesWithItWhenConfirmed() throws Exception {
        String objectiveId = createObjective("Throw this one away");
        addKeyResult(objectiveId, "Count to three", "NUMERIC", "0", "3");
        addKeyResult(objectiveId, "Ship the throwaway epic", "LINKED_WORK", null, null);
        keyResult(objectiveId, "Ship the throwaway epic").findElement(By.cssSelector("[data-test=kr-link-issue]")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("lodestar-link-issue-key")));
        type(By.id("lodestar-link-issue-key"), "ATLAS-7");
        click(By.id("lodestar-link-submit"));
        wait.until(driver -> !keyResult(objectiveId, "Ship the throwaway epic")
                .findElements(By.cssSelector("[data-test=linked-issue-key]")).isEmpty());
        keyResult(objectiveId, "Count to three").findElement(By.cssSelector("[data-test=kr-check-in]")).click();
        checkIn("1", "AT_RISK", 1);
        closeCheckInDialog();

        // Closing the check-in dialog reloads the tree: click the button of the tree as drawn by then.
        wait.until(driver -> {
            objectiveById(objectiveId).findElement(By.cssSelector("[data-test=objective-delete]")).click();
            return true;
        });
        wait.until(driver -> "false".equals(driver.findElement(By.cssSelector("[data-test=delete-counts]"))
                .getAttribute("aria-busy")));
        assertEquals("Delete objective", browser.findElement(By.id("lodestar-delete-dialog-title")).getText());
        assertEquals(List.of("Key results: 2", "Linked issues: 1", "Check-ins: 1"),
                browser.findElements(By.cssSelector("[data-test=delete-counts] li")).stream().map(WebElement::getText).toList());
        screenshot(Path.of("target", "okr-page-delete.png"));
        click(By.id("lodestar-delete-submit"));

        wait.until(driver -> driver.findElements(By.cssSelector("li[data-objective-id='" + objectiveId + "']")).isEmpty());
        expectedConsoleErrors.add("status of 404");
        assertEquals("Deleted: Throw this one away", browser.findElement(By.cssSelector("[data-test=page-message]")).getText());
        assertEquals(404, restStatus("/objectives/" + objectiveId));
    }

    @Test
    public void shouldDeleteAKeyResultWhenConfirmedAndKeepItWhenCancelled() throws Exception {
        String objectiveId = createObjective("Trim the key results");
        addKeyResult(objectiveId, "Keep me", "NUMERIC", "0", "3");
        addKeyResult(objectiveId, "Drop me", "MILESTONE", null, null);
        String dropId = keyResult(objectiveId, "Drop me").getAttribute("data-key-result-id");

        keyResult(objectiveId, "Drop me").findElement(By.cssSelector("[data-test=kr-delete]")).click();
        wait.until(driver -> "false".equals(driver.findElement(By.cssSelector("[data-test=delete-counts]"))
                .getAttribute("aria-busy")));
        assertEquals(List.of("Linked issues: 0", "Check-ins: 0"),
                browser.findElements(By.cssSelector("[data-test=delete-counts] li")).stream().map(WebElement::getText).toList());
        click(By.id("lodestar-delete-cancel"));
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("lodestar-delete-dialog")));
        assertEquals(200, restStatus("/objectives/" + objectiveId));
        assertTrue(findKeyResult(objectiveId, "Drop me") != null);

        keyResult(objectiveId, "Drop me").findElement(By.cssSelector("[data-test=kr-delete]")).click();
        wait.until(driver -> "false".equals(driver.findElement(By.cssSelector("[data-test=delete-counts]"))
                .getAttribute("aria-busy")));
        click(By.id("lodestar-delete-submit"));
        wait.until(driver -> findKeyResult(objectiveId, "Drop me") == null);
        assertTrue(findKeyResult(objectiveId, "Keep me") != null);
        JsonNode left = rest("/objectives/" + objectiveId).get("keyResults");
        assertEquals(1, left.size());
        assertNotEquals(dropId, left.get(0).get("id").asText());
    }

    @Test
    public void shouldOfferLinkIssueOnlyOnLinkedWorkAndWordErrorsForAPerson() throws Exception {
        String objectiveId = createObjective("Word the errors");
        addKeyResult(objectiveId, "Reach 10 pilots", "NUMERIC", "0", "10");
        addKeyResult(objectiveId, "Ship the pilot epic", "LINKED_WORK", null, null);
        assertTrue(keyResult(objectiveId, "Reach 10 pilots").findElements(By.cssSelector("[data-test=kr-link-issue]")).isEmpty());
        assertEquals(1, keyResult(objectiveId, "Ship the pilot epic")
                .findElements(By.cssSelector("[data-test=kr-link-issue]")).size());
        browser.findElements(By.cssSelector("tr[data-test=key-result]")).forEach(row -> {
            boolean offered = !row.findElements(By.cssSelector("[data-test=kr-link-issue]")).isEmpty();
            assertEquals(row.getAttribute("data-kind"), "LINKED_WORK".equals(row.getAttribute("data-kind")), offered);
        });

        expectedConsoleErrors.add("status of 400");
        keyResult(objectiveId, "Reach 10 pilots").findElement(By.cssSelector("[data-test=kr-edit]")).click();
        type(By.id("lodestar-kr-target"), "0");
        click(By.id("lodestar-kr-submit"));
        WebElement error = wait.until(driver -> {
            WebElement box = driver.findElement(By.cssSelector("#lodestar-kr-form [data-error-for=target]"));
            return box.getText().isEmpty() ? null : box;
        });
        assertEquals("The target must differ from the start value.", error.getText());
        screenshot(Path.of("target", "okr-page-kr-error.png"));
        click(By.id("lodestar-kr-cancel"));
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("lodestar-kr-dialog")));

        keyResult(objectiveId, "Ship the pilot epic").findElement(By.cssSelector("[data-test=kr-link-issue]")).click();
        type(By.id("lodestar-link-issue-key"), "ATLAS-99999");
        click(By.id("lodestar-link-submit"));
        WebElement issueError = wait.until(driver -> {
            WebElement box = driver.findElement(By.cssSelector("#lodestar-link-form [data-error-for=issueKey]"));
            return box.getText().isEmpty() ? null : box;
        });
        assertEquals("No issue with this key, or you do not have permission to see it.", issueError.getText());
        click(By.id("lodestar-link-cancel"));
    }

    @Test
    public void shouldShowLinkedWorkInTheKeyResultsUnitOnBothLevelsWhenItCountsStoryPoints() {
        browser.get(server.pageUrl());
        waitForTree();
        WebElement epics = keyResultTitled("Ship this quarter's platform epics");
        Matcher total = Pattern.compile("(\\d+(?:\\.\\d+)?) of (\\d+(?:\\.\\d+)?) story points done")
                .matcher(epics.findElement(By.cssSelector("[data-test=kr-progress-text]")).getText());
        assertTrue(epics.findElement(By.cssSelector("[data-test=kr-progress-text]")).getText(), total.matches());
        double done = 0;
        double all = 0;
        for (WebElement link : epics.findElements(By.cssSelector("[data-test=linked-issue]"))) {
            Matcher share = Pattern.compile("(\\d+(?:\\.\\d+)?) of (\\d+(?:\\.\\d+)?) story points done").matcher(link.getText());
            assertTrue(link.getText(), share.find());
            done += Double.parseDouble(share.group(1));
            all += Double.parseDouble(share.group(2));
        }
        assertEquals(Double.parseDouble(total.group(1)), done, 1e-9);
        assertEquals(Double.parseDouble(total.group(2)), all, 1e-9);
        String issues = keyResultTitled("Ship this quarter's mobile epics")
                .findElement(By.cssSelector("[data-test=kr-progress-text]")).getText();
        assertTrue(issues, issues.matches("\\d+ of \\d+ issues done"));
    }

    @Test
    public void shouldSayTheLinkedCycleDoesNotExistWhenTheAddressNamesAnUnknownOne() throws Exception {
        browser.get(server.pageUrl() + "?cycle=999");
        waitForTree();
        WebElement warning = browser.findElement(By.cssSelector("[data-test=unknown-cycle]"));
        assertTrue(warning.getText(), warning.getText().startsWith("The cycle in this link does not exist"));
        screenshot(Path.of("target", "okr-page-unknown-cycle.png"));
        String shown = new Select(browser.findElement(By.id("lodestar-cycle-picker"))).getFirstSelectedOption()
                .getAttribute("value");
        assertEquals(shown, browser.findElement(By.id("lodestar-okr-page")).getAttribute("data-selected-cycle"));
        assertTrue(browser.getCurrentUrl(), browser.getCurrentUrl().endsWith("?cycle=" + shown));
        browser.get(server.pageUrl() + "?cycle=" + shown);
        waitForTree();
        assertTrue(browser.findElements(By.cssSelector("[data-test=unknown-cycle]")).isEmpty());
    }

    @Test
    public void shouldFitEveryKeyResultInItsCardWhenTheWindowIs800PixelsWide() throws Exception {
        browser.manage().window().setSize(new Dimension(800, 900));
        browser.get(server.pageUrl());
        waitForTree();
        JavascriptExecutor js = (JavascriptExecutor) browser;
        Object clipped = js.executeScript(
                "var out = [];"
                + "document.querySelectorAll('#lodestar-okr-tree [data-action]').forEach(function (b) {"
                + "  var card = b.closest('li.lodestar-objective').getBoundingClientRect();"
                + "  var r = b.getBoundingClientRect();"
                + "  if (r.right > card.right + 0.5 || r.left < card.left - 0.5) { out.push(b.textContent.trim()); }"
                + "});"
                + "if (document.documentElement.scrollWidth > window.innerWidth) { out.push('page scrolls sideways'); }"
                + "return out;");
        assertEquals(List.of(), clipped);
        screenshot(Path.of("target", "okr-page-alice-800.png"));
    }

    @Test
    public void shouldLinkTheExportButtonToTheShownCyclesCsvInThePagesWords() throws Exception {
        browser.get(server.pageUrl());
        waitForTree();
        String cycleId = browser.findElement(By.id("lodestar-okr-page")).getAttribute("data-selected-cycle");
        WebElement export = browser.findElement(By.id("lodestar-export-csv"));
        assertEquals("Export CSV", export.getText());
        assertTrue(export.getAttribute("href"), export.getAttribute("href")
                .endsWith("/rest/lodestar/1.0/cycles/" + cycleId + "/export.csv"));
        String csv = (String) ((JavascriptExecutor) browser).executeAsyncScript(
                "var done = arguments[arguments.length - 1];"
                + "fetch(arguments[0], {credentials: 'same-origin'}).then(function (r) { return r.text(); }).then(done);",
                export.getAttribute("href"));
        assertTrue(csv, csv.contains("\"" + COMPANY + "\",\"Company\""));
        assertTrue(csv, csv.contains("\"Linked Jira work\""));
        assertTrue(csv, csv.matches("(?s).*\"\\d\\.\\d\\d\",\"(Green|Yellow|Red)\",\"(On track|At risk|Off track)\".*"));
    }

    @Test
    public void shouldScreenshotThePageForAliceAndBobWhenWideAndNarrow() throws Exception {
        for (int width : new int[] {1280, 800}) {
            browser.manage().window().setSize(new Dimension(width, 900));
            browser.get(server.pageUrl());
            waitForTree();
            fullPageScreenshot(Path.of("target", "okr-page-alice-" + width + "-full.png"));
        }
        click(By.id("sandbox-switch-to-bob"));
        wait.until(driver -> driver.findElement(By.id("sandbox-current-user")).getText().equals("Bob Okafor"));
        for (int width : new int[] {800, 1280}) {
            browser.manage().window().setSize(new Dimension(width, 900));
            browser.get(server.pageUrl());
            waitForTree();
            fullPageScreenshot(Path.of("target", "okr-page-bob-" + width + "-full.png"));
        }
        click(By.id("sandbox-switch-to-alice"));
        wait.until(driver -> driver.findElement(By.id("sandbox-current-user")).getText().equals("Alice Andersen"));
    }

    private String createObjective(String title) {
        browser.get(server.pageUrl());
        waitForTree();
        click(By.id("lodestar-create-objective"));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("lodestar-objective-title")));
        type(By.id("lodestar-objective-title"), title);
        new Select(browser.findElement(By.id("lodestar-objective-level"))).selectByValue("TEAM");
        type(By.id("lodestar-objective-team"), "ATLAS");
        click(By.id("lodestar-objective-submit"));
        return objectiveTitled(title).getAttribute("data-objective-id");
    }

    /** Checks in from the open check-in dialog and waits for the history to hold {@code entries} check-ins. */
    private void checkIn(String value, String confidence, int entries) {
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("lodestar-checkin-value")));
        type(By.id("lodestar-checkin-value"), value);
        new Select(browser.findElement(By.id("lodestar-checkin-confidence"))).selectByValue(confidence);
        click(By.id("lodestar-checkin-submit"));
        wait.until(driver -> driver.findElements(By.cssSelector("#lodestar-checkin-history [data-test=checkin-entry]"))
                .size() == entries);
    }

    private WebElement keyResultTitled(String title) {
        return wait.until(driver -> driver.findElements(By.cssSelector("tr[data-test=key-result]")).stream()
                .filter(row -> row.findElement(By.cssSelector("[data-test=kr-title]")).getText().equals(title))
                .findFirst().orElse(null));
    }

    /** A REST GET made by the page's own session (its cookie), parsed. */
    private JsonNode rest(String path) throws Exception {
        return JSON.readTree(restCall(path).get("body").toString());
    }

    private int restStatus(String path) {
        return ((Number) restCall(path).get("status")).intValue();
    }

    @SuppressWarnings("unchecked")
    private java.util.Map<String, Object> restCall(String path) {
        return (java.util.Map<String, Object>) ((JavascriptExecutor) browser).executeAsyncScript(
                "var done = arguments[arguments.length - 1];"
                + "fetch(arguments[0], {credentials: 'same-origin', headers: {'Accept': 'application/json'}})"
                + ".then(function (r) { return r.text().then(function (t) { done({status: r.status, body: t}); }); });",
                server.baseUrl() + "/rest/lodestar/1.0" + path);
    }

    /** The whole page, not only the window: the window is resized to the page's height for the shot. */
    private void fullPageScreenshot(Path file) throws Exception {
        Dimension window = browser.manage().window().getSize();
        Number height = (Number) ((JavascriptExecutor) browser).executeScript(
                "return document.documentElement.scrollHeight;");
        browser.manage().window().setSize(new Dimension(window.getWidth(), Math.min(6000, height.intValue() + 150)));
        screenshot(file);
        browser.manage().window().setSize(window);
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
