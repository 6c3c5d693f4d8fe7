package io.lodestar.core.okr;

/**
 * What an {@link Activity} entry records. Each kind says what its {@code subject} and {@code details} hold, so a
 * page words the entry itself (in its own language) from data, not from English kept in the database.
 */
public enum ActivityKind {
    /** The objective was created. Subject: its title; details: none. */
    OBJECTIVE_CREATED,
    /** Editable fields of the objective changed. Subject: its title; details: the names of the fields changed. */
    OBJECTIVE_EDITED,
    /** The objective moved from one state to another. Subject: its title; details: the old and the new state. */
    STATE_CHANGED,
    /** Whether its progress rolls up from aligned objectives changed. Subject: its title; details: "true" or "false". */
    ROLL_UP_CHANGED,
    /** A key result was added. Subject: the key result's title; details: its kind. */
    KEY_RESULT_ADDED,
    /** Editable fields of a key result changed. Subject: its title; details: the names of the fields changed. */
    KEY_RESULT_EDITED,
    /** A key result was deleted. Subject: its title; details: none. */
    KEY_RESULT_DELETED,
    /** A check-in on a key result. Subject: the key result's title; details: the confidence, then the value if any;
     * for an automatic check-in (actor {@link CheckIn#LODESTAR}) an empty confidence, the value and the KPI period. */
    CHECKED_IN,
    /** An issue was linked to a key result. Subject: the key result's title; details: the issue's id, then its key. */
    ISSUE_LINKED,
    /** An issue was unlinked from a key result. Subject: the key result's title; details: the issue's id. */
    ISSUE_UNLINKED
}
