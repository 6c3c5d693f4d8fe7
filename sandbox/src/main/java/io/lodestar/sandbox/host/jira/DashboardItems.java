package io.lodestar.sandbox.host.jira;

import io.lodestar.sandbox.host.PluginDescriptor;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/**
 * What Jira's dashboard reads of the app's descriptor: the {@code <dashboard-item>} modules (key, AMD module, whether
 * configurable, title key) and the web-resources in the {@value #CONTEXT} context, which Jira loads on every
 * dashboard page.
 */
public record DashboardItems(String pluginKey, List<Item> items, List<String> dashboardResources) {
    public static final String CONTEXT = "atl.dashboard";

    public record Item(String key, String amdModule, boolean configurable, String titleKey) {
        public String completeKey(String pluginKey) {
            return pluginKey + ":" + key;
        }
    }

    public DashboardItems {
        items = List.copyOf(items);
        dashboardResources = List.copyOf(dashboardResources);
    }

    public Optional<Item> item(String key) {
        return items.stream().filter(item -> item.key().equals(key)).findFirst();
    }

    public static DashboardItems load(ClassLoader loader) {
        try (InputStream in = loader.getResourceAsStream(PluginDescriptor.LOCATION)) {
            if (in == null) {
                throw new IllegalStateException(PluginDescriptor.LOCATION + " is not on the classpath: is the Jira app built?");
            }
            return parse(in);
        } catch (IOException | SAXException | ParserConfigurationException e) {
            throw new IllegalStateException("cannot read the dashboard items of " + PluginDescriptor.LOCATION + ": "
                    + e.getMessage(), e);
        }
    }

    static DashboardItems parse(InputStream in) throws IOException, SAXException, ParserConfigurationException {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        Element root = factory.newDocumentBuilder().parse(in).getDocumentElement();
        String pluginKey = root.getAttribute("key");
        List<Item> items = new ArrayList<>();
        List<String> resources = new ArrayList<>();
        for (Element module : children(root)) {
            if (module.getTagName().equals("dashboard-item")) {
                String amd = child(module, "amd-module").map(Element::getTextContent).map(String::trim).orElseThrow(
                        () -> new IllegalStateException("dashboard-item " + module.getAttribute("key") + " has no amd-module"));
                String title = child(module, "definition").flatMap(definition -> child(definition, "title"))
                        .map(t -> t.getAttribute("key")).orElse(module.getAttribute("i18n-name-key"));
                items.add(new Item(module.getAttribute("key"), amd, Boolean.parseBoolean(module.getAttribute("configurable")), title));
            } else if (module.getTagName().equals("web-resource")
                    && children(module).stream().anyMatch(c -> c.getTagName().equals("context") && CONTEXT.equals(c.getTextContent().trim()))) {
                resources.add(pluginKey + ":" + module.getAttribute("key"));
            }
        }
        return new DashboardItems(pluginKey, items, resources);
    }

    private static Optional<Element> child(Element parent, String tag) {
        return children(parent).stream().filter(c -> c.getTagName().equals(tag)).findFirst();
    }

    private static List<Element> children(Element parent) {
        List<Element> found = new ArrayList<>();
        NodeList nodes = parent.getChildNodes();
        for (int i = 0; i < nodes.getLength(); i++) {
            if (nodes.item(i).getNodeType() == Node.ELEMENT_NODE) {
                found.add((Element) nodes.item(i));
            }
        }
        return found;
    }
}
