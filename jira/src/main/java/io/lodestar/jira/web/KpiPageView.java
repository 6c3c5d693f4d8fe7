package io.lodestar.jira.web;

/**
 * Everything the KPI page template shows, and nothing it could call to reach a service: the signed-in user, the
 * team filter, the KPI to open and the context path the scripts prefix to REST URLs. KPIs and their values are not
 * here: the scripts load them from the REST API under its rule of who sees what. Text is not here either: the
 * template takes every text from i18n keys.
 */
public final class KpiPageView {
    private final String userKey;
    private final String team;
    private final String selectedKpiId;
    private final String baseUrl;

    KpiPageView(String userKey, String team, String selectedKpiId, String baseUrl) {
        this.userKey = userKey;
        this.team = team;
        this.selectedKpiId = selectedKpiId;
        this.baseUrl = baseUrl;
    }

    /** The signed-in user's key: owners are user keys in the REST API. */
    public String getUserKey() {
        return userKey;
    }

    /** The team (a project key) the scorecard is filtered on, or "" for all teams. */
    public String getTeam() {
        return team;
    }

    /** The id of the KPI whose own view opens with the page, or "" for the scorecard alone. */
    public String getSelectedKpiId() {
        return selectedKpiId;
    }

    /** The host's context path ("" or e.g. "/jira"): the scripts build every URL from it. */
    public String getBaseUrl() {
        return baseUrl;
    }
}
