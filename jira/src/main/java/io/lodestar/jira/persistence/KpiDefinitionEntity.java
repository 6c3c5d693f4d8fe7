package io.lodestar.jira.persistence;

import net.java.ao.Entity;
import net.java.ao.schema.Default;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;

/**
 * A stored KPI definition. The formula is its type plus its parameters as text (see
 * {@link KpiRows#parameters}); the goal is flattened into nullable columns, {@code GOAL_KIND}
 * saying which apply.
 */
@Table("KPI_DEF")
public interface KpiDefinitionEntity extends Entity {

    String NAME = "NAME";
    String DESCRIPTION = "DESCRIPTION";
    String FORMULA_TYPE = "FORMULA_TYPE";
    String FORMULA_PARAMS = "FORMULA_PARAMS";
    String SOURCE_KIND = "SOURCE_KIND";
    String SOURCE_REF = "SOURCE_REF";
    String FREQUENCY = "FREQUENCY";
    String ZONE = "ZONE";
    String OWNER = "OWNER";
    String TEAM = "TEAM";
    String GOAL_KIND = "GOAL_KIND";
    String GOAL_DIRECTION = "GOAL_DIRECTION";
    String GOAL_TARGET = "GOAL_TARGET";
    String GOAL_ALERT = "GOAL_ALERT";
    String GOAL_MIN = "GOAL_MIN";
    String GOAL_MAX = "GOAL_MAX";
    String ALERT_ACTION = "ALERT_ACTION";
    String INDICATOR = "INDICATOR";
    String VERSION = "VERSION";

    @NotNull
    String getName();

    void setName(String name);

    @StringLength(StringLength.UNLIMITED)
    String getDescription();

    void setDescription(String description);

    @NotNull
    String getFormulaType();

    void setFormulaType(String formulaType);

    /** Unlimited: a parameter may list many status ids. */
    @StringLength(StringLength.UNLIMITED)
    String getFormulaParams();

    void setFormulaParams(String formulaParams);

    @NotNull
    String getSourceKind();

    void setSourceKind(String sourceKind);

    /** A project key, a board id or a JQL query; unlimited because JQL has no natural bound. */
    @StringLength(StringLength.UNLIMITED)
    String getSourceRef();

    void setSourceRef(String sourceRef);

    @NotNull
    String getFrequency();

    void setFrequency(String frequency);

    /** The time zone id in which periods are cut, e.g. {@code Europe/Paris}. */
    @NotNull
    String getZone();

    void setZone(String zone);

    @NotNull
    @Indexed
    String getOwner();

    void setOwner(String owner);

    /**
     * The Jira project key of the team that watches the KPI, upper case, or null for none. Indexed: the
     * KPIs of a team are looked up by it. Nullable, so AO adds it to an existing table without an upgrade
     * task (rows from before it have no team).
     */
    @Indexed
    String getTeam();

    void setTeam(String team);

    @NotNull
    String getGoalKind();

    void setGoalKind(String goalKind);

    String getGoalDirection();

    void setGoalDirection(String goalDirection);

    Double getGoalTarget();

    void setGoalTarget(Double goalTarget);

    Double getGoalAlert();

    void setGoalAlert(Double goalAlert);

    Double getGoalMin();

    void setGoalMin(Double goalMin);

    Double getGoalMax();

    void setGoalMax(Double goalMax);

    @StringLength(StringLength.UNLIMITED)
    String getAlertAction();

    void setAlertAction(String alertAction);

    @NotNull
    String getIndicator();

    void setIndicator(String indicator);

    /** Starts at 1 and grows by one with every write (see {@link EditTokenEntity}). */
    @NotNull
    @Default("1")
    long getVersion();

    void setVersion(long version);
}
