package io.lodestar.jira.persistence;

import net.java.ao.Entity;
import net.java.ao.schema.Index;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.Indexes;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;

/**
 * The value of a KPI over one period: one row per KPI and period key. Recording a period again
 * replaces its row in one transaction. A value that could not be computed has no number, only the
 * reason. {@code PROVISIONAL} is true for the open period's value (null in rows written before it existed, which
 * were all of closed periods); {@code REMEASURED_BY} names the administrator who re-measured a closed period.
 */
@Table("KPI_VALUE")
@Indexes(@Index(name = "kpi_period", methodNames = {"getKpiId", "getPeriodKey"}))
public interface KpiValueEntity extends Entity {

    String KPI_ID = "KPI_ID";
    String PERIOD_KEY = "PERIOD_KEY";
    String PERIOD_START = "PERIOD_START";
    String PERIOD_END = "PERIOD_END";
    String NUMBER_VALUE = "NUMBER_VALUE";
    String UNIT = "UNIT";
    String SAMPLE_SIZE = "SAMPLE_SIZE";
    String NA_REASON = "NA_REASON";
    String RECORDED_AT = "RECORDED_AT";
    String PROVISIONAL = "PROVISIONAL";
    String REMEASURED_BY = "REMEASURED_BY";

    @NotNull
    @Indexed
    long getKpiId();

    void setKpiId(long kpiId);

    /** The period's key, e.g. {@code 2026-W48} or {@code sprint:812}. */
    @NotNull
    @Indexed
    String getPeriodKey();

    void setPeriodKey(String periodKey);

    /** Epoch milliseconds of the inclusive start; values are listed by it. */
    @NotNull
    long getPeriodStart();

    void setPeriodStart(long periodStart);

    /** Epoch milliseconds of the exclusive end. */
    @NotNull
    long getPeriodEnd();

    void setPeriodEnd(long periodEnd);

    /** Null when the value is not applicable. */
    Double getNumberValue();

    void setNumberValue(Double numberValue);

    String getUnit();

    void setUnit(String unit);

    @NotNull
    int getSampleSize();

    void setSampleSize(int sampleSize);

    /** Why the value is not applicable; null when it is. */
    @StringLength(StringLength.UNLIMITED)
    String getNaReason();

    void setNaReason(String naReason);

    @NotNull
    long getRecordedAt();

    void setRecordedAt(long recordedAt);

    /** True for the open period's value; null or false for a closed (frozen) period. */
    Boolean getProvisional();

    void setProvisional(Boolean provisional);

    /** The user key of the administrator who re-measured this closed period; null otherwise. */
    String getRemeasuredBy();

    void setRemeasuredBy(String remeasuredBy);
}
