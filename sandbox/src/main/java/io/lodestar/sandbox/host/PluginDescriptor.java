package io.lodestar.sandbox.host;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/**
 * What the sandbox reads from the app's {@code atlassian-plugin.xml}, so that it hosts exactly the modules the app
 * declares and never drifts from them: the plugin key, the i18n bundle, the Active Objects namespace and entities, the REST
 * module's path and packages, the servlets with their URL patterns, the web-resources with their files, the
 * Velocity method allowlist, the web-panels with their location, conditions, context provider and view, and the
 * web-items and web-sections that make up navigation menus.
 */
public record PluginDescriptor(String key, String i18nBundle, String aoNamespace, List<String> aoEntities, Optional<Rest> rest,
                               List<Servlet> servlets, List<WebResource> webResources, List<String> velocityAllowlist,
                               List<WebPanel> webPanels, List<WebItem> webItems, List<WebSection> webSections) {

    public static final String LOCATION = "atlassian-plugin.xml";

    /** The {@code <rest>} module: served at {@code /rest/<path>/<version>}; {@code packages} may be empty. */
    public record Rest(String path, String version, List<String> packages) {

        public String basePath() {
            return "/rest" + (path.startsWith("/") ? path : "/" + path) + "/" + version;
        }
    }

    /** A {@code <servlet>} module, served under {@code /plugins/servlet}. */
    public record Servlet(String key, String className, List<String> urlPatterns) {
    }

    /**
     * A {@code <web-resource>}: its downloadable files, the web-resources it depends on, and the keys of the
     * transformers it applies (such as {@code jsI18n}).
     */
    public record WebResource(String key, List<Resource> resources, List<String> dependencies, List<String> transformers) {

        public String completeKey(String pluginKey) {
            return pluginKey + ":" + key;
        }
    }

    /**
     * A {@code <web-panel>}: shown at {@code location} (lightest {@code weight} first) when every condition holds, its
     * velocity {@code view} rendered with the map of its context provider (none: the page's context).
     *
     * @param labelKey        the i18n key of its {@code <label>}, the heading Jira shows above it, or null
     * @param contextProvider the class of its {@code <context-provider>}, or null
     * @param view            the classpath location of its {@code <resource name="view" type="velocity">}
     */
    public record WebPanel(String key, String location, int weight, String labelKey, String contextProvider, String view,
                           List<Condition> conditions) {

        public WebPanel {
            conditions = List.copyOf(conditions);
        }
    }

    /**
     * A {@code <web-item>}: a link shown in {@code section} (a location such as {@code system.top.navigation.bar}, or
     * {@code menu-link-id/section-key} for an item of a menu's section), lightest {@code weight} first.
     *
     * @param labelKey the i18n key of its {@code <label>}
     * @param link     its {@code <link>} as written, relative to the context path
     */
    public record WebItem(String key, String section, int weight, String labelKey, String link) {
    }

    /** A {@code <web-section>}: a group of web-items at {@code location} (for a menu, the link id of its top item). */
    public record WebSection(String key, String location, int weight, String labelKey) {
    }

    /** A {@code <condition class>} of a web fragment, all of which must hold; {@code invert} negates it. */
    public record Condition(String className, boolean invert) {
    }

    /** A downloadable file (or, when {@code name} ends in '/', a folder) and its classpath location. */
    public record Resource(String type, String name, String location) {
    }

    public PluginDescriptor {
        aoEntities = List.copyOf(aoEntities);
        servlets = List.copyOf(servlets);
        webResources = List.copyOf(webResources);
        velocityAllowlist = List.copyOf(velocityAllowlist);
        webPanels = List.copyOf(webPanels);
        webItems = List.copyOf(webItems);
        webSections = List.copyOf(webSections);
    }

    /** Reads the descriptor of the app on the classpath of {@code loader}. */
    public static PluginDescriptor load(ClassLoader loader) {
        try (InputStream in = loader.getResourceAsStream(LOCATION)) {
            if (in == null) {
                throw new IllegalStateException(LOCATION + " is not on the classpath: is the Jira app built?");
            }
            return parse(in);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + LOCATION, e);
        }
    }

    public static PluginDescriptor parse(InputStream in) throws IOException {
        Element root = document(in).getDocumentElement();
        String key = root.getAttribute("key");
        String i18n = null;
        String namespace = key;
        List<String> entities = new ArrayList<>();
        Rest rest = null;
        List<Servlet> servlets = new ArrayList<>();
        List<WebResource> webResources = new ArrayList<>();
        List<String> allowlist = new ArrayList<>();
        List<WebPanel> panels = new ArrayList<>();
        List<WebItem> items = new ArrayList<>();
        List<WebSection> sections = new ArrayList<>();
        for (Element module : children(root, null)) {
            switch (module.getTagName()) {
                case "resource" -> {
                    if ("i18n".equals(module.getAttribute("type"))) {
                        i18n = module.getAttribute("location");
                    }
                }
                case "ao" -> {
                    if (!module.getAttribute("namespace").isBlank()) {
                        namespace = module.getAttribute("namespace");
                    }
                    children(module, "entity").forEach(entity -> entities.add(entity.getTextContent().strip()));
                }
                case "rest" -> rest = new Rest(module.getAttribute("path"), module.getAttribute("version"),
                        children(module, "package").stream().map(p -> p.getTextContent().strip()).toList());
                case "servlet" -> servlets.add(new Servlet(module.getAttribute("key"), module.getAttribute("class"),
                        children(module, "url-pattern").stream().map(p -> p.getTextContent().strip()).toList()));
                case "web-resource" -> webResources.add(new WebResource(module.getAttribute("key"),
                        children(module, "resource").stream().map(r -> new Resource(r.getAttribute("type"),
                                r.getAttribute("name"), r.getAttribute("location"))).toList(),
                        children(module, "dependency").stream().map(d -> d.getTextContent().strip()).toList(),
                        children(module, "transformation").stream().flatMap(t -> children(t, "transformer").stream())
                                .map(t -> t.getAttribute("key")).toList()));
                case "velocity-allowlist" -> children(module, "method").forEach(m -> allowlist.add(m.getTextContent().strip()));
                case "web-panel" -> panels.add(webPanel(module));
                case "web-item" -> items.add(new WebItem(module.getAttribute("key"), module.getAttribute("section"),
                        weight(module), label(module), children(module, "link").stream()
                                .map(l -> l.getTextContent().strip()).findFirst().orElse("")));
                case "web-section" -> sections.add(new WebSection(module.getAttribute("key"), module.getAttribute("location"),
                        weight(module), label(module)));
                default -> {
                }
            }
        }
        return new PluginDescriptor(key, i18n, namespace, entities, Optional.ofNullable(rest), servlets, webResources,
                allowlist, panels, items, sections);
    }

    /** The web-items of a section, lightest weight first (then in descriptor order), as Jira orders them. */
    public List<WebItem> webItems(String section) {
        return webItems.stream().filter(item -> item.section().equals(section))
                .sorted(java.util.Comparator.comparingInt(WebItem::weight)).toList();
    }

    /** The web-sections at a location, lightest weight first. */
    public List<WebSection> webSections(String location) {
        return webSections.stream().filter(section -> section.location().equals(location))
                .sorted(java.util.Comparator.comparingInt(WebSection::weight)).toList();
    }

    private static int weight(Element module) {
        String weight = module.getAttribute("weight");
        return weight.isBlank() ? 1000 : Integer.parseInt(weight.strip());
    }

    private static String label(Element module) {
        return children(module, "label").stream().map(l -> l.getAttribute("key")).findFirst().orElse(null);
    }

    /** The web-panels at a location, lightest weight first (then in descriptor order), as Jira orders them. */
    public List<WebPanel> webPanels(String location) {
        return webPanels.stream().filter(panel -> panel.location().equals(location))
                .sorted(java.util.Comparator.comparingInt(WebPanel::weight)).toList();
    }

    private static WebPanel webPanel(Element module) throws IOException {
        String key = module.getAttribute("key");
        String weight = module.getAttribute("weight");
        String provider = children(module, "context-provider").stream().map(p -> p.getAttribute("class")).findFirst()
                .orElse(null);
        String view = children(module, "resource").stream()
                .filter(r -> "view".equals(r.getAttribute("name")) && "velocity".equals(r.getAttribute("type")))
                .map(r -> r.getAttribute("location")).findFirst()
                .orElseThrow(() -> new IOException("web-panel " + key + " has no <resource name=\"view\" type=\"velocity\">"));
        if (!children(module, "conditions").isEmpty()) {
            // Jira's <conditions type="AND|OR"> nesting: not needed by the app yet, refused rather than misread.
            throw new IOException("web-panel " + key + ": the sandbox reads only plain <condition> elements");
        }
        List<Condition> conditions = children(module, "condition").stream()
                .map(c -> new Condition(c.getAttribute("class"), "true".equals(c.getAttribute("invert")))).toList();
        String label = children(module, "label").stream().map(l -> l.getAttribute("key")).findFirst().orElse(null);
        return new WebPanel(key, module.getAttribute("location"), weight.isBlank() ? 1000 : Integer.parseInt(weight.strip()),
                label, provider, view, conditions);
    }

    public Optional<WebResource> webResource(String completeKey) {
        return webResources.stream().filter(resource -> resource.completeKey(key).equals(completeKey)).findFirst();
    }

    private static Document document(InputStream in) throws IOException {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            DocumentBuilder builder = factory.newDocumentBuilder();
            return builder.parse(in);
        } catch (ParserConfigurationException | SAXException e) {
            throw new IOException(LOCATION + " is not valid XML: " + e.getMessage(), e);
        }
    }

    private static List<Element> children(Element parent, String tag) {
        List<Element> found = new ArrayList<>();
        NodeList nodes = parent.getChildNodes();
        for (int i = 0; i < nodes.getLength(); i++) {
            Node node = nodes.item(i);
            if (node instanceof Element element && (tag == null || tag.equals(element.getTagName()))) {
                found.add(element);
            }
        }
        return found;
    }
}
