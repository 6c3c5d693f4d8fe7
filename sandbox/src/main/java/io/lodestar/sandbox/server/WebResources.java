package io.lodestar.sandbox.server;

import io.lodestar.sandbox.host.PluginDescriptor;
import io.lodestar.sandbox.host.PluginDescriptor.Resource;
import io.lodestar.sandbox.host.PluginDescriptor.WebResource;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The app's web-resources as Jira's web-resource manager serves them: each downloadable file at
 * {@code /download/resources/<pluginKey>:<webResourceKey>/<name>}, read from the classpath location its
 * descriptor gives; and, for a page, the files of the web-resources it requires with their dependencies first.
 *
 * <p>Dependencies on AUI ({@code com.atlassian.auiplugin:*}) are met by the decorator, which always includes AUI;
 * dependencies on other host web-resources are not available outside Jira and are skipped.
 */
public final class WebResources {

    static final String DOWNLOAD_PATH = "/download/resources/";
    static final String AUI_PLUGIN = "com.atlassian.auiplugin";

    private final PluginDescriptor descriptor;

    public WebResources(PluginDescriptor descriptor) {
        this.descriptor = descriptor;
    }

    /** A file to serve: its classpath location and whether Jira's jsI18n transformer applies to it. */
    public record File(String location, boolean jsI18n) {
    }

    /** The file behind {@code <completeKey>/<name>}, when the descriptor declares it. */
    public Optional<File> file(String completeKey, String name) {
        Optional<WebResource> module = descriptor.webResource(completeKey);
        if (module.isEmpty() || name.contains("..")) {
            return Optional.empty();
        }
        for (Resource resource : module.get().resources()) {
            if (!"download".equals(resource.type())) {
                continue;
            }
            boolean folder = resource.name().endsWith("/");
            if (folder ? name.startsWith(resource.name()) : name.equals(resource.name())) {
                String location = folder ? resource.location() + name.substring(resource.name().length()) : resource.location();
                boolean i18n = name.endsWith(".js") && module.get().transformers().contains("jsI18n");
                return Optional.of(new File(stripSlash(location), i18n));
            }
        }
        return Optional.empty();
    }

    /** URLs (from the context root) of the scripts and style sheets of {@code required}, dependencies first. */
    public Includes includes(List<String> required) {
        Set<String> ordered = new LinkedHashSet<>();
        for (String key : required) {
            visit(key, ordered, new LinkedHashSet<>());
        }
        List<String> scripts = new ArrayList<>();
        List<String> styles = new ArrayList<>();
        for (String key : ordered) {
            WebResource module = descriptor.webResource(key).orElseThrow();
            for (Resource resource : module.resources()) {
                if (!"download".equals(resource.type()) || resource.name().endsWith("/")) {
                    continue;
                }
                String url = DOWNLOAD_PATH + key + "/" + resource.name();
                if (resource.name().endsWith(".js")) {
                    scripts.add(url);
                } else if (resource.name().endsWith(".css")) {
                    styles.add(url);
                }
            }
        }
        return new Includes(scripts, styles);
    }

    /** What a page includes, in order. */
    public record Includes(List<String> scripts, List<String> styles) {
    }

    private void visit(String key, Set<String> ordered, Set<String> path) {
        if (ordered.contains(key) || key.startsWith(AUI_PLUGIN + ":") || !path.add(key)) {
            return;
        }
        Optional<WebResource> module = descriptor.webResource(key);
        if (module.isEmpty()) {
            return;
        }
        for (String dependency : module.get().dependencies()) {
            visit(dependency, ordered, path);
        }
        ordered.add(key);
    }

    private static String stripSlash(String location) {
        return location.startsWith("/") ? location.substring(1) : location;
    }
}
