package io.lodestar.core.kpi.flow;

import static io.lodestar.core.issue.IssueSnapshotBuilder.issue;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.util.List;
import org.junit.Test;

public class ResolutionTimeCalculatorTest {

    private final ResolutionTimeCalculator calculator = new ResolutionTimeCalculator();

    @Test
    public void shouldMeasureCreatedToResolvedInElapsedDaysWhenOffsetsDiffer() {
        FlowTimes times = calculator.measure(List.of(
                issue("A-1").created("2024-01-01T09:00Z").resolved("2024-01-03T21:00Z").build(),
                issue("A-2").created("2024-01-02T00:00-05:00").resolved("2024-01-03T00:00Z").build(),
                issue("A-3").created("2024-01-02T00:00Z").build()));

        assertEquals(2.5, times.perIssue().get(0).days(), 1e-12);
        assertEquals(19 / 24.0, times.perIssue().get(1).days(), 1e-12);
        assertEquals(2, times.times().count().value(), 0);
        assertEquals((2.5 + 19 / 24.0) / 2, times.times().mean().value(), 1e-12);
        assertEquals((2.5 + 19 / 24.0) / 2, times.times().median().value(), 1e-12);
        assertEquals(1, times.notMeasured());
    }

    @Test
    public void shouldSayWhyInsteadOfZeroWhenNoIssueIsResolved() {
        FlowTimes times = calculator.measure(List.of(issue("A-1").build()));

        assertFalse(times.times().mean().isApplicable());
        assertEquals("no resolved issue to measure", times.times().percentile85().notApplicableReason().get());
        assertTrue(times.perIssue().isEmpty());
        assertEquals(1, times.notMeasured());
    }

    @Test
    public void shouldLeaveIssueOutWhenResolvedBeforeCreated() {
        FlowTimes times = calculator.measure(List.of(
                issue("A-1").created("2024-01-02T00:00Z").resolved("2024-01-01T00:00Z").build()));

        assertTrue(times.times().isEmpty());
        assertEquals(1, times.notMeasured());
    }
}
