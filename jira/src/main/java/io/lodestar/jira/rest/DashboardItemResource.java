package io.lodestar.jira.rest;

import com.atlassian.plugins.rest.api.security.annotation.LicensedOnly;
import io.lodestar.core.kpi.KpiType;
import io.lodestar.jira.app.KpiActions;
import io.lodestar.jira.app.KpiObjectives;
import io.lodestar.jira.app.KpiPageReader;
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
 * velocity.
 */
@LicensedOnly
@Path("dashboard")
@Produces(MediaType.APPLICATION_JSON)
public final class DashboardItemResource {

    private final KpiPageResource kpiPage;

    @Inject
    public DashboardItemResource(KpiPageReader reader, KpiActions kpis, KpiObjectives objectives) {
        this.kpiPage = new KpiPageResource(reader, kpis, objectives);
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
}
