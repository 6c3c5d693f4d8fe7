package io.lodestar.jira.settings;

/** {@link AppSettingsStore} in memory, for tests of the adapters and the REST API. */
public final class InMemoryAppSettingsStore implements AppSettingsStore {

    private volatile AppSettings settings = AppSettings.defaults();

    @Override
    public AppSettings read() {
        return settings;
    }

    @Override
    public AppSettings replace(AppSettings settings) {
        this.settings = java.util.Objects.requireNonNull(settings, "settings");
        return settings;
    }
}
