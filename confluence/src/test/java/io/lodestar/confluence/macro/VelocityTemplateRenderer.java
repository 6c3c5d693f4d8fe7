package io.lodestar.confluence.macro;

import com.atlassian.templaterenderer.RenderingException;
import com.atlassian.templaterenderer.TemplateRenderer;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.io.Writer;
import java.util.Map;
import java.util.Properties;
import org.apache.velocity.Template;
import org.apache.velocity.VelocityContext;
import org.apache.velocity.app.VelocityEngine;
import org.apache.velocity.app.event.EventCartridge;
import org.apache.velocity.app.event.ReferenceInsertionEventHandler;
import org.apache.velocity.runtime.RuntimeConstants;
import org.apache.velocity.runtime.resource.loader.ClasspathResourceLoader;

/**
 * A {@link TemplateRenderer} on a real Velocity engine, standing in for the host's in unit tests. Like the
 * host it loads templates from the plugin's class path, adds {@code $i18n} backed by the plugin's i18n
 * bundle, and HTML-escapes every inserted value. Unknown references and unknown i18n keys fail the render,
 * so a template typo fails a test instead of printing a raw key.
 */
final class VelocityTemplateRenderer implements TemplateRenderer {
    private final VelocityEngine engine = new VelocityEngine();
    private final BundleI18n i18n;

    VelocityTemplateRenderer(String i18nBundle) {
        engine.setProperty(RuntimeConstants.RESOURCE_LOADERS, "classpath");
        engine.setProperty("resource.loader.classpath.class", ClasspathResourceLoader.class.getName());
        engine.setProperty(RuntimeConstants.RUNTIME_REFERENCES_STRICT, true);
        engine.init();
        this.i18n = new BundleI18n(i18nBundle);
    }

    @Override
    public void render(String templateName, Writer writer) throws IOException {
        render(templateName, Map.of(), writer);
    }

    @Override
    public void render(String templateName, Map<String, Object> context, Writer writer) throws IOException {
        Template template = engine.getTemplate(templateName, "UTF-8");
        template.merge(velocityContext(context), writer);
        writer.flush();
    }

    @Override
    public String renderFragment(String fragment, Map<String, Object> context) {
        StringWriter out = new StringWriter();
        engine.evaluate(velocityContext(context), out, "fragment", fragment);
        return out.toString();
    }

    @Override
    public boolean resolve(String templateName) {
        return engine.resourceExists(templateName);
    }

    private VelocityContext velocityContext(Map<String, Object> context) {
        VelocityContext velocity = new VelocityContext();
        context.forEach(velocity::put);
        velocity.put("i18n", i18n);
        EventCartridge cartridge = new EventCartridge();
        cartridge.addEventHandler((ReferenceInsertionEventHandler) (ignored, reference, value) ->
                value == null ? null : escapeHtml(value.toString()));
        cartridge.attachToContext(velocity);
        return velocity;
    }

    static String escapeHtml(String text) {
        StringBuilder escaped = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '<' -> escaped.append("&lt;");
                case '>' -> escaped.append("&gt;");
                case '&' -> escaped.append("&amp;");
                case '"' -> escaped.append("&quot;");
                case '\'' -> escaped.append("&#39;");
                default -> escaped.append(c);
            }
        }
        return escaped.toString();
    }

    /** The {@code $i18n} object: text of a key from the plugin's bundle; a missing key is an error. */
    public static final class BundleI18n {
        private final Properties texts = new Properties();

        BundleI18n(String bundle) {
            String resource = bundle.replace('.', '/') + ".properties";
            try (InputStream in = VelocityTemplateRenderer.class.getClassLoader().getResourceAsStream(resource)) {
                if (in == null) {
                    throw new IllegalStateException("i18n bundle " + resource + " is not on the class path");
                }
                texts.load(in);
            } catch (IOException e) {
                throw new RenderingException("cannot read " + resource, e);
            }
        }

        public String getText(String key) {
            String text = texts.getProperty(key);
            if (text == null) {
                throw new IllegalArgumentException("i18n key " + key + " is not defined");
            }
            return text;
        }
    }
}
