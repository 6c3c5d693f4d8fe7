package io.lodestar.confluence.bundle;

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
 * Guards the packaged Confluence app (target/lodestar-confluence-*.jar). Runs after package, in the
 * bundle-guard surefire execution of confluence/pom.xml. Every check reads what the jar declares, so new
 * macros, beans, templates and classes are covered without touching this test.
 */
public class ConfluencePluginBundleTest {
    private static final String PLUGIN_KEY = "io.lodestar.confluence";

    private static PluginJar jar;

    @BeforeClass
    public static void openPackagedJar() throws Exception {
        jar = PluginJar.fromSystemProperty("lodestar.plugin.jar");
    }

    /** Which table key (host-api/host-versions.bnd) gives the version each package rule is exported at. */
    private static final Map<String, String> EXPORTS = exports();

    private static Map<String, String> exports() {
        Map<String, String> rules = new LinkedHashMap<>();
        rules.put("com.atlassian.confluence.*", "confluence");
        rules.put("com.atlassian.applinks.*", "applinks");
        rules.put("com.atlassian.sal.api.*", "sal");
        rules.put("com.atlassian.cache", "cache");
        rules.put("com.atlassian.templaterenderer.*", "templaterenderer");
        rules.put("com.atlassian.plugin.*", "plugins");
        rules.put("com.atlassian.plugin.web.*", "webfragment");
        rules.put("com.atlassian.plugins.rest.*", "rest");
        rules.put("javax.ws.rs.*", "ws-rs");
        rules.put("javax.servlet.*", "servlet");
        rules.put("javax.inject", "inject");
        rules.put("com.fasterxml.jackson.*", "jackson");
        return rules;
    }

    /** What Confluence 9.2 exports, by the evidence (sources in host-api/README.md). */
    static HostStandIn confluence9() throws Exception {
        return HostVersions.load().standIn("confluence", "confluence", HostVersions.Column.EVIDENCE, EXPORTS);
    }

    /** The lowest versions confluence/bnd.bnd's ranges claim to accept. */
    static HostStandIn lowestAccepted() throws Exception {
        return HostVersions.load().standIn("confluence", "confluence", HostVersions.Column.FLOOR, EXPORTS);
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
        assertEquals(List.of(), BundleGuard.descriptorLayoutProblems(jar, List.of("plugin-info", "resource")));
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

    @Test
    public void shouldImportEveryPackageItsClassesReferToWhenPackaged() throws Exception {
        assertEquals(List.of(), BundleGuard.unimportedReferences(jar));
    }

    @Test
    public void shouldGiveEveryImportAVersionRangeWhenPackaged() {
        assertEquals(List.of(), BundleGuard.unversionedImports(jar));
    }

    @Test
    public void shouldResolveAndLoadEveryClassWhenInstalledInFelixNextToConfluence9() throws Exception {
        assertEquals(List.of(), BundleGuard.osgiProblems(jar, confluence9()));
    }

    @Test
    public void shouldResolveAndLoadEveryClassWhenInstalledNextToTheLowestVersionsItsRangesAccept() throws Exception {
        assertEquals(List.of(), BundleGuard.osgiProblems(jar, lowestAccepted()));
    }
}
