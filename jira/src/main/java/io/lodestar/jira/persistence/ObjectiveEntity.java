package io.lodestar.jira.persistence;

import net.java.ao.Entity;
import net.java.ao.schema.Default;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;

/** A stored objective of a cycle. */
@Table("OBJECTIVE")
public interface ObjectiveEntity extends Entity {

    String CYCLE_ID = "CYCLE_ID";
    String TITLE = "TITLE";
    String DESCRIPTION = "DESCRIPTION";
    String OWNER = "OWNER";
    String OBJ_LEVEL = "OBJ_LEVEL";
    String TEAM = "TEAM";
    String STATE = "STATE";
    String PARENT_ID = "PARENT_ID";
    String FINAL_SCORE = "FINAL_SCORE";
    String VERSION = "VERSION";
    String ROLL_UP = "ROLL_UP";

    @NotNull
    @Indexed
    long getCycleId();

    void setCycleId(long cycleId);

    /** At most {@link TextLimits#SHORT} characters, checked by the store before writing. */
    @NotNull
    String getTitle();

    void setTitle(String title);

    /** Unlimited (a CLOB): descriptions are free text and must never be cut. */
    @StringLength(StringLength.UNLIMITED)
    String getDescription();

    void setDescription(String description);

    /** The owner's Jira user key, or null. */
    @Indexed
    String getOwner();

    void setOwner(String owner);

    /** Named OBJ_LEVEL because LEVEL is a reserved word in Oracle. */
    @NotNull
    String getObjLevel();

    void setObjLevel(String level);

    String getTeam();

    void setTeam(String team);

    @NotNull
    String getState();

    void setState(String state);

    /** The objective this one is aligned to, or null. */
    @Indexed
    Long getParentId();

    void setParentId(Long parentId);

    Double getFinalScore();

    void setFinalScore(Double finalScore);

    /**
     * Whether the objective's progress also rolls up from the objectives aligned to it. Nullable, read as false:
     * AO adds the column to a table that already has rows by itself, and an objective stored before it rolls
     * nothing up, so no data upgrade is needed.
     */
    Boolean getRollUp();

    void setRollUp(Boolean rollUp);

    /**
     * Starts at 1 and grows by one with every write (see {@link EditTokenEntity}). The default lets
     * AO add the column to a table that already has rows.
     */
    @NotNull
    @Default("1")
    long getVersion();

    void setVersion(long version);
}
