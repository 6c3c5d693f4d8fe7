package io.lodestar.sandbox.server;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.time.Duration;
import java.util.List;
import org.junit.ClassRule;
import org.junit.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The administration page (Manage apps' configure link) in headless Chromium on the sandbox. Alice, who administers
 * a project but not Jira, gets the page saying it is for Jira administrators; Carol, the Jira administrator, picks
 * another story points field and ATLAS's done statuses, saves, reloads and finds them kept; the schedule and the
 * latest runs are shown. Screenshots: sandbox/target/admin-forbidden.png, admin-page.png.
 */
public class AdminPageBrowserTest {

    @ClassRule
    public static final SandboxBrowser SANDBOX = new SandboxBrowser(AdminPageBrowserTest.class, 1400, 1600,
            Duration.ofSeconds(20)).onPort(Integer.getInteger("lodestar.browser.port", 0));

    @Test
    public void shouldKeepTheStoryPointsFieldAndDoneStatusesCarolSavesAndRefuseAliceWhenTheAdminPageIsOpened()
            throws Exception {
        WebDriver browser = SANDBOX.browser();
        WebDriverWait wait = SANDBOX.waiting();
        String adminUrl = SANDBOX.server().baseUrl() + "/plugins/servlet/lodestar/admin";

        // ---- alice is no Jira administrator: a readable 403 page, no settings
        browser.get(adminUrl);
        WebElement forbidden = wait.until(ExpectedConditions.presenceOfElementLocated(By.id("lodestar-admin-forbidden")));
        assertTrue(forbidden.getText(), forbidden.getText().contains("Only Jira administrators may open this page"));
        assertTrue(browser.findElements(By.id("lodestar-admin-form")).isEmpty());
        SANDBOX.screenshot("admin-forbidden.png");
        // The same request without the browser's session is alice's too (the sandbox's default user): HTTP 403.
        java.net.http.HttpResponse<String> plain = java.net.http.HttpClient.newHttpClient().send(
                java.net.http.HttpRequest.newBuilder(java.net.URI.create(adminUrl)).build(),
                java.net.http.HttpResponse.BodyHandlers.ofString());
        assertEquals(403, plain.statusCode());
        assertTrue(plain.body().contains("Only Jira administrators may open this page"));

        // ---- carol changes the story points field and ATLAS's done statuses
        SANDBOX.switchTo("carol", "Carol Lindqvist");
        browser.get(adminUrl);
        waitForLoaded(wait);
        assertTrue(browser.findElement(By.id("lodestar-admin-schedule")).getText().contains("every 15 minutes"));
        new Select(browser.findElement(By.id("lodestar-admin-story-points"))).selectByValue("customfield_10005");
        Select atlas = doneStatuses(browser, "ATLAS");
        atlas.deselectAll();
        List<String> names = atlas.getOptions().stream().map(WebElement::getText).toList();
        assertTrue(names.toString(), names.contains("Done"));
        atlas.selectByVisibleText("Done");
        String second = names.stream().filter(name -> !name.equals("Done")).findFirst().orElseThrow();
        atlas.selectByVisibleText(second);
        browser.findElement(By.id("lodestar-admin-save")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("[data-test=admin-message-success]")));

        // ---- reloaded, the choices are kept
        browser.navigate().refresh();
        waitForLoaded(wait);
        assertEquals("customfield_10005", new Select(browser.findElement(By.id("lodestar-admin-story-points")))
                .getFirstSelectedOption().getAttribute("value"));
        List<String> kept = doneStatuses(browser, "ATLAS").getAllSelectedOptions().stream().map(WebElement::getText)
                .sorted().toList();
        assertEquals(List.of("Done", second).stream().sorted().toList(), kept);
        assertTrue("NOVA keeps the Done status category",
                doneStatuses(browser, "NOVA").getAllSelectedOptions().isEmpty());
        assertFalse("the runs table is filled", browser.findElements(By.cssSelector("#lodestar-admin-runs tbody tr")).isEmpty());
        SANDBOX.screenshot("admin-page.png");
    }

    private static void waitForLoaded(WebDriverWait wait) {
        wait.until(driver -> "true".equals(driver.findElement(By.id("lodestar-admin-page")).getAttribute("data-loaded")));
    }

    private static Select doneStatuses(WebDriver browser, String project) {
        return new Select(browser.findElement(By.cssSelector("select[data-project='" + project + "']")));
    }
}
