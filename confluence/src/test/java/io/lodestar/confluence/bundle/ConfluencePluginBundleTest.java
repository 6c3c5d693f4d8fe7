package io.lodestar.confluence.bundle;

import static org.junit.Assert.assertEquals;

import io.lodestar.bundle.BundleGuard;
import io.lodestar.bundle.HostStandIn;
import io.lodestar.bundle.PluginJar;
import java.util.List;
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

    /**
     * What Confluence 9.2 exports, package by package, at the versions the bundle is checked against. Sources
     * and confidence are in host-api/README.md; confluence/bnd.bnd imports ranges that contain them.
     */
    static HostStandIn confluence9() {
        return HostStandIn.of("confluence", "9.2.0")
                .exporting("com.atlassian.confluence.*", "9.2.0")
                .exporting("com.atlassian.applinks.*", "10.0.0")
                .exporting("com.atlassian.sal.api.*", "6.0.5")
                .exporting("com.atlassian.templaterenderer.*", "6.0.0")
                .exporting("com.atlassian.plugin.*", "8.0.0")
                .exporting("com.atlassian.plugin.web.*", "7.0.0")
                .exporting("javax.servlet.*", "4.0.4");
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
}
