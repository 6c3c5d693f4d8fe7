package io.lodestar.core.issue;

/** The changelog fields KPIs replay. Anything else in a Jira changelog is dropped when reading. */
public enum ChangeField {
    /** from/to are status ids, fromText/toText the status names. */
    STATUS,
    /** fromText/toText are the estimates as Jira wrote them ("3", "5.0", or empty for none). */
    STORY_POINTS,
    /** from/to are comma-separated sprint ids, fromText/toText the sprint names. */
    SPRINT,
    /** One version added (to) or removed (from) per item: ids in from/to, names in the texts. */
    FIX_VERSION,
    /** from/to are ISO dates (yyyy-MM-dd) or empty. */
    DUE_DATE,
    /** fromText/toText are resolution names; empty means unresolved. */
    RESOLUTION
}
