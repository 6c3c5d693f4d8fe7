package com.atlassian.activeobjects.external;

/** A step that moves a plugin's AO schema and data to {@link #getModelVersion()} (interface in the real API). */
public interface ActiveObjectsUpgradeTask {
    ModelVersion getModelVersion();

    void upgrade(ModelVersion currentVersion, ActiveObjects ao);
}
