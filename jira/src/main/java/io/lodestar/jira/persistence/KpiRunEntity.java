package io.lodestar.jira.persistence;

import net.java.ao.Entity;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;

/**
 * One measurement run ({@code io.lodestar.core.kpi.run.MeasurementRun}), in the database so that every node sees
 * its state and progress. Times are epoch milliseconds; {@code KPI_ID} 0 is a scheduled run over every due KPI.
 * Which node runs it is decided by an edit token ({@code kpiRun:<id>}, see {@link EditTokens}) claimed once.
 */
@Table("KPI_RUN")
public interface KpiRunEntity extends Entity {

    String RUN_KIND = "RUN_KIND";
    String KPI_ID = "KPI_ID";
    String PERIOD_KEY = "PERIOD_KEY";
    String REQUESTED_BY = "REQUESTED_BY";
    String RUN_STATE = "RUN_STATE";
    String KPIS_TOTAL = "KPIS_TOTAL";
    String KPIS_DONE = "KPIS_DONE";
    String ISSUES_READ = "ISSUES_READ";
    String FAILURE = "FAILURE";
    String REQUESTED_AT = "REQUESTED_AT";
    String STARTED_AT = "STARTED_AT";
    String FINISHED_AT = "FINISHED_AT";
    String UPDATED_AT = "UPDATED_AT";

    @NotNull
    String getRunKind();

    void setRunKind(String kind);

    @NotNull
    long getKpiId();

    void setKpiId(long kpiId);

    String getPeriodKey();

    void setPeriodKey(String periodKey);

    String getRequestedBy();

    void setRequestedBy(String requestedBy);

    @NotNull
    @Indexed
    String getRunState();

    void setRunState(String state);

    @NotNull
    int getKpisTotal();

    void setKpisTotal(int kpisTotal);

    @NotNull
    int getKpisDone();

    void setKpisDone(int kpisDone);

    @NotNull
    long getIssuesRead();

    void setIssuesRead(long issuesRead);

    @StringLength(StringLength.UNLIMITED)
    String getFailure();

    void setFailure(String failure);

    @NotNull
    long getRequestedAt();

    void setRequestedAt(long requestedAt);

    Long getStartedAt();

    void setStartedAt(Long startedAt);

    Long getFinishedAt();

    void setFinishedAt(Long finishedAt);

    @NotNull
    long getUpdatedAt();

    void setUpdatedAt(long updatedAt);
}
