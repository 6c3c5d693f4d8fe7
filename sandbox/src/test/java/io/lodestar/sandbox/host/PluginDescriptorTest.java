package io.lodestar.sandbox.host;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.Test;

public class PluginDescriptorTest {

    @Test
    public void shouldReadEveryModuleTheSandboxHostsWhenParsingADescriptor() throws Exception {
        String xml = """
                <atlassian-plugin key="io.example.app" name="x" plugins-version="2">
                  <resource type="i18n" name="i18n" location="io.example.i18n"/>
                  <ao key="ao" namespace="io.example.app">
                    <entity>io.example.ThingEntity</entity>
                    <entity> io.example.OtherEntity </entity>
                  </ao>
                  <rest key="rest" path="/example" version="1.0"><package>io.example.rest</package></rest>
                  <servlet key="page" class="io.example.PageServlet"><url-pattern>/example/page</url-pattern></servlet>
                  <web-resource key="page-resources">
                    <dependency>com.atlassian.auiplugin:ajs</dependency>
                    <transformation extension="js"><transformer key="jsI18n"/></transformation>
                    <resource type="download" name="page.js" location="web/page.js"/>
                  </web-resource>
                </atlassian-plugin>
                """;

        PluginDescriptor descriptor = PluginDescriptor.parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));

        assertEquals("io.example.app", descriptor.key());
        assertEquals("io.example.i18n", descriptor.i18nBundle());
        assertEquals("io.example.app", descriptor.aoNamespace());
        assertEquals(List.of("io.example.ThingEntity", "io.example.OtherEntity"), descriptor.aoEntities());
        assertEquals("/rest/example/1.0", descriptor.rest().orElseThrow().basePath());
        assertEquals(List.of("io.example.rest"), descriptor.rest().orElseThrow().packages());
        assertEquals(List.of("/example/page"), descriptor.servlets().get(0).urlPatterns());
        PluginDescriptor.WebResource resources = descriptor.webResource("io.example.app:page-resources").orElseThrow();
        assertEquals(List.of("jsI18n"), resources.transformers());
        assertEquals("web/page.js", resources.resources().get(0).location());
    }

    @Test
    public void shouldListTheAppsEntitiesAndServletWhenReadingTheJiraAppDescriptor() {
        PluginDescriptor descriptor = PluginDescriptor.load(getClass().getClassLoader());

        assertEquals("io.lodestar.jira", descriptor.key());
        assertFalse("entities of <ao>", descriptor.aoEntities().isEmpty());
        assertTrue(descriptor.aoEntities().contains("io.lodestar.jira.persistence.ObjectiveEntity"));
        assertEquals("/rest/lodestar/1.0", descriptor.rest().orElseThrow().basePath());
        assertFalse(descriptor.servlets().isEmpty());
    }

    @Test
    public void shouldReadWebPanelsWithConditionsProviderAndViewByWeightWhenParsing() throws Exception {
        String xml = """
                <atlassian-plugin key="io.example.app" name="x" plugins-version="2">
                  <web-panel key="heavy" location="atl.jira.view.issue.right.context" weight="300">
                    <resource name="view" type="velocity" location="templates/heavy.vm"/>
                  </web-panel>
                  <web-panel key="light" location="atl.jira.view.issue.right.context" weight="100">
                    <label key="example.light"/>
                    <context-provider class="io.example.LightContextProvider"/>
                    <resource name="view" type="velocity" location="templates/light.vm"/>
                    <condition class="io.example.SomeCondition"/>
                    <condition class="io.example.OtherCondition" invert="true"/>
                  </web-panel>
                  <web-panel key="left" location="atl.jira.view.issue.left.context">
                    <resource name="view" type="velocity" location="templates/left.vm"/>
                  </web-panel>
                </atlassian-plugin>
                """;

        PluginDescriptor descriptor = PluginDescriptor.parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));

        List<PluginDescriptor.WebPanel> right = descriptor.webPanels("atl.jira.view.issue.right.context");
        assertEquals(List.of("light", "heavy"), right.stream().map(PluginDescriptor.WebPanel::key).toList());
        PluginDescriptor.WebPanel light = right.get(0);
        assertEquals("example.light", light.labelKey());
        assertEquals("io.example.LightContextProvider", light.contextProvider());
        assertEquals("templates/light.vm", light.view());
        assertEquals(List.of(new PluginDescriptor.Condition("io.example.SomeCondition", false),
                new PluginDescriptor.Condition("io.example.OtherCondition", true)), light.conditions());
        assertEquals(null, right.get(1).contextProvider());
        assertEquals(List.of("left"), descriptor.webPanels("atl.jira.view.issue.left.context").stream()
                .map(PluginDescriptor.WebPanel::key).toList());
    }

    @Test
    public void shouldRefuseAWebPanelWhenItHasNoVelocityViewOrNestedConditions() {
        String noView = "<atlassian-plugin key=\"k\"><web-panel key=\"p\" location=\"l\"/></atlassian-plugin>";
        String nested = "<atlassian-plugin key=\"k\"><web-panel key=\"p\" location=\"l\">"
                + "<resource name=\"view\" type=\"velocity\" location=\"v.vm\"/><conditions type=\"OR\"/>"
                + "</web-panel></atlassian-plugin>";

        for (String xml : List.of(noView, nested)) {
            java.io.IOException refused = org.junit.Assert.assertThrows(java.io.IOException.class,
                    () -> PluginDescriptor.parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8))));
            assertTrue(refused.getMessage(), refused.getMessage().contains("web-panel p"));
        }
    }

    @Test
    public void shouldFindTheIssuePanelWhenReadingTheJiraAppDescriptor() {
        PluginDescriptor descriptor = PluginDescriptor.load(getClass().getClassLoader());

        PluginDescriptor.WebPanel panel = descriptor.webPanels("atl.jira.view.issue.right.context").get(0);
        assertEquals("issue-panel", panel.key());
        assertEquals("io.lodestar.jira.web.issuepanel.IssuePanelContextProvider", panel.contextProvider());
        assertEquals(List.of(new PluginDescriptor.Condition(
                "com.atlassian.jira.plugin.webfragment.conditions.UserLoggedInCondition", false)), panel.conditions());
    }

    @Test
    public void shouldReadTheOkrsMenuWithMyCheckInsWhenReadingTheJiraAppDescriptor() {
        PluginDescriptor descriptor = PluginDescriptor.load(getClass().getClassLoader());

        assertEquals(List.of("okr-page-top-link", "kpi-page-top-link"),
                descriptor.webItems("system.top.navigation.bar").stream().map(PluginDescriptor.WebItem::key).toList());
        assertEquals("okr-page-top-section", descriptor.webSections("okr-page-top-link").get(0).key());
        List<PluginDescriptor.WebItem> items = descriptor.webItems("okr-page-top-link/okr-page-top-section");
        assertEquals(List.of("okr-page-top-okrs", "okr-page-top-my-check-ins"),
                items.stream().map(PluginDescriptor.WebItem::key).toList());
        assertEquals("/plugins/servlet/lodestar/okrs?view=my-check-ins", items.get(1).link());
        assertEquals("okr.mycheckins.nav", items.get(1).labelKey());
    }
}
