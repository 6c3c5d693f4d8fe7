package io.lodestar.core.kpi.sprint;

import io.lodestar.core.issue.Sprint;
import io.lodestar.core.kpi.KpiUnit;
import io.lodestar.core.kpi.KpiValue;
import java.util.List;
import java.util.Objects;

/**
 * One closed sprint as Jira's sprint report and velocity chart see it: commitment, completed points,
 * scope change and the outcome of every issue (sub-tasks excluded). Built by {@link VelocityCalculator}.
 */
public record SprintReport(Sprint sprint, double commitment, double completed, ScopeChange scopeChange,
                           List<SprintIssue> issues) {

    public SprintReport {
        Objects.requireNonNull(sprint, "sprint");
        Objects.requireNonNull(scopeChange, "scopeChange");
        issues = List.copyOf(issues);
    }

    /** The completed story points: the sprint's velocity, applicable even when 0. */
    public KpiValue velocity() {
        return KpiValue.of(completed, KpiUnit.STORY_POINTS, count(SprintOutcome.COMPLETED));
    }

    public KpiValue commitmentValue() {
        int committed = (int) issues.stream().filter(issue -> !issue.addedDuringSprint()
                && issue.outcome() != SprintOutcome.DONE_BEFORE_SPRINT).count();
        return KpiValue.of(commitment, KpiUnit.STORY_POINTS, committed);
    }

    /**
     * Say/do = completed / commitment, a fraction that may exceed 1 when added work was completed.
     * Not applicable when nothing (no estimated work) was committed at the start.
     * Example: commitment 20, completed 15 gives 0.75.
     */
    public KpiValue sayDoRatio() {
        if (commitment <= 0) {
            return KpiValue.notApplicable("sprint " + sprint.name() + " started with no estimated work committed");
        }
        return KpiValue.of(completed / commitment, KpiUnit.RATIO, issues.size());
    }

    /** Added plus removed story points after the start; see {@link ScopeChange}. */
    public KpiValue scopeChangeValue() {
        return KpiValue.of(scopeChange.absolutePoints(), KpiUnit.STORY_POINTS,
                scopeChange.addedIssues() + scopeChange.removedIssues());
    }

    /** How many issues had {@code outcome}. */
    public int count(SprintOutcome outcome) {
        return (int) issues.stream().filter(issue -> issue.outcome() == outcome).count();
    }
}
