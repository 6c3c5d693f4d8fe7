package com.atlassian.templaterenderer;

import java.io.IOException;
import java.io.Writer;
import java.util.Map;

/**
 * The host's Velocity renderer. Template names are classpath locations inside the plugin jar; the host adds
 * its own context entries (such as {@code i18n}) and escapes output.
 */
public interface TemplateRenderer {
    void render(String templateName, Writer writer) throws RenderingException, IOException;

    void render(String templateName, Map<String, Object> context, Writer writer) throws RenderingException, IOException;

    String renderFragment(String fragment, Map<String, Object> context) throws RenderingException;

    boolean resolve(String templateName);
}
