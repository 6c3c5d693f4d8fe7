package io.lodestar.sandbox.export;

import static org.junit.Assume.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Test fixture: the real public Jira exports in {@code ../shared/datasets/jira-public-2015}, found
 * through the system property {@code lodestar.datasets} that the root pom passes to surefire. Tests
 * that need them are skipped, with the reason shown, when the folder is absent.
 */
final class PublicJiraExports {

    static final String APACHE = "apache-2015-search.json";
    static final String DURASPACE = "duraspace-2015-search.json";

    private PublicJiraExports() {
    }

    static Path file(String name) {
        String folder = System.getProperty("lodestar.datasets");
        Path file = folder == null ? null : Path.of(folder, "jira-public-2015", name);
        assumeTrue("real Jira export " + name + " not found: set -Dlodestar.datasets to the shared datasets folder"
                + " (was " + folder + ")", file != null && Files.isRegularFile(file));
        return file;
    }
}
