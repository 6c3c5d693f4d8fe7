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
import io.lodestar.core.kpi.KpiType;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.junit.Test;

/**
 * The heartbeat of a running measurement and the rule by which the next scheduled run, on any node, takes over a run
 * whose node died: how often a run writes its heartbeat, when it counts as stalled, and that what it left is
 * measured whole by the run that takes it over.
 */
public class KpiMeasuringHeartbeatTest {

    /** A clock the test, and the issue source, move by hand. */
    private static final class HandClock extends Clock {
        private Instant now = Instant.parse("2026-03-18T10:00:00Z");

        void advance(Duration by) {
            now = now.plus(by);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    private final HandClock clock = new HandClock();
    private final InMemoryKpiStore kpis = new InMemoryKpiStore();
    /** Every heartbeat written (the updatedAt of each update of a RUNNING run). */
    private final List<Instant> heartbeats = new ArrayList<>();
    private final InMemoryMeasurementRunStore stored = new InMemoryMeasurementRunStore();
    private final MeasurementRunStore runs = new MeasurementRunStore() {
        @Override
        public MeasurementRun create(MeasurementRun run) {
            return stored.create(run);
        }

        @Override
        public Optional<MeasurementRun> find(long runId) {
            return stored.find(runId);
        }

        @Override
        public Optional<MeasurementRun> claim(long runId, int total, Instant at) {
            return stored.claim(runId, total, at);
        }

        @Override
        public MeasurementRun update(MeasurementRun run) {
            if (run.state() == MeasurementRun.State.RUNNING) {
                heartbeats.add(run.updatedAt());
            }
            return stored.update(run);
        }

        @Override
        public List<MeasurementRun> recent(int limit) {
            return stored.recent(limit);
        }

        @Override
        public List<MeasurementRun> unfinished() {
            return stored.unfinished();
        }

        @Override
        public void markStale(java.util.Collection<Long> kpiIds, Instant changedAt) {
            stored.markStale(kpiIds, changedAt);
        }

        @Override
        public java.util.Map<Long, Instant> staleKpis() {
            return stored.staleKpis();
        }

        @Override
        public void clearStale(long kpiId, Instant readFrom) {
            stored.clearStale(kpiId, readFrom);
        }
    };
    private int issueCount = 3;
    private Duration perIssue = Duration.ZERO;

    private final IssueHistorySource source = new IssueHistorySource() {
        @Override
        public StatusCatalog read(KpiDataSource dataSource, Consumer<IssueSnapshot> sink) {
            for (int i = 0; i < issueCount; i++) {
                clock.advance(perIssue);
                sink.accept(issue(dataSource.reference() + "-" + i).moved("2026-03-1" + (i % 8) + "T10:00:00Z", DONE).build());
            }
            return WORKFLOW;
        }
    };
    private final KpiLocks locks = kpiId -> Optional.of(() -> { });
    private final Readers readers = new Readers() {
        @Override
        public <T> T as(String userKey, Supplier<T> work) {
            return work.get();
        }
    };
    private final KpiMeasuring measuring = new KpiMeasuring(kpis, runs,
            new KpiEvaluation(kpis, source, KpiCalculators.builtIn(), clock), source, locks, readers, (kpi, alert) -> { },
            clock);

    private KpiDefinition weekly(String project) {
        return kpis.save(KpiDefinition.of("Throughput " + project, "", KpiFormula.of(KpiType.THROUGHPUT),
                KpiDataSource.project(project), Frequency.WEEKLY, ZoneOffset.UTC, "alice",
                KpiGoal.growing(Direction.HIGHER_IS_BETTER, 3, 1), "", Indicator.LAGGING));
    }

    private MeasurementRun runningSince(MeasurementRun queued, Instant at) {
        MeasurementRun run = runs.create(queued);
        return runs.claim(run.id(), 1, at).orElseThrow();
    }

    @Test
    public void shouldWriteAHeartbeatAtLeastEveryFifteenSecondsWhileReadingSlowly() {
        weekly("CORE");
        issueCount = 400; // fewer than the 500 issues between two progress writes
        perIssue = Duration.ofMillis(200); // 80 s of reading

        measuring.execute(measuring.queue(MeasurementRun.scheduled(clock.instant())).id()).orElseThrow();

        assertTrue("several heartbeats while reading: " + heartbeats, heartbeats.size() >= 4);
        Duration bound = KpiMeasuring.HEARTBEAT.plus(perIssue.multipliedBy(KpiMeasuring.CLOCK_EVERY));
        for (int i = 1; i < heartbeats.size(); i++) {
            Duration gap = Duration.between(heartbeats.get(i - 1), heartbeats.get(i));
            assertFalse("gap of " + gap + " between heartbeats " + heartbeats, gap.compareTo(bound) > 0);
        }
        assertTrue("far below the bound at which another node takes over",
                bound.compareTo(KpiMeasuring.STALLED.dividedBy(4)) < 0);
    }

    @Test
    public void shouldWriteNoExtraHeartbeatWhenReadingIsFast() {
        weekly("CORE");
        issueCount = 1200;

        measuring.execute(measuring.queue(MeasurementRun.scheduled(clock.instant())).id()).orElseThrow();

        // every 500 issues (2), the end of reading (1), the KPI done (1): the clock never moved 15 s
        assertEquals(4, heartbeats.size());
    }

    @Test
    public void shouldCountARunAsStalledOnlyAfterTwoMinutesWithoutHeartbeat() {
        Instant beat = clock.instant();
        MeasurementRun running = runningSince(MeasurementRun.scheduled(beat), beat);

        assertFalse(KpiMeasuring.isStalled(running, beat.plus(KpiMeasuring.STALLED)));
        assertTrue(KpiMeasuring.isStalled(running, beat.plus(KpiMeasuring.STALLED).plusMillis(1)));
        assertFalse("a queued run has no heartbeat to miss",
                KpiMeasuring.isStalled(MeasurementRun.scheduled(beat), beat.plus(Duration.ofHours(1))));
        assertEquals(Duration.ofMinutes(2), KpiMeasuring.STALLED);
    }

    @Test
    public void shouldLetTheNextScheduledRunCompleteWhatAStalledScheduledRunLeft() {
        KpiDefinition core = weekly("CORE");
        MeasurementRun dead = runningSince(MeasurementRun.scheduled(clock.instant()), clock.instant());
        clock.advance(KpiMeasuring.STALLED.plusSeconds(1));

        List<MeasurementRun> ended = measuring.abandonStalled();
        MeasurementRun next = measuring.execute(measuring.queue(MeasurementRun.scheduled(clock.instant())).id())
                .orElseThrow();

        assertEquals(List.of(dead.id()), ended.stream().map(MeasurementRun::id).toList());
        MeasurementRun failed = runs.find(dead.id()).orElseThrow();
        assertEquals(MeasurementRun.State.FAILED, failed.state());
        assertTrue(failed.failure(), failed.failure().contains("the node running it stopped"));
        assertTrue("no requested run queued for a scheduled one", measuring.pendingRequests().isEmpty());
        assertEquals(MeasurementRun.State.DONE, next.state());
        assertEquals("the KPI the dead run had not written is measured", 1, next.kpisDone());
        assertFalse(kpis.measurements(core.id()).isEmpty());
    }

    @Test
    public void shouldQueueAStalledRequestAgainSoThatTheScheduledJobCompletesIt() {
        KpiDefinition core = weekly("CORE");
        MeasurementRun dead = runningSince(MeasurementRun.onDemand(core.id(), "carol", clock.instant()), clock.instant());
        clock.advance(KpiMeasuring.STALLED.plusSeconds(1));

        measuring.abandonStalled();
        List<MeasurementRun> pending = measuring.pendingRequests();

        assertEquals(1, pending.size());
        MeasurementRun again = pending.get(0);
        assertEquals(MeasurementRun.Kind.ON_DEMAND, again.kind());
        assertEquals(core.id(), again.kpiId());
        assertEquals("carol", again.requestedBy());
        assertTrue(runs.find(dead.id()).orElseThrow().failure().contains("taken over as run " + again.id()));
        assertEquals(MeasurementRun.State.DONE, measuring.execute(again.id()).orElseThrow().state());
        assertFalse(kpis.measurements(core.id()).isEmpty());
        assertTrue("taken over once", measuring.abandonStalled().isEmpty());
    }

    @Test
    public void shouldLeaveARunWithARecentHeartbeatToItsNode() {
        weekly("CORE");
        MeasurementRun live = runningSince(MeasurementRun.scheduled(clock.instant()), clock.instant());
        clock.advance(KpiMeasuring.STALLED.minusSeconds(1));

        assertTrue(measuring.abandonStalled().isEmpty());
        assertEquals(MeasurementRun.State.RUNNING, runs.find(live.id()).orElseThrow().state());
    }
}
