package io.lodestar.core.kpi.run;

import static io.lodestar.core.kpi.IssueHistoryBuilder.DONE;
import static io.lodestar.core.kpi.IssueHistoryBuilder.WORKFLOW;
import static io.lodestar.core.kpi.IssueHistoryBuilder.issue;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import io.lodestar.core.issue.IssueSnapshot;
import io.lodestar.core.issue.StatusCatalog;
import io.lodestar.core.kpi.Direction;
import io.lodestar.core.kpi.Frequency;
import io.lodestar.core.kpi.Indicator;
import io.lodestar.core.kpi.InMemoryKpiStore;
import io.lodestar.core.kpi.IssueHistorySource;
import io.lodestar.core.kpi.KpiCalculators;
import io.lodestar.core.kpi.KpiDataSource;
import io.lodestar.core.kpi.KpiDefinition;
import io.lodestar.core.kpi.KpiEvaluation;
import io.lodestar.core.kpi.KpiFormula;
import io.lodestar.core.kpi.KpiGoal;
import io.lodestar.core.kpi.KpiMeasurement;
import io.lodestar.core.kpi.KpiType;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.junit.Test;

/** Background measuring: which KPIs a run measures, as whom, under which lock, and what a failed run leaves. */
public class KpiMeasuringTest {

    /** Wednesday of ISO week 12 of 2026. */
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-18T10:00:00Z"), ZoneOffset.UTC);

    private final InMemoryKpiStore kpis = new InMemoryKpiStore();
    private final InMemoryMeasurementRunStore runs = new InMemoryMeasurementRunStore();
    /** Data sources read, with the reader, e.g. "CORE as alice". */
    private final List<String> reads = new ArrayList<>();
    /** KPIs whose lock another node holds. */
    private final Set<Long> lockedElsewhere = new HashSet<>();
    private final Set<Long> heldHere = new HashSet<>();
    private String reader;
    /** Set by a test: the source stops after this many issues, as a node that dies half-way. */
    private int failAfter = Integer.MAX_VALUE;

    private final IssueHistorySource source = new IssueHistorySource() {
        @Override
        public StatusCatalog read(KpiDataSource dataSource, Consumer<IssueSnapshot> sink) {
            reads.add(dataSource.reference() + " as " + reader);
            List<IssueSnapshot> issues = List.of(
                    issue(dataSource.reference() + "-1").moved("2026-03-10T10:00:00Z", DONE).build(),
                    issue(dataSource.reference() + "-2").moved("2026-03-11T10:00:00Z", DONE).build(),
                    issue(dataSource.reference() + "-3").moved("2026-03-17T10:00:00Z", DONE).build());
            for (int i = 0; i < issues.size(); i++) {
                if (i >= failAfter) {
                    throw new IllegalStateException("the node stopped");
                }
                sink.accept(issues.get(i));
            }
            return WORKFLOW;
        }
    };

    private final KpiLocks locks = kpiId -> {
        if (lockedElsewhere.contains(kpiId) || !heldHere.add(kpiId)) {
            return Optional.empty();
        }
        return Optional.of(() -> heldHere.remove(kpiId));
    };

    private final Readers readers = new Readers() {
        @Override
        public <T> T as(String userKey, Supplier<T> work) {
            reader = userKey;
            try {
                return work.get();
            } finally {
                reader = null;
            }
        }
    };

    private final KpiMeasuring measuring = new KpiMeasuring(kpis, runs,
            new KpiEvaluation(kpis, source, KpiCalculators.builtIn(), CLOCK), source, locks, readers, (kpi, alert) -> { }, CLOCK);

    private KpiDefinition weekly(String project, String owner) {
        return kpis.save(KpiDefinition.of("Throughput " + project, "", KpiFormula.of(KpiType.THROUGHPUT),
                KpiDataSource.project(project), Frequency.WEEKLY, ZoneOffset.UTC, owner,
                KpiGoal.growing(Direction.HIGHER_IS_BETTER, 3, 1), "", Indicator.LAGGING));
    }

    private MeasurementRun scheduledRun() {
        return measuring.execute(measuring.queue(MeasurementRun.scheduled(CLOCK.instant())).id()).orElseThrow();
    }

    @Test
    public void shouldMeasureOnlyStaleKpisWhenEveryKpiIsUpToDate() {
        KpiDefinition core = weekly("CORE", "alice");
        weekly("NOVA", "bob");

        MeasurementRun first = scheduledRun();
        MeasurementRun quiet = scheduledRun();
        new StaleKpis(kpis, runs).issueChanged("CORE", CLOCK.instant().minusSeconds(1));
        MeasurementRun afterChange = scheduledRun();

        assertEquals(List.of("CORE as alice", "NOVA as bob", "CORE as alice"), reads);
        assertEquals(MeasurementRun.State.DONE, first.state());
        assertEquals(2, first.kpisDone());
        assertEquals(6, first.issuesRead());
        assertEquals("nothing changed, nothing due", 0, quiet.kpisTotal());
        assertEquals(1, afterChange.kpisDone());
        assertTrue("measured, so no longer stale", runs.staleKpis().isEmpty());
        assertEquals(2, kpis.measurements(core.id()).size());
    }

    @Test
    public void shouldReadASharedSourceOnceWhenSeveralKpisUseIt() {
        weekly("CORE", "alice");
        weekly("CORE", "alice");

        MeasurementRun run = scheduledRun();

        assertEquals(List.of("CORE as alice"), reads);
        assertEquals(2, run.kpisDone());
        assertEquals(3, run.issuesRead());
    }

    @Test
    public void shouldLeaveAKpiToTheNodeHoldingItsLockWhenLockedElsewhere() {
        KpiDefinition core = weekly("CORE", "alice");
        lockedElsewhere.add(core.id());

        MeasurementRun run = scheduledRun();

        assertEquals(List.of(), reads);
        assertTrue(kpis.measurements(core.id()).isEmpty());
        assertEquals(MeasurementRun.State.FAILED, run.state());
        assertEquals("Throughput CORE: being measured by another run right now", run.failure());
        assertTrue("locks released", heldHere.isEmpty());
    }

    @Test
    public void shouldMeasureAsWhoAskedAndRunOnceWhenMeasuredNow() {
        KpiDefinition core = weekly("CORE", "alice");
        MeasurementRun queued = measuring.queue(MeasurementRun.onDemand(core.id(), "root", CLOCK.instant()));

        MeasurementRun done = measuring.execute(queued.id()).orElseThrow();

        assertEquals(List.of("CORE as root"), reads);
        assertEquals(MeasurementRun.State.DONE, done.state());
        assertFalse("a second node finds it claimed", measuring.execute(queued.id()).isPresent());
        assertEquals(List.of("CORE as root"), reads);
    }

    @Test
    public void shouldLeaveNoHalfWrittenPeriodAndCompleteItWhenARunStopsHalfWay() {
        KpiDefinition core = weekly("CORE", "alice");
        failAfter = 2;

        MeasurementRun failed = scheduledRun();

        assertEquals(MeasurementRun.State.FAILED, failed.state());
        assertEquals("Throughput CORE: the node stopped", failed.failure());
        assertTrue("nothing recorded from a half-read source", kpis.measurements(core.id()).isEmpty());
        failAfter = Integer.MAX_VALUE;
        MeasurementRun next = scheduledRun();
        assertEquals(MeasurementRun.State.DONE, next.state());
        KpiMeasurement w11 = KpiMeasurement.latestClosed(kpis.measurements(core.id())).orElseThrow();
        assertEquals("2026-W11", w11.period().key());
        assertEquals(2, w11.value().value(), 0);
    }

    @Test
    public void shouldListRequestedRunsStillQueuedWhenTheirStartWasLost() {
        KpiDefinition core = weekly("CORE", "alice");
        MeasurementRun lost = measuring.queue(MeasurementRun.onDemand(core.id(), "root", CLOCK.instant()));
        MeasurementRun ran = measuring.queue(MeasurementRun.onDemand(core.id(), "root", CLOCK.instant()));
        measuring.execute(ran.id());
        measuring.queue(MeasurementRun.scheduled(CLOCK.instant()));

        assertEquals(List.of(lost.id()), measuring.pendingRequests().stream().map(MeasurementRun::id).toList());
    }

    @Test
    public void shouldEndARunLeftRunningWhenItsNodeStopped() {
        MeasurementRun left = runs.create(MeasurementRun.scheduled(Instant.parse("2026-03-18T09:00:00Z")));
        runs.claim(left.id(), 2, Instant.parse("2026-03-18T09:00:00Z"));
        MeasurementRun recent = runs.create(MeasurementRun.scheduled(Instant.parse("2026-03-18T09:58:30Z")));
        runs.claim(recent.id(), 2, Instant.parse("2026-03-18T09:58:30Z"));

        List<MeasurementRun> abandoned = measuring.abandonStalled();

        assertEquals(List.of(left.id()), abandoned.stream().map(MeasurementRun::id).toList());
        assertEquals(MeasurementRun.State.FAILED, runs.find(left.id()).orElseThrow().state());
        assertEquals(MeasurementRun.State.RUNNING, runs.find(recent.id()).orElseThrow().state());
    }

    @Test
    public void shouldBeDueWhenAPeriodClosedSinceTheLastRun() {
        KpiDefinition core = weekly("CORE", "alice");
        scheduledRun();
        List<KpiMeasurement> measured = kpis.measurements(core.id());

        assertFalse(KpiMeasuring.isDue(core, measured, false, CLOCK.instant()));
        assertTrue("stale", KpiMeasuring.isDue(core, measured, true, CLOCK.instant()));
        assertTrue("W12 has closed, its value is provisional",
                KpiMeasuring.isDue(core, measured, false, Instant.parse("2026-03-23T01:00:00Z")));
    }
}
