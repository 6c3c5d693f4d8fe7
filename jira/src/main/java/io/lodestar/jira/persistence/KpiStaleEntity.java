package io.lodestar.jira.persistence;

import net.java.ao.Entity;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.Table;

/**
 * A KPI that an issue change may have moved since it was last measured: one row per mark, with the change time
 * (epoch milliseconds). Marks are only inserted and deleted, never updated, so two nodes marking at once cannot
 * lose one; a KPI is stale while it has a row, and its latest change is its newest row.
 */
@Table("KPI_STALE")
public interface KpiStaleEntity extends Entity {

    String KPI_ID = "KPI_ID";
    String CHANGED_AT = "CHANGED_AT";

    @NotNull
    @Indexed
    long getKpiId();

    void setKpiId(long kpiId);

    @NotNull
    long getChangedAt();

    void setChangedAt(long changedAt);
}
