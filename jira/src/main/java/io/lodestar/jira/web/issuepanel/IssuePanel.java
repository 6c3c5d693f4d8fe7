package io.lodestar.jira.web.issuepanel;

import com.atlassian.templaterenderer.TemplateRenderer;
import com.atlassian.webresource.api.assembler.PageBuilderService;
import java.io.IOException;
import java.io.Writer;
import java.util.Map;

/**
 * The issue panel's template and web-resource. On the view-issue page Jira renders the template named in the
 * descriptor's web-panel with the context provider's map; {@link IssuePanelServlet} renders the same template
 * through the TemplateRenderer when the panel's scripts reload it, so both show one view model the same way.
 */
public final class IssuePanel {
    static final String TEMPLATE = "templates/issue-panel/issue-panel.vm";
    /** The panel's scripts and styles; required only while an issue page that shows the panel is built. */
    static final String WEB_RESOURCE = "io.lodestar.jira:issue-panel-resources";
    /** The one name the template reads its view model under. */
    static final String VIEW = "view";

    private final TemplateRenderer renderer;
    private final PageBuilderService pageBuilder;

    public IssuePanel(TemplateRenderer renderer, PageBuilderService pageBuilder) {
        this.renderer = renderer;
        this.pageBuilder = pageBuilder;
    }

    /** Asks the page being built for the panel's scripts and styles. */
    void requireResources() {
        pageBuilder.assembler().resources().requireWebResource(WEB_RESOURCE);
    }

    /** The panel's HTML alone, for the scripts to put in place of the old panel. */
    void render(IssuePanelView view, Writer out) throws IOException {
        renderer.render(TEMPLATE, Map.of(VIEW, view), out);
    }
}
