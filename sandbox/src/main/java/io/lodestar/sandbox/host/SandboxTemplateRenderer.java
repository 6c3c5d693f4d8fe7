package io.lodestar.sandbox.host;

import com.atlassian.templaterenderer.RenderingException;
import com.atlassian.templaterenderer.TemplateRenderer;
import java.io.IOException;
import java.io.StringWriter;
import java.io.Writer;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;
import org.apache.velocity.Template;
import org.apache.velocity.VelocityContext;
import org.apache.velocity.app.VelocityEngine;
import org.apache.velocity.app.event.EventCartridge;
import org.apache.velocity.app.event.ReferenceInsertionEventHandler;
import org.apache.velocity.context.Context;
import org.apache.velocity.exception.VelocityException;
import org.apache.velocity.runtime.RuntimeConstants;
import org.apache.velocity.runtime.resource.loader.ClasspathResourceLoader;

/**
 * The host's {@link TemplateRenderer} played by a real Velocity engine reading templates from the classpath,
 * as Atlassian's renderer reads them from the plugin jar. Like the host it adds {@code $i18n} to every context
 * and HTML-escapes every value a template writes, except references whose name ends in {@code Html} (the
 * host's convention for values that are already markup); and like Jira 10 it blocks calls to the app's classes
 * that its Velocity allowlist does not list ({@link VelocityAllowlist}).
 */
public final class SandboxTemplateRenderer implements TemplateRenderer {

    private final VelocityEngine engine;
    private final Map<String, Object> hostContext;

    public SandboxTemplateRenderer(SandboxI18n i18n, VelocityAllowlist.Rules allowlist) {
        Properties properties = new Properties();
        properties.setProperty(RuntimeConstants.RESOURCE_LOADERS, "classpath");
        properties.setProperty("resource.loader.classpath.class", ClasspathResourceLoader.class.getName());
        properties.setProperty("resource.loader.classpath.cache", "true");
        properties.setProperty(RuntimeConstants.INPUT_ENCODING, "UTF-8");
        properties.setProperty(RuntimeConstants.RUNTIME_REFERENCES_STRICT, "false");
        properties.setProperty(RuntimeConstants.UBERSPECT_CLASSNAME, VelocityAllowlist.class.getName());
        this.engine = new VelocityEngine(properties);
        this.engine.setProperty(VelocityAllowlist.RULES, allowlist);
        this.engine.init();
        this.hostContext = Map.of("i18n", i18n);
    }

    @Override
    public void render(String templateName, Writer writer) throws RenderingException, IOException {
        render(templateName, Map.of(), writer);
    }

    @Override
    public void render(String templateName, Map<String, Object> context, Writer writer)
            throws RenderingException, IOException {
        Template template;
        try {
            template = engine.getTemplate(templateName, "UTF-8");
        } catch (VelocityException e) {
            throw new RenderingException(e);
        }
        try {
            template.merge(context(context), writer);
        } catch (VelocityException e) {
            throw new RenderingException(e);
        }
        writer.flush();
    }

    @Override
    public String renderFragment(String fragment, Map<String, Object> context) throws RenderingException {
        StringWriter out = new StringWriter();
        try {
            engine.evaluate(context(context), out, "fragment", fragment);
        } catch (VelocityException e) {
            throw new RenderingException(e);
        }
        return out.toString();
    }

    @Override
    public boolean resolve(String templateName) {
        return engine.resourceExists(templateName);
    }

    private VelocityContext context(Map<String, Object> values) {
        Map<String, Object> all = new HashMap<>(hostContext);
        all.putAll(values);
        VelocityContext context = new VelocityContext(all);
        EventCartridge cartridge = new EventCartridge();
        cartridge.addReferenceInsertionEventHandler(new HtmlEscaping());
        cartridge.attachToContext(context);
        return context;
    }

    /** Escapes every inserted value for HTML text and attribute values. */
    static final class HtmlEscaping implements ReferenceInsertionEventHandler {

        @Override
        public Object referenceInsert(Context context, String reference, Object value) {
            if (value == null || isMarkup(reference)) {
                return value;
            }
            return escape(value.toString());
        }

        private static boolean isMarkup(String reference) {
            String name = reference.replace("{", "").replace("}", "").replace("!", "");
            int call = name.indexOf('(');
            String head = call < 0 ? name : name.substring(0, call);
            return head.endsWith("Html");
        }

        static String escape(String text) {
            StringBuilder out = new StringBuilder(text.length() + 16);
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                switch (c) {
                    case '&' -> out.append("&amp;");
                    case '<' -> out.append("&lt;");
                    case '>' -> out.append("&gt;");
                    case '"' -> out.append("&quot;");
                    case '\'' -> out.append("&#39;");
                    default -> out.append(c);
                }
            }
            return out.toString();
        }
    }
}
