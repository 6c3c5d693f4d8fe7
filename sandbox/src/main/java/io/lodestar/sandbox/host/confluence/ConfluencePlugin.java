package io.lodestar.sandbox.host.confluence;

import com.atlassian.confluence.macro.Macro;
import io.lodestar.sandbox.host.PluginDescriptor;
import io.lodestar.sandbox.host.SandboxAppContext;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The Confluence app, loaded as Confluence loads a plugin: in a class loader of its own that finds the app's
 * classes and resources (its {@code atlassian-plugin.xml}, Spring XML, templates, i18n) before anything else, so
 * they never mix with the Jira app's files of the same names. Its objects are built from its own Spring XML over
 * the host services given; its macros are the {@code <xhtml-macro>} classes of its descriptor, by macro name.
 *
 * <p>Where the app comes from: the shaded {@code lodestar.jar} carries the built plugin jar as
 * {@value #NESTED_JAR}; when running from Maven's class path (tests), it is where the app's classes are.
 */
public final class ConfluencePlugin implements AutoCloseable {
    static final String NESTED_JAR = "META-INF/sandbox/plugins/lodestar-confluence.jar";
    static final String APP_PACKAGE = "io.lodestar.confluence";
    private static final String PROBE = "io/lodestar/confluence/macro/OkrStatusMacro.class";

    private final PluginLoader loader;
    private final PluginDescriptor descriptor;
    private final Map<String, String> macroClasses;
    private SandboxAppContext context;
    private Map<String, Macro> macros = Map.of();

    private ConfluencePlugin(PluginLoader loader, PluginDescriptor descriptor, Map<String, String> macroClasses) {
        this.loader = loader;
        this.descriptor = descriptor;
        this.macroClasses = macroClasses;
    }

    /** Opens the app next to {@code hostLoader} (which provides the host APIs): its class loader and descriptor. */
    public static ConfluencePlugin open(ClassLoader hostLoader) {
        PluginLoader loader = new PluginLoader(location(hostLoader), hostLoader);
        try (InputStream in = loader.getResourceAsStream(PluginDescriptor.LOCATION)) {
            byte[] xml = in.readAllBytes();
            return new ConfluencePlugin(loader, PluginDescriptor.parse(new java.io.ByteArrayInputStream(xml)), macroClasses(xml));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the Confluence app's descriptor", e);
        }
    }

    /** Starts the app's Spring context over the host services and creates its macros. */
    public void start(Map<Class<?>, Object> hostServices) {
        if (context != null) {
            throw new IllegalStateException("the Confluence app is already started");
        }
        context = SandboxAppContext.start(hostServices, loader);
        Map<String, Macro> created = new LinkedHashMap<>();
        macroClasses.forEach((name, className) -> created.put(name, (Macro) context.create(context.moduleClass(className))));
        macros = Collections.unmodifiableMap(created);
    }

    public ClassLoader classLoader() {
        return loader;
    }

    public PluginDescriptor descriptor() {
        return descriptor;
    }

    /** The macros by their storage-format name ({@code ac:name}). */
    public Map<String, Macro> macros() {
        return macros;
    }

    @Override
    public void close() {
        try {
            if (context != null) {
                context.close();
            }
        } finally {
            try {
                loader.close();
            } catch (IOException e) {
                // The class loader only holds a file open; nothing else to undo.
            }
        }
    }

    /** {@code <xhtml-macro name class>} of the descriptor, in its order. */
    private static Map<String, String> macroClasses(byte[] xml) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            NodeList nodes = factory.newDocumentBuilder().parse(new java.io.ByteArrayInputStream(xml))
                    .getElementsByTagName("xhtml-macro");
            Map<String, String> classes = new LinkedHashMap<>();
            for (int i = 0; i < nodes.getLength(); i++) {
                Element macro = (Element) nodes.item(i);
                classes.put(macro.getAttribute("name"), macro.getAttribute("class"));
            }
            return classes;
        } catch (Exception e) {
            throw new IllegalStateException("cannot read the xhtml-macro modules of the Confluence app", e);
        }
    }

    /** The root (jar or folder) of the Confluence app. */
    private static URL location(ClassLoader hostLoader) {
        try {
            URL nested = hostLoader.getResource(NESTED_JAR);
            if (nested != null) {
                Path copy = Files.createTempFile("lodestar-confluence", ".jar");
                copy.toFile().deleteOnExit();
                try (InputStream in = nested.openStream()) {
                    Files.copy(in, copy, StandardCopyOption.REPLACE_EXISTING);
                }
                return copy.toUri().toURL();
            }
            URL probe = hostLoader.getResource(PROBE);
            if (probe == null) {
                throw new IllegalStateException("the Confluence app is neither in " + NESTED_JAR + " nor on the class path");
            }
            String url = probe.toString();
            String root = url.substring(0, url.length() - PROBE.length());
            return new URL(root.startsWith("jar:") ? root.substring("jar:".length(), root.length() - 2) : root);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open the Confluence app", e);
        }
    }

    /**
     * A plugin's class loader: the app's own classes and resources first, everything else (host APIs, Jackson,
     * the JDK) from the host, as an OSGi bundle imports them.
     */
    static final class PluginLoader extends URLClassLoader {
        PluginLoader(URL root, ClassLoader host) {
            super(new URL[] {root}, host);
        }

        @Override
        protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
            if (!name.startsWith(APP_PACKAGE + ".")) {
                return super.loadClass(name, resolve);
            }
            synchronized (getClassLoadingLock(name)) {
                Class<?> loaded = findLoadedClass(name);
                if (loaded == null) {
                    loaded = findClass(name);
                }
                if (resolve) {
                    resolveClass(loaded);
                }
                return loaded;
            }
        }

        @Override
        public URL getResource(String name) {
            URL own = findResource(name);
            return own != null ? own : super.getResource(name);
        }

        @Override
        public Enumeration<URL> getResources(String name) throws IOException {
            List<URL> all = new ArrayList<>(Collections.list(findResources(name)));
            for (URL url : Collections.list(getParent().getResources(name))) {
                if (!all.contains(url)) {
                    all.add(url);
                }
            }
            return Collections.enumeration(all);
        }
    }
}
