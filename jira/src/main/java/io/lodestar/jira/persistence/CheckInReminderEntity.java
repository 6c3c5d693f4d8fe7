package io.lodestar.jira.persistence;

import net.java.ao.Entity;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.Table;

/**
 * A weekly check-in reminder sent: the owner and the ISO week ("2026-W02"). Appended, never edited; a row for
 * (owner, week) means no other reminder goes to that owner that week, on any node.
 */
@Table("CHECKIN_REMINDER")
public interface CheckInReminderEntity extends Entity {

    String USER_KEY = "USER_KEY";
    String WEEK = "WEEK";
    String SENT_AT = "SENT_AT";

    @NotNull
    @Indexed
    String getUserKey();

    void setUserKey(String userKey);

    @NotNull
    @Indexed
    String getWeek();

    void setWeek(String week);

    /** Epoch milliseconds. */
    @NotNull
    long getSentAt();

    void setSentAt(long sentAt);
}
