package io.lodestar.jira.persistence;

import net.java.ao.Entity;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.Table;

/** A user watching a KPI (told when it turns red, as its owner is); one row per KPI and user. */
@Table("KPI_WATCH")
public interface KpiWatchEntity extends Entity {

    String KPI_ID = "KPI_ID";
    String USER_KEY = "USER_KEY";

    @NotNull
    @Indexed
    long getKpiId();

    void setKpiId(long kpiId);

    /** A Jira user key (at most 255 characters, AO's default string length). */
    @NotNull
    String getUserKey();

    void setUserKey(String userKey);
}
