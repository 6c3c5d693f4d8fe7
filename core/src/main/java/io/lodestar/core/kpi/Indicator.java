package io.lodestar.core.kpi;

/**
 * Whether a KPI announces outcomes (leading: WIP, scope change, say/do) or records them after the
 * fact (lagging: velocity, bugs per release, lead time). The OKR method asks teams to watch both.
 */
public enum Indicator {
    LEADING,
    LAGGING
}
