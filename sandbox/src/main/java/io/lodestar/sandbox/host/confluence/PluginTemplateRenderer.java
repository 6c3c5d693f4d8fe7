package io.lodestar.sandbox.host.confluence;

import com.atlassian.templaterenderer.RenderingException;
import com.atlassian.templaterenderer.TemplateRenderer;
import java.io.IOException;
import java.io.Writer;
import java.util.Map;

/**
 * The host's renderer as one plugin sees it: template names are looked up in that plugin's class loader (Velocity's
 * class path loader reads the thread's context class loader), as Atlassian's renderer reads them from the plugin jar.
 */
final class PluginTemplateRenderer implements TemplateRenderer {
    private final TemplateRenderer renderer;
    private final ClassLoader plugin;

    PluginTemplateRenderer(TemplateRenderer renderer, ClassLoader plugin) {
        this.renderer = renderer;
        this.plugin = plugin;
    }

    @Override
    public void render(String templateName, Writer writer) throws RenderingException, IOException {
        render(templateName, Map.of(), writer);
    }

    @Override
    public void render(String templateName, Map<String, Object> context, Writer writer) throws RenderingException, IOException {
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        thread.setContextClassLoader(plugin);
        try {
            renderer.render(templateName, context, writer);
        } finally {
            thread.setContextClassLoader(previous);
        }
    }

    @Override
    public String renderFragment(String fragment, Map<String, Object> context) throws RenderingException {
        return renderer.renderFragment(fragment, context);
    }

    @Override
    public boolean resolve(String templateName) {
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        thread.setContextClassLoader(plugin);
        try {
            return renderer.resolve(templateName);
        } finally {
            thread.setContextClassLoader(previous);
        }
    }
}
