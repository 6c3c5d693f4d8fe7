package io.lodestar.bundle;

import java.io.File;
import java.io.IOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Pattern;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleException;
import org.osgi.framework.FrameworkUtil;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The checks every Lodestar plugin jar must pass. Each returns the problems it found, one readable line each,
 * so a test asserts an empty list and a failure names what to fix. The checks read what the jar declares
 * (descriptor modules, Spring beans and references, templates, imports), so new modules are covered as they
 * are added.
 */
public final class BundleGuard {
    /** Our own classes: they must be inside the jar. Anything else named must come from the host. */
    public static final String OWN_PACKAGE_PREFIX = "io.lodestar.";
    /** Path prefixes of classes that the host provides and that must never be packaged. */
    public static final List<String> HOST_ENTRY_PREFIXES = List.of(
            "com/atlassian/", "net/java/ao/", "javax/", "jakarta/", "com/fasterxml/", "org/springframework/", "org/osgi/");
    private static final String SPRING_BEANS_NS = "http://www.springframework.org/schema/beans";
    private static final String BLUEPRINT_NS = "http://www.eclipse.org/gemini/blueprint/schema/blueprint";
    private static final Pattern KEBAB_CASE = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    private BundleGuard() {
    }

    /** Classes of ours named by the descriptor or the Spring XML but absent from the jar. */
    public static List<String> missingOwnClasses(PluginJar jar) {
        List<String> problems = new ArrayList<>();
        for (Map<String, String> named : List.of(jar.classesNamedInDescriptor(), jar.springBeanClasses(), jar.hostServiceInterfaces())) {
            named.forEach((className, where) -> {
                if (className.startsWith(OWN_PACKAGE_PREFIX) && !jar.containsClass(className)) {
                    problems.add(className + " (named by " + where + ") is not in " + jar.path().getFileName());
                }
            });
        }
        return problems;
    }

    /** i18n keys used by the descriptor, the macro browser, templates or scripts that the i18n bundle does not define. */
    public static List<String> undefinedI18nKeys(PluginJar jar) throws IOException {
        Properties bundle = jar.i18nBundle();
        List<String> problems = new ArrayList<>();
        for (Map<String, String> used : List.of(jar.i18nKeysUsedByDescriptor(), jar.i18nKeysUsedByMacroBrowser(), jar.i18nKeysUsedByResources())) {
            used.forEach((key, where) -> {
                if (!bundle.containsKey(key)) {
                    problems.add("i18n key " + key + " (used by " + where + ") is not defined");
                }
            });
        }
        return problems;
    }

    /** Entries of host classes (Atlassian, AO, javax, Jackson...) packaged in the jar. */
    public static List<String> packagedHostClasses(PluginJar jar) {
        List<String> problems = new ArrayList<>();
        for (String entry : jar.entryNames()) {
            for (String prefix : HOST_ENTRY_PREFIXES) {
                if (entry.startsWith(prefix)) {
                    problems.add(entry + " is a host class and must not be packaged");
                }
            }
        }
        return problems;
    }

    /** Packages our classes refer to that are neither inside the jar, nor java.*, nor imported. */
    public static List<String> unimportedReferences(PluginJar jar) throws IOException {
        Set<String> imported = jar.importedPackages().keySet();
        List<String> problems = new ArrayList<>();
        jar.foreignReferences().forEach((className, packages) -> {
            for (String pkg : packages) {
                if (!imported.contains(pkg)) {
                    problems.add(className + " refers to package " + pkg + ", which Import-Package does not list");
                }
            }
        });
        return problems;
    }

    /** The javax namespaces that Platform 8 (Jira 11 / Confluence 10) replaced by jakarta.*: none may remain in its bundles. */
    public static final List<String> PLATFORM7_ONLY_NAMESPACES = List.of("javax.ws.rs", "javax.servlet", "javax.inject");

    /**
     * Every place a Platform 8 bundle still names {@code javax.ws.rs}, {@code javax.servlet} or {@code javax.inject}:
     * packages its classes refer to (constant pool and descriptors), Import-Package / DynamicImport-Package clauses,
     * and the text of every entry (class files' strings, the manifest, atlassian-plugin.xml, the Spring XML,
     * templates, properties, scripts), in dotted and in internal (slashed) form.
     */
    public static List<String> platform7NamespaceReferences(PluginJar jar) throws IOException {
        List<String> problems = new ArrayList<>();
        for (String className : jar.classNames()) {
            for (String pkg : ClassReferences.packagesOf(jar.entry(className.replace('.', '/') + ".class"))) {
                if (isPlatform7Only(pkg)) {
                    problems.add(className + " refers to package " + pkg);
                }
            }
        }
        for (String header : List.of("Import-Package", "DynamicImport-Package", "Export-Package")) {
            String value = jar.header(header);
            if (value != null) {
                for (String clause : PluginJar.splitClauses(value)) {
                    String pkg = clause.split(";", 2)[0].trim();
                    if (isPlatform7Only(pkg)) {
                        problems.add(header + " lists " + pkg);
                    }
                }
            }
        }
        for (String entry : jar.entryNames()) {
            String text = new String(jar.entry(entry), StandardCharsets.ISO_8859_1);
            for (String namespace : PLATFORM7_ONLY_NAMESPACES) {
                for (String form : List.of(namespace, namespace.replace('.', '/'))) {
                    if (text.contains(form)) {
                        problems.add(entry + " contains the text " + form);
                    }
                }
            }
        }
        return problems;
    }

    private static boolean isPlatform7Only(String pkg) {
        for (String namespace : PLATFORM7_ONLY_NAMESPACES) {
            if (pkg.equals(namespace) || pkg.startsWith(namespace + ".")) {
                return true;
            }
        }
        return false;
    }

    /** Mandatory imports without a version range: they would bind to any version the host happens to export. */
    public static List<String> unversionedImports(PluginJar jar) {
        List<String> problems = new ArrayList<>();
        jar.importedPackages().forEach((pkg, attributes) -> {
            boolean optional = attributes.contains("resolution:=optional");
            if (!optional && !attributes.matches("(?s).*version=\"[\\[(][^\"]*,[^\"]*[\\])]\".*")) {
                problems.add("Import-Package " + pkg + " has no version range: " + (attributes.isEmpty() ? "(none)" : attributes));
            }
        });
        return problems;
    }

    /**
     * Differences between the classes of {@code embeddedLocation} (a directory or jar on the class path) and the
     * classes of the jar in the same packages: missing ones, and stale ones left in target/classes by an earlier
     * build (bnd copies embedded packages there and nothing removes them; {@code mvn clean -pl <module>} does).
     */
    public static List<String> embeddingProblems(PluginJar jar, Path embeddedLocation) throws IOException {
        Set<String> expected = new LinkedHashSet<>();
        if (Files.isDirectory(embeddedLocation)) {
            try (var files = Files.walk(embeddedLocation)) {
                files.filter(file -> file.toString().endsWith(".class")).forEach(file -> {
                    String relative = embeddedLocation.relativize(file).toString().replace(File.separatorChar, '/');
                    expected.add(relative.substring(0, relative.length() - ".class".length()).replace('/', '.'));
                });
            }
        } else {
            expected.addAll(PluginJar.open(embeddedLocation).classNames());
        }
        expected.removeIf(name -> name.endsWith("module-info"));
        Set<String> embeddedPackages = new LinkedHashSet<>();
        List<String> problems = new ArrayList<>();
        for (String className : expected) {
            embeddedPackages.add(className.substring(0, className.lastIndexOf('.') + 1));
            if (!jar.containsClass(className)) {
                problems.add(className + " from " + embeddedLocation + " is not embedded");
            }
        }
        for (String className : jar.classNames()) {
            String pkg = className.substring(0, className.lastIndexOf('.') + 1);
            if (embeddedPackages.stream().anyMatch(pkg::equals) && !expected.contains(className)) {
                problems.add(className + " is embedded but no longer exists in " + embeddedLocation + " (stale copy: clean the module)");
            }
        }
        return problems;
    }

    /** The class path entry holding the main classes of module {@code artifactId} (jar or target/classes). */
    public static Path classPathEntryOf(String artifactId) {
        for (String element : HostStandIn.testClassPath()) {
            Path path = Path.of(element);
            String name = path.getFileName() == null ? "" : path.getFileName().toString();
            boolean jarOfModule = name.startsWith(artifactId + "-") && name.endsWith(".jar") && !name.endsWith("-tests.jar");
            boolean classesOfModule = element.replace(File.separatorChar, '/').endsWith("/" + artifactId.replace("lodestar-", "") + "/target/classes");
            if (jarOfModule || classesOfModule) {
                return path;
            }
        }
        throw new IllegalStateException(artifactId + " is not on the test class path");
    }

    /** Top-level modules out of the expected leading order, and module keys that are not kebab-case. */
    public static List<String> descriptorLayoutProblems(PluginJar jar, List<String> expectedLeadingModules) {
        List<String> problems = new ArrayList<>();
        List<String> order = jar.moduleOrder();
        List<String> leading = order.subList(0, Math.min(order.size(), expectedLeadingModules.size()));
        if (!leading.equals(expectedLeadingModules)) {
            problems.add("descriptor must start with " + expectedLeadingModules + " but starts with " + leading);
        }
        for (String key : jar.moduleKeys()) {
            if (!KEBAB_CASE.matcher(key).matches()) {
                problems.add("module key " + key + " is not kebab-case");
            }
        }
        return problems;
    }

    /**
     * Plugin identity: the descriptor key, the Atlassian-Plugin-Key header (which makes the host load the jar
     * as a transformerless plugin) and the bundle symbolic name must all be {@code pluginKey}; Spring-Context
     * must be set so the host builds the beans from META-INF/spring.
     */
    public static List<String> identityProblems(PluginJar jar, String pluginKey) {
        List<String> problems = new ArrayList<>();
        String descriptorKey = jar.descriptor().getDocumentElement().getAttribute("key");
        if (!pluginKey.equals(descriptorKey)) {
            problems.add("atlassian-plugin.xml key is " + descriptorKey + ", expected " + pluginKey);
        }
        if (!pluginKey.equals(jar.header("Atlassian-Plugin-Key"))) {
            problems.add("Atlassian-Plugin-Key is " + jar.header("Atlassian-Plugin-Key") + ", expected " + pluginKey);
        }
        if (!pluginKey.equals(jar.header("Bundle-SymbolicName"))) {
            problems.add("Bundle-SymbolicName is " + jar.header("Bundle-SymbolicName") + ", expected " + pluginKey);
        }
        if (jar.header("Spring-Context") == null) {
            problems.add("Spring-Context header is missing: the host would not build the app's beans");
        }
        if (jar.springFiles().isEmpty()) {
            problems.add("no META-INF/spring/*.xml in the jar");
        }
        return problems;
    }

    /** Data Center declaration: plugin-info must say the app is compatible with Data Center. */
    public static List<String> dataCenterProblems(PluginJar jar) {
        Map<String, String> params = new HashMap<>();
        NodeList list = jar.descriptor().getElementsByTagName("param");
        for (int i = 0; i < list.getLength(); i++) {
            Element param = (Element) list.item(i);
            if (param.getParentNode().getNodeName().equals("plugin-info")) {
                params.put(param.getAttribute("name"), param.getTextContent().trim());
            }
        }
        List<String> problems = new ArrayList<>();
        if (!"compatible".equals(params.get("atlassian-data-center-status"))) {
            problems.add("plugin-info param atlassian-data-center-status must be compatible, is " + params.get("atlassian-data-center-status"));
        }
        if (!"true".equals(params.get("atlassian-data-center-compatible"))) {
            problems.add("plugin-info param atlassian-data-center-compatible must be true, is " + params.get("atlassian-data-center-compatible"));
        }
        return problems;
    }

    /** Allowlisted {@code Class#method()} entries whose class has no such public no-argument method. */
    static List<String> missingAllowlistedMethods(PluginJar jar, Bundle plugin) {
        List<String> problems = new ArrayList<>();
        for (String entry : jar.allowlistedMethods()) {
            String className = entry.substring(0, entry.indexOf('#'));
            String method = entry.substring(entry.indexOf('#') + 1);
            if (!method.endsWith("()")) {
                continue;
            }
            try {
                plugin.loadClass(className).getMethod(method.substring(0, method.length() - 2));
            } catch (ClassNotFoundException | LinkageError e) {
                // reported by the class loading check
            } catch (NoSuchMethodException e) {
                problems.add("velocity-allowlist names " + entry + " but " + className + " has no public method " + method);
            }
        }
        return problems;
    }

    /**
     * Spring wiring, checked without starting Spring: bean ids are unique across the Spring files, every
     * {@code ref} names a bean or an {@code osgi:reference}, and each bean built by constructor has a public
     * constructor taking its {@code constructor-arg}s in the order written, each ref assignable to its parameter
     * (value arguments are converted by Spring and are only counted).
     */
    static List<String> springWiringProblems(PluginJar jar, Bundle plugin) {
        List<String> problems = new ArrayList<>();
        Map<String, Element> beans = new LinkedHashMap<>();
        Map<String, String> references = new HashMap<>();
        for (String file : jar.springFiles()) {
            NodeList beanList = jar.xml(file).getElementsByTagNameNS(SPRING_BEANS_NS, "bean");
            for (int i = 0; i < beanList.getLength(); i++) {
                Element bean = (Element) beanList.item(i);
                String id = bean.getAttribute("id");
                if (!id.isEmpty() && (beans.put(id, bean) != null || references.containsKey(id))) {
                    problems.add("bean id " + id + " is defined twice (" + file + ")");
                }
            }
            NodeList referenceList = jar.xml(file).getElementsByTagNameNS(BLUEPRINT_NS, "reference");
            for (int i = 0; i < referenceList.getLength(); i++) {
                Element reference = (Element) referenceList.item(i);
                String id = reference.getAttribute("id");
                if (references.put(id, reference.getAttribute("interface")) != null || beans.containsKey(id)) {
                    problems.add("bean id " + id + " is defined twice (" + file + ")");
                }
            }
        }
        for (Map.Entry<String, Element> entry : beans.entrySet()) {
            String id = entry.getKey();
            Element bean = entry.getValue();
            List<String> argumentRefs = new ArrayList<>();
            NodeList children = bean.getChildNodes();
            for (int i = 0; i < children.getLength(); i++) {
                if (children.item(i) instanceof Element child && child.getLocalName().equals("constructor-arg")) {
                    argumentRefs.add(child.hasAttribute("ref") ? child.getAttribute("ref") : null);
                }
            }
            NodeList refs = bean.getElementsByTagNameNS(SPRING_BEANS_NS, "*");
            for (int i = 0; i < refs.getLength(); i++) {
                Element element = (Element) refs.item(i);
                String ref = element.hasAttribute("ref") ? element.getAttribute("ref")
                        : element.getLocalName().equals("ref") ? element.getAttribute("bean") : null;
                if (ref != null && !beans.containsKey(ref) && !references.containsKey(ref)) {
                    problems.add("bean " + id + " refers to " + ref + ", which no Spring file defines");
                }
            }
            if (bean.hasAttribute("factory-method") || bean.hasAttribute("factory-bean") || !bean.hasAttribute("class")) {
                continue;
            }
            try {
                Class<?> type = plugin.loadClass(bean.getAttribute("class"));
                boolean found = false;
                for (Constructor<?> constructor : type.getConstructors()) {
                    Class<?>[] parameters = constructor.getParameterTypes();
                    if (parameters.length != argumentRefs.size()) {
                        continue;
                    }
                    boolean matches = true;
                    for (int i = 0; i < parameters.length && matches; i++) {
                        Class<?> argumentType = typeOf(argumentRefs.get(i), beans, references, plugin);
                        matches = argumentType == null || parameters[i].isAssignableFrom(argumentType);
                    }
                    found |= matches;
                }
                if (!found) {
                    List<String> described = new ArrayList<>();
                    for (String ref : argumentRefs) {
                        Class<?> argumentType = typeOf(ref, beans, references, plugin);
                        described.add(ref == null ? "value" : ref + (argumentType == null ? "" : ":" + argumentType.getSimpleName()));
                    }
                    problems.add("bean " + id + ": " + type.getName() + " has no public constructor taking " + described);
                }
            } catch (ClassNotFoundException | LinkageError e) {
                // reported by the class loading check
            }
        }
        return problems;
    }

    /** The type a ref stands for, or null when unknown (value argument, factory bean, unloadable class). */
    private static Class<?> typeOf(String ref, Map<String, Element> beans, Map<String, String> references, Bundle plugin) {
        try {
            if (ref == null) {
                return null;
            }
            if (references.containsKey(ref)) {
                return plugin.loadClass(references.get(ref));
            }
            Element bean = beans.get(ref);
            if (bean == null || !bean.hasAttribute("class") || bean.hasAttribute("factory-bean")) {
                return null;
            }
            Class<?> type = plugin.loadClass(bean.getAttribute("class"));
            if (bean.hasAttribute("factory-method")) {
                for (Method method : type.getMethods()) {
                    if (method.getName().equals(bean.getAttribute("factory-method")) && Modifier.isStatic(method.getModifiers())) {
                        return method.getReturnType();
                    }
                }
                return null;
            }
            return type;
        } catch (ClassNotFoundException | LinkageError e) {
            return null;
        }
    }

    /**
     * Installs the host stand-in and the plugin jar in Felix, starts the plugin (resolving every Import-Package)
     * and loads through it every class of the jar and every class the descriptor and Spring XML name. Our
     * classes must come from the plugin bundle, host classes from the stand-in.
     */
    /**
     * Whether a class failed to load only because it names a type of a package the plugin imports optionally and the
     * host does not export (Jira Software's on Jira Core): such a class is meant to be reached only behind a
     * {@code LinkageError} guard. Any other failure, and any failure of that class where the package is exported,
     * stays a problem.
     */
    static boolean missingOptionalPackage(String failure, PluginJar jar, HostStandIn host) {
        java.util.regex.Matcher missing = java.util.regex.Pattern.compile("NoClassDefFoundError: ([\\w/$]+)/[\\w$]+").matcher(failure);
        if (!missing.find()) {
            return false;
        }
        String pkg = missing.group(1).replace('/', '.');
        String attributes = jar.importedPackages().get(pkg);
        return attributes != null && attributes.contains("resolution:=optional") && host.exportVersion(pkg) == null;
    }

    public static List<String> osgiProblems(PluginJar jar, HostStandIn host) throws Exception {
        List<String> problems = new ArrayList<>();
        Path work = Files.createTempDirectory("lodestar-stand-in");
        try (FelixHost felix = FelixHost.start()) {
            Bundle hostBundle = felix.install(host.writeTo(work));
            Bundle plugin = felix.install(jar.path());
            try {
                plugin.start();
            } catch (BundleException e) {
                problems.add("bundle does not resolve: " + e.getMessage());
                return problems;
            }
            Set<String> toLoad = new LinkedHashSet<>(jar.classNames());
            toLoad.addAll(jar.classesNamedInDescriptor().keySet());
            toLoad.addAll(jar.springBeanClasses().keySet());
            toLoad.addAll(jar.hostServiceInterfaces().keySet());
            problems.addAll(FelixHost.loadFailures(plugin, toLoad).stream()
                    .filter(failure -> !missingOptionalPackage(failure, jar, host)).toList());
            problems.addAll(missingAllowlistedMethods(jar, plugin));
            problems.addAll(springWiringProblems(jar, plugin));
            for (String service : jar.hostServiceInterfaces().keySet()) {
                try {
                    if (!plugin.loadClass(service).isInterface()) {
                        problems.add("osgi:reference " + service + " is a class: OSGi services are looked up by interface");
                    }
                } catch (ClassNotFoundException | LinkageError e) {
                    // reported by the class loading check
                }
            }
            for (String className : toLoad) {
                try {
                    Class<?> type = plugin.loadClass(className);
                    Bundle origin = FrameworkUtil.getBundle(type);
                    if (className.startsWith(OWN_PACKAGE_PREFIX) && origin != plugin) {
                        problems.add(className + " was loaded from " + origin + " instead of the plugin");
                    }
                    if (!className.startsWith(OWN_PACKAGE_PREFIX) && !className.startsWith("java.") && origin != hostBundle) {
                        problems.add(className + " was loaded from " + origin + " instead of the host: it is packaged in the plugin or not imported");
                    }
                } catch (ClassNotFoundException | LinkageError e) {
                    // already reported by loadFailures
                }
            }
        } finally {
            try (var files = Files.walk(work)) {
                files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
            }
        }
        return problems;
    }
}
