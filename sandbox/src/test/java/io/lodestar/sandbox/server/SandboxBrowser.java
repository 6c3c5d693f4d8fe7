package io.lodestar.sandbox.server;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.Duration;
import org.junit.rules.ExternalResource;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * What every browser test class of the sandbox stands on, as a {@code @ClassRule}: a sandbox on its embedded defaults
 * with a data folder of its own (so the demo data is fresh), a headless Chromium of the given size (skipped with a
 * reason when Chromium or its driver is not installed), and a wait that ignores elements replaced while it polls.
 * Both are stopped after the class. Screenshots go to the module's target/ folder.
 */
public final class SandboxBrowser extends ExternalResource {

    private final String testName;
    private final int width;
    private final int height;
    private final Duration timeout;
    private final int port;
    private Path data;
    private SandboxServer server;
    private WebDriver browser;
    private WebDriverWait wait;

    public SandboxBrowser(Class<?> test, int width, int height, Duration timeout) {
        this(test.getSimpleName(), width, height, timeout, 0);
    }

    private SandboxBrowser(String testName, int width, int height, Duration timeout, int port) {
        this.testName = testName;
        this.width = width;
        this.height = height;
        this.timeout = timeout;
        this.port = port;
    }

    /** The same on a fixed port (0: any free port), e.g. from a system property when debugging a test by hand. */
    public SandboxBrowser onPort(int fixedPort) {
        return new SandboxBrowser(testName, width, height, timeout, fixedPort);
    }

    @Override
    protected void before() throws Exception {
        HeadlessChromium.assumeInstalled(testName);
        data = Files.createTempDirectory("sandbox-" + testName);
        server = SandboxServer.start(new SandboxServer.Settings(port, null, data, Clock.systemUTC()));
        browser = HeadlessChromium.start(width, height);
        wait = new WebDriverWait(browser, timeout);
        wait.ignoring(StaleElementReferenceException.class);
    }

    @Override
    protected void after() {
        try {
            if (browser != null) {
                browser.quit();
            }
        } finally {
            if (server != null) {
                server.close();
            }
        }
    }

    public SandboxServer server() {
        return server;
    }

    public WebDriver browser() {
        return browser;
    }

    public WebDriverWait waiting() {
        return wait;
    }

    /** The sandbox's data folder (its database and the demo export it wrote). */
    public Path data() {
        return data;
    }

    /** Switches the signed-in user with the header's button on the current page and waits for the header to say so. */
    public void switchTo(String name, String fullName) {
        browser.findElement(By.id("sandbox-switch-to-" + name)).click();
        wait.until(driver -> driver.findElement(By.id("sandbox-current-user")).getText().equals(fullName));
    }

    /** A screenshot of the browser's window as target/{@code name}. */
    public void screenshot(String name) throws Exception {
        Path file = Path.of("target", name);
        Files.createDirectories(file.toAbsolutePath().getParent());
        Path shot = ((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE).toPath();
        Files.copy(shot, file, StandardCopyOption.REPLACE_EXISTING);
    }
}
