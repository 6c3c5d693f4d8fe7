package io.lodestar.sandbox.server;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.After;
import org.junit.BeforeClass;
import org.junit.ClassRule;
import org.junit.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The KPI page in a real browser (Debian's chromium and chromium-driver, given by path; skipped with the reason when
 * missing) on the sandbox's demo data: ATLAS's scorecard, the velocity view whose numbers equal
 * {@code lodestar kpi velocity} on the same export, a sprint report, and bob, who may not browse NOVA, seeing NOVA's
 * KPIs without their values. Screenshots go to sandbox/target/kpi-page-*.png.
 */
public class KpiPageBrowserTest {

    private static Path data;
    private static SandboxServer server;
    private static WebDriver browser;
    private static WebDriverWait wait;
    /** Errors a test provokes on purpose (a refused save), which the console check then accepts. */
    private final List<String> expectedConsoleErrors = new ArrayList<>();

    @ClassRule
    public static final SandboxBrowser SANDBOX = new SandboxBrowser(KpiPageBrowserTest.class, 1400, 1800, Duration.ofSeconds(30));

    @BeforeClass
    public static void start() throws Exception {
        server = SANDBOX.server();
        browser = SANDBOX.browser();
        wait = SANDBOX.waiting();
        data = SANDBOX.data();
    }

    @After
    public void shouldLeaveNoScriptErrorsWhenDone() {
        // Chromium logs every non-2xx answer; a 400 is the API refusing input the test sends on purpose.
        List<String> expected = new java.util.ArrayList<>(expectedConsoleErrors);
        expected.add("the server responded with a status of 400");
        List<String> errors = HeadlessChromium.consoleErrors(browser, expected);
        expectedConsoleErrors.clear();
        assertEquals("browser console errors", List.of(), errors);
    }


    private static final List<String> DEMO_KPIS = List.of("ATLAS velocity", "NOVA velocity", "ATLAS throughput",
            "NOVA say/do ratio", "ATLAS on-time delivery", "NOVA on-time delivery");

    private static String kpiPage(String query) {
        return server.baseUrl() + "/plugins/servlet/lodestar/kpis" + query;
    }

    @Test
    public void shouldShowAtlasKpisWithTheirStoredValuesWhenAliceOpensTheTeamsScorecard() throws Exception {
        browser.get(kpiPage("?team=ATLAS"));
        List<WebElement> rows = scorecardRows();

        List<String> names = rows.stream().map(row -> row.findElement(By.cssSelector("[data-test=kpi-name]")).getText()).toList();
        // The demo's KPIs come first (by id); other tests of this class may have added some after them.
        assertEquals(List.of("ATLAS velocity", "ATLAS throughput", "ATLAS on-time delivery"), names.subList(0, 3));
        for (WebElement row : rows.subList(0, 3)) {
            assertEquals("true", row.getAttribute("data-visible"));
            assertFalse(row.findElement(By.cssSelector("[data-test=kpi-value]")).getText().isBlank());
            assertFalse(row.findElement(By.cssSelector("[data-test=kpi-target]")).getText().isBlank());
            assertTrue(List.of("GREEN", "YELLOW", "RED").contains(row.getAttribute("data-rating")));
            assertFalse("alice owns the demo KPIs, so she may measure them",
                    row.findElements(By.cssSelector("[data-test=kpi-measure]")).isEmpty());
        }
        assertEquals("Alice Andersen", rows.get(0).findElement(By.cssSelector("[data-test=kpi-owner]")).getText());
        long red = rows.stream().filter(row -> "RED".equals(row.getAttribute("data-rating"))).count();
        WebElement banner = browser.findElement(By.cssSelector("[data-test=kpi-red-banner]"));
        assertEquals("the banner shows only when a KPI is red", red > 0, banner.isDisplayed());
        if (red > 1) {
            assertTrue(banner.getText(), banner.getText().startsWith(red + " KPIs are red"));
        } else if (red == 1) {
            assertTrue(banner.getText(), banner.getText().startsWith("1 KPI is red"));
        }
        screenshot("kpi-page-scorecard-alice.png");
    }

    @Test
    public void shouldShowTheNumbersOfLodestarKpiVelocityWhenTheVelocityViewAndASprintReportOpen() throws Exception {
        browser.get(kpiPage("?team=ATLAS"));
        WebElement velocity = scorecardRows().stream()
                .filter(row -> row.findElement(By.cssSelector("[data-test=kpi-name]")).getText().equals("ATLAS velocity"))
                .findFirst().orElseThrow();
        velocity.findElement(By.cssSelector("[data-test=kpi-open]")).click();
        wait.until(driver -> "false".equals(driver.findElement(By.id("lodestar-velocity-section")).getAttribute("aria-busy"))
                && !driver.findElements(By.cssSelector("[data-test=velocity-row]")).isEmpty());

        List<String> shown = new ArrayList<>();
        for (WebElement row : browser.findElements(By.cssSelector("[data-test=velocity-row]"))) {
            List<WebElement> cells = row.findElements(By.tagName("td"));
            shown.add(cells.get(0).getText() + "," + number(cells.get(1).getText()) + "," + number(cells.get(2).getText()));
        }
        List<String> cli = lodestarKpiVelocity("ATLAS");
        assertEquals(7, shown.size());
        assertEquals(cli.subList(cli.size() - 7, cli.size()), shown);
        assertFalse(browser.findElements(By.cssSelector("#lodestar-history-table [data-test=history-row]")).isEmpty());
        assertEquals("Project ATLAS", browser.findElement(By.cssSelector("#lodestar-kpi-sheet [data-sheet=source]")).getText());
        screenshot("kpi-page-velocity.png");

        List<WebElement> sprints = browser.findElements(By.cssSelector("[data-test=velocity-open-report]"));
        String lastSprint = sprints.get(sprints.size() - 1).getText();
        sprints.get(sprints.size() - 1).click();
        wait.until(driver -> "false".equals(driver.findElement(By.id("lodestar-sprint-report")).getAttribute("aria-busy"))
                && !driver.findElements(By.cssSelector("[data-test=report-issue]")).isEmpty());
        assertTrue(browser.findElement(By.id("lodestar-sprint-report-heading")).getText().contains(lastSprint));
        List<WebElement> issues = browser.findElements(By.cssSelector("[data-test=report-issue]"));
        for (WebElement issue : issues) {
            assertTrue(issue.getAttribute("data-issue-key"), issue.getAttribute("data-issue-key").startsWith("ATLAS-"));
            assertFalse("every issue says why", issue.findElements(By.tagName("td")).get(4).getText().isBlank());
        }
        assertTrue(issues.stream().anyMatch(issue -> issue.getAttribute("data-outcome").equals("COMPLETED")));
        int sayWhen = 0;
        for (WebElement issue : issues) {
            String outcome = issue.findElements(By.tagName("td")).get(1).getText();
            String why = issue.findElements(By.tagName("td")).get(4).getText();
            if (issue.getAttribute("data-outcome").equals("REMOVED") && !outcome.contains("added")) {
                assertTrue(why, why.matches("Removed from the sprint on day [0-9]+, so it stays in the commitment and is not completed\\."));
                sayWhen++;
            } else if (outcome.contains("added")
                    && List.of("COMPLETED", "NOT_COMPLETED", "REMOVED").contains(issue.getAttribute("data-outcome"))) {
                assertTrue(why, why.matches("Added on day [0-9]+ .*"));
                sayWhen++;
            }
        }
        assertTrue("the demo's last sprint had issues added during it", sayWhen > 0);
        ((JavascriptExecutor) browser).executeScript("document.getElementById('lodestar-sprint-report').scrollIntoView();");
        screenshot("kpi-page-sprint-report.png");

        WebElement withRemovals = browser.findElements(By.cssSelector("[data-test=velocity-row]")).stream()
                .filter(row -> !number(row.findElements(By.tagName("td")).get(5).getText()).equals(number("0")))
                .findFirst().orElseThrow(() -> new AssertionError("the demo has a sprint with removed issues"));
        String removalSprint = withRemovals.findElement(By.cssSelector("[data-test=velocity-open-report]")).getText();
        withRemovals.findElement(By.cssSelector("[data-test=velocity-open-report]")).click();
        wait.until(driver -> "false".equals(driver.findElement(By.id("lodestar-sprint-report")).getAttribute("aria-busy"))
                && driver.findElement(By.id("lodestar-sprint-report-heading")).getText().contains(removalSprint));
        List<String> removedWhy = browser.findElements(By.cssSelector("[data-test=report-issue][data-outcome=REMOVED]"))
                .stream().map(issue -> issue.findElements(By.tagName("td")).get(4).getText()).toList();
        assertFalse(removedWhy.isEmpty());
        for (String why : removedWhy) {
            assertTrue(why, why.matches("(Removed from the sprint on day [0-9]+, so it stays in the commitment and is not completed"
                    + "|Added on day [0-9]+ and removed again on day [0-9]+, so it counts neither in the commitment nor as completed)\\."));
        }
        ((JavascriptExecutor) browser).executeScript("document.getElementById('lodestar-sprint-report').scrollIntoView();");
        screenshot("kpi-page-sprint-report-removed.png");
    }

    @Test
    public void shouldShowNovaKpisWithoutTheirValuesWhenBobMayNotBrowseNova() throws Exception {
        browser.get(kpiPage(""));
        scorecardRows();
        browser.findElement(By.id("sandbox-switch-to-bob")).click();
        wait.until(driver -> driver.findElement(By.id("sandbox-current-user")).getText().equals("Bob Okafor"));
        List<WebElement> rows = scorecardRows();

        List<String> novaRows = new ArrayList<>();
        for (WebElement row : rows) {
            String name = row.findElement(By.cssSelector("[data-test=kpi-name]")).getText();
            if (!DEMO_KPIS.contains(name)) {
                continue;
            }
            boolean nova = name.startsWith("NOVA");
            assertEquals(name, String.valueOf(!nova), row.getAttribute("data-visible"));
            if (nova) {
                novaRows.add(name);
                assertTrue(row.findElements(By.cssSelector("[data-test=kpi-value]")).isEmpty());
                assertFalse(row.findElement(By.cssSelector("[data-test=kpi-hidden]")).getText().isBlank());
            }
            assertTrue("bob owns no KPI", row.findElements(By.cssSelector("[data-test=kpi-measure]")).isEmpty());
        }
        assertEquals(List.of("NOVA velocity", "NOVA say/do ratio", "NOVA on-time delivery"), novaRows);
        screenshot("kpi-page-scorecard-bob.png");

        rows.stream().filter(row -> row.findElement(By.cssSelector("[data-test=kpi-name]")).getText().equals("NOVA velocity"))
                .findFirst().orElseThrow().findElement(By.cssSelector("[data-test=kpi-open]")).click();
        wait.until(driver -> "false".equals(driver.findElement(By.id("lodestar-kpi-view")).getAttribute("aria-busy"))
                && "false".equals(driver.findElement(By.id("lodestar-kpi-view")).getAttribute("data-visible")));
        assertTrue(browser.findElement(By.id("lodestar-kpi-view-hidden")).isDisplayed());
        assertFalse(browser.findElement(By.id("lodestar-velocity-section")).isDisplayed());
        assertTrue(browser.findElements(By.cssSelector("[data-test=history-row]")).isEmpty());
        assertFalse("no history section, not even 'nothing measured yet'",
                browser.findElement(By.id("lodestar-history-section")).isDisplayed());
        screenshot("kpi-page-nova-bob.png");
        browser.findElement(By.id("sandbox-switch-to-alice")).click();
        wait.until(driver -> driver.findElement(By.id("sandbox-current-user")).getText().equals("Alice Andersen"));
    }

    @Test
    public void shouldCreateAKpiWithAJqlSourceAndRefuseOneWhoseJqlDoesNotParseWhenAliceFillsInTheSheet() throws Exception {
        browser.get(kpiPage("?team=ATLAS"));
        int before = scorecardRows().size();

        openCreateDialog();
        type(By.id("lodestar-kpi-field-name"), "ATLAS bad query");
        select(By.id("lodestar-kpi-field-type"), "THROUGHPUT");
        select(By.id("lodestar-kpi-field-source-kind"), "JQL");
        type(By.id("lodestar-kpi-field-value"), "project = = ATLAS");
        select(By.id("lodestar-kpi-field-frequency"), "WEEKLY");
        type(By.id("lodestar-kpi-field-target"), "12");
        type(By.id("lodestar-kpi-field-alert-threshold"), "8");
        browser.findElement(By.id("lodestar-kpi-submit")).click();
        WebElement error = wait.until(driver -> {
            WebElement box = driver.findElement(By.cssSelector("#lodestar-kpi-form [data-error-for=value]"));
            return box.getText().isBlank() ? null : box;
        });
        assertTrue(error.getText(), error.getText().contains("project = = ATLAS"));
        assertEquals("true", browser.findElement(By.id("lodestar-kpi-field-value")).getAttribute("aria-invalid"));
        screenshot("kpi-page-jql-error.png");

        type(By.id("lodestar-kpi-field-name"), "ATLAS throughput by JQL");
        type(By.id("lodestar-kpi-field-value"), "project = ATLAS");
        browser.findElement(By.id("lodestar-kpi-submit")).click();
        wait.until(driver -> "false".equals(driver.findElement(By.id("lodestar-kpi-view")).getAttribute("aria-busy"))
                && driver.findElement(By.id("lodestar-kpi-view-name")).getText().equals("ATLAS throughput by JQL"));

        assertEquals("JQL: project = ATLAS", browser.findElement(By.cssSelector("#lodestar-kpi-sheet [data-sheet=source]")).getText());
        assertEquals(before + 1, scorecardRows().size());
    }

    @Test
    public void shouldKeepTheDeadlineSourceWhenAliceCreatesAnOnTimeDeliveryKpiThatReadsReleaseDates() throws Exception {
        browser.get(kpiPage("?team=ATLAS"));
        scorecardRows();
        openCreateDialog();
        select(By.id("lodestar-kpi-field-type"), "CYCLE_TIME");
        assertFalse("only on-time delivery has a deadline", browser.findElement(By.id("lodestar-kpi-param-deadline")).isDisplayed());
        assertTrue("a cycle time starts at the first or last entry", browser.findElement(By.id("lodestar-kpi-param-start-entry")).isDisplayed());
        type(By.id("lodestar-kpi-field-name"), "ATLAS on time by release");
        select(By.id("lodestar-kpi-field-type"), "ON_TIME_DELIVERY");
        assertTrue(browser.findElement(By.id("lodestar-kpi-param-deadline")).isDisplayed());
        assertFalse(browser.findElement(By.id("lodestar-kpi-param-start-entry")).isDisplayed());
        select(By.id("lodestar-kpi-param-deadline"), "RELEASE_DATE");
        select(By.id("lodestar-kpi-field-frequency"), "MONTHLY");
        type(By.id("lodestar-kpi-field-target"), "0.9");
        type(By.id("lodestar-kpi-field-alert-threshold"), "0.6");
        browser.findElement(By.id("lodestar-kpi-submit")).click();
        wait.until(driver -> "false".equals(driver.findElement(By.id("lodestar-kpi-view")).getAttribute("aria-busy"))
                && driver.findElement(By.id("lodestar-kpi-view-name")).getText().equals("ATLAS on time by release"));

        wait.until(driver -> driver.findElement(By.id("lodestar-kpi-edit")).isDisplayed());
        browser.findElement(By.id("lodestar-kpi-edit")).click();
        wait.until(driver -> driver.findElement(By.id("lodestar-kpi-param-deadline")).isDisplayed());
        assertEquals("RELEASE_DATE", browser.findElement(By.id("lodestar-kpi-param-deadline")).getAttribute("value"));
    }

    @Test
    public void shouldCreateABoardVelocityThatCountsTheBoardsLastColumnWhenAliceChoosesJirasVelocityChartRule()
            throws Exception {
        long board = io.lodestar.sandbox.host.software.SandboxJiraSoftware.boards().all().stream()
                .filter(candidate -> candidate.projectKey().equals("ATLAS")).findFirst().orElseThrow().id();
        browser.get(kpiPage("?team=ATLAS"));
        scorecardRows();
        openCreateDialog();
        select(By.id("lodestar-kpi-field-type"), "THROUGHPUT");
        assertFalse("only sprint KPIs have a done rule", browser.findElement(By.id("lodestar-kpi-param-done-rule")).isDisplayed());
        select(By.id("lodestar-kpi-field-type"), "VELOCITY");
        assertTrue(browser.findElement(By.id("lodestar-kpi-param-done-rule")).isDisplayed());
        type(By.id("lodestar-kpi-field-name"), "ATLAS board velocity");
        select(By.id("lodestar-kpi-field-source-kind"), "BOARD");
        type(By.id("lodestar-kpi-field-value"), Long.toString(board));
        select(By.id("lodestar-kpi-param-done-rule"), "BOARD_LAST_COLUMN");
        select(By.id("lodestar-kpi-field-frequency"), "PER_SPRINT");
        type(By.id("lodestar-kpi-field-target"), "30");
        type(By.id("lodestar-kpi-field-alert-threshold"), "20");
        SANDBOX.screenshot("kpi-editor-board-done-rule.png");
        browser.findElement(By.id("lodestar-kpi-submit")).click();
        wait.until(driver -> "false".equals(driver.findElement(By.id("lodestar-kpi-view")).getAttribute("aria-busy"))
                && driver.findElement(By.id("lodestar-kpi-view-name")).getText().equals("ATLAS board velocity"));

        wait.until(driver -> driver.findElement(By.id("lodestar-kpi-edit")).isDisplayed());
        browser.findElement(By.id("lodestar-kpi-edit")).click();
        wait.until(driver -> driver.findElement(By.id("lodestar-kpi-param-done-rule")).isDisplayed());
        assertEquals("BOARD_LAST_COLUMN", browser.findElement(By.id("lodestar-kpi-param-done-rule")).getAttribute("value"));
    }

    @Test
    public void shouldDrawTheControlChartOfEveryFinishedIssueWhenACycleTimeKpiIsOpened() throws Exception {
        browser.get(kpiPage("?team=ATLAS"));
        scorecardRows();
        openCreateDialog();
        type(By.id("lodestar-kpi-field-name"), "ATLAS cycle time");
        select(By.id("lodestar-kpi-field-type"), "CYCLE_TIME");
        select(By.id("lodestar-kpi-field-frequency"), "WEEKLY");
        select(By.id("lodestar-kpi-field-direction"), "LOWER_IS_BETTER");
        type(By.id("lodestar-kpi-field-target"), "3");
        type(By.id("lodestar-kpi-field-alert-threshold"), "6");
        browser.findElement(By.id("lodestar-kpi-submit")).click();
        wait.until(driver -> "false".equals(driver.findElement(By.id("lodestar-control-section")).getAttribute("aria-busy"))
                && !driver.findElements(By.cssSelector("[data-test=control-issue]")).isEmpty());

        List<WebElement> issues = browser.findElements(By.cssSelector("[data-test=control-issue]"));
        assertTrue(issues.size() > 20);
        for (WebElement issue : issues) {
            assertTrue(issue.getAttribute("data-issue-key"), issue.getAttribute("data-issue-key").startsWith("ATLAS-"));
        }
        String stats = browser.findElement(By.id("lodestar-control-stats")).getText();
        assertTrue(stats, stats.startsWith(issues.size() + " issues: median "));
        ((JavascriptExecutor) browser).executeScript("document.getElementById('lodestar-control-section').scrollIntoView();");
        screenshot("kpi-page-control-chart.png");
    }

    @Test
    public void shouldNameTheKeyResultsAKpiBacksAndKeepItWhenAliceDeletesIt() throws Exception {
        browser.get(kpiPage("?team=NOVA"));
        WebElement velocity = scorecardRows().stream()
                .filter(row -> row.findElement(By.cssSelector("[data-test=kpi-name]")).getText().equals("NOVA velocity"))
                .findFirst().orElseThrow();
        List<WebElement> backedKeyResults = velocity.findElements(By.cssSelector("[data-test=kpi-key-results] li"));
        assertEquals("the demo's NOVA velocity backs one key result", 1, backedKeyResults.size());
        String keyResultTitle = backedKeyResults.get(0).getText();
        velocity.findElement(By.cssSelector("[data-test=kpi-open]")).click();
        wait.until(driver -> driver.findElement(By.id("lodestar-kpi-delete")).isDisplayed());
        browser.findElement(By.id("lodestar-kpi-delete")).click();
        wait.until(driver -> driver.findElement(By.id("lodestar-kpi-delete-submit")).isDisplayed());
        browser.findElement(By.id("lodestar-kpi-delete-submit")).click();

        WebElement backed = wait.until(driver -> {
            WebElement box = driver.findElement(By.id("lodestar-kpi-delete-backed"));
            return box.isDisplayed() ? box : null;
        });
        assertTrue(backed.getText(), backed.getText().startsWith("backs the key results \"" + keyResultTitle + "\""));
        assertTrue(browser.findElement(By.id("lodestar-kpi-delete-convert")).isDisplayed());
        screenshot("kpi-page-delete-backed.png");
        browser.findElement(By.id("lodestar-kpi-delete-cancel")).click();
        wait.until(driver -> !driver.findElement(By.id("lodestar-kpi-delete-dialog")).isDisplayed());
        browser.get(kpiPage("?team=NOVA"));
        assertTrue(scorecardRows().stream().anyMatch(row -> row.findElement(By.cssSelector("[data-test=kpi-name]"))
                .getText().equals("NOVA velocity")));
    }

    @Test
    public void shouldDraftAnObjectiveThatTakesTheKpiToItsTargetWhenAliceStartsFromARedKpi() throws Exception {
        browser.get(kpiPage("?team=ATLAS"));
        WebElement red = scorecardRows().stream().filter(row -> "RED".equals(row.getAttribute("data-rating"))
                        && DEMO_KPIS.contains(row.findElement(By.cssSelector("[data-test=kpi-name]")).getText()))
                .findFirst().orElseThrow();
        String name = red.findElement(By.cssSelector("[data-test=kpi-name]")).getText();
        red.findElement(By.cssSelector("[data-test=kpi-open]")).click();
        wait.until(driver -> driver.findElement(By.id("lodestar-kpi-draft")).isDisplayed());
        browser.findElement(By.id("lodestar-kpi-draft")).click();
        wait.until(driver -> !driver.findElements(By.cssSelector("#lodestar-kpi-draft-cycle option")).isEmpty());
        String proposal = browser.findElement(By.id("lodestar-kpi-draft-proposal")).getText();
        assertTrue(proposal, proposal.contains(name));
        screenshot("kpi-page-draft-objective.png");
        browser.findElement(By.id("lodestar-kpi-draft-submit")).click();

        WebElement link = wait.until(driver -> driver.findElements(By.cssSelector("[data-test=kpi-draft-link]")).stream()
                .findFirst().orElse(null));
        assertEquals("Bring " + name + " back to target", link.getText());
        link.click();
        wait.until(driver -> driver.findElements(By.cssSelector("[data-test=objective-title]")).stream()
                .anyMatch(title -> title.getText().equals("Bring " + name + " back to target")));
        WebElement objective = browser.findElements(By.cssSelector("li[data-test=objective]")).stream()
                .filter(li -> li.findElement(By.cssSelector("[data-test=objective-title]")).getText()
                        .equals("Bring " + name + " back to target")).findFirst().orElseThrow();
        List<WebElement> keyResults = objective.findElements(By.cssSelector("tr[data-test=key-result]"));
        assertEquals(1, keyResults.size());
        assertEquals("KPI", keyResults.get(0).getAttribute("data-kind"));
        screenshot("kpi-page-drafted-objective-on-okr-page.png");
    }

    @Test
    public void shouldListEachDeliveryWithItsDeadlineWhenTheOnTimeDeliveryKpiIsOpened() throws Exception {
        browser.get(kpiPage("?team=ATLAS"));
        scorecardRows().stream()
                .filter(row -> row.findElement(By.cssSelector("[data-test=kpi-name]")).getText().equals("ATLAS on-time delivery"))
                .findFirst().orElseThrow().findElement(By.cssSelector("[data-test=kpi-open]")).click();
        wait.until(driver -> "false".equals(driver.findElement(By.id("lodestar-delivery-section")).getAttribute("aria-busy"))
                && !driver.findElements(By.cssSelector("[data-test=delivery-issue]")).isEmpty());

        List<WebElement> issues = browser.findElements(By.cssSelector("[data-test=delivery-issue]"));
        for (WebElement issue : issues) {
            List<WebElement> cells = issue.findElements(By.tagName("td"));
            assertTrue(issue.getAttribute("data-issue-key"), issue.getAttribute("data-issue-key").startsWith("ATLAS-"));
            assertTrue(cells.get(2).getText(), List.of("Due date", "Release date of the fix version").contains(cells.get(2).getText()));
            assertEquals("true".equals(issue.getAttribute("data-on-time")), cells.get(4).getText().equals("on time"));
        }
        assertTrue(browser.findElement(By.id("lodestar-delivery-stats")).getText().contains("on time"));
        ((JavascriptExecutor) browser).executeScript("document.getElementById('lodestar-delivery-section').scrollIntoView();");
        screenshot("kpi-page-deliveries.png");
    }

    @Test
    public void shouldMeasureTheKpiAgainWhenAliceAsksToMeasureNow() throws Exception {
        browser.get(kpiPage("?team=ATLAS"));
        WebElement throughput = scorecardRows().stream()
                .filter(row -> row.findElement(By.cssSelector("[data-test=kpi-name]")).getText().equals("ATLAS throughput"))
                .findFirst().orElseThrow();
        String kpiId = throughput.getAttribute("data-kpi-id");
        throughput.findElement(By.cssSelector("[data-test=kpi-measure]")).click();

        // The run is queued (an info message with its progress), then the sandbox's scheduler executes it.
        WebElement message = wait.until(driver -> driver.findElements(By.cssSelector("#lodestar-kpi-messages [data-test=page-message]"))
                .stream().filter(found -> found.getText().endsWith("was measured again.")).findFirst().orElse(null));
        assertEquals("ATLAS throughput was measured again.", message.getText());
        screenshot("kpi-page-measured-in-background.png");
        wait.until(driver -> "false".equals(driver.findElement(By.id("lodestar-kpi-scorecard")).getAttribute("aria-busy")));
        WebElement after = browser.findElement(By.cssSelector("[data-test=scorecard-row][data-kpi-id='" + kpiId + "']"));
        assertEquals(java.time.LocalDate.now(java.time.ZoneOffset.UTC).toString(),
                after.findElement(By.cssSelector("[data-test=kpi-measured]")).getText());
    }

    @Test
    public void shouldBarTheIssuesDoneEachWeekWithTheirKeysWhenAliceOpensTheThroughputKpi() throws Exception {
        browser.get(kpiPage("?team=ATLAS"));
        openFromScorecard("ATLAS throughput");
        List<WebElement> weeks = breakdownRows("throughput");

        assertEquals("the last 12 complete weeks", 12, weeks.size());
        int done = 0;
        for (WebElement week : weeks) {
            List<WebElement> cells = week.findElements(By.tagName("td"));
            String keys = week.getAttribute("data-issue-keys");
            int count = Integer.parseInt(cells.get(1).getText());
            assertEquals("the bar's count is the number of issues behind it", count, keys.isBlank() ? 0 : keys.split(" ").length);
            for (String key : keys.isBlank() ? new String[0] : keys.split(" ")) {
                assertTrue(key, key.startsWith("ATLAS-"));
            }
            done += count;
        }
        assertTrue("the demo's ATLAS finishes work every few weeks", done > 0);
        assertEquals("Throughput per week", browser.findElement(By.id("lodestar-breakdown-heading")).getText());
        assertTrue(browser.findElement(By.id("lodestar-breakdown-stats")).getText().startsWith(done + " issues done in the last 12"));
        assertTrue(browser.findElement(By.id("lodestar-breakdown-chart")).isDisplayed());
        ((JavascriptExecutor) browser).executeScript("document.getElementById('lodestar-breakdown-section').scrollIntoView();");
        screenshot("kpi-page-throughput-alice.png");
    }

    @Test
    public void shouldDrawTheWipLineTheBugsPerVersionAndTheTimeInStatusWhenAliceCreatesSuchKpis() throws Exception {
        browser.get(kpiPage("?team=ATLAS"));
        scorecardRows();
        createKpi("ATLAS work in progress", "WORK_IN_PROGRESS", "DAILY", "LOWER_IS_BETTER", "5", "9");
        List<WebElement> days = breakdownRows("wip");
        assertEquals("the last 30 complete days", 30, days.size());
        assertTrue("ATLAS has work in progress on some day", days.stream()
                .anyMatch(day -> Integer.parseInt(day.findElements(By.tagName("td")).get(1).getText()) > 0));
        ((JavascriptExecutor) browser).executeScript("document.getElementById('lodestar-breakdown-section').scrollIntoView();");
        screenshot("kpi-page-wip.png");

        createKpi("ATLAS bugs per release", "BUGS_PER_RELEASE", "MONTHLY", "LOWER_IS_BETTER", "2", "5");
        List<WebElement> versions = breakdownRows("releases");
        for (WebElement version : versions) {
            String keys = version.getAttribute("data-issue-keys");
            assertEquals(version.findElements(By.tagName("td")).get(2).getText(),
                    String.valueOf(keys.isBlank() ? 0 : keys.split(" ").length));
        }
        ((JavascriptExecutor) browser).executeScript("document.getElementById('lodestar-breakdown-section').scrollIntoView();");
        screenshot("kpi-page-bugs-per-release.png");

        createKpi("ATLAS time in progress", "TIME_IN_STATUS", "WEEKLY", "LOWER_IS_BETTER", "3", "6");
        List<WebElement> issues = breakdownRows("time-in-status");
        assertEquals("the last 20 resolved issues", 20, issues.size());
        List<String> header = browser.findElements(By.cssSelector("#lodestar-breakdown-table thead th")).stream()
                .map(WebElement::getText).toList();
        assertTrue(header.toString(), header.contains("In Progress (counted)"));
        assertEquals("Counted days", header.get(header.size() - 1));
        ((JavascriptExecutor) browser).executeScript("document.getElementById('lodestar-breakdown-section').scrollIntoView();");
        screenshot("kpi-page-time-in-status.png");
    }

    @Test
    public void shouldShowTheChosenNumberOfSprintsWhenAliceChangesTheVelocitySprintCount() throws Exception {
        browser.get(kpiPage("?team=ATLAS"));
        openFromScorecard("ATLAS velocity");
        wait.until(driver -> browser.findElements(By.cssSelector("[data-test=velocity-row]")).size() == 7);
        assertEquals("7", browser.findElement(By.id("lodestar-velocity-sprints")).getAttribute("value"));

        WebElement count = browser.findElement(By.id("lodestar-velocity-sprints"));
        count.clear();
        count.sendKeys("3", org.openqa.selenium.Keys.TAB);
        wait.until(driver -> "false".equals(driver.findElement(By.id("lodestar-velocity-section")).getAttribute("aria-busy"))
                && driver.findElements(By.cssSelector("[data-test=velocity-row]")).size() == 3);

        List<String> shown = new ArrayList<>();
        for (WebElement row : browser.findElements(By.cssSelector("[data-test=velocity-row]"))) {
            List<WebElement> cells = row.findElements(By.tagName("td"));
            shown.add(cells.get(0).getText() + "," + number(cells.get(1).getText()) + "," + number(cells.get(2).getText()));
        }
        List<String> cli = lodestarKpiVelocity("ATLAS");
        assertEquals(cli.subList(cli.size() - 3, cli.size()), shown);
        assertTrue(browser.findElement(By.id("lodestar-velocity-average")).getText().contains("3"));
        screenshot("kpi-page-velocity-3-sprints.png");
    }

    @Test
    public void shouldShowOnlyIssuesBobMayBrowseWhenBobOpensAtlasThroughput() throws Exception {
        browser.get(kpiPage("?team=ATLAS"));
        scorecardRows();
        browser.findElement(By.id("sandbox-switch-to-bob")).click();
        wait.until(driver -> driver.findElement(By.id("sandbox-current-user")).getText().equals("Bob Okafor"));
        try {
            openFromScorecard("ATLAS throughput");
            for (WebElement week : breakdownRows("throughput")) {
                for (String key : week.getAttribute("data-issue-keys").split(" ")) {
                    assertTrue(key, key.isEmpty() || key.startsWith("ATLAS-"));
                }
            }
            ((JavascriptExecutor) browser).executeScript("document.getElementById('lodestar-breakdown-section').scrollIntoView();");
            screenshot("kpi-page-throughput-bob.png");
        } finally {
            browser.findElement(By.id("sandbox-switch-to-alice")).click();
            wait.until(driver -> driver.findElement(By.id("sandbox-current-user")).getText().equals("Alice Andersen"));
        }
    }

    @Test
    public void shouldPickTheOwnerAndTeamWithTheSharedPickersAndSayWhySavingIsRefusedWhenAliceGivesBobAKpiOfATeamSheDoesNotAdminister() throws Exception {
        browser.get(kpiPage("?team=ATLAS"));
        scorecardRows();
        openCreateDialog();
        assertEquals("alice", browser.findElement(By.cssSelector("[data-test=kpi-field-owner-value]")).getAttribute("value"));
        assertEquals("ATLAS", browser.findElement(By.id("lodestar-kpi-field-team")).getAttribute("value"));
        type(By.id("lodestar-kpi-field-name"), "ATLAS throughput for Bob");
        select(By.id("lodestar-kpi-field-type"), "THROUGHPUT");
        select(By.id("lodestar-kpi-field-frequency"), "WEEKLY");
        type(By.id("lodestar-kpi-field-target"), "12");
        type(By.id("lodestar-kpi-field-alert-threshold"), "8");
        type(By.id("lodestar-kpi-field-owner"), "Oka");
        WebElement bob = wait.until(org.openqa.selenium.support.ui.ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector("#lodestar-kpi-field-owner-options [data-test=picker-option]")));
        assertEquals("bob", bob.getAttribute("data-value"));
        screenshot("kpi-page-owner-picker.png");
        bob.click();
        assertEquals("Bob Okafor", browser.findElement(By.id("lodestar-kpi-field-owner")).getAttribute("value"));
        assertEquals("bob", browser.findElement(By.cssSelector("[data-test=kpi-field-owner-value]")).getAttribute("value"));
        // Alice administers ATLAS (the sandbox's first project), not NOVA: a KPI of NOVA owned by Bob is not hers to save.
        pickTeam("no", "NOVA");

        expectedConsoleErrors.add("the server responded with a status of 403");
        browser.findElement(By.id("lodestar-kpi-submit")).click();
        WebElement refused = wait.until(driver -> {
            WebElement box = driver.findElement(By.cssSelector("#lodestar-kpi-form [data-form-errors]"));
            return box.isDisplayed() && !box.getText().isBlank() ? box : null;
        });
        assertTrue(refused.getText(), refused.getText().startsWith("Not saved: you may save a KPI you own"));
        screenshot("kpi-page-owner-refused.png");

        pickTeam("at", "ATLAS");
        browser.findElement(By.id("lodestar-kpi-submit")).click();
        wait.until(driver -> driver.findElement(By.id("lodestar-kpi-view-name")).getText().equals("ATLAS throughput for Bob")
                && "false".equals(driver.findElement(By.id("lodestar-kpi-view")).getAttribute("aria-busy")));
        assertEquals("as ATLAS's project administrator", "Bob Okafor",
                browser.findElement(By.cssSelector("#lodestar-kpi-sheet [data-sheet=owner]")).getText());
    }

    private void pickTeam(String typed, String key) {
        type(By.id("lodestar-kpi-field-team"), typed);
        wait.until(org.openqa.selenium.support.ui.ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector("#lodestar-kpi-field-team-options [data-test=picker-option][data-value=" + key + "]"))).click();
        assertEquals(key, browser.findElement(By.cssSelector("[data-test=kpi-field-team-value]")).getAttribute("value"));
    }

    @Test
    public void shouldCreateAKpiHoldingTheTargetWhenAliceKeepsAnAchievedKeyResultAsAKpi() throws Exception {
        browser.get(kpiPage("?team=ATLAS"));
        scorecardRows();
        // An ATLAS objective of the current cycle with a percent key result from 70 to 90, checked in at 92: achieved.
        @SuppressWarnings("unchecked")
        java.util.Map<String, Object> seeded = (java.util.Map<String, Object>) ((JavascriptExecutor) browser).executeAsyncScript(
                "var done = arguments[arguments.length - 1]; var api = arguments[0];"
                + "function call(method, path, body) { return fetch(api + path, {method: method, credentials: 'same-origin',"
                + "  headers: {'Accept': 'application/json', 'Content-Type': 'application/json', 'X-Atlassian-Token': 'no-check'},"
                + "  body: body ? JSON.stringify(body) : undefined}).then(function (r) { return r.json(); }); }"
                + "var today = new Date().toISOString().substring(0, 10);"
                + "call('GET', '/cycles').then(function (cycles) {"
                + "  var cycle = cycles.filter(function (c) { return c.start <= today && today < c.end; })[0];"
                + "  return call('POST', '/objectives', {cycleId: cycle.id, title: 'Deliver when we say', level: 'TEAM', team: 'ATLAS'})"
                + "  .then(function (o) { return call('POST', '/objectives/' + o.id + '/key-results', {title: 'On-time delivery reaches 90 %',"
                + "    kind: 'NUMERIC', format: 'PERCENT', unit: '%', start: 70, target: 90, weight: 1}); })"
                + "  .then(function (kr) { return call('POST', '/key-results/' + kr.id + '/check-ins', {value: 92, confidence: 'ON_TRACK'})"
                + "    .then(function () { done({cycleId: cycle.id, keyResultId: kr.id}); }); });"
                + "}).catch(function (e) { done({error: String(e)}); });",
                server.baseUrl() + "/rest/lodestar/1.0");
        assertFalse(String.valueOf(seeded), seeded.containsKey("error"));
        browser.get(server.baseUrl() + "/plugins/servlet/lodestar/okrs?team=ATLAS&cycle=" + seeded.get("cycleId"));
        String row = "tr[data-key-result-id='" + seeded.get("keyResultId") + "']";
        WebElement keep = wait.until(driver -> driver.findElements(By.cssSelector(row + " [data-action=keep-as-kpi]")).stream()
                .findFirst().orElse(null));
        List<String> offeredScores = browser.findElements(By.cssSelector("[data-action=keep-as-kpi]")).stream()
                .map(button -> button.findElement(By.xpath("ancestor::tr")).findElement(By.cssSelector("[data-test=kr-score]"))
                        .getText()).toList();
        assertTrue("only key results that reached their target offer it: " + offeredScores,
                offeredScores.stream().allMatch("1.00"::equals));
        keep.click();
        wait.until(driver -> driver.findElement(By.id("lodestar-keep-type")).isDisplayed());
        assertEquals("ATLAS", browser.findElement(By.id("lodestar-keep-source-value")).getAttribute("value"));
        assertEquals("70", browser.findElement(By.id("lodestar-keep-threshold")).getAttribute("value"));
        select(By.id("lodestar-keep-type"), "ON_TIME_DELIVERY");
        select(By.id("lodestar-keep-frequency"), "MONTHLY");
        type(By.id("lodestar-keep-threshold"), "95");
        browser.findElement(By.id("lodestar-keep-submit")).click();
        WebElement error = wait.until(driver -> {
            WebElement box = driver.findElement(By.cssSelector("#lodestar-keep-form [data-error-for=alertThreshold]"));
            return box.getText().isBlank() ? null : box;
        });
        assertTrue(error.getText(), error.getText().startsWith("The alert threshold must be on the bad side of the target"));
        screenshot("okr-page-keep-as-kpi-threshold.png");
        type(By.id("lodestar-keep-threshold"), "80");
        browser.findElement(By.id("lodestar-keep-submit")).click();

        WebElement link = wait.until(driver -> driver.findElements(By.cssSelector("[data-test=kept-kpi-link]")).stream()
                .findFirst().orElse(null));
        screenshot("okr-page-kept-as-kpi.png");
        link.click();
        wait.until(driver -> "false".equals(driver.findElement(By.id("lodestar-kpi-view")).getAttribute("aria-busy"))
                && driver.findElement(By.id("lodestar-kpi-view-name")).getText().equals("On-time delivery reaches 90 %"));
        assertEquals("90% as the KPI's 0.9", "90%", browser.findElement(By.cssSelector("#lodestar-kpi-sheet [data-sheet=target]")).getText());
        assertEquals("80%", browser.findElement(By.cssSelector("#lodestar-kpi-sheet [data-sheet=threshold]")).getText());
        assertEquals("Project ATLAS", browser.findElement(By.cssSelector("#lodestar-kpi-sheet [data-sheet=source]")).getText());
        screenshot("kpi-page-kept-kpi.png");
    }

    private void openFromScorecard(String name) {
        scorecardRows().stream().filter(row -> row.findElement(By.cssSelector("[data-test=kpi-name]")).getText().equals(name))
                .findFirst().orElseThrow().findElement(By.cssSelector("[data-test=kpi-open]")).click();
    }

    private List<WebElement> breakdownRows(String kind) {
        wait.until(driver -> {
            WebElement section = driver.findElement(By.id("lodestar-breakdown-section"));
            return kind.equals(section.getAttribute("data-breakdown")) && "false".equals(section.getAttribute("aria-busy"))
                    && "false".equals(driver.findElement(By.id("lodestar-kpi-view")).getAttribute("aria-busy"));
        });
        return browser.findElements(By.cssSelector("[data-test=breakdown-row]"));
    }

    private void createKpi(String name, String type, String frequency, String direction, String target, String threshold) {
        openCreateDialog();
        type(By.id("lodestar-kpi-field-name"), name);
        select(By.id("lodestar-kpi-field-type"), type);
        select(By.id("lodestar-kpi-field-frequency"), frequency);
        select(By.id("lodestar-kpi-field-direction"), direction);
        type(By.id("lodestar-kpi-field-target"), target);
        type(By.id("lodestar-kpi-field-alert-threshold"), threshold);
        browser.findElement(By.id("lodestar-kpi-submit")).click();
        wait.until(driver -> driver.findElement(By.id("lodestar-kpi-view-name")).getText().equals(name));
    }

    private void openCreateDialog() {
        browser.findElement(By.id("lodestar-kpi-create")).click();
        wait.until(driver -> driver.findElement(By.id("lodestar-kpi-field-name")).isDisplayed());
    }

    private void type(By by, String text) {
        WebElement field = wait.until(driver -> driver.findElement(by).isDisplayed() ? driver.findElement(by) : null);
        field.clear();
        field.sendKeys(text);
    }

    private void select(By by, String value) {
        new org.openqa.selenium.support.ui.Select(browser.findElement(by)).selectByValue(value);
    }

    /** {@code lodestar kpi velocity --project KEY --format csv} on the sandbox's own demo export, as "sprint,commitment,completed". */
    private static List<String> lodestarKpiVelocity(String project) throws Exception {
        Process cli = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
                System.getProperty("java.class.path"), "io.lodestar.sandbox.cli.LodestarCommand", "kpi", "velocity",
                "--issues", data.resolve(SandboxServer.DEMO_FILE).toString(), "--project", project, "--format", "csv")
                .redirectErrorStream(true).start();
        String output = new String(cli.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue("lodestar kpi velocity did not finish", cli.waitFor(60, TimeUnit.SECONDS));
        assertEquals(output, 0, cli.exitValue());
        // The columns are found by the header's names, so that columns the command adds do not break the comparison.
        List<String> rows = new ArrayList<>();
        List<String> header = null;
        for (String line : output.split("\\R")) {
            List<String> cells = java.util.Arrays.stream(line.split(",", -1)).map(c -> c.replace("\"", "")).toList();
            if (header == null) {
                if (cells.contains("sprint_id") && cells.contains("commitment") && cells.contains("completed")) {
                    header = cells;
                }
                continue;
            }
            if (cells.size() == header.size() && cells.get(header.indexOf("sprint_id")).matches("\\d+")) {
                rows.add(cells.get(header.indexOf("sprint")) + "," + number(cells.get(header.indexOf("commitment"))) + ","
                        + number(cells.get(header.indexOf("completed"))));
            }
        }
        assertTrue("no sprint rows in: " + output, !rows.isEmpty());
        return rows;
    }

    private static String number(String text) {
        return String.valueOf(Double.parseDouble(text.replace("\"", "").trim()));
    }

    private List<WebElement> scorecardRows() {
        wait.until(driver -> "false".equals(driver.findElement(By.id("lodestar-kpi-scorecard")).getAttribute("aria-busy"))
                && !driver.findElements(By.cssSelector("[data-test=scorecard-row]")).isEmpty());
        return browser.findElements(By.cssSelector("[data-test=scorecard-row]"));
    }

    private void screenshot(String name) throws Exception {
        SANDBOX.screenshot(name);
    }
}
