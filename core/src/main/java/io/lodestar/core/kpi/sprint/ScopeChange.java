package io.lodestar.core.kpi.sprint;

/**
 * How a sprint's scope moved after its start, in story points and issues.
 *
 * <ul>
 *   <li>added: issues that entered after the start (estimate when they entered);</li>
 *   <li>removed: issues that left before completion and were not back at completion (estimate
 *       when they left); an issue added then removed counts in both;</li>
 *   <li>re-estimated: net sum of estimate changes made after the start while the issue was in the
 *       sprint (a 3 raised to 5 is +2).</li>
 * </ul>
 * {@link #absolutePoints()} = added + removed points is the "scope change" KPI; re-estimation is
 * reported beside it, not in it, because teams disagree on whether it is scope.
 */
public record ScopeChange(double addedPoints, int addedIssues, double removedPoints, int removedIssues,
                          double reestimatedPoints) {

    public double absolutePoints() {
        return addedPoints + removedPoints;
    }

    /** Added - removed + re-estimated: how much the committed scope grew by the end. */
    public double netPoints() {
        return addedPoints - removedPoints + reestimatedPoints;
    }
}
