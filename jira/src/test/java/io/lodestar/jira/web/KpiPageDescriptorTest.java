package io.lodestar.jira.web;

import static io.lodestar.jira.web.OkrPageDescriptorTest.module;
import static io.lodestar.jira.web.OkrPageDescriptorTest.texts;
import static io.lodestar.jira.web.OkrPageDescriptorTest.xml;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertTrue;

import java.lang.reflect.Method;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import javax.servlet.http.HttpServlet;
import org.junit.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** The KPI page's modules in atlassian-plugin.xml and its beans in lodestar-beans.xml. */
public class KpiPageDescriptorTest {

    @Test
    public void shouldDeclareTheServletAtTheUrlTheTopNavigationAndTheProjectSidebarOpenWhenRegistered() throws Exception {
        Document descriptor = xml("atlassian-plugin.xml");
        Element servlet = module(descriptor, "servlet", "kpi-page-servlet");

        assertEquals(KpiPageServlet.class.getName(), servlet.getAttribute("class"));
        assertTrue(HttpServlet.class.isAssignableFrom(KpiPageServlet.class));
        assertEquals(List.of("/lodestar/kpis"), texts(servlet, "url-pattern"));
        assertEquals("system.top.navigation.bar", module(descriptor, "web-item", "kpi-page-top-link").getAttribute("section"));
        assertEquals("/plugins/servlet/lodestar/kpis", texts(module(descriptor, "web-item", "kpi-page-top-link"), "link").get(0));
        assertEquals("jira.project.sidebar.plugins.navigation",
                module(descriptor, "web-item", "kpi-page-project-link").getAttribute("section"));
        assertEquals("/plugins/servlet/lodestar/kpis?team=$pathEncodedProjectKey",
                texts(module(descriptor, "web-item", "kpi-page-project-link"), "link").get(0));
    }

    @Test
    public void shouldShipEveryScriptOfTheFolderThroughTheWebResourceWhenPackaged() throws Exception {
        Document descriptor = xml("atlassian-plugin.xml");
        Element resources = module(descriptor, "web-resource", "kpi-page-resources");
        NodeList files = resources.getElementsByTagName("resource");
        Set<String> declared = new TreeSet<>();
        for (int i = 0; i < files.getLength(); i++) {
            String location = ((Element) files.item(i)).getAttribute("location");
            assertNotNull("kpi-page-resources names a missing file " + location, getClass().getClassLoader().getResource(location));
            declared.add(location);
        }
        Set<String> own = new TreeSet<>(KpiPageTemplateTest.scripts().keySet());
        own.removeIf(script -> !script.startsWith("web/kpi-page/"));
        own.removeAll(declared);
        assertEquals("scripts no web-resource loads", Set.of(), own);
        assertEquals(KpiPage.WEB_RESOURCE, descriptor.getDocumentElement().getAttribute("key") + ":kpi-page-resources");
        assertTrue(texts(resources, "dependency").contains("io.lodestar.jira:lodestar-chartjs"));
    }

    @Test
    public void shouldAllowlistEveryGetterOfTheViewModelWhenTheTemplateReadsIt() throws Exception {
        Set<String> allowed = AllowlistUberspector.readAllowlist();
        for (Method getter : KpiPageView.class.getDeclaredMethods()) {
            assertTrue(getter.getName(), allowed.contains(AllowlistUberspector.signature(getter)));
        }
    }

    @Test
    public void shouldBuildThePageBeansWhenTheSpringContextStarts() throws Exception {
        Document beans = xml("META-INF/spring/lodestar-beans.xml");
        Map<String, String> classes = new java.util.HashMap<>();
        NodeList nodes = beans.getElementsByTagName("bean");
        for (int i = 0; i < nodes.getLength(); i++) {
            Element bean = (Element) nodes.item(i);
            classes.put(bean.getAttribute("id"), bean.getAttribute("class"));
        }
        assertEquals(KpiPageViews.class.getName(), classes.get("kpiPageViews"));
        assertEquals(KpiPage.class.getName(), classes.get("kpiPage"));
        assertEquals(io.lodestar.jira.app.KpiPageReader.class.getName(), classes.get("kpiPageReader"));
    }
}
