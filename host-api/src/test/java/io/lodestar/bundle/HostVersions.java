package io.lodestar.bundle;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;

/**
 * The one table of host package versions, host-api/host-versions.bnd, which the apps' bnd.bnd files also include.
 * Builds the two stand-ins of the Felix test from it: {@link Column#EVIDENCE} (the versions the evidence shows
 * Jira 10.3 / Confluence 9.2 export) and {@link Column#FLOOR} (the lowest version each range claims to accept).
 */
public final class HostVersions {
    public enum Column { EVIDENCE, FLOOR }

    private final Properties table;

    private HostVersions(Properties table) {
        this.table = table;
    }

    /** Reads the table next to the module under test (../host-api/host-versions.bnd) or in the current directory. */
    public static HostVersions load() throws IOException {
        return load("host-versions.bnd");
    }

    /**
     * The Platform 8 table (Jira 11 / Confluence 10), host-api/host-versions-platform8.bnd: the same keys, which the
     * apps' bnd-platform8.bnd files give precedence over host-versions.bnd.
     */
    public static HostVersions loadPlatform8() throws IOException {
        return load("host-versions-platform8.bnd");
    }

    private static HostVersions load(String name) throws IOException {
        Path file = Path.of("..", "host-api", name);
        if (!Files.exists(file)) {
            file = Path.of(name);
        }
        Properties table = new Properties();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            table.load(in);
        }
        return new HostVersions(table);
    }

    public String range(String key) {
        String range = table.getProperty(key + ".range");
        if (range == null) {
            throw new IllegalArgumentException("host-versions.bnd has no " + key + ".range");
        }
        return range.trim();
    }

    public String evidence(String key) {
        String version = table.getProperty(key + ".evidence");
        if (version == null) {
            throw new IllegalArgumentException("host-versions.bnd has no " + key + ".evidence");
        }
        return version.trim();
    }

    /** The lowest version {@code key}'s range accepts: its floor if inclusive ("[10.0,11)" gives "10.0"). */
    public String floor(String key) {
        String range = range(key);
        if (!range.startsWith("[")) {
            throw new IllegalStateException(key + ".range " + range + " has an exclusive floor: no lowest version to test");
        }
        return range.substring(1, range.indexOf(',')).trim();
    }

    public String version(String key, Column column) {
        return column == Column.EVIDENCE ? evidence(key) : floor(key);
    }

    /**
     * A stand-in for {@code product} exporting each package rule (key of {@code rulesToKeys}) at the version of its
     * table key in {@code column}.
     */
    public HostStandIn standIn(String product, String productKey, Column column, Map<String, String> rulesToKeys) {
        HostStandIn host = HostStandIn.of(product, version(productKey, column));
        new LinkedHashMap<>(rulesToKeys).forEach((rule, key) -> host.exporting(rule, version(key, column)));
        return host;
    }
}
