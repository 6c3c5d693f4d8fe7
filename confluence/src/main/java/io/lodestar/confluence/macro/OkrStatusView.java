package io.lodestar.confluence.macro;

import io.lodestar.confluence.applinks.JiraLink;

/**
 * What the OKR status template shows: whether a Jira is linked and, if so, its name and URL. Templates read
 * only these getters (they are listed in the descriptor's velocity-allowlist).
 */
public final class OkrStatusView {
    private final JiraLink jira;

    private OkrStatusView(JiraLink jira) {
        this.jira = jira;
    }

    /** No Jira application link exists. */
    public static OkrStatusView notConnected() {
        return new OkrStatusView(null);
    }

    public static OkrStatusView connectedTo(JiraLink jira) {
        if (jira == null) {
            throw new IllegalArgumentException("jira: a connected view needs the Jira link");
        }
        return new OkrStatusView(jira);
    }

    public boolean isConnected() {
        return jira != null;
    }

    /** Name of the linked Jira; empty when not connected. */
    public String getJiraName() {
        return jira == null ? "" : jira.name();
    }

    /** Browser URL of the linked Jira; empty when not connected. */
    public String getJiraUrl() {
        return jira == null ? "" : jira.displayUrl().toString();
    }
}
