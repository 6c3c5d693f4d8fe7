package io.lodestar.jira.persistence;

import net.java.ao.Entity;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;

/**
 * One entry of an objective's activity log ({@link io.lodestar.core.okr.Activity}). Inserted in the transaction
 * of the change it records, deleted with its objective, never updated.
 */
@Table("ACTIVITY")
public interface ActivityEntity extends Entity {

    String OBJECTIVE_ID = "OBJECTIVE_ID";
    String KEY_RESULT_ID = "KEY_RESULT_ID";
    String KIND = "KIND";
    String ACTOR = "ACTOR";
    String AT_MILLIS = "AT_MILLIS";
    String SUBJECT = "SUBJECT";
    String DETAILS = "DETAILS";

    @NotNull
    @Indexed
    long getObjectiveId();

    void setObjectiveId(long objectiveId);

    /** The key result concerned, or null for an entry about the objective itself; not a reference (it may be deleted). */
    Long getKeyResultId();

    void setKeyResultId(Long keyResultId);

    @NotNull
    String getKind();

    void setKind(String kind);

    /** The Jira user key of who made the change. */
    @NotNull
    String getActor();

    void setActor(String actor);

    @NotNull
    long getAtMillis();

    void setAtMillis(long atMillis);

    /** Unlimited (a CLOB): a copy of a title, which may be as long as the title was. */
    @StringLength(StringLength.UNLIMITED)
    String getSubject();

    void setSubject(String subject);

    /** The entry's details, one per line (field names, states, an issue key...). */
    @StringLength(StringLength.UNLIMITED)
    String getDetails();

    void setDetails(String details);
}
