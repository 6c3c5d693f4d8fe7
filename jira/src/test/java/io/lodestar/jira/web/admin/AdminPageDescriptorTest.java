package io.lodestar.jira.web.admin;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertTrue;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** The administration page in atlassian-plugin.xml: Manage apps' configure link, its servlet and its scripts. */
public class AdminPageDescriptorTest {

    @Test
    public void shouldOpenTheAdministrationServletFromManageAppsWhenTheConfigureLinkIsFollowed() throws Exception {
        Document descriptor = descriptor();
        Element pluginInfo = (Element) descriptor.getElementsByTagName("plugin-info").item(0);
        String configureUrl = null;
        NodeList params = pluginInfo.getElementsByTagName("param");
        for (int i = 0; i < params.getLength(); i++) {
            Element param = (Element) params.item(i);
            if ("configure.url".equals(param.getAttribute("name"))) {
                configureUrl = param.getTextContent().strip();
            }
        }
        assertEquals("/plugins/servlet/lodestar/admin", configureUrl);

        Element servlet = module(descriptor, "servlet", "admin-page-servlet");
        assertEquals(AdminPageServlet.class.getName(), servlet.getAttribute("class"));
        // A servlet module's url-pattern is served under /plugins/servlet.
        assertEquals("/plugins/servlet" + texts(servlet, "url-pattern").get(0), configureUrl);
    }

    @Test
    public void shouldShipThePageScriptsAndAllowlistTheViewGettersWhenPackaged() throws Exception {
        Document descriptor = descriptor();
        Element resources = module(descriptor, "web-resource", "admin-page-resources");
        assertEquals(AdminPage.WEB_RESOURCE, descriptor.getDocumentElement().getAttribute("key") + ":admin-page-resources");
        NodeList files = resources.getElementsByTagName("resource");
        List<String> locations = new ArrayList<>();
        for (int i = 0; i < files.getLength(); i++) {
            String location = ((Element) files.item(i)).getAttribute("location");
            assertNotNull("admin-page-resources names a missing file " + location, getClass().getClassLoader().getResource(location));
            locations.add(location);
        }
        assertTrue(locations.contains("web/admin-page/admin-page.js"));
        assertTrue(locations.contains("web/admin-page/admin-format.js"));
        List<String> allowed = texts((Element) descriptor.getElementsByTagName("velocity-allowlist").item(0), "method");
        assertTrue(allowed.contains(AdminPageView.class.getName() + "#getBaseUrl()"));
        assertTrue(allowed.contains(AdminPageView.class.getName() + "#getScheduleMinutes()"));
    }

    private static Document descriptor() throws Exception {
        try (InputStream in = AdminPageDescriptorTest.class.getResourceAsStream("/atlassian-plugin.xml")) {
            return DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(in);
        }
    }

    private static Element module(Document descriptor, String tag, String key) {
        NodeList modules = descriptor.getElementsByTagName(tag);
        for (int i = 0; i < modules.getLength(); i++) {
            Element module = (Element) modules.item(i);
            if (key.equals(module.getAttribute("key"))) {
                return module;
            }
        }
        throw new AssertionError("no <" + tag + " key=\"" + key + "\">");
    }

    private static List<String> texts(Element parent, String tag) {
        List<String> texts = new ArrayList<>();
        NodeList children = parent.getElementsByTagName(tag);
        for (int i = 0; i < children.getLength(); i++) {
            texts.add(children.item(i).getTextContent().strip());
        }
        return texts;
    }
}
