package io.lodestar.jira.app;

import io.lodestar.jira.host.JiraSettingsChoices;
import io.lodestar.jira.settings.AppSettings;
import io.lodestar.jira.settings.AppSettingsStore;
import java.util.List;

/**
 * The app settings as the REST API serves them: any logged-in user reads them (the page needs to know
 * how work is counted), only Jira administrators change them, since they change how every team's
 * progress is measured.
 */
public final class SettingsActions {

    private final AppSettingsStore store;
    private final OkrAccess access;
    private final JiraSettingsChoices choices;

    public SettingsActions(AppSettingsStore store, OkrAccess access, JiraSettingsChoices choices) {
        this.store = store;
        this.access = access;
        this.choices = choices;
    }

    /** Jira's custom fields, to choose the story points field from (Jira administrators only: 401, 403). */
    public List<JiraSettingsChoices.Choice> customFields() {
        access.requireJiraAdmin();
        return choices.customFields();
    }

    /** Jira's workflow statuses, to choose a project's done statuses from (Jira administrators only: 401, 403). */
    public List<JiraSettingsChoices.Choice> statuses() {
        access.requireJiraAdmin();
        return choices.statuses();
    }

    public AppSettings read() {
        access.requireUser();
        return store.read();
    }

    public AppSettings replace(AppSettings settings) {
        return replace(() -> settings);
    }

    /** Replaces the settings that {@code input} reads from the request, once the user is known to be a Jira administrator. */
    public AppSettings replace(java.util.function.Supplier<AppSettings> input) {
        access.requireJiraAdmin();
        return store.replace(input.get());
    }
}
