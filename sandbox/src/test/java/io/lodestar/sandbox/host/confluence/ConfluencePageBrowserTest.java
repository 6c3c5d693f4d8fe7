package io.lodestar.sandbox.host.confluence;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import io.lodestar.sandbox.server.HeadlessChromium;
import io.lodestar.sandbox.server.SandboxBrowser;
import io.lodestar.sandbox.server.SandboxServer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.junit.After;
import org.junit.BeforeClass;
import org.junit.ClassRule;
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

    @ClassRule
    public static final SandboxBrowser SANDBOX = new SandboxBrowser(ConfluencePageBrowserTest.class, 1400, 2600, Duration.ofSeconds(30));

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

    /**
     * The macro browser's choices script (the Confluence app's web/macro-browser/macro-choices.js) in a real browser
     * on the sandbox's Confluence: the macro browser's JS API is a stand-in (setMacroJsOverride and an enum field
     * whose input is a real select), the texts are the app's i18n (as the jsI18n transformer puts them), the
     * choices come from the app's servlet over HTTP as alice (Confluence's context path in the sandbox is /confluence).
     */
    @Test
    public void shouldFillTheMacroBrowserFieldsFromJiraAndReloadObjectivesWhenAlicePicksAnotherCycle() throws Exception {
        open("");
        java.util.Properties i18n = new java.util.Properties();
        try (java.io.InputStream in = server.confluence().plugin().classLoader().getResourceAsStream("io/lodestar/confluence/i18n.properties")) {
            i18n.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
        }
        java.util.Map<String, String> texts = new java.util.HashMap<>();
        i18n.stringPropertyNames().stream().filter(key -> key.startsWith("okr.choices.")).forEach(key -> texts.put(key, i18n.getProperty(key)));
        String script;
        try (java.io.InputStream in = server.confluence().plugin().classLoader().getResourceAsStream("web/macro-browser/macro-choices.js")) {
            script = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }
        org.openqa.selenium.JavascriptExecutor js = (org.openqa.selenium.JavascriptExecutor) browser;
        js.executeScript("var texts = arguments[0];"
                + "window.AJS = {};" // a stand-in of its own: AUI's AJS on the page keeps its own contextPath
                + "AJS.I18n = {getText: function (key) { return texts[key] || key; }};"
                + "AJS.contextPath = function () { return '/confluence'; };"
                + "window.lodestarOverrides = {};"
                + "AJS.MacroBrowser = {setMacroJsOverride: function (name, o) { lodestarOverrides[name] = o; },"
                + "  ParameterFields: {'enum': function (param) {"
                + "    var div = document.createElement('div'); div.className = 'macro-param-div'; div.id = 'param-' + param.name;"
                + "    var label = div.appendChild(document.createElement('label')); label.textContent = param.name;"
                + "    var select = div.appendChild(document.createElement('select'));"
                + "    return {paramDiv: div, input: [select], setValue: function (v) { select.value = v; }}; }}};", texts);
        js.executeScript(script);
        js.executeScript("var o = lodestarOverrides['lodestar-okr-status'];"
                + "o.beforeParamsSet({team: 'ATLAS'});"
                + "var host = document.createElement('div'); host.id = 'lodestar-macro-browser-standin';"
                + "document.body.insertBefore(host, document.body.firstChild);"
                + "['cycle', 'team', 'objective'].forEach(function (name) {"
                + "  var field = o.fields.string[name]({name: name}, {}); host.appendChild(field.paramDiv);"
                + "  if (name === 'team') { field.setValue('ATLAS'); } });");

        By objectiveOptions = By.cssSelector("#param-objective select option");
        wait.until(driver -> driver.findElements(objectiveOptions).size() > 1
                && driver.findElements(By.cssSelector("#param-cycle select option")).size() > 1);
        List<String> cycles = texts(By.cssSelector("#param-cycle select option"));
        assertTrue(cycles.toString(), cycles.get(0).startsWith("Current cycle ("));
        List<String> teams = texts(By.cssSelector("#param-team select option"));
        assertEquals("Every team", teams.get(0));
        assertTrue(teams.toString(), teams.contains("Atlas Platform (ATLAS)"));
        assertEquals("ATLAS", browser.findElement(By.cssSelector("#param-team select")).getAttribute("value"));
        List<String> objectives = texts(objectiveOptions);
        assertEquals("None", objectives.get(0));
        assertTrue(objectives.toString(), objectives.contains("Make the platform enterprise-ready"));
        assertTrue(objectives.toString(), !objectives.contains("Make the mobile app a joy to use offline"));
        screenshot("confluence-macro-browser-choices.png");

        // the cycle picked by id, then another team: the objectives reload for that cycle and team
        String cycle = browser.findElements(By.cssSelector("#param-cycle select option")).get(1).getAttribute("value");
        js.executeScript("var s = document.querySelector('#param-cycle select'); s.value = arguments[0];"
                + "s.dispatchEvent(new Event('change'));"
                + "var t = document.querySelector('#param-team select'); t.value = 'NOVA'; t.dispatchEvent(new Event('change'));", cycle);
        wait.until(driver -> texts(objectiveOptions).contains("Make the mobile app a joy to use offline"));
        assertEquals("None", texts(objectiveOptions).get(0));
        assertTrue(texts(objectiveOptions).toString(), !texts(objectiveOptions).contains("Make the platform enterprise-ready"));
        assertEquals(List.of(), browser.findElements(By.cssSelector(".lodestar-choices-error:not([hidden])")));
    }

    private static List<String> texts(By selector) {
        return browser.findElements(selector).stream().map(element -> element.getAttribute("textContent").trim()).toList();
    }

    private static void open(String query) {
        browser.get(server.baseUrl() + ConfluenceHost.DEMO_PAGE + query);
        wait.until(driver -> !driver.findElements(By.cssSelector("[data-test=confluence-page-body]")).isEmpty());
    }

    private static void screenshot(String name) throws Exception {
        SANDBOX.screenshot(name);
    }
}
