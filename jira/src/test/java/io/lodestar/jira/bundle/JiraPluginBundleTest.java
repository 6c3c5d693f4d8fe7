package io.lodestar.jira.bundle;

import static org.junit.Assert.assertEquals;

import io.lodestar.bundle.BundleGuard;
import io.lodestar.bundle.HostStandIn;
import io.lodestar.bundle.PluginJar;
import java.util.List;
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
     * What Jira 10.3 exports, package by package, at the versions the bundle is checked against. The sources
     * and the confidence of each number are in host-api/README.md; jira/bnd.bnd imports ranges that contain them.
     */
    static HostStandIn jira10() {
        return HostStandIn.of("jira", "10.3.0")
                .exporting("com.atlassian.jira.*", "10.3.0")
                .exporting("com.atlassian.query", "10.3.0")
                .exporting("com.atlassian.sal.api.*", "6.0.5")
                .exporting("com.atlassian.activeobjects.*", "6.1.1")
                .exporting("net.java.ao.*", "6.1.1")
                .exporting("com.atlassian.templaterenderer.*", "6.0.0")
                .exporting("com.atlassian.plugin.*", "8.0.0")
                .exporting("com.atlassian.plugin.web.*", "7.0.0")
                .exporting("com.atlassian.plugins.rest.*", "8.0.0")
                .exporting("com.atlassian.webresource.*", "6.0.0")
                .exporting("com.atlassian.applinks.*", "10.0.0")
                .exporting("javax.ws.rs.*", "2.1.6")
                .exporting("javax.servlet.*", "4.0.4")
                .exporting("javax.inject", "1.0.0")
                .exporting("com.fasterxml.jackson.*", "2.17.2");
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

    @Test
    public void shouldResolveAndLoadEveryClassWhenInstalledInFelixNextToJira10() throws Exception {
        assertEquals(List.of(), BundleGuard.osgiProblems(jar, jira10()));
    }
}
