package io.lodestar.jira.rest;

import com.atlassian.plugins.rest.api.security.annotation.LicensedOnly;
import io.lodestar.core.okr.KeyResult;
import io.lodestar.core.okr.NewKeyResult;
import io.lodestar.core.okr.NewObjective;
import io.lodestar.core.okr.Objective;
import io.lodestar.core.okr.ObjectiveChanges;
import io.lodestar.core.okr.ObjectiveLevel;
import io.lodestar.core.okr.ObjectiveState;
import io.lodestar.jira.app.OkrCommands;
import io.lodestar.jira.app.OkrReader;
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
 * {@code /objectives}: create, read, edit, delete an objective, and add key results to it. Each write runs whole
 * in one transaction (see {@link OkrCommands#atomically}), the permission checked before the body is read.
 */
@LicensedOnly
@Path("objectives")
@Produces(MediaType.APPLICATION_JSON)
public final class ObjectiveResource {

    private final OkrCommands commands;
    private final OkrReader reader;
    private final OkrViews views;

    @Inject
    public ObjectiveResource(OkrCommands commands, OkrReader reader, OkrViews views) {
        this.commands = commands;
        this.reader = reader;
        this.views = views;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(OkrJson.NewObjective body) {
        return commands.atomically(() -> {
            commands.requireUser();
            Inputs.required(body, "objective");
            Objective created = commands.createObjective(new NewObjective(
                    Inputs.required(body.cycleId(), "objective.cycleId"),
                    Inputs.text(body.title(), "objective.title", Inputs.SHORT),
                    Inputs.text(body.description(), "objective.description", Inputs.LONG),
                    Inputs.text(body.owner(), "objective.owner", Inputs.SHORT),
                    Inputs.requiredEnum(ObjectiveLevel.class, body.level(), "objective.level"),
                    Inputs.text(body.team(), "objective.team", Inputs.SHORT),
                    body.parentId()));
            return Response.status(Response.Status.CREATED).entity(node(created.id())).build();
        });
    }

    @GET
    @Path("{id: [0-9]+}")
    public OkrJson.ObjectiveNode get(@PathParam("id") long id) {
        return node(id);
    }

    /** Every change of the objective, its key results, check-ins and links, with who and when, oldest first. */
    @GET
    @Path("{id: [0-9]+}/activity")
    public OkrJson.Activity activity(@PathParam("id") long id) {
        return views.activity(reader.activity(id));
    }

    /** The objective's score over its cycle, a point a week and one now. */
    @GET
    @Path("{id: [0-9]+}/history")
    public OkrJson.History history(@PathParam("id") long id) {
        return views.history(reader.history(id));
    }

    @PUT
    @Path("{id: [0-9]+}")
    @Consumes(MediaType.APPLICATION_JSON)
    public OkrJson.ObjectiveNode edit(@PathParam("id") long id, OkrJson.ObjectiveEdit body) {
        return commands.atomically(() -> {
            commands.requireEditableObjective(id);
            Inputs.required(body, "objective");
            long version = Inputs.required(body.version(), "version");
            ObjectiveChanges changes = new ObjectiveChanges(
                    Inputs.text(body.title(), "objective.title", Inputs.SHORT),
                    Inputs.text(body.description(), "objective.description", Inputs.LONG),
                    Inputs.text(body.owner(), "objective.owner", Inputs.SHORT),
                    Inputs.requiredEnum(ObjectiveLevel.class, body.level(), "objective.level"),
                    Inputs.text(body.team(), "objective.team", Inputs.SHORT));
            commands.editObjective(id, version, changes, body.parentId(),
                    Inputs.optionalEnum(ObjectiveState.class, body.state(), "objective.state"), body.rollUp());
            return node(id);
        });
    }

    @DELETE
    @Path("{id: [0-9]+}")
    public Response delete(@PathParam("id") long id, @QueryParam("version") String version) {
        return commands.atomically(() -> {
            commands.requireEditableObjective(id);
            commands.deleteObjective(id, Inputs.wholeNumber(version, "version"));
            return Response.noContent().build();
        });
    }

    @POST
    @Path("{id: [0-9]+}/key-results")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response addKeyResult(@PathParam("id") long id, OkrJson.NewKeyResult body) {
        return commands.atomically(() -> {
            commands.requireEditableObjective(id);
            Inputs.required(body, "keyResult");
            KeyResult added = commands.addKeyResult(id, new NewKeyResult(
                    Inputs.text(body.title(), "keyResult.title", Inputs.SHORT),
                    Inputs.text(body.owner(), "keyResult.owner", Inputs.SHORT),
                    Inputs.number(body.weight(), "keyResult.weight"),
                    Inputs.measure(body.kind(), body.format(), body.unit(), body.start(), body.target(), body.basis(),
                            body.kpiId(), body.jql(), body.aggregate(), body.field()),
                    null));
            return Response.status(Response.Status.CREATED).entity(KeyResultResource.node(reader, views, added)).build();
        });
    }

    private OkrJson.ObjectiveNode node(long objectiveId) {
        OkrReader.CycleView view = reader.cycleOf(objectiveId);
        return views.objective(view, reader.objective(view, objectiveId));
    }
}
