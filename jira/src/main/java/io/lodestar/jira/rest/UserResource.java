package io.lodestar.jira.rest;

import com.atlassian.plugins.rest.api.security.annotation.LicensedOnly;
import io.lodestar.jira.app.DirectoryActions;
import java.util.List;
import javax.inject.Inject;
import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.MediaType;

/** {@code /users?query=}: the owner picker's suggestions, from Jira's user search. */
@LicensedOnly
@Path("users")
@Produces(MediaType.APPLICATION_JSON)
public final class UserResource {

    private final DirectoryActions directory;

    @Inject
    public UserResource(DirectoryActions directory) {
        this.directory = directory;
    }

    @GET
    public List<DirectoryJson.User> find(@QueryParam("query") String query) {
        return directory.users(Inputs.text(query, "query", Inputs.SHORT)).stream()
                .map(user -> new DirectoryJson.User(user.key(), user.username(), user.displayName())).toList();
    }
}
