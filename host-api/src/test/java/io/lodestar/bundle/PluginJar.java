package io.lodestar.bundle;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

/**
 * A built Atlassian plugin jar, read the way the bundle guard tests need it: entries, manifest headers, the
 * {@code atlassian-plugin.xml} descriptor, the Spring XML files and the i18n bundle. It reads whatever the
 * files declare, so new modules, beans and templates are checked without changing the tests.
 */
public final class PluginJar {
    /** Elements whose {@code key} attribute is an i18n key (label, description, tooltip, title). */
    private static final Set<String> I18N_KEY_ELEMENTS = Set.of("label", "description", "tooltip", "title");
    /** Elements whose text is a class name. */
    private static final Set<String> CLASS_TEXT_ELEMENTS = Set.of("entity", "upgradeTask");
    private static final Pattern TEMPLATE_I18N = Pattern.compile("i18n\\.getText\\(\\s*[\"']([^\"']+)[\"']");
    private static final Pattern SCRIPT_I18N = Pattern.compile("I18n\\.getText\\(\\s*[\"']([^\"']+)[\"']");
    private static final String SPRING_BEANS_NS = "http://www.springframework.org/schema/beans";
    private static final String BLUEPRINT_NS = "http://www.eclipse.org/gemini/blueprint/schema/blueprint";

    private final Path path;
    private final Map<String, byte[]> entries;
    private final Attributes manifest;

    private PluginJar(Path path, Map<String, byte[]> entries, Attributes manifest) {
        this.path = path;
        this.entries = entries;
        this.manifest = manifest;
    }

    /** Opens the jar named by the system property (set by the module's pom), failing with the reason if absent. */
    public static PluginJar fromSystemProperty(String property) throws IOException {
        String location = System.getProperty(property);
        if (location == null) {
            throw new IllegalStateException("system property " + property + " is not set: run the bundle guard through `mvn verify`");
        }
        Path jar = Path.of(location);
        if (!jar.toFile().isFile()) {
            throw new IllegalStateException(property + "=" + jar + " does not exist: package the module first");
        }
        return open(jar);
    }

    public static PluginJar open(Path jar) throws IOException {
        Map<String, byte[]> entries = new TreeMap<>();
        try (JarFile file = new JarFile(jar.toFile())) {
            for (JarEntry entry : Collections.list(file.entries())) {
                if (!entry.isDirectory()) {
                    try (InputStream in = file.getInputStream(entry)) {
                        entries.put(entry.getName(), in.readAllBytes());
                    }
                }
            }
            Attributes manifest = file.getManifest() == null ? new Attributes() : file.getManifest().getMainAttributes();
            return new PluginJar(jar, entries, manifest);
        }
    }

    public Path path() {
        return path;
    }

    public Set<String> entryNames() {
        return Collections.unmodifiableSet(entries.keySet());
    }

    /** The bytes of one entry, or null if the jar has no such entry. */
    public byte[] entry(String name) {
        return entries.get(name);
    }

    public String header(String name) {
        return manifest.getValue(name);
    }

    /** Binary names of all classes in the jar. */
    public Set<String> classNames() {
        Set<String> names = new TreeSet<>();
        for (String entry : entries.keySet()) {
            if (entry.endsWith(".class") && !entry.startsWith("META-INF/") && !entry.endsWith("module-info.class")) {
                names.add(entry.substring(0, entry.length() - ".class".length()).replace('/', '.'));
            }
        }
        return names;
    }

    public boolean containsClass(String binaryName) {
        return entries.containsKey(binaryName.replace('.', '/') + ".class");
    }

    /** Packages that hold at least one class of the jar. */
    public Set<String> ownPackages() {
        Set<String> packages = new TreeSet<>();
        for (String name : classNames()) {
            packages.add(name.substring(0, Math.max(0, name.lastIndexOf('.'))));
        }
        return packages;
    }

    /** For each class of the jar, the foreign packages (not in the jar, not java.*) it refers to. */
    public Map<String, Set<String>> foreignReferences() throws IOException {
        Set<String> own = ownPackages();
        Map<String, Set<String>> byClass = new TreeMap<>();
        for (String name : classNames()) {
            Set<String> foreign = new TreeSet<>();
            for (String referenced : ClassReferences.packagesOf(entries.get(name.replace('.', '/') + ".class"))) {
                if (!own.contains(referenced) && !referenced.startsWith("java.")) {
                    foreign.add(referenced);
                }
            }
            if (!foreign.isEmpty()) {
                byClass.put(name, foreign);
            }
        }
        return byClass;
    }

    /** Import-Package clauses: package name to its attributes and directives as written (e.g. version="[6.0,7)"). */
    public Map<String, String> importedPackages() {
        Map<String, String> imports = new LinkedHashMap<>();
        String header = header("Import-Package");
        if (header == null) {
            return imports;
        }
        for (String clause : splitClauses(header)) {
            int semicolon = clause.indexOf(';');
            String name = semicolon < 0 ? clause.trim() : clause.substring(0, semicolon).trim();
            imports.put(name, semicolon < 0 ? "" : clause.substring(semicolon + 1).trim());
        }
        return imports;
    }

    /** Splits a manifest header at the commas that are outside quotes. */
    static List<String> splitClauses(String header) {
        List<String> clauses = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        boolean quoted = false;
        for (char c : header.toCharArray()) {
            if (c == '"') {
                quoted = !quoted;
            }
            if (c == ',' && !quoted) {
                clauses.add(current.toString());
                current.setLength(0);
            } else {
                current.append(c);
            }
        }
        if (current.length() > 0) {
            clauses.add(current.toString());
        }
        return clauses;
    }

    public Document descriptor() {
        return xml("atlassian-plugin.xml");
    }

    public List<String> springFiles() {
        List<String> files = new ArrayList<>();
        for (String entry : entries.keySet()) {
            if (entry.startsWith("META-INF/spring/") && entry.endsWith(".xml")) {
                files.add(entry);
            }
        }
        return files;
    }

    public Document xml(String entry) {
        byte[] bytes = entries.get(entry);
        if (bytes == null) {
            throw new IllegalStateException(path.getFileName() + " has no " + entry);
        }
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            return factory.newDocumentBuilder().parse(new InputSource(new ByteArrayInputStream(bytes)));
        } catch (Exception e) {
            throw new IllegalStateException(entry + " is not well-formed XML: " + e.getMessage(), e);
        }
    }

    /**
     * Every class the descriptor names, mapped to where it is named: {@code class} attributes of any module
     * or child element, {@code <entity>}/{@code <upgradeTask>} text, and the class part of allowlisted methods.
     */
    public Map<String, String> classesNamedInDescriptor() {
        Map<String, String> named = new TreeMap<>();
        for (Element element : elements(descriptor().getDocumentElement())) {
            String where = "<" + element.getTagName() + (element.hasAttribute("key") ? " key=\"" + element.getAttribute("key") + "\"" : "") + ">";
            if (element.hasAttribute("class")) {
                named.put(element.getAttribute("class").trim(), where);
            }
            if (CLASS_TEXT_ELEMENTS.contains(element.getTagName())) {
                named.put(element.getTextContent().trim(), where);
            }
        }
        for (String method : allowlistedMethods()) {
            named.put(method.substring(0, method.indexOf('#')), "<velocity-allowlist> " + method);
        }
        return named;
    }

    /** The {@code Class#method()} entries of every {@code <velocity-allowlist>} module. */
    public List<String> allowlistedMethods() {
        List<String> methods = new ArrayList<>();
        for (Element element : elements(descriptor().getDocumentElement())) {
            if (element.getTagName().equals("method") && element.getParentNode() instanceof Element parent
                    && parent.getTagName().equals("velocity-allowlist")) {
                methods.add(element.getTextContent().trim());
            }
        }
        return methods;
    }

    /** Classes of {@code <bean class>} elements in the Spring XML, mapped to their file and bean id. */
    public Map<String, String> springBeanClasses() {
        Map<String, String> beans = new TreeMap<>();
        for (String file : springFiles()) {
            NodeList list = xml(file).getElementsByTagNameNS(SPRING_BEANS_NS, "bean");
            for (int i = 0; i < list.getLength(); i++) {
                Element bean = (Element) list.item(i);
                if (bean.hasAttribute("class")) {
                    beans.put(bean.getAttribute("class").trim(), file + " bean " + bean.getAttribute("id"));
                }
            }
        }
        return beans;
    }

    /** Interfaces of {@code <osgi:reference>} elements (the imported host services), mapped to their bean id. */
    public Map<String, String> hostServiceInterfaces() {
        Map<String, String> services = new TreeMap<>();
        for (String file : springFiles()) {
            NodeList list = xml(file).getElementsByTagNameNS(BLUEPRINT_NS, "reference");
            for (int i = 0; i < list.getLength(); i++) {
                Element reference = (Element) list.item(i);
                services.put(reference.getAttribute("interface").trim(), file + " reference " + reference.getAttribute("id"));
            }
        }
        return services;
    }

    /** i18n keys used by the descriptor ({@code i18n-name-key}, and {@code key} of label/description/tooltip/title). */
    public Map<String, String> i18nKeysUsedByDescriptor() {
        Map<String, String> keys = new TreeMap<>();
        for (Element element : elements(descriptor().getDocumentElement())) {
            if (element.hasAttribute("i18n-name-key")) {
                keys.put(element.getAttribute("i18n-name-key"), "i18n-name-key of <" + element.getTagName() + ">");
            }
            if (I18N_KEY_ELEMENTS.contains(element.getTagName()) && element.hasAttribute("key")) {
                Node parent = element.getParentNode();
                keys.put(element.getAttribute("key"), "<" + element.getTagName() + "> of <" + parent.getNodeName() + ">");
            }
        }
        return keys;
    }

    /**
     * Keys the Confluence macro browser looks up for each {@code <xhtml-macro name="m">}: {@code <plugin key>.m.label}
     * and {@code <plugin key>.m.desc}, plus {@code <plugin key>.m.param.<p>.label} for each parameter.
     */
    public Map<String, String> i18nKeysUsedByMacroBrowser() {
        Map<String, String> keys = new TreeMap<>();
        String pluginKey = descriptor().getDocumentElement().getAttribute("key");
        for (Element element : elements(descriptor().getDocumentElement())) {
            if (element.getTagName().equals("xhtml-macro") || element.getTagName().equals("macro")) {
                String macro = element.getAttribute("name");
                String where = "macro browser entry of <" + element.getTagName() + " name=\"" + macro + "\">";
                keys.put(pluginKey + "." + macro + ".label", where);
                keys.put(pluginKey + "." + macro + ".desc", where);
                NodeList parameters = element.getElementsByTagName("parameter");
                for (int i = 0; i < parameters.getLength(); i++) {
                    String parameter = ((Element) parameters.item(i)).getAttribute("name");
                    keys.put(pluginKey + "." + macro + ".param." + parameter + ".label", where);
                }
            }
        }
        return keys;
    }

    /**
     * Literal i18n keys used by Velocity templates ({@code $i18n.getText("...")}) and scripts
     * ({@code I18n.getText("...")}); keys assembled from variables are left out.
     */
    public Map<String, String> i18nKeysUsedByResources() {
        Map<String, String> keys = new TreeMap<>();
        for (Map.Entry<String, byte[]> entry : entries.entrySet()) {
            String name = entry.getKey();
            Pattern pattern = name.endsWith(".vm") ? TEMPLATE_I18N : name.endsWith(".js") ? SCRIPT_I18N : null;
            if (pattern != null) {
                Matcher matcher = pattern.matcher(new String(entry.getValue(), StandardCharsets.UTF_8));
                while (matcher.find()) {
                    // Keys built at run time ("okr.band.$band") cannot be checked statically.
                    if (!matcher.group(1).contains("$") && !matcher.group(1).contains("{")) {
                        keys.put(matcher.group(1), name);
                    }
                }
            }
        }
        return keys;
    }

    /** The i18n bundle the descriptor declares ({@code <resource type="i18n" location="a.b.c">} is a/b/c.properties). */
    public Properties i18nBundle() throws IOException {
        Properties properties = new Properties();
        for (Element element : elements(descriptor().getDocumentElement())) {
            if (element.getTagName().equals("resource") && "i18n".equals(element.getAttribute("type"))) {
                String entry = element.getAttribute("location").replace('.', '/') + ".properties";
                byte[] bytes = entries.get(entry);
                if (bytes == null) {
                    throw new IllegalStateException("the descriptor declares i18n bundle " + entry + " but the jar has no such entry");
                }
                properties.load(new StringReader(new String(bytes, StandardCharsets.ISO_8859_1)));
            }
        }
        return properties;
    }

    /** Tag names of the descriptor's top-level modules, in order. */
    public List<String> moduleOrder() {
        List<String> order = new ArrayList<>();
        NodeList children = descriptor().getDocumentElement().getChildNodes();
        for (int i = 0; i < children.getLength(); i++) {
            if (children.item(i) instanceof Element element) {
                order.add(element.getTagName());
            }
        }
        return order;
    }

    /** {@code key} attributes of the top-level modules. */
    public List<String> moduleKeys() {
        List<String> keys = new ArrayList<>();
        NodeList children = descriptor().getDocumentElement().getChildNodes();
        for (int i = 0; i < children.getLength(); i++) {
            if (children.item(i) instanceof Element element && element.hasAttribute("key")) {
                keys.add(element.getAttribute("key"));
            }
        }
        return keys;
    }

    private static List<Element> elements(Element root) {
        List<Element> all = new ArrayList<>();
        collect(root, all);
        return all;
    }

    private static void collect(Element element, List<Element> into) {
        into.add(element);
        NodeList children = element.getChildNodes();
        for (int i = 0; i < children.getLength(); i++) {
            if (children.item(i) instanceof Element child) {
                collect(child, into);
            }
        }
    }
}
