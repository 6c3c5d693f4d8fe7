package io.lodestar.jira.app;

import io.lodestar.jira.settings.AppSettings;
import io.lodestar.jira.settings.AppSettingsStore;

/**
 * The app settings as the REST API serves them: any logged-in user reads them (the page needs to know
 * how work is counted), only Jira administrators change them, since they change how every team's
 * progress is measured.
 */
public final class SettingsActions {

    private final AppSettingsStore store;
    private final OkrAccess access;

    public SettingsActions(AppSettingsStore store, OkrAccess access) {
        this.store = store;
        this.access = access;
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
