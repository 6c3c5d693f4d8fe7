package io.lodestar.sandbox.server;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.util.List;
import java.util.logging.Level;
import org.junit.Assume;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;

/**
 * The browser of the sandbox's Selenium tests: Debian's chromium, headless, with a fresh profile, none of its
 * background networking (this machine's network is closed) and its console recorded, so that a test can fail on a
 * script error. {@code -Dlodestar.chromium} and {@code -Dlodestar.chromedriver} point elsewhere.
 */
public final class HeadlessChromium {

    public static final String CHROMIUM = System.getProperty("lodestar.chromium", "/usr/bin/chromium");
    public static final String CHROMEDRIVER = System.getProperty("lodestar.chromedriver", "/usr/bin/chromedriver");

    private HeadlessChromium() {
    }

    /** Skips the calling test class, saying why, when chromium or chromium-driver is not installed. */
    public static void assumeInstalled(String testClass) {
        boolean present = new File(CHROMIUM).canExecute() && new File(CHROMEDRIVER).canExecute();
        if (!present) {
            System.err.println(testClass + " skipped: " + CHROMIUM + " or " + CHROMEDRIVER + " missing");
        }
        Assume.assumeTrue("needs " + CHROMIUM + " and " + CHROMEDRIVER + " (apt-get install -y chromium chromium-driver)",
                present);
    }

    /** A headless browser whose window is {@code width} by {@code height} pixels. */
    public static WebDriver start(int width, int height) throws IOException {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--window-size=" + width + "," + height,
                "--user-data-dir=" + Files.createTempDirectory("chromium-profile"));
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability(ChromeOptions.LOGGING_PREFS, logs);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(CHROMEDRIVER)).usingAnyFreePort().build();
        return new ChromeDriver(service, options);
    }

    /** The console errors logged since the last call, except those containing one of {@code expected}. */
    public static List<String> consoleErrors(WebDriver browser, List<String> expected) {
        return browser.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(entry -> entry.getLevel().intValue() >= Level.SEVERE.intValue())
                .map(LogEntry::getMessage)
                .filter(message -> expected.stream().noneMatch(message::contains))
                .toList();
    }
}
