package io.lodestar.bundle;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.stream.Stream;

/**
 * A bundle that plays the host product in the OSGi guard test: it holds the host-api declarations and the
 * real javax.ws.rs / javax.servlet / javax.inject / Jackson / Active Objects classes found on the test class
 * path, and exports each package at the version the product exports it. Export versions are given as rules
 * "package" or "package.*" (the package and its sub-packages); the most specific rule wins. Packages matched
 * by no rule are left out, so an app import nobody mapped fails to resolve. A Platform 8 stand-in also takes the
 * jakarta APIs from extra jars ({@link #withJarsFrom}) and gives the host-api declarations jakarta signatures
 * ({@link #renamingInDeclarations}).
 */
public final class HostStandIn {
    private final String symbolicName;
    private final String version;
    private final Map<String, String> exportRules = new LinkedHashMap<>();
    private final List<Path> extraJars = new ArrayList<>();
    private final Map<String, String> declarationRenames = new LinkedHashMap<>();

    private HostStandIn(String symbolicName, String version) {
        this.symbolicName = symbolicName;
        this.version = version;
    }

    /** A stand-in for product {@code symbolicName} (e.g. "jira") at product {@code version}. */
    public static HostStandIn of(String symbolicName, String version) {
        return new HostStandIn(symbolicName, version);
    }

    public HostStandIn exporting(String packageRule, String packageVersion) {
        exportRules.put(packageRule, packageVersion);
        return this;
    }

    /**
     * Also takes host classes from every jar in {@code directory}, before the class path: the Platform 8 stand-in
     * gets its jakarta APIs this way (the test class path holds the javax ones, and Maven allows one version of an
     * artifact). Fails if the directory has no jar, so a missing download cannot pass silently.
     */
    public HostStandIn withJarsFrom(Path directory) throws IOException {
        try (Stream<Path> files = Files.list(directory)) {
            files.filter(file -> file.toString().endsWith(".jar")).sorted().forEach(extraJars::add);
        }
        if (extraJars.isEmpty()) {
            throw new IllegalStateException("no jar in " + directory);
        }
        return this;
    }

    /**
     * Renames a package prefix ({@code "javax.servlet"} to {@code "jakarta.servlet"}) in the signatures of the
     * host-api declarations ({@code com.atlassian.*}) the stand-in holds: Platform 8's SAL takes a
     * {@code jakarta.servlet.http.HttpServletRequest} where host-api, compiled for Platform 7, says javax.
     */
    public HostStandIn renamingInDeclarations(String fromPackage, String toPackage) {
        declarationRenames.put(fromPackage.replace('.', '/') + "/", toPackage.replace('.', '/') + "/");
        return this;
    }

    /** Version the stand-in exports {@code packageName} at, or null if no rule covers it. */
    public String exportVersion(String packageName) {
        String best = null;
        int bestLength = -1;
        for (Map.Entry<String, String> rule : exportRules.entrySet()) {
            String pattern = rule.getKey();
            boolean matches = pattern.endsWith(".*")
                    ? packageName.equals(pattern.substring(0, pattern.length() - 2)) || packageName.startsWith(pattern.substring(0, pattern.length() - 1))
                    : packageName.equals(pattern);
            if (matches && pattern.length() > bestLength) {
                best = rule.getValue();
                bestLength = pattern.length();
            }
        }
        return best;
    }

    /** Writes the stand-in bundle into {@code directory} from the classes on this JVM's class path. */
    public Path writeTo(Path directory) throws IOException {
        Map<String, byte[]> classes = new TreeMap<>();
        for (Path extra : extraJars) {
            readJar(extra, classes);
        }
        for (String element : testClassPath()) {
            Path location = Path.of(element);
            if (Files.isDirectory(location)) {
                readDirectory(location, classes);
            } else if (element.endsWith(".jar") && Files.isRegularFile(location)) {
                readJar(location, classes);
            }
        }
        if (!declarationRenames.isEmpty()) {
            for (Map.Entry<String, byte[]> entry : classes.entrySet()) {
                if (entry.getKey().startsWith("com/atlassian/")) {
                    entry.setValue(ClassReferences.renamePackages(entry.getValue(), declarationRenames));
                }
            }
        }
        Map<String, String> exports = new TreeMap<>();
        for (String entry : classes.keySet()) {
            exports.put(entry.substring(0, entry.lastIndexOf('/')).replace('/', '.'), null);
        }
        exports.replaceAll((pkg, ignored) -> exportVersion(pkg));
        if (exports.isEmpty()) {
            throw new IllegalStateException("no host class found on the class path for rules " + exportRules.keySet());
        }

        Manifest manifest = new Manifest();
        Attributes main = manifest.getMainAttributes();
        main.put(Attributes.Name.MANIFEST_VERSION, "1.0");
        main.putValue("Bundle-ManifestVersion", "2");
        main.putValue("Bundle-SymbolicName", "io.lodestar.host-stand-in." + symbolicName);
        main.putValue("Bundle-Version", version);
        List<String> clauses = new ArrayList<>();
        exports.forEach((pkg, pkgVersion) -> clauses.add(pkg + ";version=\"" + pkgVersion + "\""));
        main.putValue("Export-Package", String.join(",", clauses));

        Path jar = directory.resolve("host-stand-in-" + symbolicName + "-" + version + ".jar");
        try (OutputStream out = Files.newOutputStream(jar); JarOutputStream zip = new JarOutputStream(out, manifest)) {
            for (Map.Entry<String, byte[]> entry : classes.entrySet()) {
                zip.putNextEntry(new JarEntry(entry.getKey()));
                zip.write(entry.getValue());
                zip.closeEntry();
            }
        }
        return jar;
    }

    /**
     * The test class path. Surefire may start the test JVM through a manifest-only jar, in which case the real
     * class path is in {@code surefire.test.class.path}.
     */
    static String[] testClassPath() {
        String classPath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        return classPath.split(File.pathSeparator);
    }

    /** Export rules (package pattern to version), for failure messages. */
    public Map<String, String> exportRules() {
        return Collections.unmodifiableMap(exportRules);
    }

    private boolean wanted(String entry) {
        if (!entry.endsWith(".class") || entry.startsWith("META-INF/") || entry.endsWith("module-info.class") || entry.indexOf('/') < 0) {
            return false;
        }
        return exportVersion(entry.substring(0, entry.lastIndexOf('/')).replace('/', '.')) != null;
    }

    private void readDirectory(Path root, Map<String, byte[]> classes) throws IOException {
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : (Iterable<Path>) files.filter(Files::isRegularFile)::iterator) {
                String entry = root.relativize(file).toString().replace(File.separatorChar, '/');
                if (wanted(entry)) {
                    classes.putIfAbsent(entry, Files.readAllBytes(file));
                }
            }
        }
    }

    private void readJar(Path location, Map<String, byte[]> classes) throws IOException {
        try (JarFile jar = new JarFile(location.toFile())) {
            for (JarEntry entry : Collections.list(jar.entries())) {
                if (!entry.isDirectory() && wanted(entry.getName()) && !classes.containsKey(entry.getName())) {
                    try (InputStream in = jar.getInputStream(entry)) {
                        classes.put(entry.getName(), in.readAllBytes());
                    }
                }
            }
        }
    }
}
