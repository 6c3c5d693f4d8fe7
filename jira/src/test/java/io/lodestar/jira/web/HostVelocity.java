package io.lodestar.jira.web;

import com.atlassian.templaterenderer.RenderingException;
import com.atlassian.templaterenderer.TemplateRenderer;
import java.io.IOException;
import java.io.StringWriter;
import java.io.Writer;
import java.util.HashMap;
import java.util.Map;
import org.apache.velocity.Template;
import org.apache.velocity.VelocityContext;
import org.apache.velocity.app.VelocityEngine;
import org.apache.velocity.app.event.EventCartridge;
import org.apache.velocity.app.event.ReferenceInsertionEventHandler;
import org.apache.velocity.context.Context;
import org.apache.velocity.runtime.RuntimeConstants;
import org.apache.velocity.runtime.resource.loader.ClasspathResourceLoader;

/**
 * A real Velocity engine that renders this app's templates the way Jira's TemplateRenderer does, as far as the
 * templates can tell: templates load from the classpath, {@code $i18n} is in the context, every inserted value is
 * HTML-escaped (Jira's renderer escapes all references except those named ...Html), and every method a template
 * calls must be on the descriptor's velocity-allowlist ({@link AllowlistUberspector}). Strict references make a
 * misspelt name fail the test instead of printing it.
 */
public final class HostVelocity implements TemplateRenderer {
    private final VelocityEngine engine = new VelocityEngine();
    private final TestI18n i18n;

    public HostVelocity(TestI18n i18n) {
        this.i18n = i18n;
        engine.setProperty(RuntimeConstants.RESOURCE_LOADERS, "classpath");
        engine.setProperty("resource.loader.classpath.class", ClasspathResourceLoader.class.getName());
        engine.setProperty(RuntimeConstants.RUNTIME_REFERENCES_STRICT, true);
        engine.setProperty(RuntimeConstants.UBERSPECT_CLASSNAME, AllowlistUberspector.class.getName());
        engine.init();
    }

    public HostVelocity() {
        this(TestI18n.fromAppProperties());
    }

    public String render(String templateName, Map<String, Object> context) {
        StringWriter out = new StringWriter();
        try {
            render(templateName, context, out);
        } catch (IOException impossible) {
            throw new AssertionError(impossible);
        }
        return out.toString();
    }

    @Override
    public void render(String templateName, Writer writer) throws IOException {
        render(templateName, Map.of(), writer);
    }

    @Override
    public void render(String templateName, Map<String, Object> context, Writer writer) throws IOException {
        Template template = engine.getTemplate(templateName, "UTF-8");
        template.merge(hostContext(context), writer);
    }

    @Override
    public String renderFragment(String fragment, Map<String, Object> context) {
        StringWriter out = new StringWriter();
        if (!engine.evaluate(hostContext(context), out, "fragment", fragment)) {
            throw new RenderingException("fragment failed");
        }
        return out.toString();
    }

    @Override
    public boolean resolve(String templateName) {
        return engine.resourceExists(templateName);
    }

    private VelocityContext hostContext(Map<String, Object> context) {
        VelocityContext velocityContext = new VelocityContext(new HashMap<>(context));
        velocityContext.put("i18n", i18n);
        EventCartridge events = new EventCartridge();
        events.addEventHandler(new HtmlEscaping());
        events.attachToContext(velocityContext);
        return velocityContext;
    }

    /** Jira's rule: every reference is HTML-escaped unless its name ends in "Html". */
    static final class HtmlEscaping implements ReferenceInsertionEventHandler {
        @Override
        public Object referenceInsert(Context context, String reference, Object value) {
            if (value == null || reference.replaceAll("\\(.*\\)$", "").replace("}", "").endsWith("Html")) {
                return value;
            }
            return escape(value.toString());
        }

        static String escape(String text) {
            StringBuilder out = new StringBuilder(text.length());
            for (char c : text.toCharArray()) {
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
