package io.lodestar.jira.web;

import java.util.List;

/**
 * Everything the OKR page template shows, and nothing it could call to reach a service: the signed-in user,
 * the cycles to pick from with the selected one, the team filter, and the context path the page's scripts prefix
 * to REST URLs. Objectives are not here: the scripts load them from the REST API, so the page and the API show
 * the same data. Text is not here either: the template takes every text from i18n keys.
 */
public final class OkrPageView {
    private final String userKey;
    private final List<CycleOption> cycles;
    private final String selectedCycleId;
    private final String team;
    private final String baseUrl;
    private final boolean requestedCycleMissing;
    private final boolean cycleAdmin;
    private final boolean myCheckIns;

    OkrPageView(String userKey, List<CycleOption> cycles, String selectedCycleId,
                String team, String baseUrl) {
        this(userKey, cycles, selectedCycleId, team, baseUrl, false);
    }

    OkrPageView(String userKey, List<CycleOption> cycles, String selectedCycleId,
                String team, String baseUrl, boolean requestedCycleMissing) {
        this(userKey, cycles, selectedCycleId, team, baseUrl, requestedCycleMissing, false, false);
    }

    OkrPageView(String userKey, List<CycleOption> cycles, String selectedCycleId, String team, String baseUrl,
                boolean requestedCycleMissing, boolean cycleAdmin, boolean myCheckIns) {
        this.cycleAdmin = cycleAdmin;
        this.myCheckIns = myCheckIns;
        this.requestedCycleMissing = requestedCycleMissing;
        this.userKey = userKey;
        this.cycles = List.copyOf(cycles);
        this.selectedCycleId = selectedCycleId;
        this.team = team;
        this.baseUrl = baseUrl;
    }

    /**
     * The signed-in user's key (not the login name, which can be renamed): owners are user keys in the REST API, so
     * the scripts use it as the default owner and to tell whether the user owns a key result.
     */
    public String getUserKey() {
        return userKey;
    }

    /** The cycles, newest first. */
    public List<CycleOption> getCycles() {
        return cycles;
    }

    /** Whether no cycle exists yet, so the page shows how to start instead of an empty tree. */
    public boolean isWithoutCycles() {
        return cycles.isEmpty();
    }

    /** The id of the selected cycle, or "" when there is no cycle. */
    public String getSelectedCycleId() {
        return selectedCycleId;
    }

    /** The team (a project key) the page is filtered on, or "" for all teams. */
    public String getTeam() {
        return team;
    }

    /**
     * Whether the link named a cycle ({@code ?cycle=}) that does not exist, so the page says so above the cycle it
     * shows instead (or above "no cycle yet"), rather than silently showing another cycle.
     */
    public boolean isRequestedCycleMissing() {
        return requestedCycleMissing;
    }

    /**
     * Whether the user is a Jira administrator, who creates cycles, edits open ones and closes them: only they see
     * those controls (the REST API checks again).
     */
    public boolean isCycleAdmin() {
        return cycleAdmin;
    }

    /**
     * Whether the page shows "My check-ins" ({@code ?view=my-check-ins}, from the OKRs menu): the key results the user
     * owns that are due a check-in this week, instead of a cycle's tree.
     */
    public boolean isMyCheckIns() {
        return myCheckIns;
    }

    /** The host's context path ("" or e.g. "/jira"): the scripts build every URL from it. */
    public String getBaseUrl() {
        return baseUrl;
    }
}
