package io.lodestar.jira.persistence;

import net.java.ao.Entity;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;

/** An alert raised on a KPI for a period; appended, never edited. */
@Table("KPI_ALERT")
public interface KpiAlertEntity extends Entity {

    String KPI_ID = "KPI_ID";
    String PERIOD_KEY = "PERIOD_KEY";
    String PERIOD_START = "PERIOD_START";
    String PERIOD_END = "PERIOD_END";
    String ALERT_VALUE = "ALERT_VALUE";
    String MESSAGE = "MESSAGE";
    String ALERT_ACTION = "ALERT_ACTION";
    String RAISED_AT = "RAISED_AT";

    @NotNull
    @Indexed
    long getKpiId();

    void setKpiId(long kpiId);

    @NotNull
    String getPeriodKey();

    void setPeriodKey(String periodKey);

    @NotNull
    long getPeriodStart();

    void setPeriodStart(long periodStart);

    @NotNull
    long getPeriodEnd();

    void setPeriodEnd(long periodEnd);

    @NotNull
    double getAlertValue();

    void setAlertValue(double alertValue);

    @NotNull
    @StringLength(StringLength.UNLIMITED)
    String getMessage();

    void setMessage(String message);

    @StringLength(StringLength.UNLIMITED)
    String getAlertAction();

    void setAlertAction(String alertAction);

    /** Epoch milliseconds; alerts are listed by it. */
    @NotNull
    long getRaisedAt();

    void setRaisedAt(long raisedAt);
}
