package io.lodestar.jira.rest;

import com.atlassian.plugins.rest.api.security.annotation.LicensedOnly;
import io.lodestar.jira.app.DirectoryActions;
import io.lodestar.jira.app.ReminderActions;
import javax.ws.rs.Consumes;
import javax.ws.rs.PUT;
import java.util.List;
import javax.inject.Inject;
import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.MediaType;

/**
 * {@code /users?query=}: the owner picker's suggestions, from Jira's user search; {@code /users/me/reminders}: the
 * signed-in user's weekly check-in reminder switch.
 */
@LicensedOnly
@Path("users")
@Produces(MediaType.APPLICATION_JSON)
public final class UserResource {

    private final DirectoryActions directory;
    private final ReminderActions reminders;

    @Inject
    public UserResource(DirectoryActions directory, ReminderActions reminders) {
        this.directory = directory;
        this.reminders = reminders;
    }

    /**
     * {@code checkInReminders}: whether I get the weekly check-in reminder e-mail; {@code remindersEnabled} (read only):
     * whether an administrator lets reminders go out at all.
     */
    public record Reminders(Boolean checkInReminders, Boolean remindersEnabled) {
    }

    @GET
    @Path("me/reminders")
    public Reminders myReminders() {
        return json(reminders.mine());
    }

    @PUT
    @Path("me/reminders")
    @Consumes(MediaType.APPLICATION_JSON)
    public Reminders setMyReminders(Reminders body) {
        Inputs.required(body, "reminders");
        return json(reminders.setMine(body.checkInReminders()));
    }

    private static Reminders json(ReminderActions.Choice choice) {
        return new Reminders(choice.checkInReminders(), choice.remindersEnabled());
    }

    @GET
    public List<DirectoryJson.User> find(@QueryParam("query") String query) {
        return directory.users(Inputs.text(query, "query", Inputs.SHORT)).stream()
                .map(user -> new DirectoryJson.User(user.key(), user.username(), user.displayName())).toList();
    }
}
