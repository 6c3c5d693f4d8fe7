package io.lodestar.jira.rest;

import com.atlassian.plugins.rest.api.security.annotation.LicensedOnly;
import io.lodestar.jira.app.DirectoryActions;
import java.util.List;
import javax.inject.Inject;
import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.core.MediaType;

/** {@code /teams}: the team picker's choices, the Jira projects the current user may browse. */
@LicensedOnly
@Path("teams")
@Produces(MediaType.APPLICATION_JSON)
public final class TeamResource {

    private final DirectoryActions directory;

    @Inject
    public TeamResource(DirectoryActions directory) {
        this.directory = directory;
    }

    @GET
    public List<DirectoryJson.Team> list() {
        return directory.teams().stream().map(team -> new DirectoryJson.Team(team.key(), team.name())).toList();
    }
}
