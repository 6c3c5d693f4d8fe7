package io.lodestar.core.okr;

/** The OKR quality checks; each name is a stable code a UI can turn into its own text. */
public enum QualityRule {
    /** An objective with fewer than 2 key results is measured too narrowly. */
    TOO_FEW_KEY_RESULTS,
    /** An objective with more than 5 key results loses focus. */
    TOO_MANY_KEY_RESULTS,
    /** A team with more than 5 objectives in a cycle is not prioritising. */
    TOO_MANY_OBJECTIVES,
    /** A numeric key result without a start or a target cannot be scored. */
    NO_START_OR_TARGET,
    /** An objective or key result that nobody owns. */
    NO_OWNER,
    /** An objective whose key results are all milestones lists tasks, not outcomes. */
    ONLY_MILESTONES,
    /** A team that scores 1.0 on every objective cycle after cycle sets goals it is sure to reach. */
    NOT_AMBITIOUS,
    /** A team that never reaches 0.4 cycle after cycle sets goals it cannot reach. */
    TOO_AMBITIOUS,
    /** A team objective aligned to nothing contributes to no larger goal. */
    NOT_ALIGNED,
    /** A team watching more than 10 KPIs watches none. */
    TOO_MANY_KPIS,
    /**
     * A stored key result that today's rules refuse (written by an older version or a bug): it is shown, scores
     * 0 and can be edited into a valid state or deleted.
     */
    INVALID_STORED_VALUE
}
