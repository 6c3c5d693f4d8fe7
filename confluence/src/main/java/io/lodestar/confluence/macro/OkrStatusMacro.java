package io.lodestar.confluence.macro;

import com.atlassian.confluence.content.render.xhtml.ConversionContext;
import com.atlassian.confluence.macro.Macro;
import com.atlassian.confluence.macro.MacroExecutionException;
import com.atlassian.templaterenderer.RenderingException;
import com.atlassian.templaterenderer.TemplateRenderer;
import io.lodestar.confluence.applinks.AppLinksJiraConnection;
import java.io.IOException;
import java.io.StringWriter;
import java.util.Map;

/**
 * The {@code lodestar-okr-status} macro. Today it tells readers whether this Confluence is linked to a Jira
 * (so Lodestar OKRs can be read from it) and, if not, what an administrator has to do; reading the OKRs over
 * the link comes next. It takes no parameters and no body.
 */
public final class OkrStatusMacro implements Macro {
    static final String TEMPLATE = "templates/okr-status.vm";

    private final AppLinksJiraConnection jiraConnection;
    private final TemplateRenderer templateRenderer;

    public OkrStatusMacro(AppLinksJiraConnection jiraConnection, TemplateRenderer templateRenderer) {
        this.jiraConnection = jiraConnection;
        this.templateRenderer = templateRenderer;
    }

    @Override
    public String execute(Map<String, String> parameters, String body, ConversionContext context) throws MacroExecutionException {
        OkrStatusView view = jiraConnection.primaryJira()
                .map(OkrStatusView::connectedTo)
                .orElseGet(OkrStatusView::notConnected);
        StringWriter html = new StringWriter();
        try {
            templateRenderer.render(TEMPLATE, Map.of("view", view), html);
        } catch (IOException | RenderingException e) {
            throw new MacroExecutionException("Lodestar OKR status could not be rendered: " + e.getMessage(), e);
        }
        return html.toString();
    }

    @Override
    public BodyType getBodyType() {
        return BodyType.NONE;
    }

    @Override
    public OutputType getOutputType() {
        return OutputType.BLOCK;
    }
}
