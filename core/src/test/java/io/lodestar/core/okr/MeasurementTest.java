package io.lodestar.core.okr;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertThrows;

import io.lodestar.core.common.InvalidInputException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.Test;

public class MeasurementTest {

    private static final Instant AT = Instant.parse("2026-02-02T10:00:00Z");

    private static KeyResult kr(Measure measure) {
        return KeyResult.of(1, "KR", "bob", measure).withId(5, 1);
    }

    private static CheckIn value(double value) {
        return CheckIn.of(5, value, Confidence.ON_TRACK, "", "bob", AT);
    }

    private static Measurement measure(Measure measure, CheckIn... history) {
        return Measurement.of(kr(measure), List.of(history), List.of(), Optional.empty());
    }

    @Test
    public void shouldScoreFractionOfWayWhenIncreasing() {
        Measurement m = measure(Measure.number("users", 100.0, 200.0), value(170));
        assertEquals(170.0, m.current(), 0.0);
        assertEquals(0.7, m.progress(), 1e-12);
        assertEquals(Band.GREEN, m.score().band());
    }

    @Test
    public void shouldScoreFractionOfWayWhenDecreasing() {
        Measurement m = measure(Measure.number("bugs per release", 15.0, 3.0), value(6));
        assertEquals(0.75, m.score().value(), 1e-12);
        assertEquals(Direction.DECREASE, Measure.number("bugs", 15.0, 3.0).direction());
    }

    @Test
    public void shouldScoreOneWhenTargetReachedExactly() {
        assertEquals(1.0, measure(Measure.number("bugs", 15.0, 3.0), value(3)).score().value(), 0.0);
    }

    @Test
    public void shouldKeepRawProgressAndClampScoreWhenOvershooting() {
        Measurement m = measure(Measure.number("bugs", 15.0, 3.0), value(0));
        assertEquals(1.25, m.progress(), 1e-12);
        assertEquals(1.0, m.score().value(), 0.0);
    }

    @Test
    public void shouldScoreZeroWhenMovingTheWrongWay() {
        Measurement m = measure(Measure.number("bugs", 15.0, 3.0), value(18));
        assertEquals(-0.25, m.progress(), 1e-12);
        assertEquals(0.0, m.score().value(), 0.0);
    }

    @Test
    public void shouldUseLatestValueWhenLastCheckInHasOnlyConfidence() {
        CheckIn confidenceOnly = CheckIn.of(5, null, Confidence.AT_RISK, "", "bob", AT.plusSeconds(60));
        assertEquals(40.0, measure(Measure.percent(20.0, 60.0), value(40), confidenceOnly).current(), 0.0);
    }

    @Test
    public void shouldStartAtStartValueWhenNoCheckIn() {
        Measurement m = measure(Measure.number("users", 100.0, 200.0));
        assertEquals(100.0, m.current(), 0.0);
        assertEquals(0.0, m.score().value(), 0.0);
    }

    @Test
    public void shouldReportGapAndScoreZeroWhenTargetMissing() {
        Measurement m = measure(Measure.number("users", 100.0, null), value(150));
        assertFalse(m.measurable());
        assertEquals(Measurement.NO_START_OR_TARGET, m.gap());
        assertEquals(0.0, m.score().value(), 0.0);
        assertNull(m.progress());
    }

    @Test
    public void shouldRefuseWhenTargetEqualsStart() {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> Measure.number("x", 3.0, 3.0));
        assertEquals("keyResult.target", e.field());
        assertThrows(InvalidInputException.class, () -> Measure.kpi(1, "x", 3, 3));
    }

    @Test
    public void shouldScoreMilestoneByLatestCheckIn() {
        assertEquals(0.0, measure(Measure.milestone()).score().value(), 0.0);
        assertEquals(1.0, measure(Measure.milestone(), value(0), value(1)).score().value(), 0.0);
        assertEquals(0.0, measure(Measure.milestone(), value(1), value(0)).score().value(), 0.0);
    }

    @Test
    public void shouldScoreDoneShareWhenLinkedWork() {
        List<LinkedIssue> issues = List.of(
                LinkedIssue.issue(1, "A-1", true, 3.0),
                LinkedIssue.issue(2, "A-2", false, 1.0));
        Measurement byCount = Measurement.of(kr(Measure.linkedWork(WorkBasis.ISSUE_COUNT)), List.of(), issues, Optional.empty());
        Measurement byPoints = Measurement.of(kr(Measure.linkedWork(WorkBasis.STORY_POINTS)), List.of(), issues, Optional.empty());
        assertEquals(0.5, byCount.score().value(), 0.0);
        assertEquals(1.0, byCount.current(), 0.0);
        assertEquals(0.75, byPoints.score().value(), 0.0);
        assertEquals(3.0, byPoints.current(), 0.0);
    }

    @Test
    public void shouldReportGapWhenNoLinkedIssueVisible() {
        Measurement m = Measurement.of(kr(Measure.linkedWork(WorkBasis.ISSUE_COUNT)), List.of(), List.of(), Optional.empty());
        assertEquals(Measurement.NO_VISIBLE_ISSUE, m.gap());
        Measurement unestimated = Measurement.of(kr(Measure.linkedWork(WorkBasis.STORY_POINTS)), List.of(),
                List.of(LinkedIssue.issue(1, "A-1", true, null)), Optional.empty());
        assertEquals(Measurement.NO_STORY_POINTS, unestimated.gap());
    }

    @Test
    public void shouldUseKpiLatestValueWhenKpiBacked() {
        Measure kpi = Measure.kpi(9, "days", 10, 5);
        Measurement m = Measurement.of(kr(kpi), List.of(value(100)), List.of(), Optional.of(new KpiReading(9, 6.5, AT)));
        assertEquals(6.5, m.current(), 0.0);
        assertEquals(0.7, m.score().value(), 1e-12);
    }

    @Test
    public void shouldReportGapWhenKpiHasNoValue() {
        Measurement m = Measurement.of(kr(Measure.kpi(9, "days", 10, 5)), List.of(), List.of(), Optional.empty());
        assertEquals(Measurement.NO_KPI_VALUE, m.gap());
        assertEquals(10.0, m.current(), 0.0);
        assertEquals(0.0, m.score().value(), 0.0);
    }

    @Test
    public void shouldReadRatioKpiAsPercentWhenKeyResultTargetsPercent() {
        Measurement m = Measurement.of(kr(Measure.kpi(9, "%", 80, 95)), List.of(), List.of(),
                Optional.of(new KpiReading(9, 0.95, AT, KpiScale.PERCENT)));
        assertEquals(95.0, m.current(), 0.0);
        assertEquals(1.0, m.score().value(), 0.0);
        Measurement halfway = Measurement.of(kr(Measure.kpi(9, "%", 80, 95)), List.of(), List.of(),
                Optional.of(new KpiReading(9, 0.875, AT, KpiScale.PERCENT)));
        assertEquals(87.5, halfway.current(), 0.0);
        assertEquals(0.5, halfway.score().value(), 0.0);
    }

    @Test
    public void shouldLeakNothingWhenKpiHiddenFromViewer() {
        Measurement m = Measurement.of(kr(Measure.kpi(9, "points", 30, 40)), List.of(), List.of(),
                Optional.of(KpiReading.hidden(9, KpiScale.AS_IS)));
        assertEquals(Measurement.KPI_HIDDEN, m.gap());
        assertNull(m.current());
        assertNull(m.progress());
        assertEquals(0.0, m.score().value(), 0.0);
    }
}
