package io.lodestar.jira.web.issuepanel;

import com.atlassian.jira.issue.Issue;
import com.atlassian.plugin.web.ContextProvider;
import com.atlassian.sal.api.ApplicationProperties;
import com.atlassian.sal.api.UrlMode;
import io.lodestar.core.common.NotFoundException;
import java.util.HashMap;
import java.util.Map;

/**
 * The context provider of the issue panel's web-panel: reads the issue of the view-issue page (context key
 * {@code "issue"}), builds the one view model and puts it under {@code "view"} for the template. The descriptor's
 * UserLoggedInCondition keeps anonymous visitors out; Jira shows the page only to those who may browse the issue,
 * and a user who may not (or an issue gone meanwhile) gets no view model, so the template renders nothing.
 */
public final class IssuePanelContextProvider implements ContextProvider {
    /** The Jira issue in the view-issue page's web-panel context. */
    static final String ISSUE = "issue";

    private final IssuePanelViews views;
    private final IssuePanel panel;
    private final ApplicationProperties application;

    public IssuePanelContextProvider(IssuePanelViews views, IssuePanel panel, ApplicationProperties application) {
        this.views = views;
        this.panel = panel;
        this.application = application;
    }

    @Override
    public void init(Map<String, String> params) {
        // The web-panel declares no parameters.
    }

    @Override
    public Map<String, Object> getContextMap(Map<String, Object> context) {
        Map<String, Object> result = new HashMap<>();
        if (!(context.get(ISSUE) instanceof Issue issue) || issue.getKey() == null) {
            return result;
        }
        try {
            result.put(IssuePanel.VIEW, views.view(issue.getKey(), application.getBaseUrl(UrlMode.RELATIVE)));
            panel.requireResources();
        } catch (NotFoundException hidden) {
            // Nothing to show, and nothing to say about an issue the user may not see.
        }
        return result;
    }
}
