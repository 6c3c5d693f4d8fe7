package io.lodestar.jira.web;

import com.atlassian.templaterenderer.TemplateRenderer;
import com.atlassian.webresource.api.assembler.PageBuilderService;
import java.io.IOException;
import java.io.Writer;
import java.util.Map;

/**
 * Renders the KPI page: requires its web-resources for the page being built, then renders the template through
 * the host's renderer, which adds {@code $i18n} and HTML-escapes every value of the view model.
 */
public final class KpiPage {
    static final String TEMPLATE = "templates/kpi-page.vm";
    /** The web-resource with the page's scripts and styles; it depends on AUI and the Chart.js web-resource. */
    static final String WEB_RESOURCE = "io.lodestar.jira:kpi-page-resources";

    private final TemplateRenderer renderer;
    private final PageBuilderService pageBuilder;

    public KpiPage(TemplateRenderer renderer, PageBuilderService pageBuilder) {
        this.renderer = renderer;
        this.pageBuilder = pageBuilder;
    }

    public void render(KpiPageView view, Writer out) throws IOException {
        pageBuilder.assembler().resources().requireWebResource(WEB_RESOURCE);
        renderer.render(TEMPLATE, Map.of("view", view), out);
    }
}
