package io.lodestar.jira.rest;

import com.atlassian.plugins.rest.api.security.annotation.LicensedOnly;
import io.lodestar.core.okr.Cycle;
import io.lodestar.core.okr.CycleKind;
import io.lodestar.core.okr.ObjectiveLevel;
import io.lodestar.core.okr.OkrFilter;
import io.lodestar.jira.app.CycleActions;
import io.lodestar.jira.app.OkrReader;
import java.util.List;
import javax.inject.Inject;
import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.PUT;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;

/**
 * {@code /cycles}: list, create and edit while open (Jira administrators), close with grading and carry-over, and what is
 * read about one cycle's OKRs: the aligned, scored tree ({@code /okrs}), the quality findings
 * ({@code /findings}) and the CSV export ({@code /export.csv}). One resource class for the whole
 * {@code /cycles} path, because JAX-RS picks one root resource per request and does not fall back to
 * another with a shorter path.
 */
@LicensedOnly
@Path("cycles")
@Produces(MediaType.APPLICATION_JSON)
public final class CycleResource {

    private final CycleActions cycles;
    private final OkrReader reader;
    private final OkrViews views;

    @Inject
    public CycleResource(CycleActions cycles, OkrReader reader, OkrViews views) {
        this.cycles = cycles;
        this.reader = reader;
        this.views = views;
    }

    @GET
    public List<OkrJson.Cycle> list() {
        return cycles.newestFirst().stream().map(views::cycle).toList();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(OkrJson.NewCycle body) {
        return cycles.atomically(() -> {
            Cycle created = cycles.create(() -> {
                Inputs.required(body, "cycle");
                return Cycle.of(Inputs.text(body.name(), "cycle.name", Inputs.SHORT),
                        Inputs.requiredEnum(CycleKind.class, body.kind(), "cycle.kind"),
                        Inputs.date(body.start(), "cycle.start"), Inputs.date(body.end(), "cycle.end"));
            });
            return Response.status(Response.Status.CREATED).entity(views.cycle(created)).build();
        });
    }

    @PUT
    @Path("{cycleId: [0-9]+}")
    @Consumes(MediaType.APPLICATION_JSON)
    public OkrJson.Cycle edit(@PathParam("cycleId") long cycleId, OkrJson.EditCycle body) {
        return cycles.atomically(() -> views.cycle(cycles.edit(cycleId, () -> {
            Inputs.required(body, "cycle");
            long version = Inputs.required(body.version(), "version");
            return new CycleActions.EditRequest(version, Cycle.of(Inputs.text(body.name(), "cycle.name", Inputs.SHORT),
                    Inputs.requiredEnum(CycleKind.class, body.kind(), "cycle.kind"),
                    Inputs.date(body.start(), "cycle.start"), Inputs.date(body.end(), "cycle.end")));
        })));
    }

    @POST
    @Path("{cycleId: [0-9]+}/close")
    @Consumes(MediaType.APPLICATION_JSON)
    public OkrJson.Closed close(@PathParam("cycleId") long cycleId, OkrJson.CloseCycle body) {
        return cycles.atomically(() -> {
            CycleActions.Closed closed = cycles.close(cycleId, () -> {
                Inputs.required(body, "close");
                long version = Inputs.required(body.version(), "version");
                List<OkrJson.CarryOver> requested = Inputs.elements(body.carryOver(), "carryOver");
                List<CycleActions.CarryOver> carryOvers = new java.util.ArrayList<>();
                for (int i = 0; i < requested.size(); i++) {
                    OkrJson.CarryOver c = requested.get(i);
                    carryOvers.add(new CycleActions.CarryOver(
                            Inputs.required(c.keyResultId(), "carryOver[" + i + "].keyResultId"),
                            Inputs.required(c.objectiveId(), "carryOver[" + i + "].objectiveId")));
                }
                return new CycleActions.CloseRequest(version, carryOvers);
            });
            return new OkrJson.Closed(views.cycle(closed.graded().cycle()),
                    closed.graded().objectives().stream()
                            .map(o -> new OkrJson.GradedObjective(o.objective().id(), o.objective().title(),
                                    o.objective().finalScore()))
                            .toList(),
                    closed.carried().stream()
                            .map(kr -> new OkrJson.CarriedKeyResult(kr.id(), kr.objectiveId(), kr.title(), kr.carriedFromId()))
                            .toList());
        });
    }

    @GET
    @Path("{cycleId: [0-9]+}/okrs")
    @Produces(MediaType.APPLICATION_JSON)
    public OkrJson.Tree tree(@PathParam("cycleId") long cycleId, @QueryParam("team") String team,
                             @QueryParam("level") String level) {
        OkrFilter filter = new OkrFilter(Inputs.text(team, "team", Inputs.SHORT),
                Inputs.optionalEnum(ObjectiveLevel.class, level, "level"));
        return views.tree(reader.cycle(cycleId, filter));
    }

    @GET
    @Path("{cycleId: [0-9]+}/findings")
    @Produces(MediaType.APPLICATION_JSON)
    public List<OkrJson.Finding> findings(@PathParam("cycleId") long cycleId, @QueryParam("team") String team) {
        return reader.findings(cycleId, Inputs.text(team, "team", Inputs.SHORT)).stream().map(views::finding).toList();
    }

    @GET
    @Path("{cycleId: [0-9]+}/export.csv")
    @Produces("text/csv")
    public Response export(@PathParam("cycleId") long cycleId) {
        OkrReader.CycleView view = reader.cycle(cycleId, OkrFilter.ALL);
        String fileName = "okrs-" + cycleId + ".csv";
        return Response.ok(views.csv(view.tree()), "text/csv; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"" + fileName + "\"")
                .build();
    }
}
