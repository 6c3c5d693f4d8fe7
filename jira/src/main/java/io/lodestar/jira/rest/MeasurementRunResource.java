package io.lodestar.jira.rest;

import com.atlassian.plugins.rest.api.security.annotation.AdminOnly;
import com.atlassian.plugins.rest.api.security.annotation.LicensedOnly;
import io.lodestar.core.kpi.run.MeasurementRun;
import io.lodestar.jira.app.MeasurementActions;
import java.net.URI;
import java.time.Instant;
import javax.inject.Inject;
import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;

/**
 * {@code /kpi-runs}: background measurement runs. {@code POST} queues "Measure now" of a KPI and answers 202 with the
 * run and its {@code Location}; {@code POST /remeasure} (administrators) queues the re-measure of a closed period;
 * {@code GET /{id}} gives a run's progress (issues read, KPIs done, state, failure reasons). Nothing is measured in
 * the request: the run is in the database, and whichever node the scheduler picks executes it.
 */
@LicensedOnly
@Path("kpi-runs")
@Produces(MediaType.APPLICATION_JSON)
public final class MeasurementRunResource {

    private final MeasurementActions measurements;

    @Inject
    public MeasurementRunResource(MeasurementActions measurements) {
        this.measurements = measurements;
    }

    /** The body of a request: the KPI, and for a re-measure the closed period's key ("2026-W11", "sprint-42"). */
    public record Request(Long kpiId, String period) {
    }

    public record Run(long id, String kind, Long kpiId, String period, String requestedBy, String state, int kpisTotal,
                      int kpisDone, long issuesRead, String failure, String requestedAt, String startedAt,
                      String finishedAt, boolean finished) {
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response measureNow(Request body) {
        Inputs.required(body, "run");
        long kpiId = Inputs.required(body.kpiId(), "kpiId");
        if (body.period() != null) {
            throw new io.lodestar.core.common.InvalidInputException("period",
                    "is only given to re-measure a closed period (POST kpi-runs/remeasure)");
        }
        return accepted(measurements.measureNow(kpiId));
    }

    @POST
    @Path("remeasure")
    @AdminOnly
    @Consumes(MediaType.APPLICATION_JSON)
    public Response remeasure(Request body) {
        Inputs.required(body, "run");
        long kpiId = Inputs.required(body.kpiId(), "kpiId");
        String period = Inputs.required(Inputs.text(body.period(), "period", Inputs.SHORT), "period");
        return accepted(measurements.remeasure(kpiId, period));
    }

    /** {@code GET /kpi-runs?latest=N} (administrators): the latest N runs (1-100, default 10), newest first. */
    @GET
    @AdminOnly
    public java.util.List<Run> latest(@QueryParam("latest") String latest) {
        int count = 10;
        if (latest != null && !latest.isBlank()) {
            long asked = Inputs.wholeNumber(latest, "latest");
            io.lodestar.core.common.InvalidInputException.require(asked > 0 && asked <= MAX_LATEST, "latest",
                    "must be between 1 and " + MAX_LATEST);
            count = (int) asked;
        }
        return measurements.latest(count).stream().map(MeasurementRunResource::json).toList();
    }

    static final int MAX_LATEST = 100;

    @GET
    @Path("{id: [0-9]+}")
    public Run get(@PathParam("id") long id) {
        return json(measurements.run(id));
    }

    private static Response accepted(MeasurementRun run) {
        return Response.status(Response.Status.ACCEPTED).location(URI.create("kpi-runs/" + run.id())).entity(json(run))
                .build();
    }

    static Run json(MeasurementRun run) {
        return new Run(run.id(), run.kind().name(), run.kpiId() == 0 ? null : run.kpiId(), run.periodKey(),
                run.requestedBy(), run.state().name(), run.kpisTotal(), run.kpisDone(), run.issuesRead(), run.failure(),
                text(run.requestedAt()), text(run.startedAt()), text(run.finishedAt()), run.isFinished());
    }

    private static String text(Instant instant) {
        return instant == null ? null : instant.toString();
    }
}
