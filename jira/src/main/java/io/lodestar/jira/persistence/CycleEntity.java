package io.lodestar.jira.persistence;

import net.java.ao.Entity;
import net.java.ao.schema.Default;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.Table;

/** A stored OKR cycle: a named, half-open range of days (see core's {@code Cycle}). */
@Table("CYCLE")
public interface CycleEntity extends Entity {

    String NAME = "NAME";
    String KIND = "KIND";
    String START_DAY = "START_DAY";
    String END_DAY = "END_DAY";
    String CLOSED = "CLOSED";
    String VERSION = "VERSION";

    @NotNull
    String getName();

    void setName(String name);

    @NotNull
    String getKind();

    void setKind(String kind);

    /** First day of the cycle, ISO text; indexed because cycles are listed by start. */
    @NotNull
    @Indexed
    String getStartDay();

    void setStartDay(String startDay);

    /** First day after the cycle, ISO text. */
    @NotNull
    String getEndDay();

    void setEndDay(String endDay);

    @NotNull
    boolean isClosed();

    void setClosed(boolean closed);

    /**
     * Starts at 1 and grows by one with every write (see {@link EditTokenEntity}). The default lets
     * AO add the column to a table that already has rows.
     */
    @NotNull
    @Default("1")
    long getVersion();

    void setVersion(long version);
}
