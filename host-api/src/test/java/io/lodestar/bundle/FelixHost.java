package io.lodestar.bundle;

import java.io.IOException;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.felix.framework.Felix;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleException;
import org.osgi.framework.Constants;

/**
 * An embedded Apache Felix framework, the OSGi container Atlassian products are built on. The guard installs
 * the host stand-in and the app bundle into it, starts the app bundle (which forces resolution of every
 * Import-Package) and loads classes through the bundle's class loader. Spring/Gemini is not started: what is
 * checked is resolution and class loading. Close it to stop the framework and delete its storage.
 */
public final class FelixHost implements AutoCloseable {
    private final Felix felix;
    private final Path storage;

    private FelixHost(Felix felix, Path storage) {
        this.felix = felix;
        this.storage = storage;
    }

    public static FelixHost start() throws IOException, BundleException {
        Path storage = Files.createTempDirectory("lodestar-felix");
        Map<String, Object> config = new HashMap<>();
        config.put(Constants.FRAMEWORK_STORAGE, storage.toString());
        config.put(Constants.FRAMEWORK_STORAGE_CLEAN, Constants.FRAMEWORK_STORAGE_CLEAN_ONFIRSTINIT);
        // Bundles see only java.* and what they import. Felix would otherwise fall back to the test's own class
        // loader ("implicit boot delegation") and find host classes that the bundle forgot to import.
        config.put(Constants.FRAMEWORK_BUNDLE_PARENT, Constants.FRAMEWORK_BUNDLE_PARENT_BOOT);
        config.put("felix.bootdelegation.implicit", "false");
        Felix felix = new Felix(config);
        felix.start();
        return new FelixHost(felix, storage);
    }

    public Bundle install(Path jar) throws BundleException {
        return felix.getBundleContext().installBundle(jar.toUri().toString());
    }

    /**
     * Loads each class through {@code bundle} and asks for its members, which makes the JVM load every type
     * in their signatures. Returns one line per class that failed, with the missing type.
     */
    public static List<String> loadFailures(Bundle bundle, Collection<String> classNames) {
        List<String> failures = new ArrayList<>();
        for (String name : classNames) {
            try {
                Class<?> type = bundle.loadClass(name);
                type.getDeclaredFields();
                type.getDeclaredConstructors();
                for (Method method : type.getDeclaredMethods()) {
                    method.getGenericReturnType();
                    method.getGenericParameterTypes();
                }
                type.getGenericInterfaces();
                type.getGenericSuperclass();
                type.getAnnotations();
            } catch (ClassNotFoundException | LinkageError | RuntimeException e) {
                failures.add(name + ": " + e);
            }
        }
        return failures;
    }

    @Override
    public void close() throws Exception {
        felix.stop();
        felix.waitForStop(10_000);
        try (Stream<Path> files = Files.walk(storage)) {
            files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        }
    }
}
