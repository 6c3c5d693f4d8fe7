package io.lodestar.core.kpi;

/**
 * Which entry into the start stage a cycle time starts at, for an issue that entered it more than once (reopened
 * after being done, or sent back before the commitment stage). {@link #FIRST} (the default) counts all the work on
 * the issue; {@link #LAST} counts only the last round, as teams that treat a reopening as new work do.
 */
public enum StageEntry {
    FIRST,
    LAST
}
