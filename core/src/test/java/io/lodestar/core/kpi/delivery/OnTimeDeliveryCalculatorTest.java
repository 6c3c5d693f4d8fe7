package io.lodestar.core.kpi.delivery;

import static io.lodestar.core.issue.IssueSnapshotBuilder.issue;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import io.lodestar.core.kpi.DeadlineRule;
import io.lodestar.core.kpi.KpiUnit;
import java.time.LocalDate;
import java.util.List;
import org.junit.Test;

public class OnTimeDeliveryCalculatorTest {

    private final OnTimeDeliveryCalculator calculator = new OnTimeDeliveryCalculator();

    @Test
    public void shouldBeOnTimeWhenResolvedAt2330MinusFiveOnTheDueDate() {
        OnTimeDeliveryReport report = calculator.measure(List.of(
                issue("A-1").due("2024-03-01").resolved("2024-03-01T23:30-05:00").build()));

        DeliveryOutcome outcome = report.outcomes().get(0);
        assertTrue("04:30 UTC on 03-02, but 03-01 on the team's calendar", outcome.onTime());
        assertEquals(0, outcome.delayDays());
        assertEquals(1.0, report.rate().value(), 0);
    }

    @Test
    public void shouldBeLateByOneDayWhenResolvedJustAfterMidnightInItsOffset() {
        OnTimeDeliveryReport report = calculator.measure(List.of(
                issue("A-2").due("2024-03-01").resolved("2024-03-02T00:10+01:00").build()));

        assertEquals(1, report.outcomes().get(0).delayDays());
        assertEquals(0.0, report.rate().value(), 0);
    }

    @Test
    public void shouldUseEarliestReleaseDateWhenNoDueDate() {
        OnTimeDeliveryReport report = calculator.measure(List.of(issue("A-3")
                .fixVersion("2.0", "2024-03-10").fixVersion("1.9", "2024-02-20").fixVersion("next", null)
                .resolved("2024-02-23T10:00Z").build()));

        DeliveryOutcome outcome = report.outcomes().get(0);
        assertEquals(new Deadline(LocalDate.parse("2024-02-20"), DeadlineSource.FIX_VERSION), outcome.deadline());
        assertEquals(3, outcome.delayDays());
        assertFalse(outcome.onTime());
    }

    @Test
    public void shouldPreferDueDateWhenIssueHasBoth() {
        OnTimeDeliveryReport report = calculator.measure(List.of(issue("A-4").due("2024-04-01")
                .fixVersion("1.0", "2024-01-01").resolved("2024-03-15T10:00Z").build()));

        assertEquals(DeadlineSource.DUE_DATE, report.outcomes().get(0).deadline().source());
        assertTrue(report.outcomes().get(0).onTime());
    }

    @Test
    public void shouldReadTheReleaseDateWhenTheRuleIsReleaseDateEvenWithADueDate() {
        OnTimeDeliveryReport report = new OnTimeDeliveryCalculator(DeadlineRule.RELEASE_DATE).measure(List.of(
                issue("A-4").due("2024-04-01").fixVersion("1.0", "2024-03-01").resolved("2024-03-15T10:00Z").build()));

        DeliveryOutcome outcome = report.outcomes().get(0);
        assertEquals(new Deadline(LocalDate.parse("2024-03-01"), DeadlineSource.FIX_VERSION), outcome.deadline());
        assertEquals(14, outcome.delayDays());
    }

    @Test
    public void shouldExcludeAnIssueWithOnlyAReleaseWhenTheRuleIsDueDate() {
        OnTimeDeliveryReport report = new OnTimeDeliveryCalculator(DeadlineRule.DUE_DATE).measure(List.of(
                issue("A-1").due("2024-03-01").resolved("2024-03-01T10:00Z").build(),
                issue("A-3").fixVersion("1.9", "2024-02-20").resolved("2024-02-23T10:00Z").build()));

        assertEquals(1, report.outcomes().size());
        assertEquals(DeadlineSource.DUE_DATE, report.outcomes().get(0).deadline().source());
        assertEquals(1, report.withoutDeadline());
        assertEquals(1.0, report.rate().value(), 0);
    }

    @Test
    public void shouldExcludeAndCountIssuesWithoutDeadlineOrResolution() {
        OnTimeDeliveryReport report = calculator.measure(List.of(
                issue("A-1").due("2024-03-01").resolved("2024-03-01T23:30-05:00").build(),
                issue("A-3").fixVersion("2.0", "2024-03-10").fixVersion("1.9", "2024-02-20").resolved("2024-02-23T10:00Z").build(),
                issue("A-5").fixVersion("unreleased", null).resolved("2024-02-23T10:00Z").build(),
                issue("A-6").due("2024-01-01").build()));

        assertEquals(0.5, report.rate().value(), 0);
        assertEquals(KpiUnit.RATIO, report.rate().unit().get());
        assertEquals(2, report.rate().sampleSize());
        assertEquals(1, report.onTime());
        assertEquals(1, report.late());
        assertEquals(1, report.withoutDeadline());
        assertEquals(1, report.unresolved());
        assertEquals(3.0, report.lateDelays().mean().value(), 0);
    }

    @Test
    public void shouldSayWhyInsteadOfZeroWhenNoResolvedIssueHasDeadline() {
        OnTimeDeliveryReport report = calculator.measure(List.of(issue("A-5").resolved("2024-02-23T10:00Z").build()));

        assertFalse(report.rate().isApplicable());
        assertEquals("no resolved issue has a due date or a fix version with a release date",
                report.rate().notApplicableReason().get());
        assertEquals("no issue was late", report.lateDelays().mean().notApplicableReason().get());
    }
}
