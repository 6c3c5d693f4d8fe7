package io.lodestar.jira.bundle;

import static org.junit.Assert.assertEquals;

import io.lodestar.bundle.BundleGuard;
import io.lodestar.bundle.HostStandIn;
import io.lodestar.bundle.HostVersions;
import io.lodestar.bundle.PluginJar;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.BeforeClass;
import org.junit.Test;

/**
 * Guards the packaged Jira app (target/lodestar-jira-*.jar). Runs after package, in the bundle-guard surefire
 * execution of jira/pom.xml. Every check reads what the jar declares, so new modules, beans, templates and
 * classes are covered without touching this test.
 */
public class JiraPluginBundleTest {
    private static final String PLUGIN_KEY = "io.lodestar.jira";

    private static PluginJar jar;

    @BeforeClass
    public static void openPackagedJar() throws Exception {
        jar = PluginJar.fromSystemProperty("lodestar.plugin.jar");
    }

    /**
     * Which table key (host-api/host-versions.bnd) gives the version each package rule is exported at; the sources
     * of the numbers are in host-api/README.md, and jira/bnd.bnd takes its ranges from the same table.
     */
    static final Map<String, String> EXPORTS = exports();

    private static Map<String, String> exports() {
        Map<String, String> rules = new LinkedHashMap<>();
        rules.put("com.atlassian.jira.*", "jira");
        rules.put("com.atlassian.query.*", "jira");
        rules.put("com.atlassian.sal.api.*", "sal");
        rules.put("com.atlassian.activeobjects.*", "ao");
        rules.put("net.java.ao.*", "net-java-ao");
        rules.put("com.atlassian.templaterenderer.*", "templaterenderer");
        rules.put("com.atlassian.plugin.*", "plugins");
        rules.put("com.atlassian.plugin.web.*", "webfragment");
        rules.put("com.atlassian.plugins.rest.*", "rest");
        rules.put("com.atlassian.annotations.*", "annotations");
        rules.put("com.atlassian.webresource.*", "webresource");
        rules.put("com.atlassian.applinks.*", "applinks");
        rules.put("com.atlassian.scheduler.*", "scheduler");
        rules.put("com.atlassian.beehive.*", "beehive");
        rules.put("com.atlassian.event.*", "event");
        rules.put("com.atlassian.mail.*", "mail");
        rules.put("javax.ws.rs.*", "ws-rs");
        rules.put("javax.servlet.*", "servlet");
        rules.put("javax.inject", "inject");
        rules.put("com.fasterxml.jackson.*", "jackson");
        return rules;
    }

    /** What Jira 10.3 exports, by the evidence. No Jira Software: the app must start on Jira Core too. */
    static HostStandIn jira10() throws Exception {
        return HostVersions.load().standIn("jira", "jira", HostVersions.Column.EVIDENCE, EXPORTS);
    }

    /** Jira Software 10.3 on Jira 10.3: its packages exported too, so the optional imports are wired. */
    static HostStandIn jiraSoftware10() throws Exception {
        Map<String, String> rules = new LinkedHashMap<>(EXPORTS);
        rules.put("com.atlassian.greenhopper.*", "jsw");
        return HostVersions.load().standIn("jira", "jira", HostVersions.Column.EVIDENCE, rules);
    }

    /** The lowest versions jira/bnd.bnd's ranges claim to accept. */
    static HostStandIn lowestAccepted() throws Exception {
        return HostVersions.load().standIn("jira", "jira", HostVersions.Column.FLOOR, EXPORTS);
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
    public void shouldKeepTheFixedModuleOrderAndKebabCaseKeysWhenPackaged() {
        assertEquals(List.of(), BundleGuard.descriptorLayoutProblems(jar,
                List.of("plugin-info", "resource", "ao", "rest-migration", "rest")));
    }

    @Test
    public void shouldContainEveryOwnClassTheDescriptorAndSpringXmlNameWhenPackaged() {
        assertEquals(List.of(), BundleGuard.missingOwnClasses(jar));
    }

    @Test
    public void shouldDefineEveryI18nKeyWhenDescriptorOrTemplatesUseIt() throws Exception {
        assertEquals(List.of(), BundleGuard.undefinedI18nKeys(jar));
    }

    @Test
    public void shouldPackageNoHostClassWhenPackaged() {
        assertEquals(List.of(), BundleGuard.packagedHostClasses(jar));
    }

    /** The test jar goes into the sandbox's lodestar.jar, so it may not carry a host class either (host-api stays provided). */
    @Test
    public void shouldPackageNoHostClassInTheTestJarWhenPackaged() throws Exception {
        java.nio.file.Path tests = jar.path().resolveSibling(jar.path().getFileName().toString().replace(".jar", "-tests.jar"));
        assertEquals(List.of(), BundleGuard.packagedHostClasses(PluginJar.open(tests)));
    }

    @Test
    public void shouldEmbedExactlyTheCoreClassesWhenPackaged() throws Exception {
        assertEquals(List.of(), BundleGuard.embeddingProblems(jar, BundleGuard.classPathEntryOf("lodestar-core")));
    }

    @Test
    public void shouldImportEveryPackageItsClassesReferToWhenPackaged() throws Exception {
        assertEquals(List.of(), BundleGuard.unimportedReferences(jar));
    }

    @Test
    public void shouldGiveEveryImportAVersionRangeWhenPackaged() {
        assertEquals(List.of(), BundleGuard.unversionedImports(jar));
    }

    /** Jira Core / Work Management have no Jira Software: none of its packages may be a mandatory import. */
    @Test
    public void shouldImportJiraSoftwarePackagesOnlyOptionallyWhenPackaged() {
        List<String> mandatory = new java.util.ArrayList<>();
        jar.importedPackages().forEach((pkg, attributes) -> {
            boolean jiraSoftware = pkg.startsWith("com.atlassian.greenhopper") || pkg.startsWith("com.pyxis.greenhopper")
                    || pkg.startsWith("com.atlassian.jira.software");
            if (jiraSoftware && !attributes.contains("resolution:=optional")) {
                mandatory.add(pkg);
            }
        });
        assertEquals(List.of(), mandatory);
    }

    /** The stand-in exports no Jira Software package, so this also proves the app starts on Jira Core. */
    @Test
    public void shouldResolveAndLoadEveryClassWhenInstalledInFelixNextToJira10() throws Exception {
        assertEquals(List.of(), BundleGuard.osgiProblems(jar, jira10()));
    }

    /** With Jira Software, the class that names its managed fields service loads against the wired package. */
    @Test
    public void shouldResolveAndLoadEveryClassWhenInstalledInFelixNextToJiraSoftware10() throws Exception {
        assertEquals(List.of(), BundleGuard.osgiProblems(jar, jiraSoftware10()));
    }

    @Test
    public void shouldResolveAndLoadEveryClassWhenInstalledNextToTheLowestVersionsItsRangesAccept() throws Exception {
        assertEquals(List.of(), BundleGuard.osgiProblems(jar, lowestAccepted()));
    }
}
