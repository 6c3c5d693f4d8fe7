package io.lodestar.jira.persistence.upgrade;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.activeobjects.external.ActiveObjectsUpgradeTask;
import com.atlassian.activeobjects.external.ModelVersion;
import io.lodestar.jira.persistence.EditTokenEntity;
import io.lodestar.jira.persistence.EditTokens;
import io.lodestar.jira.persistence.LodestarSchema;
import io.lodestar.jira.persistence.ObjectiveEntity;
import java.util.HashMap;
import java.util.Map;

/**
 * Brings data from model 1 to model 2: optimistic versions on objectives.
 *
 * <p>Model 1, the first schema, stored objectives without a version (frozen in
 * {@link io.lodestar.jira.persistence.upgrade.v1.ObjectiveEntityV1}). Model 2 adds the
 * {@code VERSION} column, which AO's migration creates with its default of 1 on every existing row,
 * and an edit token per objective at that version, which only this task can write: without it, the
 * first edit of an old objective would be refused as stale.
 *
 * <p>The pattern for later changes: freeze the old entity in a {@code vN} package, migrate the
 * current entities, then fix the data with plain AO calls, idempotently (AO runs a task once per
 * model version, but a task that fails half way is run again).
 */
public final class EditTokensUpgradeTask implements ActiveObjectsUpgradeTask {

    static final String MODEL_VERSION = "2";

    @Override
    public ModelVersion getModelVersion() {
        return ModelVersion.valueOf(MODEL_VERSION);
    }

    @Override
    public void upgrade(ModelVersion currentVersion, ActiveObjects ao) {
        upgrade(ao);
    }

    /** The upgrade itself; AO's version bookkeeping stays in the method above. */
    void upgrade(ActiveObjects ao) {
        ao.migrate(LodestarSchema.entities());
        for (ObjectiveEntity objective : ao.find(ObjectiveEntity.class)) {
            String key = EditTokens.key(EditTokens.OBJECTIVE, objective.getID());
            if (ao.count(EditTokenEntity.class, EditTokenEntity.RECORD_KEY + " = ?", key) == 0) {
                Map<String, Object> token = new HashMap<>();
                token.put(EditTokenEntity.RECORD_KEY, key);
                token.put(EditTokenEntity.VERSION, objective.getVersion());
                ao.create(EditTokenEntity.class, token);
            }
        }
    }
}
