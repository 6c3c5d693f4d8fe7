package io.lodestar.jira.web.dashboard;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * The dashboard items in atlassian-plugin.xml: each {@code <dashboard-item>} names an AMD module that a script of a
 * web-resource in Jira's {@code atl.dashboard} context defines, every file those web-resources name is in the
 * bundle, and every text key the items and their scripts use is in the i18n bundle.
 */
public class DashboardItemDescriptorTest {

    private static final String CONTEXT = "atl.dashboard";
    private static final Pattern GET_TEXT = Pattern.compile("AJS\\.I18n\\.getText\\(\\s*'([\\w.\\-]+)'");

    @Test
    public void shouldFindEachDashboardItemsAmdModuleInAWebResourceOfTheDashboardContextWhenPackaged() throws Exception {
        Document descriptor = xml("atlassian-plugin.xml");
        List<Element> items = elements(descriptor, "dashboard-item");
        assertFalse("no dashboard-item declared", items.isEmpty());
        assertEquals("the velocity, KPI scorecard and OKR progress items", List.of("velocity-item", "scorecard-item", "okr-progress-item"),
                items.stream().map(item -> item.getAttribute("key")).toList());
        StringBuilder dashboardScripts = new StringBuilder();
        for (Element resource : elements(descriptor, "web-resource")) {
            if (!children(resource, "context").stream().anyMatch(c -> CONTEXT.equals(c.getTextContent().trim()))) {
                continue;
            }
            assertTrue(resource.getAttribute("key") + " needs Jira's jsI18n transformer for its texts",
                    resource.getElementsByTagName("transformer").getLength() > 0
                            && "jsI18n".equals(((Element) resource.getElementsByTagName("transformer").item(0)).getAttribute("key")));
            for (Element file : children(resource, "resource")) {
                String location = file.getAttribute("location");
                assertNotNull(resource.getAttribute("key") + " names a missing file " + location, getClass().getClassLoader().getResource(location));
                if (location.endsWith(".js")) {
                    dashboardScripts.append(read(location)).append('\n');
                }
            }
        }
        for (Element item : items) {
            // The thumbnail Jira's "Add a gadget" directory shows: a file of the lodestar-images web-resource.
            List<Element> thumbnails = children(children(item, "definition").get(0), "thumbnail");
            assertEquals(item.getAttribute("key") + " has one thumbnail", 1, thumbnails.size());
            String prefix = "/download/resources/io.lodestar.jira:lodestar-images/";
            String thumbnail = thumbnails.get(0).getAttribute("location");
            assertTrue(thumbnail, thumbnail.startsWith(prefix));
            assertNotNull("missing thumbnail " + thumbnail, getClass().getClassLoader().getResource(thumbnail.substring(prefix.length())));
            List<Element> amd = children(item, "amd-module");
            assertEquals(item.getAttribute("key") + " names one AMD module", 1, amd.size());
            String module = amd.get(0).getTextContent().trim();
            assertTrue(item.getAttribute("key") + ": no script of the " + CONTEXT + " context defines " + module,
                    dashboardScripts.indexOf("define('" + module + "'") >= 0);
            assertEquals("true", item.getAttribute("configurable"));
            assertEquals(1, children(item, "definition").size());
        }
    }

    @Test
    public void shouldHaveEveryTextKeyInTheBundleWhenTheItemsAndTheirScriptsUseIt() throws Exception {
        Properties texts = new Properties();
        try (InputStream in = getClass().getClassLoader().getResourceAsStream("io/lodestar/jira/i18n.properties")) {
            texts.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
        }
        Document descriptor = xml("atlassian-plugin.xml");
        List<String> keys = new ArrayList<>();
        for (Element item : elements(descriptor, "dashboard-item")) {
            keys.add(item.getAttribute("i18n-name-key"));
            NodeList withKeys = item.getElementsByTagName("*");
            for (int i = 0; i < withKeys.getLength(); i++) {
                String key = ((Element) withKeys.item(i)).getAttribute("key");
                if (!key.isEmpty()) {
                    keys.add(key);
                }
            }
        }
        for (String script : List.of("web/dashboard/velocity-item.js", "web/dashboard/scorecard-item.js")) {
            Matcher call = GET_TEXT.matcher(read(script));
            int calls = 0;
            while (call.find()) {
                keys.add(call.group(1));
                calls++;
            }
            assertTrue(script + " uses its texts", calls > 10);
        }
        for (String key : keys) {
            assertTrue("missing text " + key, texts.containsKey(key));
        }
    }

    private Document xml(String resource) throws Exception {
        javax.xml.parsers.DocumentBuilderFactory factory = javax.xml.parsers.DocumentBuilderFactory.newInstance();
        try (InputStream in = getClass().getClassLoader().getResourceAsStream(resource)) {
            assertNotNull(resource, in);
            return factory.newDocumentBuilder().parse(in);
        }
    }

    private String read(String location) throws IOException {
        try (InputStream in = getClass().getClassLoader().getResourceAsStream(location)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static List<Element> elements(Document descriptor, String tag) {
        return children(descriptor.getDocumentElement(), tag);
    }

    private static List<Element> children(Element parent, String tag) {
        List<Element> found = new ArrayList<>();
        NodeList nodes = parent.getChildNodes();
        for (int i = 0; i < nodes.getLength(); i++) {
            if (nodes.item(i).getNodeType() == Node.ELEMENT_NODE && ((Element) nodes.item(i)).getTagName().equals(tag)) {
                found.add((Element) nodes.item(i));
            }
        }
        return found;
    }
}
