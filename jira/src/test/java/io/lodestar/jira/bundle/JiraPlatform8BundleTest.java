package io.lodestar.jira.bundle;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

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
 * Guards the Platform 8 Jira app (target/lodestar-jira-*-platform8.jar, for Jira 11): the Platform 7 jar's classes
 * after the Eclipse Transformer moved them to jakarta.*, with a manifest bnd wrote from the Platform 8 column of
 * the version table (host-api/host-versions-platform8.bnd). Runs after package, like {@link JiraPluginBundleTest}.
 */
public class JiraPlatform8BundleTest {
    private static final String PLUGIN_KEY = "io.lodestar.jira";

    private static PluginJar jar;
    private static PluginJar platform7Jar;

    @BeforeClass
    public static void openPackagedJars() throws Exception {
        jar = PluginJar.fromSystemProperty("lodestar.plugin8.jar");
        platform7Jar = PluginJar.fromSystemProperty("lodestar.plugin.jar");
    }

    /** The Platform 7 export rules with jakarta.* for the three javax namespaces Platform 8 replaced. */
    static Map<String, String> exports() {
        Map<String, String> rules = new LinkedHashMap<>();
        JiraPluginBundleTest.EXPORTS.forEach((rule, key) -> {
            if (!rule.startsWith("javax.")) {
                rules.put(rule, key);
            }
        });
        rules.put("jakarta.ws.rs.*", "ws-rs");
        rules.put("jakarta.servlet.*", "servlet");
        rules.put("jakarta.inject", "inject");
        return rules;
    }

    /** What Jira 11 exports by the evidence, with the jakarta APIs of Platform 8 (copied by the pom). No Jira Software. */
    static HostStandIn jira11() throws Exception {
        return platform8(HostVersions.Column.EVIDENCE);
    }

    /** Jira Software 11 on Jira 11: its packages exported too, so the optional imports are wired. */
    static HostStandIn jiraSoftware11() throws Exception {
        Map<String, String> rules = exports();
        rules.put("com.atlassian.greenhopper.*", "jsw");
        return HostVersions.loadPlatform8().standIn("jira", "jira", HostVersions.Column.EVIDENCE, rules)
                .withJarsFrom(Path.of(System.getProperty("lodestar.platform8.host")))
                .renamingInDeclarations("javax.servlet", "jakarta.servlet")
                .renamingInDeclarations("javax.ws.rs", "jakarta.ws.rs")
                .renamingInDeclarations("javax.inject", "jakarta.inject");
    }

    /** The lowest versions the Platform 8 ranges claim to accept. */
    static HostStandIn lowestAccepted() throws Exception {
        return platform8(HostVersions.Column.FLOOR);
    }

    /**
     * A Platform 8 Jira: the host-api declarations with Platform 8's jakarta signatures (SAL's UserManager takes a
     * jakarta HttpServletRequest), the jakarta APIs from target/platform8/host, versions from the Platform 8 table.
     */
    private static HostStandIn platform8(HostVersions.Column column) throws Exception {
        return HostVersions.loadPlatform8().standIn("jira", "jira", column, exports())
                .withJarsFrom(Path.of(System.getProperty("lodestar.platform8.host")))
                .renamingInDeclarations("javax.servlet", "jakarta.servlet")
                .renamingInDeclarations("javax.ws.rs", "jakarta.ws.rs")
                .renamingInDeclarations("javax.inject", "jakarta.inject");
    }

    @Test
    public void shouldNameNoJavaxWsRsServletOrInjectInClassesManifestOrDescriptorsWhenPackaged() throws Exception {
        assertEquals(List.of(), BundleGuard.platform7NamespaceReferences(jar));
    }

    /** The check above is not vacuous: the same check on the Platform 7 jar finds the javax names it uses. */
    @Test
    public void shouldFindTheJavaxNamesWhenTheSameCheckReadsThePlatform7Jar() throws Exception {
        List<String> found = BundleGuard.platform7NamespaceReferences(platform7Jar);
        assertTrue(found.stream().anyMatch(line -> line.contains("javax.ws.rs")));
        assertTrue(found.stream().anyMatch(line -> line.contains("javax.servlet")));
        assertTrue(found.stream().anyMatch(line -> line.contains("javax.inject")));
    }

    /** One source: the same classes, descriptor and resources as the Platform 7 jar, only renamed. */
    @Test
    public void shouldHoldTheSameEntriesAsThePlatform7JarWhenPackaged() {
        Set<String> platform7 = new TreeSet<>(platform7Jar.entryNames());
        platform7.removeIf(entry -> entry.startsWith("META-INF/maven/"));
        assertEquals(platform7, new TreeSet<>(jar.entryNames()));
    }

    @Test
    public void shouldImportJakartaAtPlatform8VersionsWhenPackaged() throws Exception {
        Map<String, String> imports = jar.importedPackages();
        HostVersions platform8 = HostVersions.loadPlatform8();
        assertEquals("version=\"" + platform8.range("ws-rs") + "\"", imports.get("jakarta.ws.rs"));
        assertEquals("version=\"" + platform8.range("servlet") + "\"", imports.get("jakarta.servlet.http"));
        assertEquals("version=\"" + platform8.range("inject") + "\"", imports.get("jakarta.inject"));
        assertEquals("version=\"" + platform8.range("jira") + "\"", imports.get("com.atlassian.jira.issue"));
        assertFalse(imports.containsKey("javax.ws.rs"));
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
    public void shouldImportJiraSoftwarePackagesOnlyOptionallyWhenPackaged() {
        List<String> mandatory = new ArrayList<>();
        jar.importedPackages().forEach((pkg, attributes) -> {
            if (pkg.startsWith("com.atlassian.greenhopper") && !attributes.contains("resolution:=optional")) {
                mandatory.add(pkg);
            }
        });
        assertEquals(List.of(), mandatory);
    }

    @Test
    public void shouldResolveAndLoadEveryClassWhenInstalledInFelixNextToJira11() throws Exception {
        assertEquals(List.of(), BundleGuard.osgiProblems(jar, jira11()));
    }

    @Test
    public void shouldResolveAndLoadEveryClassWhenInstalledInFelixNextToJiraSoftware11() throws Exception {
        assertEquals(List.of(), BundleGuard.osgiProblems(jar, jiraSoftware11()));
    }

    /** The Platform 8 stand-in is strict: the Platform 7 jar (javax, jira [10,11)) does not resolve next to it. */
    @Test
    public void shouldNotResolveThePlatform7JarWhenInstalledNextToJira11() throws Exception {
        List<String> problems = BundleGuard.osgiProblems(platform7Jar, jira11());
        assertTrue(problems.toString(), problems.stream().anyMatch(line -> line.startsWith("bundle does not resolve")));
    }

    @Test
    public void shouldResolveAndLoadEveryClassWhenInstalledNextToTheLowestPlatform8VersionsItsRangesAccept() throws Exception {
        assertEquals(List.of(), BundleGuard.osgiProblems(jar, lowestAccepted()));
    }
}
