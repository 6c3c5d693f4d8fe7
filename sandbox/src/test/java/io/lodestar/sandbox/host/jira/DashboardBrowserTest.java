package io.lodestar.sandbox.host.jira;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import io.lodestar.sandbox.server.HeadlessChromium;
import io.lodestar.sandbox.server.SandboxBrowser;
import io.lodestar.sandbox.server.SandboxServer;
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
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The sandbox's Jira dashboard in a real browser, hosting the app's velocity dashboard item: the demo's ATLAS and
 * NOVA items side by side with the numbers of {@code lodestar kpi velocity}, the not-configured item configured in
 * Jira's edit mode (teams picked from those the user may browse) and its choice kept across a reload (for alice only:
 * preferences are per user), and bob, who may not browse NOVA, told so; the KPI scorecard item; the OKR progress item
 * on ATLAS, on one objective (kept across a reload, then deleted) and on every team for bob (hidden issues counted). Screenshots go to sandbox/target/dashboard-*.png.
 */
public class DashboardBrowserTest {

    private static Path data;
    private static SandboxServer server;
    private static WebDriver browser;
    private static WebDriverWait wait;

    @ClassRule
    public static final SandboxBrowser SANDBOX = new SandboxBrowser(DashboardBrowserTest.class, 1400, 1800, Duration.ofSeconds(30));

    @BeforeClass
    public static void start() throws Exception {
        server = SANDBOX.server();
        browser = SANDBOX.browser();
        wait = SANDBOX.waiting();
        data = SANDBOX.data();
    }

    @After
    public void shouldLeaveNoScriptErrorsWhenDone() {
        // Bob's NOVA item asks for a KPI he may not see, and alice's OKR item for an objective she deleted: the 403
        // and the 404 are the answers the items show as messages.
        List<String> errors = HeadlessChromium.consoleErrors(browser, List.of("the server responded with a status of 403",
                "okr-progress?objective=", "dashboard/velocity?kpi="));
        assertEquals("browser console errors", List.of(), errors);
    }


    @Test
    public void shouldShowTheNumbersOfLodestarKpiVelocityWhenAtlasAndNovaItemsStandSideBySide() throws Exception {
        open();
        assertEquals(lastSeven(lodestarKpiVelocity("ATLAS")), shownSprints(1));
        assertEquals(lastSeven(lodestarKpiVelocity("NOVA")), shownSprints(2));
        assertEquals("Velocity: ATLAS", item(1).findElement(By.cssSelector("[data-test=item-title]")).getText());
        assertTrue(item(1).findElement(By.cssSelector("[data-test=velocity-open]")).getAttribute("href")
                .contains("/plugins/servlet/lodestar/kpis?team=ATLAS&kpi="));
        assertTrue("side by side", item(1).getLocation().getY() == item(2).getLocation().getY()
                && item(1).getLocation().getX() < item(2).getLocation().getX());
        screenshot("dashboard-alice.png");
    }

    @Test
    public void shouldKeepAlicesChoiceAcrossAReloadWhenSheConfiguresTheItemThatWasNotConfigured() throws Exception {
        open();
        assertEquals("not-configured", state(3));

        configure(3, "", "0");
        assertEquals("Choose a team.", item(3).findElement(By.cssSelector("[data-test=velocity-edit-team-error]")).getText());
        assertEquals("Enter a whole number from 1 to 50.",
                item(3).findElement(By.cssSelector("[data-test=velocity-edit-sprints-error]")).getText());
        assertEquals("the teams alice may browse, after the empty choice", List.of("", "ATLAS", "NOVA"),
                new Select(item(3).findElement(By.name("team"))).getOptions().stream().map(o -> o.getAttribute("value")).toList());
        pickTeam(3, "ATLAS");
        item(3).findElement(By.name("sprints")).clear();
        item(3).findElement(By.name("sprints")).sendKeys("3");
        item(3).findElement(By.cssSelector("button[type=submit]")).click();
        waitShown(3);
        assertEquals(lodestarKpiVelocity("ATLAS").subList(lodestarKpiVelocity("ATLAS").size() - 3,
                lodestarKpiVelocity("ATLAS").size()), shownSprints(3));

        open();
        assertEquals(3, shownSprints(3).size());
        item(3).findElement(By.cssSelector("[data-test=item-edit]")).click();
        wait.until(driver -> "ATLAS".equals(item(3).findElement(By.name("team")).getAttribute("value")));
        assertEquals("3", item(3).findElement(By.name("sprints")).getAttribute("value"));
        screenshot("dashboard-alice-configured.png");

        switchTo("bob", "Bob Okafor");
        try {
            open();
            assertEquals("preferences are per user", "not-configured", state(3));
        } finally {
            switchTo("alice", "Alice Andersen");
        }
    }

    @Test
    public void shouldKeepAlicesTeamAcrossAReloadWhenSheConfiguresTheKpiScorecardItem() throws Exception {
        open();
        WebElement scorecard = item(4).findElement(By.cssSelector("[data-test=scorecard-item]"));
        assertEquals("shown", scorecard.getAttribute("data-state"));
        assertTrue("ATLAS's KPIs", !item(4).findElements(By.cssSelector("[data-test=scorecard-item-row]")).isEmpty());
        screenshot("dashboard-alice-scorecard.png");
        try {
            item(4).findElement(By.cssSelector("[data-test=item-edit]")).click();
            wait.until(driver -> "ATLAS".equals(item(4).findElement(By.name("team")).getAttribute("value")));
            pickTeam(4, "");
            item(4).findElement(By.cssSelector("button[type=submit]")).click();
            assertEquals("Choose a team.", item(4).findElement(By.cssSelector("[data-test=scorecard-edit-team-error]")).getText());
            pickTeam(4, "NOVA");
            item(4).findElement(By.cssSelector("button[type=submit]")).click();
            wait.until(driver -> !item(4).findElements(By.cssSelector("[data-test=scorecard-item][data-state=shown]")).isEmpty());

            open();
            assertEquals("shown", item(4).findElement(By.cssSelector("[data-test=scorecard-item]")).getAttribute("data-state"));
            for (WebElement link : item(4).findElements(By.cssSelector("[data-test=scorecard-item-open]"))) {
                assertTrue("opens the KPI on NOVA's KPI page: " + link.getAttribute("href"),
                        link.getAttribute("href").contains("team=NOVA") && link.getAttribute("href").contains("kpi="));
            }
            item(4).findElement(By.cssSelector("[data-test=item-edit]")).click();
            wait.until(driver -> "NOVA".equals(item(4).findElement(By.name("team")).getAttribute("value")));
        } finally {
            open();
            item(4).findElement(By.cssSelector("[data-test=item-edit]")).click();
            pickTeam(4, "ATLAS");
            item(4).findElement(By.cssSelector("button[type=submit]")).click();
            wait.until(driver -> !item(4).findElements(By.cssSelector("[data-test=scorecard-item][data-state]")).isEmpty());
        }
    }

    @Test
    public void shouldTellBobHeMayNotSeeNovasVelocityWhenHeMayNotBrowseNova() throws Exception {
        switchTo("bob", "Bob Okafor");
        try {
            open();
            assertEquals("hidden", state(2));
            assertTrue(item(2).getText().contains("You may not see this velocity"));
            assertTrue("no NOVA number leaks", item(2).findElements(By.cssSelector("[data-test=velocity-table]")).isEmpty());
            assertEquals(lastSeven(lodestarKpiVelocity("ATLAS")), shownSprints(1));
            screenshot("dashboard-bob.png");
        } finally {
            switchTo("alice", "Alice Andersen");
        }
    }

    @Test
    public void shouldShowTheChosenVelocityKpiAndSaySoWhenItWasDeleted() throws Exception {
        open();
        String created = script("fetch('/rest/lodestar/1.0/kpis', {method: 'POST', headers: {'Content-Type': 'application/json',"
                + "'X-Atlassian-Token': 'no-check'}, body: JSON.stringify({name: 'ATLAS velocity, bugs only', type: 'VELOCITY',"
                + "source: {kind: 'PROJECT', value: 'ATLAS'}, frequency: 'PER_SPRINT', owner: 'alice', team: 'ATLAS',"
                + "kind: 'GROWING', direction: 'HIGHER_IS_BETTER', target: 10, alertThreshold: 5})})"
                + ".then(r => r.json()).then(k => done(k.id + ':' + k.version), e => done('failed: ' + e));");
        assertTrue(created, created.matches("\\d+:\\d+"));
        String id = created.split(":")[0];
        try {
            item(1).findElement(By.cssSelector("[data-test=item-edit]")).click();
            pickTeam(1, "ATLAS");
            wait.until(driver -> !item(1).findElements(By.cssSelector("select[name=kpi] option[value='" + id + "']")).isEmpty());
            new Select(item(1).findElement(By.name("kpi"))).selectByValue(id);
            item(1).findElement(By.cssSelector("button[type=submit]")).click();
            waitShown(1);
            assertTrue(item(1).findElement(By.cssSelector("[data-test=velocity-open]")).getAttribute("href").endsWith("kpi=" + id));
        } finally {
            assertEquals("204", script("fetch('/rest/lodestar/1.0/kpis/" + id + "?version=" + created.split(":")[1] + "',"
                    + "{method: 'DELETE', headers: {'X-Atlassian-Token': 'no-check'}}).then(r => done(String(r.status)));"));
        }
        open();
        assertEquals("deleted", state(1));
        assertTrue(item(1).getText().contains("was deleted"));
        item(1).findElement(By.cssSelector("[data-test=item-edit]")).click();
        wait.until(driver -> id.equals(item(1).findElement(By.name("kpi")).getAttribute("value")));
        new Select(item(1).findElement(By.name("kpi"))).selectByValue("");
        item(1).findElement(By.cssSelector("button[type=submit]")).click();
        waitShown(1);
        assertEquals("back to ATLAS's own velocity KPI, 7 sprints", lastSeven(lodestarKpiVelocity("ATLAS")), shownSprints(1));
    }

    /** Runs an asynchronous script in the page; it ends by calling done(result). */
    private static String script(String body) {
        return (String) ((org.openqa.selenium.JavascriptExecutor) browser).executeAsyncScript(
                "var done = arguments[arguments.length - 1];" + body);
    }

    @Test
    public void shouldResizeTheItemsAndTheChartWithTheColumnWhenTheWindowNarrows() throws Exception {
        try {
            open();
            int wide = item(1).getSize().getWidth();
            int wideChart = item(1).findElement(By.tagName("canvas")).getSize().getWidth();
            assertTrue("two columns over a 1400 px window: " + wide, wide > 600);
            browser.manage().window().setSize(new org.openqa.selenium.Dimension(900, 1800));
            wait.until(driver -> item(1).getSize().getWidth() < wide - 200
                    && item(1).findElement(By.tagName("canvas")).getSize().getWidth() < wideChart - 200);
            assertTrue("the chart fits its item", item(1).findElement(By.tagName("canvas")).getSize().getWidth()
                    <= item(1).getSize().getWidth());
        } finally {
            browser.manage().window().setSize(new org.openqa.selenium.Dimension(1400, 1800));
        }
    }

    // ----- the OKR progress item

    @Test
    public void shouldShowAtlasObjectivesInTheCurrentCycleAndOpenTheOkrPageAtTheObjectiveWhenClicked() throws Exception {
        open();
        WebElement okrs = item(5).findElement(By.cssSelector("[data-test=okr-progress-item]"));
        assertEquals("shown", okrs.getAttribute("data-state"));
        List<WebElement> objectives = item(5).findElements(By.cssSelector("[data-test=okr-progress-objective]"));
        assertEquals("ATLAS's one team objective", 1, objectives.size());
        assertTrue(objectives.get(0).getText().contains("Make the platform enterprise-ready"));
        assertEquals("its three key results, each with a bar", 3, objectives.get(0).findElements(By.cssSelector("[role=progressbar]")).size());
        String score = objectives.get(0).findElement(By.cssSelector("[data-test=okr-progress-score]")).getText();
        assertTrue("a score from 0.00 to 1.00: " + score, score.matches("[01]\\.\\d\\d"));
        assertTrue(item(5).findElement(By.cssSelector("[data-test=item-title]")).getText().startsWith("OKRs of ATLAS: "));
        assertTrue("the cycle's elapsed share", item(5).findElement(By.cssSelector("[data-test=okr-progress-cycle]")).getText()
                .contains("of the cycle has elapsed"));
        screenshot("dashboard-alice-okr-progress.png");

        String objectiveId = objectives.get(0).getAttribute("data-objective-id");
        item(5).findElement(By.cssSelector("[data-test=okr-progress-open]")).click();
        wait.until(driver -> driver.getCurrentUrl().contains("/plugins/servlet/lodestar/okrs"));
        assertTrue(browser.getCurrentUrl(), browser.getCurrentUrl().contains("team=ATLAS")
                && browser.getCurrentUrl().contains("objective=" + objectiveId));
        wait.until(driver -> !driver.findElements(By.cssSelector("[data-objective-id='" + objectiveId + "']")).isEmpty());
    }

    @Test
    public void shouldKeepAlicesObjectiveAcrossAReloadAndSayWhenItWasDeleted() throws Exception {
        open();
        assertEquals("not-configured", okrState(6));
        String created = (String) ((org.openqa.selenium.JavascriptExecutor) browser).executeAsyncScript(
                "var done = arguments[arguments.length - 1];"
                + "fetch('/rest/lodestar/1.0/cycles').then(r => r.json()).then(cycles => fetch('/rest/lodestar/1.0/objectives', {"
                + "method: 'POST', headers: {'Content-Type': 'application/json', 'X-Atlassian-Token': 'no-check'},"
                + "body: JSON.stringify({cycleId: cycles[0].id, title: 'Short-lived objective', level: 'INDIVIDUAL'})}))"
                + ".then(r => r.json()).then(o => done(o.id + ':' + o.version), e => done('failed: ' + e));");
        assertTrue(created, created.matches("\\d+:\\d+"));
        String id = created.split(":")[0];

        item(6).findElement(By.cssSelector("[data-test=item-edit]")).click();
        WebElement objective = item(6).findElement(By.name("objective"));
        wait.until(driver -> !item(6).findElements(By.cssSelector("select[name=objective] option[value='" + id + "']")).isEmpty());
        new Select(objective).selectByValue(id);
        item(6).findElement(By.cssSelector("button[type=submit]")).click();
        wait.until(driver -> "shown".equals(okrState(6)));
        assertEquals("OKR: Short-lived objective", item(6).findElement(By.cssSelector("[data-test=item-title]")).getText());

        open();
        assertEquals("kept across the reload", "shown", okrState(6));
        assertEquals(1, item(6).findElements(By.cssSelector("[data-test=okr-progress-objective]")).size());
        item(6).findElement(By.cssSelector("[data-test=item-edit]")).click();
        wait.until(driver -> id.equals(item(6).findElement(By.name("objective")).getAttribute("value")));

        String deleted = (String) ((org.openqa.selenium.JavascriptExecutor) browser).executeAsyncScript(
                "var done = arguments[arguments.length - 1];"
                + "fetch('/rest/lodestar/1.0/objectives/" + id + "?version=" + created.split(":")[1] + "', {method: 'DELETE',"
                + "headers: {'X-Atlassian-Token': 'no-check'}}).then(r => done(String(r.status)), e => done('failed: ' + e));");
        assertEquals("204", deleted);
        open();
        assertEquals("deleted", okrState(6));
        assertTrue(item(6).getText().contains("was deleted"));
        screenshot("dashboard-alice-okr-deleted.png");
    }

    @Test
    public void shouldTellBobHowManyLinkedIssuesAreLeftOutWhenHeShowsEveryTeamsObjectives() throws Exception {
        switchTo("bob", "Bob Okafor");
        try {
            open();
            assertEquals("preferences are per user", "not-configured", okrState(6));
            item(6).findElement(By.cssSelector("[data-test=item-edit]")).click();
            wait.until(driver -> item(6).findElements(By.cssSelector("select[name=objective] option")).size() > 1);
            item(6).findElement(By.cssSelector("button[type=submit]")).click();
            wait.until(driver -> "shown".equals(okrState(6)));
            assertTrue("NOVA's epics are linked to NOVA's key result",
                    item(6).findElement(By.cssSelector("[data-test=okr-progress-hidden]")).getText()
                            .matches("\\d+ linked issues are in projects you may not browse: they are not counted here\\."));
            assertTrue("no NOVA epic key on the item", !item(6).getText().contains("NOVA-"));
            screenshot("dashboard-bob-okr-progress.png");
        } finally {
            switchTo("alice", "Alice Andersen");
        }
    }

    private static String okrState(long id) {
        return item(id).findElement(By.cssSelector("[data-test=okr-progress-item]")).getAttribute("data-state");
    }

    private static void open() {
        browser.get(server.baseUrl() + DashboardServlet.PATH);
        wait.until(driver -> driver.findElements(By.cssSelector("[data-item-id]")).size() == DashboardServlet.DEMO.items().size()
                && driver.findElements(By.cssSelector("[data-item-id] [aria-busy=true]")).isEmpty()
                && driver.findElements(By.cssSelector("[data-item-id] [data-state]")).size() == DashboardServlet.DEMO.items().size());
    }

    private static void switchTo(String name, String fullName) {
        browser.get(server.baseUrl() + DashboardServlet.PATH);
        browser.findElement(By.id("sandbox-switch-to-" + name)).click();
        wait.until(driver -> driver.findElement(By.id("sandbox-current-user")).getText().equals(fullName));
    }

    private static WebElement item(long id) {
        return browser.findElement(By.cssSelector("[data-item-id='" + id + "']"));
    }

    private static String state(long id) {
        return item(id).findElement(By.cssSelector("[data-test=velocity-item]")).getAttribute("data-state");
    }

    /** Picks a team in the item's edit form once the form has listed the teams ("" is the empty choice). */
    private static void pickTeam(long id, String team) {
        wait.until(driver -> item(id).findElements(By.cssSelector("select[name=team] option")).size() > 1);
        new Select(item(id).findElement(By.name("team"))).selectByValue(team);
    }

    private static void configure(long id, String team, String sprints) {
        item(id).findElement(By.cssSelector("[data-test=item-edit]")).click();
        pickTeam(id, team);
        WebElement sprintsField = item(id).findElement(By.name("sprints"));
        sprintsField.clear();
        sprintsField.sendKeys(sprints);
        item(id).findElement(By.cssSelector("button[type=submit]")).click();
        if (!team.isEmpty()) {
            wait.until(driver -> !item(id).findElements(By.cssSelector("[data-test=velocity-item][data-state]")).isEmpty());
        }
    }

    private static void waitShown(long id) {
        wait.until(driver -> !item(id).findElements(By.cssSelector("[data-test=velocity-item][data-state=shown]")).isEmpty());
    }

    /** The item's sprints as "sprint,commitment,completed", as its table shows them. */
    private static List<String> shownSprints(long id) {
        waitShown(id);
        List<String> shown = new ArrayList<>();
        for (WebElement row : item(id).findElements(By.cssSelector("[data-test=velocity-table] tbody tr"))) {
            List<WebElement> cells = row.findElements(By.tagName("td"));
            shown.add(cells.get(0).getText() + "," + number(cells.get(1).getText()) + "," + number(cells.get(2).getText()));
        }
        return shown;
    }

    private static List<String> lastSeven(List<String> rows) {
        return rows.subList(Math.max(0, rows.size() - 7), rows.size());
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

    private static void screenshot(String name) throws Exception {
        SANDBOX.screenshot(name);
    }
}
