package io.lodestar.jira.rest;

import com.atlassian.plugins.rest.api.security.annotation.LicensedOnly;
import io.lodestar.core.common.InvalidInputException;
import io.lodestar.core.okr.CheckIn;
import io.lodestar.core.okr.Confidence;
import io.lodestar.core.okr.KeyResult;
import io.lodestar.core.okr.Measure;
import io.lodestar.core.okr.NewKeyResult;
import io.lodestar.core.okr.ScoredObjective;
import io.lodestar.jira.app.OkrCommands;
import io.lodestar.jira.app.OkrReader;
import io.lodestar.jira.host.IssueCard;
import java.util.List;
import javax.inject.Inject;
import javax.ws.rs.Consumes;
import javax.ws.rs.DELETE;
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
 * {@code /key-results}: edit and delete a key result, its check-ins and its links to issues. Each write runs
 * whole in one transaction (see {@link OkrCommands#atomically}): the permission is checked first, then the
 * body is read, then the change is made and answered.
 */
@LicensedOnly
@Path("key-results")
@Produces(MediaType.APPLICATION_JSON)
public final class KeyResultResource {

    private final OkrCommands commands;
    private final OkrReader reader;
    private final OkrViews views;

    @Inject
    public KeyResultResource(OkrCommands commands, OkrReader reader, OkrViews views) {
        this.commands = commands;
        this.reader = reader;
        this.views = views;
    }

    /**
     * The picker of the issue panel: linked-work key results of open cycles that the user may edit, matching every
     * word of {@code query} (key result title, objective title or team) and, given, the {@code team}.
     */
    @GET
    public List<OkrJson.LinkableKeyResult> linkable(@QueryParam("query") String query, @QueryParam("team") String team) {
        return reader.linkable(Inputs.text(query, "query", Inputs.SHORT), Inputs.text(team, "team", Inputs.SHORT)).stream()
                .map(found -> new OkrJson.LinkableKeyResult(found.keyResult().id(), found.keyResult().title(),
                        found.keyResult().measure() instanceof Measure.LinkedWork work
                                ? work.basis().name() : null,
                        new OkrJson.ObjectiveRef(found.objective().id(), found.objective().title(),
                                found.objective().cycleId(), found.objective().team()),
                        found.cycle().name()))
                .toList();
    }

    /**
     * "My check-ins": the key results the signed-in user owns that are due a check-in this week, the earliest due
     * first.
     */
    @GET
    @Path("due-check-ins")
    public List<OkrJson.DueCheckIn> dueCheckIns() {
        return views.dueCheckIns(reader.dueThisWeek());
    }

    @PUT
    @Path("{id: [0-9]+}")
    @Consumes(MediaType.APPLICATION_JSON)
    public OkrJson.KeyResultNode edit(@PathParam("id") long id, OkrJson.KeyResultEdit body) {
        return commands.atomically(() -> {
            KeyResult current = commands.requireEditableKeyResult(id);
            Inputs.required(body, "keyResult");
            long version = Inputs.required(body.version(), "version");
            String kind = body.kind() == null ? current.kind().name() : body.kind();
            KeyResult edited = commands.editKeyResult(id, version, new NewKeyResult(
                    Inputs.text(body.title(), "keyResult.title", Inputs.SHORT),
                    Inputs.text(body.owner(), "keyResult.owner", Inputs.SHORT),
                    Inputs.number(body.weight(), "keyResult.weight"),
                    Inputs.measure(kind, body.format(), body.unit(), body.start(), body.target(), body.basis(),
                            body.kpiId()),
                    null));
            return node(reader, views, edited);
        });
    }

    @DELETE
    @Path("{id: [0-9]+}")
    public Response delete(@PathParam("id") long id, @QueryParam("version") String version) {
        return commands.atomically(() -> {
            commands.requireEditableKeyResult(id);
            commands.deleteKeyResult(id, Inputs.wholeNumber(version, "version"));
            return Response.noContent().build();
        });
    }

    @GET
    @Path("{id: [0-9]+}/check-ins")
    public List<OkrJson.CheckIn> checkIns(@PathParam("id") long id) {
        return reader.checkInsNewestFirst(id).stream().map(views::checkIn).toList();
    }

    @POST
    @Path("{id: [0-9]+}/check-ins")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response checkIn(@PathParam("id") long id, OkrJson.NewCheckIn body) {
        return commands.atomically(() -> {
            commands.requireCheckInOn(id);
            Inputs.required(body, "checkIn");
            Double value = Inputs.number(body.value(), "checkIn.value");
            if (body.done() != null) {
                if (value != null) {
                    throw new InvalidInputException("checkIn.done", "send either value or done, not both");
                }
                value = body.done() ? 1.0 : 0.0;
            }
            CheckIn checkIn = commands.checkIn(id, value,
                    Inputs.requiredEnum(Confidence.class, body.confidence(), "checkIn.confidence"),
                    Inputs.text(body.note(), "checkIn.note", Inputs.LONG));
            return Response.status(Response.Status.CREATED).entity(views.checkIn(checkIn)).build();
        });
    }

    @POST
    @Path("{id: [0-9]+}/links")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response link(@PathParam("id") long id, OkrJson.NewLink body) {
        return commands.atomically(() -> {
            commands.requireEditableKeyResult(id);
            Inputs.required(body, "link");
            IssueCard issue = commands.link(id,
                    Inputs.required(Inputs.text(body.issueKey(), "issueKey", Inputs.SHORT), "issueKey"));
            return Response.status(Response.Status.CREATED).entity(views.linkedIssue(issue)).build();
        });
    }

    @DELETE
    @Path("{id: [0-9]+}/links/{issueId: [0-9]+}")
    public Response unlink(@PathParam("id") long id, @PathParam("issueId") long issueId) {
        return commands.atomically(() -> {
            commands.unlink(id, issueId);
            return Response.noContent().build();
        });
    }

    /** The scored node of a stored key result, as its objective's tree shows it. */
    static OkrJson.KeyResultNode node(OkrReader reader, OkrViews views, KeyResult keyResult) {
        OkrReader.CycleView view = reader.cycleOf(keyResult.objectiveId());
        ScoredObjective objective = reader.objective(view, keyResult.objectiveId());
        OkrJson.ObjectiveNode mapped = views.objective(view, objective);
        return mapped.keyResults().stream().filter(kr -> kr.id() == keyResult.id()).findFirst().orElseThrow();
    }
}
