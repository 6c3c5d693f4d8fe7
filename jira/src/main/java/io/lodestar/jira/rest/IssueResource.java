package io.lodestar.jira.rest;

import com.atlassian.plugins.rest.api.security.annotation.LicensedOnly;
import io.lodestar.jira.app.OkrAccess;
import io.lodestar.jira.app.OkrReader;
import java.util.List;
import javax.inject.Inject;
import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.core.MediaType;

/** {@code /issues/{issueKey}/key-results}: the key results an issue is linked to, for the issue panel. */
@LicensedOnly
@Path("issues/{issueKey}/key-results")
@Produces(MediaType.APPLICATION_JSON)
public final class IssueResource {

    private final OkrReader reader;
    private final OkrViews views;

    @Inject
    public IssueResource(OkrReader reader, OkrViews views) {
        this.reader = reader;
        this.views = views;
    }

    @GET
    public List<OkrJson.IssueKeyResult> keyResults(@PathParam("issueKey") String issueKey) {
        OkrAccess checks = views.requestAccess();
        return reader.forIssue(Inputs.text(issueKey, "issueKey", Inputs.SHORT)).entries().stream()
                .map(entry -> new OkrJson.IssueKeyResult(
                        views.keyResult(entry.keyResult(), entry.links(), checks.canEdit(entry.objective())),
                        new OkrJson.ObjectiveRef(entry.objective().id(), entry.objective().title(),
                                entry.objective().cycleId(), entry.objective().team())))
                .toList();
    }
}
