package io.lodestar.jira.rest;

import com.atlassian.plugins.rest.api.security.annotation.LicensedOnly;
import io.lodestar.core.kpi.KpiType;
import io.lodestar.core.okr.Cycle;
import io.lodestar.core.okr.OkrFilter;
import io.lodestar.jira.app.CycleActions;
import io.lodestar.jira.app.KpiActions;
import io.lodestar.jira.app.KpiObjectives;
import io.lodestar.jira.app.KpiPageReader;
import io.lodestar.jira.app.OkrReader;
import java.util.List;
import java.util.Optional;
import javax.inject.Inject;
import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.MediaType;

/**
 * {@code /dashboard}: what a dashboard item shows, in one call per render. It adds nothing to the KPI page's rule
 * of who sees what: every answer is made of the KPI page's own views ({@link KpiPageResource}), so a KPI that was
 * deleted answers 404 and one whose issues the viewer may not browse comes back with {@code visible=false} and no
 * velocity. The OKR progress item's answer is made of the OKR page's views ({@link CycleResource}, {@link ObjectiveResource}) in
 * the same way: an objective or cycle that was deleted answers 404, and linked issues the viewer may not browse are
 * left out of every count, with their number in {@code hiddenIssues}.
 */
@LicensedOnly
@Path("dashboard")
@Produces(MediaType.APPLICATION_JSON)
public final class DashboardItemResource {

    private final KpiPageResource kpiPage;
    private final CycleActions cycles;
    private final OkrReader okrs;
    private final OkrViews views;

    @Inject
    public DashboardItemResource(KpiPageReader reader, KpiActions kpis, KpiObjectives objectives, CycleActions cycles,
                                 OkrReader okrs, OkrViews views) {
        this.kpiPage = new KpiPageResource(reader, kpis, objectives);
        this.cycles = cycles;
        this.okrs = okrs;
        this.views = views;
    }

    /**
     * The velocity item: {@code ?kpi=ID}, or {@code ?team=KEY} for the team's first velocity KPI on its scorecard;
     * {@code ?sprints=N} closed sprints (default 7). {@code kpi} is null when the team has no velocity KPI.
     */
    @GET
    @Path("velocity")
    public KpiPageJson.VelocityItem velocity(@QueryParam("kpi") String kpi, @QueryParam("team") String team,
                                             @QueryParam("sprints") String sprints) {
        Long kpiId = kpi == null || kpi.isBlank() ? null : Inputs.wholeNumber(kpi, "kpi");
        String teamKey = kpiId == null ? Inputs.required(Inputs.text(team, "team", Inputs.SHORT), "team") : null;
        String count = String.valueOf(KpiPageResource.count(sprints, "sprints", KpiPageResource.DEFAULT_SPRINTS));
        if (kpiId == null) {
            kpiId = kpiPage.scorecard(teamKey, "1").kpis().stream()
                    .filter(candidate -> KpiType.VELOCITY.name().equals(candidate.type()))
                    .map(KpiPageJson.Kpi::id).findFirst().orElse(null);
            if (kpiId == null) {
                return new KpiPageJson.VelocityItem(teamKey, null, null);
            }
        }
        KpiPageJson.Kpi found = kpiPage.kpi(kpiId, count);
        KpiPageJson.Velocity velocity = found.visible() ? kpiPage.velocity(kpiId, count) : null;
        return new KpiPageJson.VelocityItem(found.team(), found, velocity);
    }

    /**
     * The KPI scorecard item: {@code ?team=KEY} (required), the team's scorecard as the KPI page shows it, with the
     * default sparkline length; a KPI the viewer may not browse comes back with {@code visible=false} and no values.
     */
    @GET
    @Path("scorecard")
    public KpiPageJson.Scorecard scorecard(@QueryParam("team") String team) {
        String teamKey = Inputs.required(Inputs.text(team, "team", Inputs.SHORT), "team");
        return kpiPage.scorecard(teamKey, null);
    }

    /**
     * The OKR progress item: {@code ?objective=ID} for one objective (with its aligned children), or a cycle
     * ({@code ?cycle=ID}, or none for the current one: the newest containing today, else the newest) and optionally a
     * team ({@code ?team=KEY}; none for every team). {@code cycle} is null when no cycle exists yet.
     */
    @GET
    @Path("okr-progress")
    public OkrJson.ProgressItem okrProgress(@QueryParam("cycle") String cycle, @QueryParam("team") String team,
                                            @QueryParam("objective") String objective) {
        Long objectiveId = objective == null || objective.isBlank() ? null : Inputs.wholeNumber(objective, "objective");
        Long cycleId = cycle == null || cycle.isBlank() ? null : Inputs.wholeNumber(cycle, "cycle");
        String teamKey = Inputs.text(team, "team", Inputs.SHORT);
        teamKey = teamKey == null || teamKey.isBlank() ? null : teamKey.trim();
        if (objectiveId != null) {
            OkrReader.CycleView view = okrs.cycleOf(objectiveId);
            OkrJson.ObjectiveNode node = views.objective(view, okrs.objective(view, objectiveId));
            return item(views.cycle(view.tree().cycle()), node.team(), objectiveId, List.of(node));
        }
        Optional<Cycle> chosen = cycleId == null ? cycles.current(views.today()) : Optional.empty();
        if (cycleId == null && chosen.isEmpty()) {
            return item(null, teamKey, null, List.of());
        }
        long id = cycleId != null ? cycleId : chosen.get().id();
        OkrJson.Tree tree = views.tree(okrs.cycle(id, new OkrFilter(teamKey, null)));
        return item(tree.cycle(), teamKey, null, tree.objectives());
    }

    private static OkrJson.ProgressItem item(OkrJson.Cycle cycle, String team, Long objectiveId,
                                             List<OkrJson.ObjectiveNode> objectives) {
        return new OkrJson.ProgressItem(cycle, team, objectiveId, objectives, hidden(objectives));
    }

    /** Hidden issues of the objectives and all their aligned children (each node counts its own key results only). */
    private static int hidden(List<OkrJson.ObjectiveNode> objectives) {
        return objectives.stream().mapToInt(node -> node.hiddenIssues() + hidden(node.children())).sum();
    }
}
