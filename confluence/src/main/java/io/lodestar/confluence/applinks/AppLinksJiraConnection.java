package io.lodestar.confluence.applinks;

import com.atlassian.applinks.api.ApplicationLink;
import com.atlassian.applinks.api.ApplicationLinkService;
import com.atlassian.applinks.api.application.jira.JiraApplicationType;
import java.util.Optional;

/**
 * Finds, through Atlassian Application Links, the Jira that Lodestar data comes from: the primary Jira link
 * (Application Links marks one link per application type as primary; with a single Jira link, that one).
 * It is looked up on every call, so a link an administrator adds or removes is seen at once on every node.
 */
public final class AppLinksJiraConnection {
    private final ApplicationLinkService applicationLinks;

    public AppLinksJiraConnection(ApplicationLinkService applicationLinks) {
        this.applicationLinks = applicationLinks;
    }

    /** The primary Jira link, or empty when no Jira is linked. */
    public Optional<JiraLink> primaryJira() {
        ApplicationLink link = applicationLinks.getPrimaryApplicationLink(JiraApplicationType.class);
        if (link == null) {
            return Optional.empty();
        }
        return Optional.of(JiraLink.of(link.getName(), link.getDisplayUrl()));
    }
}
