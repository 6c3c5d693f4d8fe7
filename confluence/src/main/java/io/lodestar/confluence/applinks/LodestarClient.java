package io.lodestar.confluence.applinks;

/** Reads the Jira app's REST API (docs/rest-api.md) as the user viewing the page. */
public interface LodestarClient {
    /** Base path of the Jira app's REST API, relative to Jira's base URL. */
    String REST_BASE = "/rest/lodestar/1.0";

    /**
     * GET of {@code path} (relative to {@link #REST_BASE}, starting with {@code /}, query included and already
     * encoded). Never throws for what Jira or the network does: each outcome is a {@link JiraAnswer}.
     */
    JiraAnswer get(String path);
}
