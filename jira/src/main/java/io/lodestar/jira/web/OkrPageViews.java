package io.lodestar.jira.web;

import io.lodestar.core.okr.Cycle;
import io.lodestar.core.okr.CycleService;
import io.lodestar.jira.app.OkrAccess;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Builds the OKR page's view model from the request's query string and the stored cycles.
 *
 * <p>Cycles are listed newest first ({@link CycleService#NEWEST_FIRST}).
 *
 * <p>The selected cycle is the one named by {@code ?cycle=ID} when it exists; otherwise the current cycle
 * ({@link CycleService#current}: the newest that contains today, else the newest). A
 * query value that is not a known cycle id is not refused (it usually comes from an old bookmark to a deleted
 * cycle): the page shows the default cycle and says that the linked one does not exist.
 */
public final class OkrPageViews {
    /** Longest team filter kept: project keys are at most 255 characters in Jira. */
    static final int MAX_TEAM_LENGTH = 255;

    /** The {@code view} query value of "My check-ins". */
    static final String MY_CHECK_INS = "my-check-ins";

    private final CycleService cycles;
    private final Clock clock;
    private final OkrAccess access;

    public OkrPageViews(CycleService cycles, Clock clock, OkrAccess access) {
        this.cycles = cycles;
        this.clock = clock;
        this.access = access;
    }

    /**
     * @param userKey         the signed-in user's key
     * @param cycleParam      the raw {@code cycle} query parameter, or null
     * @param teamParam       the raw {@code team} query parameter, or null
     * @param contextPath     the host's context path, "" at the root
     */
    public OkrPageView view(String userKey, String cycleParam, String teamParam,
                            String contextPath) {
        return view(userKey, cycleParam, teamParam, null, contextPath);
    }

    /** @param viewParam the raw {@code view} query parameter: {@value #MY_CHECK_INS}, or anything else for the tree */
    public OkrPageView view(String userKey, String cycleParam, String teamParam, String viewParam,
                            String contextPath) {
        List<Cycle> newestFirst = new ArrayList<>(cycles.cycles());
        newestFirst.sort(CycleService.NEWEST_FIRST);
        Optional<Cycle> requested = requested(newestFirst, cycleParam);
        boolean requestedMissing = cycleParam != null && !cycleParam.isBlank() && requested.isEmpty();
        Optional<Cycle> selected = requested.or(() -> CycleService.current(newestFirst, LocalDate.now(clock)));
        long selectedId = selected.map(Cycle::id).orElse(-1L);
        List<CycleOption> options = newestFirst.stream()
                .map(cycle -> new CycleOption(cycle.id(), cycle.name(), cycle.start().toString(),
                        cycle.end().toString(), cycle.closed(), cycle.id() == selectedId))
                .toList();
        return new OkrPageView(nullToEmpty(userKey), options,
                selected.map(cycle -> String.valueOf(cycle.id())).orElse(""), team(teamParam),
                nullToEmpty(contextPath), requestedMissing, access.isJiraAdmin(), MY_CHECK_INS.equals(viewParam));
    }

    private static Optional<Cycle> requested(List<Cycle> cycles, String cycleParam) {
        if (cycleParam == null || !cycleParam.trim().matches("[0-9]{1,18}")) {
            return Optional.empty();
        }
        long id = Long.parseLong(cycleParam.trim());
        return cycles.stream().filter(cycle -> cycle.id() == id).findFirst();
    }

    private static String team(String teamParam) {
        String team = nullToEmpty(teamParam).trim();
        return team.length() > MAX_TEAM_LENGTH ? team.substring(0, MAX_TEAM_LENGTH) : team;
    }

    private static String nullToEmpty(String value) {
        return value == null ? "" : value;
    }
}
