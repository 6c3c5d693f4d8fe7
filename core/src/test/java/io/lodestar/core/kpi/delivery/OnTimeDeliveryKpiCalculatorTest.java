package io.lodestar.core.kpi.delivery;

import static io.lodestar.core.issue.IssueSnapshotBuilder.DEFAULT_WORKFLOW;
import static io.lodestar.core.issue.IssueSnapshotBuilder.issue;
import static org.junit.Assert.assertEquals;

import io.lodestar.core.kpi.DeadlineRule;
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
import io.lodestar.core.kpi.KpiUnit;
import io.lodestar.core.kpi.KpiValue;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.Test;

public class OnTimeDeliveryKpiCalculatorTest {

    @Test
    public void shouldRateIssuesResolvedInEachMonthAndSayWhyWhenMonthHasNone() {
        KpiDefinition monthly = KpiDefinition.of("On time", "", KpiFormula.of(KpiType.ON_TIME_DELIVERY),
                KpiDataSource.project("A"), Frequency.MONTHLY, ZoneOffset.UTC, "asm",
                KpiGoal.growing(Direction.HIGHER_IS_BETTER, 0.9, 0.5), "Replan", Indicator.LAGGING);
        IssueHistory history = new IssueHistory(List.of(
                issue("A-1").due("2024-03-01").resolved("2024-03-01T23:30-05:00").build(),
                issue("A-2").fixVersion("1.0", "2024-02-20").resolved("2024-03-02T10:00Z").build(),
                issue("A-3").resolved("2024-03-03T10:00Z").build()), DEFAULT_WORKFLOW);

        List<KpiValue> values = new OnTimeDeliveryKpiCalculator().compute(monthly, history,
                List.of(KpiPeriod.month(YearMonth.of(2024, 2), ZoneOffset.UTC), KpiPeriod.month(YearMonth.of(2024, 3), ZoneOffset.UTC)));

        assertEquals("no issue with a due date or a released fix version was resolved in 2024-02",
                values.get(0).notApplicableReason().get());
        assertEquals(KpiValue.of(0.5, KpiUnit.RATIO, 2), values.get(1));
    }

    @Test
    public void shouldReadDeadlinesAsTheDefinitionsRuleSaysWhenItIsDueDateOnly() {
        KpiDefinition dueDatesOnly = KpiDefinition.of("On time", "", KpiFormula.of(KpiType.ON_TIME_DELIVERY)
                        .with(KpiParameter.DEADLINE, DeadlineRule.DUE_DATE),
                KpiDataSource.project("A"), Frequency.MONTHLY, ZoneOffset.UTC, "asm",
                KpiGoal.growing(Direction.HIGHER_IS_BETTER, 0.9, 0.5), "Replan", Indicator.LAGGING);
        IssueHistory history = new IssueHistory(List.of(
                issue("A-1").due("2024-03-01").resolved("2024-03-01T23:30-05:00").build(),
                issue("A-2").fixVersion("1.0", "2024-02-20").resolved("2024-03-02T10:00Z").build()), DEFAULT_WORKFLOW);

        List<KpiValue> values = new OnTimeDeliveryKpiCalculator().compute(dueDatesOnly, history,
                List.of(KpiPeriod.month(YearMonth.of(2024, 3), ZoneOffset.UTC)));

        assertEquals("A-2's release is not a deadline by due dates only", KpiValue.of(1.0, KpiUnit.RATIO, 1), values.get(0));
    }
}
