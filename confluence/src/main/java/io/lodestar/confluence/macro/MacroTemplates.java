package io.lodestar.confluence.macro;

import com.atlassian.confluence.macro.MacroExecutionException;
import com.atlassian.templaterenderer.RenderingException;
import com.atlassian.templaterenderer.TemplateRenderer;
import java.io.IOException;
import java.io.StringWriter;
import java.util.Map;

/** Renders one template with one view model (as {@code $view}) through the host's renderer, which escapes output. */
final class MacroTemplates {
    static final String ERROR_TEMPLATE = "templates/macro-error.vm";

    private final TemplateRenderer renderer;

    MacroTemplates(TemplateRenderer renderer) {
        this.renderer = renderer;
    }

    String render(String template, Object view) throws MacroExecutionException {
        StringWriter html = new StringWriter();
        try {
            renderer.render(template, Map.of("view", view), html);
        } catch (IOException | RenderingException e) {
            throw new MacroExecutionException("Lodestar macro could not be rendered: " + e.getMessage(), e);
        }
        return html.toString();
    }

    String error(MacroError error) throws MacroExecutionException {
        return render(ERROR_TEMPLATE, error);
    }
}
