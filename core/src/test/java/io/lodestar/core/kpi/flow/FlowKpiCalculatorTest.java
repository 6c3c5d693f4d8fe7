package io.lodestar.core.kpi.flow;

import static io.lodestar.core.issue.IssueSnapshotBuilder.CLOSED;
import static io.lodestar.core.issue.IssueSnapshotBuilder.DEFAULT_WORKFLOW;
import static io.lodestar.core.issue.IssueSnapshotBuilder.IN_PROGRESS;
import static io.lodestar.core.issue.IssueSnapshotBuilder.OPEN;
import static io.lodestar.core.issue.IssueSnapshotBuilder.RESOLVED;
import static io.lodestar.core.issue.IssueSnapshotBuilder.issue;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;

import io.lodestar.core.issue.IssueSnapshot;
import io.lodestar.core.issue.Status;
import io.lodestar.core.issue.StatusCatalog;
import io.lodestar.core.issue.StatusCategory;
import io.lodestar.core.kpi.Direction;
import io.lodestar.core.kpi.Frequency;
import io.lodestar.core.kpi.Indicator;
import io.lodestar.core.kpi.IssueHistory;
import io.lodestar.core.kpi.KpiDataSource;
import io.lodestar.core.kpi.KpiDefinition;
import io.lodestar.core.kpi.KpiFormula;
import io.lodestar.core.kpi.KpiGoal;
import io.lodestar.core.kpi.KpiParameter;
import io.lodestar.core.kpi.KpiPeriod;
import io.lodestar.core.kpi.KpiType;
import io.lodestar.core.kpi.KpiValue;
import io.lodestar.core.kpi.StageEntry;
import io.lodestar.core.kpi.Statistic;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import org.junit.Test;

public class FlowKpiCalculatorTest {

    private static final KpiPeriod WEEK_1 = KpiPeriod.week(LocalDate.parse("2024-01-01"), ZoneOffset.UTC);
    private static final KpiPeriod WEEK_2 = KpiPeriod.week(LocalDate.parse("2024-01-08"), ZoneOffset.UTC);

    private static KpiDefinition weekly(KpiFormula formula) {
        return KpiDefinition.of("Flow", "", formula, KpiDataSource.project("A"), Frequency.WEEKLY, ZoneOffset.UTC, "asm",
                KpiGoal.growing(Direction.LOWER_IS_BETTER, 3, 10), "Look at the oldest item", Indicator.LAGGING);
    }

    /** Started Monday 2024-01-08 00:00 UTC, done {@code days} later. */
    private static IssueSnapshot cycle(String key, int days) {
        String done = LocalDate.parse("2024-01-08").plusDays(days) + "T00:00Z";
        return issue(key).created("2024-01-07T00:00Z").moved("2024-01-08T00:00Z", OPEN, IN_PROGRESS)
                .moved(done, IN_PROGRESS, CLOSED).resolved(done).build();
    }

    private static List<KpiValue> compute(KpiFormula formula, List<IssueSnapshot> issues) {
        return new FlowKpiCalculator().compute(weekly(formula), new IssueHistory(issues, DEFAULT_WORKFLOW),
                List.of(WEEK_1, WEEK_2));
    }

    @Test
    public void shouldReportMedianCycleTimeOfIssuesDoneInEachWeekWhenWeekly() {
        List<KpiValue> values = compute(KpiFormula.of(KpiType.CYCLE_TIME), List.of(cycle("A-1", 1), cycle("A-2", 4), cycle("A-3", 2)));

        assertFalse(values.get(0).isApplicable());
        assertEquals("no issue finished in 2024-W01", values.get(0).notApplicableReason().get());
        assertEquals(2.0, values.get(1).value(), 1e-12);
        assertEquals(3, values.get(1).sampleSize());
    }

    @Test
    public void shouldGiveEachFinishedIssuesTimeForAControlChartWhenAskedForTheFlowTimes() {
        FlowTimes times = FlowKpiCalculator.flowTimes(weekly(KpiFormula.of(KpiType.CYCLE_TIME)),
                new IssueHistory(List.of(cycle("A-1", 1), cycle("A-2", 4)), DEFAULT_WORKFLOW));

        assertEquals(List.of("A-1", "A-2"), times.perIssue().stream().map(FlowTime::issueKey).toList());
        assertEquals(4.0, times.perIssue().get(1).days(), 1e-12);
        assertEquals(2.5, times.times().median().value(), 1e-12);
    }

    @Test(expected = IllegalArgumentException.class)
    public void shouldRefuseFlowTimesWhenTheKpiIsNotAFlowTime() {
        FlowKpiCalculator.flowTimes(weekly(KpiFormula.of(KpiType.TIME_IN_STATUS)), new IssueHistory(List.of(), DEFAULT_WORKFLOW));
    }

    @Test
    public void shouldStartCycleTimesAtTheLastEntryWhenTheDefinitionAsksForIt() {
        IssueSnapshot sentBack = issue("A-1").created("2024-01-07T00:00Z").moved("2024-01-08T00:00Z", OPEN, IN_PROGRESS)
                .moved("2024-01-09T00:00Z", IN_PROGRESS, OPEN).moved("2024-01-10T00:00Z", OPEN, IN_PROGRESS)
                .moved("2024-01-11T00:00Z", IN_PROGRESS, CLOSED).resolved("2024-01-11T00:00Z").build();
        IssueHistory history = new IssueHistory(List.of(sentBack), DEFAULT_WORKFLOW);

        FlowTimes first = FlowKpiCalculator.flowTimes(weekly(KpiFormula.of(KpiType.CYCLE_TIME)), history);
        FlowTimes last = FlowKpiCalculator.flowTimes(weekly(KpiFormula.of(KpiType.CYCLE_TIME)
                .with(KpiParameter.START_ENTRY, StageEntry.LAST)), history);

        assertEquals(3.0, first.perIssue().get(0).days(), 1e-12);
        assertEquals(1.0, last.perIssue().get(0).days(), 1e-12);
    }

    @Test
    public void shouldUseConfiguredStatisticWhenDefinitionAsksForIt() {
        List<KpiValue> values = compute(KpiFormula.of(KpiType.CYCLE_TIME).with(KpiParameter.STATISTIC, Statistic.MEAN),
                List.of(cycle("A-1", 1), cycle("A-2", 4), cycle("A-3", 2)));

        assertEquals(7.0 / 3, values.get(1).value(), 1e-12);
    }

    @Test
    public void shouldCountIssueInWeekOfItsResolutionWhenResolutionTime() {
        List<KpiValue> values = compute(KpiFormula.of(KpiType.RESOLUTION_TIME), List.of(cycle("A-1", 1)));

        assertEquals(2.0, values.get(1).value(), 1e-12);
    }

    @Test
    public void shouldStopLeadTimeAtConfiguredDoneStatusWhenDoneIdsGiven() {
        IssueSnapshot resolvedThenClosed = issue("A-4").created("2024-01-07T00:00Z")
                .moved("2024-01-09T00:00Z", OPEN, RESOLVED).moved("2024-01-12T00:00Z", RESOLVED, CLOSED).build();

        List<KpiValue> byCategory = compute(KpiFormula.of(KpiType.LEAD_TIME), List.of(resolvedThenClosed));
        List<KpiValue> closedOnly = compute(KpiFormula.of(KpiType.LEAD_TIME).with(KpiParameter.DONE_STATUS_IDS, Set.of("6")),
                List.of(resolvedThenClosed));

        assertEquals(2.0, byCategory.get(1).value(), 1e-12);
        assertEquals("Resolved is To Do when only Closed is done", 5.0, closedOnly.get(1).value(), 1e-12);
    }

    @Test
    public void shouldSumTimeInMeasuredStatusesPerResolvedIssueWhenTimeInStatus() {
        Status inReview = new Status("10000", "In Review", StatusCategory.IN_PROGRESS);
        IssueSnapshot reviewed = issue("A-5").created("2024-01-07T00:00Z")
                .moved("2024-01-08T00:00Z", OPEN, IN_PROGRESS).moved("2024-01-09T00:00Z", IN_PROGRESS, inReview)
                .moved("2024-01-12T00:00Z", inReview, CLOSED).resolved("2024-01-12T00:00Z").build();
        IssueHistory history = new IssueHistory(List.of(reviewed),
                StatusCatalog.of(List.of(OPEN, IN_PROGRESS, inReview, CLOSED)));

        List<KpiValue> inProgressCategory = new FlowKpiCalculator().compute(weekly(KpiFormula.of(KpiType.TIME_IN_STATUS)),
                history, List.of(WEEK_2));
        List<KpiValue> reviewOnly = new FlowKpiCalculator().compute(weekly(KpiFormula.of(KpiType.TIME_IN_STATUS)
                .with(KpiParameter.MEASURED_STATUS_IDS, Set.of("10000"))), history, List.of(WEEK_2));

        assertEquals(4.0, inProgressCategory.get(0).value(), 1e-12);
        assertEquals(3.0, reviewOnly.get(0).value(), 1e-12);
    }
}
