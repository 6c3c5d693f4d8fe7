package io.lodestar.sandbox.server;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import io.lodestar.sandbox.host.PluginDescriptor;
import io.lodestar.sandbox.host.SandboxI18n;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.Test;

public class WebResourcesTest {

    private static final String XML = """
            <atlassian-plugin key="app">
              <web-resource key="base"><resource type="download" name="base.js" location="web/base.js"/></web-resource>
              <web-resource key="images"><resource type="download" name="images/" location="img/"/></web-resource>
              <web-resource key="page">
                <dependency>com.atlassian.auiplugin:ajs</dependency>
                <dependency>app:base</dependency>
                <dependency>jira.webresources:unknown</dependency>
                <resource type="download" name="page.css" location="web/page.css"/>
                <resource type="download" name="page.js" location="web/page.js"/>
              </web-resource>
            </atlassian-plugin>
            """;

    private final WebResources resources = new WebResources(parse());

    private static PluginDescriptor parse() {
        try {
            return PluginDescriptor.parse(new ByteArrayInputStream(XML.getBytes(StandardCharsets.UTF_8)));
        } catch (java.io.IOException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    public void shouldIncludeDependenciesFirstWhenAPageRequiresAWebResource() {
        WebResources.Includes includes = resources.includes(List.of("app:page"));

        assertEquals(List.of("/download/resources/app:base/base.js", "/download/resources/app:page/page.js"), includes.scripts());
        assertEquals(List.of("/download/resources/app:page/page.css"), includes.styles());
    }

    @Test
    public void shouldMapAFileInsideAFolderResourceWhenAsked() {
        assertEquals("img/logo.png", resources.file("app:images", "images/logo.png").orElseThrow().location());
    }

    @Test
    public void shouldFindNothingWhenTheNameIsUndeclaredOrClimbsOut() {
        assertTrue(resources.file("app:page", "other.js").isEmpty());
        assertTrue(resources.file("app:images", "images/../../secret").isEmpty());
        assertTrue(resources.file("app:nothing", "page.js").isEmpty());
    }

    @Test
    public void shouldTranslateI18nCallsWhenTheJsI18nTransformerApplies() {
        DownloadServlet servlet = new DownloadServlet(resources, new SandboxI18n(null, getClass().getClassLoader()), null);

        assertEquals("var a = \"k.one\"; var b = AJS.format(\"k.two\", 2);",
                servlet.translate("var a = AJS.I18n.getText('k.one'); var b = AJS.I18n.getText(\"k.two\", 2);"));
    }
}
