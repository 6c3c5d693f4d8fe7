package io.lodestar.core.kpi.run;

import static io.lodestar.core.kpi.IssueHistoryBuilder.DONE;
import static io.lodestar.core.kpi.IssueHistoryBuilder.WORKFLOW;
import static io.lodestar.core.kpi.IssueHistoryBuilder.issue;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import io.lodestar.core.issue.IssueSnapshot;
import io.lodestar.core.kpi.Direction;
import io.lodestar.core.kpi.Frequency;
import io.lodestar.core.kpi.InMemoryKpiStore;
import io.lodestar.core.kpi.Indicator;
import io.lodestar.core.kpi.IssueHistorySource;
import io.lodestar.core.kpi.KpiAlert;
import io.lodestar.core.kpi.KpiCalculators;
import io.lodestar.core.kpi.KpiDataSource;
import io.lodestar.core.kpi.KpiDefinition;
import io.lodestar.core.kpi.KpiEvaluation;
import io.lodestar.core.kpi.KpiFormula;
import io.lodestar.core.kpi.KpiGoal;
import io.lodestar.core.kpi.KpiPeriod;
import io.lodestar.core.kpi.KpiType;
import io.lodestar.core.okr.ManualClock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.junit.Test;

/** A KPI that turns red is mailed to its owner once per red period, however many runs or nodes measure it. */
public class AlertMailTest {

    /** Wednesday of ISO week 12 of 2026: the last closed week is week 11 (9-15 March). */
    private final ManualClock clock = new ManualClock(Instant.parse("2026-03-18T10:00:00Z"), ZoneOffset.UTC);
    private final InMemoryKpiStore kpis = new InMemoryKpiStore();
    private final InMemoryMeasurementRunStore runs = new InMemoryMeasurementRunStore();
    /** The issues of the source, moved to Done when a test says. */
    private final List<IssueSnapshot> issues = new ArrayList<>();
    /** Every mail queued: "owner period-key action". */
    private final List<String> mails = new ArrayList<>();
    private RuntimeException mailFailure;

    private final IssueHistorySource source = (dataSource, sink) -> {
        issues.forEach(sink);
        return WORKFLOW;
    };

    private final AlertMail alertMail = (kpi, alert) -> {
        if (mailFailure != null) {
            throw mailFailure;
        }
        mails.add(kpi.owner() + " " + alert.period().key() + " " + alert.action());
    };

    private final KpiMeasuring measuring = new KpiMeasuring(kpis, runs,
            new KpiEvaluation(kpis, source, KpiCalculators.builtIn(), clock), source, kpiId -> Optional.of(() -> { }),
            new Readers() {
                @Override
                public <T> T as(String userKey, Supplier<T> work) {
                    return work.get();
                }
            }, alertMail, clock);

    /** Red below 1 issue done a week, green from 3. */
    private KpiDefinition throughput() {
        return kpis.save(KpiDefinition.of("Throughput", "", KpiFormula.of(KpiType.THROUGHPUT),
                KpiDataSource.project("CORE"), Frequency.WEEKLY, ZoneOffset.UTC, "alice",
                KpiGoal.growing(Direction.HIGHER_IS_BETTER, 3, 1), "Call a planning meeting", Indicator.LAGGING));
    }

    private MeasurementRun measureNow(KpiDefinition kpi) {
        return measuring.execute(measuring.queue(MeasurementRun.onDemand(kpi.id(), "root", clock.instant())).id())
                .orElseThrow();
    }

    private String lastClosedWeek() {
        return KpiPeriod.lastCompleteBefore(Frequency.WEEKLY, clock.instant(), ZoneOffset.UTC).key();
    }

    private void done(String key, String at) {
        issues.add(issue(key).moved(at, DONE).build());
    }

    @Test
    public void shouldMailTheOwnerOnceWhenAKpiTurnsRedAndIsMeasuredAgainInTheSamePeriod() {
        KpiDefinition kpi = throughput();

        measureNow(kpi);
        measureNow(kpi);
        measuring.execute(measuring.queue(MeasurementRun.scheduled(clock.instant())).id());

        assertEquals(List.of("alice " + lastClosedWeek() + " Call a planning meeting"), mails);
        assertEquals(1, kpis.alerts(kpi.id()).size());
    }

    @Test
    public void shouldMailAgainWhenTheKpiWasGreenAndTurnsRedInALaterPeriod() {
        KpiDefinition kpi = throughput();
        measureNow(kpi);
        String firstRed = lastClosedWeek();
        done("CORE-1", "2026-03-16T10:00:00Z");
        done("CORE-2", "2026-03-17T10:00:00Z");
        done("CORE-3", "2026-03-18T12:00:00Z");

        clock.advance(java.time.Duration.ofDays(7));
        measureNow(kpi);
        assertEquals("a green week sends nothing", 1, mails.size());
        clock.advance(java.time.Duration.ofDays(7));
        measureNow(kpi);

        assertEquals(List.of("alice " + firstRed + " Call a planning meeting",
                "alice " + lastClosedWeek() + " Call a planning meeting"), mails);
    }

    @Test
    public void shouldSendNothingWhenTheKpiIsNotRed() {
        done("CORE-1", "2026-03-09T10:00:00Z");
        done("CORE-2", "2026-03-10T10:00:00Z");
        done("CORE-3", "2026-03-11T10:00:00Z");
        KpiDefinition kpi = throughput();

        measureNow(kpi);

        assertEquals(List.of(), mails);
    }

    @Test
    public void shouldKeepTheMeasurementAndNameTheMailWhenTheMailCannotBeQueued() {
        KpiDefinition kpi = throughput();
        mailFailure = new IllegalStateException("mail queue unavailable");

        MeasurementRun run = measureNow(kpi);

        assertEquals(MeasurementRun.State.FAILED, run.state());
        assertTrue(run.failure(), run.failure().contains("alert mail not sent: mail queue unavailable"));
        assertEquals(1, kpis.alerts(kpi.id()).size());
        assertEquals(1, kpis.measurementsOf(List.of(kpi.id())).get(kpi.id()).stream()
                .filter(m -> m.period().key().equals(lastClosedWeek())).count());
    }

    @Test
    public void shouldTreatAnAlertAsNewOnlyWhenItsPeriodHadNone() {
        KpiPeriod week11 = KpiPeriod.lastCompleteBefore(Frequency.WEEKLY, clock.instant(), ZoneOffset.UTC);
        KpiPeriod week12 = KpiPeriod.containing(Frequency.WEEKLY, clock.instant(), ZoneOffset.UTC);
        KpiAlert known = new KpiAlert(7, 1, week11, 0, "Throughput 0 is below the alert threshold 1", "",
                clock.instant());
        KpiAlert later = KpiAlert.of(1, week12, 0, "Throughput 0 is below the alert threshold 1", "", clock.instant());

        assertEquals(Optional.empty(), AlertMail.newlyRaised(List.of(known), Optional.of(known)));
        assertEquals(Optional.empty(), AlertMail.newlyRaised(List.of(known), Optional.empty()));
        assertEquals(Optional.of(later), AlertMail.newlyRaised(List.of(known), Optional.of(later)));
    }
}
