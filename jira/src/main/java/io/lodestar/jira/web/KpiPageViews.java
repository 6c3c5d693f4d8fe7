package io.lodestar.jira.web;

/**
 * Builds the KPI page's view model from the request's query string. Nothing is read from the store here: the page
 * is the same for every KPI set, and the scripts load the scorecard. A {@code kpi} value that is not an id is
 * ignored rather than refused (it usually comes from an edited bookmark); an unknown id is reported by the page
 * when the API answers 404.
 */
public final class KpiPageViews {

    /**
     * @param userKey     the signed-in user's key
     * @param teamParam   the raw {@code team} query parameter, or null
     * @param kpiParam    the raw {@code kpi} query parameter, or null
     * @param contextPath the host's context path, "" at the root
     */
    public KpiPageView view(String userKey, String teamParam, String kpiParam, String contextPath) {
        String team = nullToEmpty(teamParam).trim();
        if (team.length() > OkrPageViews.MAX_TEAM_LENGTH) {
            team = team.substring(0, OkrPageViews.MAX_TEAM_LENGTH);
        }
        String kpi = nullToEmpty(kpiParam).trim();
        return new KpiPageView(nullToEmpty(userKey), team, kpi.matches("[1-9][0-9]{0,17}") ? kpi : "",
                nullToEmpty(contextPath));
    }

    private static String nullToEmpty(String value) {
        return value == null ? "" : value;
    }
}
