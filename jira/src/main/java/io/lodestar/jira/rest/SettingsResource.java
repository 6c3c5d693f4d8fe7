package io.lodestar.jira.rest;

import com.atlassian.plugins.rest.api.security.annotation.AdminOnly;
import com.atlassian.plugins.rest.api.security.annotation.LicensedOnly;
import io.lodestar.jira.app.SettingsActions;
import io.lodestar.jira.settings.AppSettings;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import javax.inject.Inject;
import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.PUT;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.core.MediaType;

/** {@code /settings}: the app settings (read by anyone logged in, replaced by Jira administrators). */
@Path("settings")
@Produces(MediaType.APPLICATION_JSON)
public final class SettingsResource {

    private final SettingsActions settings;

    @Inject
    public SettingsResource(SettingsActions settings) {
        this.settings = settings;
    }

    /**
     * The settings in and out: {@code storyPointsFieldId} null for "the field named Story Points";
     * {@code doneStatusIds} by project key, projects without an entry using the Done status category;
     * {@code remindersEnabled} whether weekly check-in reminder e-mails go out (absent in a PUT: true).
     */
    public record Settings(String storyPointsFieldId, Map<String, List<String>> doneStatusIds, Boolean remindersEnabled) {
    }

    @GET
    @LicensedOnly
    public Settings read() {
        return json(settings.read());
    }

    /** A custom field or a status to choose from: {@code categoryKey} is a status's category, null for a field. */
    public record Choice(String id, String name, String categoryKey) {
    }

    /** {@code GET /settings/fields}: Jira's custom fields, by name, to choose the story points field from. */
    @GET
    @Path("fields")
    @AdminOnly
    public List<Choice> fields() {
        return choices(settings.customFields());
    }

    /** {@code GET /settings/statuses}: Jira's workflow statuses, by name, to choose a project's done statuses from. */
    @GET
    @Path("statuses")
    @AdminOnly
    public List<Choice> statuses() {
        return choices(settings.statuses());
    }

    private static List<Choice> choices(List<io.lodestar.jira.host.JiraSettingsChoices.Choice> choices) {
        return choices.stream().map(choice -> new Choice(choice.id(), choice.name(), choice.categoryKey())).toList();
    }

    @PUT
    @AdminOnly
    @Consumes(MediaType.APPLICATION_JSON)
    public Settings replace(Settings body) {
        return json(settings.replace(() -> {
            Inputs.required(body, "settings");
            return AppSettings.of(body.storyPointsFieldId(), body.doneStatusIds())
                    .withRemindersEnabled(body.remindersEnabled() == null || body.remindersEnabled());
        }));
    }

    private static Settings json(AppSettings settings) {
        return new Settings(settings.storyPointsFieldId(), settings.doneStatusIds().entrySet().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, e -> List.copyOf(e.getValue()), (a, b) -> a,
                        java.util.TreeMap::new)), settings.remindersEnabled());
    }
}
