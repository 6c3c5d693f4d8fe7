package io.lodestar.jira.persistence;

import net.java.ao.Entity;
import net.java.ao.schema.Default;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;

/**
 * A stored key result. Its measure (numeric, milestone, linked work or KPI-backed) is flattened into
 * nullable columns named after the measure's fields; {@code KIND} says which of them apply.
 */
@Table("KEY_RESULT")
public interface KeyResultEntity extends Entity {

    String OBJECTIVE_ID = "OBJECTIVE_ID";
    String TITLE = "TITLE";
    String OWNER = "OWNER";
    String WEIGHT = "WEIGHT";
    String KIND = "KIND";
    String NUMBER_FORMAT = "NUMBER_FORMAT";
    String UNIT = "UNIT";
    String START_VALUE = "START_VALUE";
    String TARGET_VALUE = "TARGET_VALUE";
    String WORK_BASIS = "WORK_BASIS";
    String KPI_ID = "KPI_ID";
    String CADENCE_SECONDS = "CADENCE_SECONDS";
    String FINAL_SCORE = "FINAL_SCORE";
    String CARRIED_FROM_ID = "CARRIED_FROM_ID";
    String VERSION = "VERSION";
    String QUERY_JQL = "QUERY_JQL";
    String QUERY_AGGREGATE = "QUERY_AGGREGATE";
    String QUERY_FIELD = "QUERY_FIELD";

    @NotNull
    @Indexed
    long getObjectiveId();

    void setObjectiveId(long objectiveId);

    /** At most {@link TextLimits#SHORT} characters, checked by the store before writing. */
    @NotNull
    String getTitle();

    void setTitle(String title);

    @Indexed
    String getOwner();

    void setOwner(String owner);

    @NotNull
    double getWeight();

    void setWeight(double weight);

    @NotNull
    String getKind();

    void setKind(String kind);

    String getNumberFormat();

    void setNumberFormat(String numberFormat);

    String getUnit();

    void setUnit(String unit);

    Double getStartValue();

    void setStartValue(Double startValue);

    Double getTargetValue();

    void setTargetValue(Double targetValue);

    String getWorkBasis();

    void setWorkBasis(String workBasis);

    /** The KPI definition a KPI-backed key result follows; indexed to find the KRs of a KPI. */
    @Indexed
    Long getKpiId();

    void setKpiId(Long kpiId);

    @NotNull
    long getCadenceSeconds();

    void setCadenceSeconds(long cadenceSeconds);

    Double getFinalScore();

    void setFinalScore(Double finalScore);

    @Indexed
    Long getCarriedFromId();

    void setCarriedFromId(Long carriedFromId);

    /**
     * Starts at 1 and grows by one with every write (see {@link EditTokenEntity}). The default lets
     * AO add the column to a table that already has rows.
     */
    @NotNull
    @Default("1")
    long getVersion();

    void setVersion(long version);

    /**
     * For a key result from a JQL query (kind JQL): the query, unlimited (a CLOB) since JQL has no length limit. The
     * three QUERY_ columns are nullable, so AO adds them to a table that already has rows by itself; no other kind
     * uses them.
     */
    @StringLength(StringLength.UNLIMITED)
    String getQueryJql();

    void setQueryJql(String jql);

    /** SHARE_DONE or SUM (core's QueryAggregate). */
    String getQueryAggregate();

    void setQueryAggregate(String aggregate);

    /** For a sum, the number field summed (a custom field id or name). */
    String getQueryField();

    void setQueryField(String field);
}
