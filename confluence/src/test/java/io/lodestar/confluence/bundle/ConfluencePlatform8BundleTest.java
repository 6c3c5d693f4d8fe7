package io.lodestar.confluence.bundle;

import static org.junit.Assert.assertEquals;

import io.lodestar.bundle.BundleGuard;
import io.lodestar.bundle.HostStandIn;
import io.lodestar.bundle.HostVersions;
import io.lodestar.bundle.PluginJar;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.BeforeClass;
import org.junit.Test;

/**
 * Guards the Platform 8 Confluence app (target/lodestar-confluence-*-platform8.jar, for Confluence 10): the
 * Platform 7 jar after the Eclipse Transformer, with a manifest from the Platform 8 version table. Runs after
 * package, like {@link ConfluencePluginBundleTest}.
 */
public class ConfluencePlatform8BundleTest {
    private static final String PLUGIN_KEY = "io.lodestar.confluence";

    private static PluginJar jar;
    private static PluginJar platform7Jar;

    @BeforeClass
    public static void openPackagedJars() throws Exception {
        jar = PluginJar.fromSystemProperty("lodestar.plugin8.jar");
        platform7Jar = PluginJar.fromSystemProperty("lodestar.plugin.jar");
    }

    static Map<String, String> exports() {
        Map<String, String> rules = new LinkedHashMap<>();
        ConfluencePluginBundleTest.EXPORTS.forEach((rule, key) -> {
            if (!rule.startsWith("javax.")) {
                rules.put(rule, key);
            }
        });
        rules.put("jakarta.ws.rs.*", "ws-rs");
        rules.put("jakarta.servlet.*", "servlet");
        rules.put("jakarta.inject", "inject");
        return rules;
    }

    /** A Platform 8 Confluence: host-api with jakarta signatures, the jakarta APIs, the Platform 8 versions. */
    private static HostStandIn confluence10(HostVersions.Column column) throws Exception {
        return HostVersions.loadPlatform8().standIn("confluence", "confluence", column, exports())
                .withJarsFrom(Path.of(System.getProperty("lodestar.platform8.host")))
                .renamingInDeclarations("javax.servlet", "jakarta.servlet")
                .renamingInDeclarations("javax.ws.rs", "jakarta.ws.rs")
                .renamingInDeclarations("javax.inject", "jakarta.inject");
    }

    @Test
    public void shouldNameNoJavaxWsRsServletOrInjectInClassesManifestOrDescriptorsWhenPackaged() throws Exception {
        assertEquals(List.of(), BundleGuard.platform7NamespaceReferences(jar));
    }

    @Test
    public void shouldHoldTheSameEntriesAsThePlatform7JarWhenPackaged() {
        Set<String> platform7 = new TreeSet<>(platform7Jar.entryNames());
        platform7.removeIf(entry -> entry.startsWith("META-INF/maven/"));
        assertEquals(platform7, new TreeSet<>(jar.entryNames()));
    }

    @Test
    public void shouldImportConfluenceAtThePlatform8RangeWhenPackaged() throws Exception {
        String range = HostVersions.loadPlatform8().range("confluence");
        List<String> wrong = new ArrayList<>();
        jar.importedPackages().forEach((pkg, attributes) -> {
            if (pkg.startsWith("com.atlassian.confluence") && !attributes.contains("version=\"" + range + "\"")) {
                wrong.add(pkg + ";" + attributes);
            }
        });
        assertEquals(List.of(), wrong);
    }

    @Test
    public void shouldCarryThePluginKeyInManifestAndDescriptorWhenPackaged() {
        assertEquals(List.of(), BundleGuard.identityProblems(jar, PLUGIN_KEY));
    }

    @Test
    public void shouldDeclareDataCenterCompatibilityWhenPackaged() {
        assertEquals(List.of(), BundleGuard.dataCenterProblems(jar));
    }

    @Test
    public void shouldPackageNoHostClassWhenPackaged() {
        assertEquals(List.of(), BundleGuard.packagedHostClasses(jar));
    }

    @Test
    public void shouldImportEveryPackageItsClassesReferToWhenPackaged() throws Exception {
        assertEquals(List.of(), BundleGuard.unimportedReferences(jar));
    }

    @Test
    public void shouldGiveEveryImportAVersionRangeWhenPackaged() {
        assertEquals(List.of(), BundleGuard.unversionedImports(jar));
    }

    @Test
    public void shouldResolveAndLoadEveryClassWhenInstalledInFelixNextToConfluence10() throws Exception {
        assertEquals(List.of(), BundleGuard.osgiProblems(jar, confluence10(HostVersions.Column.EVIDENCE)));
    }

    @Test
    public void shouldResolveAndLoadEveryClassWhenInstalledNextToTheLowestPlatform8VersionsItsRangesAccept() throws Exception {
        assertEquals(List.of(), BundleGuard.osgiProblems(jar, confluence10(HostVersions.Column.FLOOR)));
    }
}
