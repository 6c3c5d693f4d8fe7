package io.lodestar.jira.settings;

/**
 * Where {@link AppSettings} are kept. Implementations keep nothing in memory: on a Data Center cluster
 * a change saved on one node must be what the next read sees on every node.
 */
public interface AppSettingsStore {

    /** The current settings; {@link AppSettings#defaults()} when nothing was saved. */
    AppSettings read();

    /** Replaces every setting at once (one transaction) and returns what is now stored. */
    AppSettings replace(AppSettings settings);
}
