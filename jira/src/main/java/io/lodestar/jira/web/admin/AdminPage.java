package io.lodestar.jira.web.admin;

import com.atlassian.templaterenderer.TemplateRenderer;
import com.atlassian.webresource.api.assembler.PageBuilderService;
import java.io.IOException;
import java.io.Writer;
import java.util.Map;

/**
 * Renders the administration page (its web-resources required for the page being built) or the page that tells a
 * user who is not a Jira administrator that it is not for them, through the host's renderer, which adds
 * {@code $i18n} and HTML-escapes every value.
 */
public final class AdminPage {
    static final String TEMPLATE = "templates/admin-page/admin-page.vm";
    static final String FORBIDDEN_TEMPLATE = "templates/admin-page/forbidden.vm";
    static final String WEB_RESOURCE = "io.lodestar.jira:admin-page-resources";

    private final TemplateRenderer renderer;
    private final PageBuilderService pageBuilder;

    public AdminPage(TemplateRenderer renderer, PageBuilderService pageBuilder) {
        this.renderer = renderer;
        this.pageBuilder = pageBuilder;
    }

    public void render(AdminPageView view, Writer out) throws IOException {
        pageBuilder.assembler().resources().requireWebResource(WEB_RESOURCE);
        renderer.render(TEMPLATE, Map.of("view", view), out);
    }

    public void renderForbidden(Writer out) throws IOException {
        renderer.render(FORBIDDEN_TEMPLATE, Map.of(), out);
    }
}
