package io.lodestar.jira.persistence;

import java.util.List;
import net.java.ao.RawEntity;

/**
 * The app's Active Objects schema: every entity the {@code <ao>} module of atlassian-plugin.xml
 * declares, and the model version that the latest upgrade task brings the data to.
 */
public final class LodestarSchema {

    /**
     * Version of the data model. Raise it with every change that needs more than AO's automatic
     * migration (a column whose existing rows need values, a split table...), adding an upgrade task
     * for it next to {@link io.lodestar.jira.persistence.upgrade.EditTokensUpgradeTask}.
     *
     * <p>Not raised for {@code KPI_DEF.TEAM} (the team of a KPI): AO's migrate adds a nullable column
     * and its index to the existing table by itself, and a KPI stored before it simply has no team, so
     * no data upgrade is needed. Nor for {@code ACTIVITY} (a new table, empty at first: there was no log before)
     * and {@code OBJECTIVE.ROLL_UP} (nullable, read as false), nor for {@code CHECK_IN.KPI_PERIOD} (nullable: every
     * check-in stored before it is one by hand), nor for {@code KPI_WATCH} and {@code CHECKIN_REMINDER}
     * (new tables, empty at first: nobody watched and no reminder was sent before).
     */
    public static final String MODEL_VERSION = "2";

    /** Every entity of the current model, in the order the descriptor lists them. */
    public static final List<Class<? extends RawEntity<?>>> ENTITIES = List.of(
            CycleEntity.class,
            ObjectiveEntity.class,
            KeyResultEntity.class,
            CheckInEntity.class,
            IssueLinkEntity.class,
            KpiDefinitionEntity.class,
            KpiValueEntity.class,
            KpiAlertEntity.class,
            KpiRunEntity.class,
            KpiStaleEntity.class,
            EditTokenEntity.class,
            SettingEntity.class,
            ActivityEntity.class,
            KpiWatchEntity.class,
            CheckInReminderEntity.class);

    private LodestarSchema() {
    }

    /** {@link #ENTITIES} as the array {@code ActiveObjects.migrate} takes. */
    @SuppressWarnings("unchecked")
    public static Class<? extends RawEntity<?>>[] entities() {
        return ENTITIES.toArray(new Class[0]);
    }
}
