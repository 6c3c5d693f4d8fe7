package io.lodestar.core.kpi.run;

import static io.lodestar.core.kpi.IssueHistoryBuilder.DONE;
import static io.lodestar.core.kpi.IssueHistoryBuilder.IN_PROGRESS;
import static io.lodestar.core.kpi.IssueHistoryBuilder.WORKFLOW;
import static io.lodestar.core.kpi.IssueHistoryBuilder.closedSprint;
import static io.lodestar.core.kpi.IssueHistoryBuilder.issue;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import io.lodestar.core.issue.IssueSnapshot;
import io.lodestar.core.issue.StatusCatalog;
import io.lodestar.core.issue.StatusCategory;
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
import io.lodestar.core.kpi.KpiPeriod;
import io.lodestar.core.kpi.KpiType;
import io.lodestar.core.kpi.KpiValue;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.junit.Test;

/**
 * What a background run reads of a source: only the issues changed since its KPIs' earliest period, or not done, when
 * only recent changes matter to them, and the same values as reading everything.
 */
public class KpiMeasuringWindowTest {

    /** Wednesday of ISO week 12 of 2026: week 11 is the last closed one, week 10 the one before. */
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-18T10:00:00Z"), ZoneOffset.UTC);
    private static final Instant WEEK_10 = Instant.parse("2026-03-02T00:00:00Z");

    /** A project of old finished work and a few recent changes. */
    private static final List<IssueSnapshot> ISSUES = List.of(
            issue("CORE-1").created("2025-01-06T09:00:00Z").moved("2025-01-07T09:00:00Z", IN_PROGRESS)
                    .moved("2025-01-09T09:00:00Z", DONE).build(),
            issue("CORE-2").created("2025-06-02T09:00:00Z").moved("2025-06-03T09:00:00Z", IN_PROGRESS)
                    .moved("2025-06-20T09:00:00Z", DONE).build(),
            issue("CORE-3").created("2026-02-23T09:00:00Z").moved("2026-02-25T09:00:00Z", IN_PROGRESS)
                    .moved("2026-03-04T09:00:00Z", DONE).build(),
            issue("CORE-4").created("2026-03-02T09:00:00Z").moved("2026-03-03T09:00:00Z", IN_PROGRESS)
                    .moved("2026-03-11T09:00:00Z", DONE).build(),
            issue("CORE-5").created("2025-11-03T09:00:00Z").moved("2025-11-04T09:00:00Z", IN_PROGRESS).build(),
            issue("CORE-6").created("2026-03-09T09:00:00Z").moved("2026-03-10T09:00:00Z", IN_PROGRESS)
                    .moved("2026-03-17T09:00:00Z", DONE).build());

    /** The windows asked for, in order ("all" for a full read). */
    private final List<String> reads = new ArrayList<>();

    /** A source that leaves out what the port allows: done issues whose last change is before the window. */
    private final IssueHistorySource windowed = new IssueHistorySource() {
        @Override
        public StatusCatalog read(KpiDataSource source, Consumer<IssueSnapshot> sink) {
            reads.add("all");
            ISSUES.forEach(sink);
            return WORKFLOW;
        }

        @Override
        public StatusCatalog read(KpiDataSource source, Instant changedSince, Consumer<IssueSnapshot> sink) {
            reads.add(changedSince.toString());
            for (IssueSnapshot issue : ISSUES) {
                Instant updated = issue.changelog().isEmpty() ? issue.created().toInstant()
                        : issue.changelog().get(issue.changelog().size() - 1).at().toInstant();
                if (!updated.isBefore(changedSince) || issue.status().category() != StatusCategory.DONE) {
                    sink.accept(issue);
                }
            }
            return WORKFLOW;
        }

        @Override
        public Set<String> lastColumnStatusIds(KpiDataSource source) {
            return source.kind() == KpiDataSource.Kind.BOARD ? Set.of(DONE.id()) : Set.of();
        }
    };

    private static final Readers AS_ANYONE = new Readers() {
        @Override
        public <T> T as(String userKey, Supplier<T> work) {
            return work.get();
        }
    };

    private static KpiLocks noLocks() {
        return kpiId -> Optional.of(() -> { });
    }

    private static KpiDefinition weekly(KpiType type) {
        return KpiDefinition.of(type + " CORE", "", KpiFormula.of(type), KpiDataSource.project("CORE"),
                Frequency.WEEKLY, ZoneOffset.UTC, "alice", KpiGoal.growing(Direction.HIGHER_IS_BETTER, 3, 1), "",
                Indicator.LAGGING);
    }

    private static MeasurementRun scheduled(KpiMeasuring measuring) {
        return measuring.execute(measuring.queue(MeasurementRun.scheduled(CLOCK.instant())).id()).orElseThrow();
    }

    private static KpiMeasuring measuring(InMemoryKpiStore kpis, IssueHistorySource source, KpiCalculators calculators) {
        return new KpiMeasuring(kpis, new InMemoryMeasurementRunStore(), new KpiEvaluation(kpis, source, calculators,
                CLOCK), source, noLocks(), AS_ANYONE, (kpi, alert) -> { }, CLOCK);
    }

    /** Every recorded value by KPI name and period key. */
    private static Map<String, KpiValue> recorded(InMemoryKpiStore kpis) {
        Map<String, KpiValue> values = new TreeMap<>();
        for (KpiDefinition definition : kpis.definitions()) {
            for (KpiMeasurement measurement : kpis.measurements(definition.id())) {
                values.put(definition.name() + " " + measurement.period().key(), measurement.value());
            }
        }
        return values;
    }

    @Test
    public void shouldReadOnlyIssuesChangedSinceTheEarliestPeriodWhenOnlyRecentChangesMatter() {
        InMemoryKpiStore kpis = new InMemoryKpiStore();
        kpis.save(weekly(KpiType.THROUGHPUT));
        kpis.save(weekly(KpiType.CYCLE_TIME));
        kpis.save(weekly(KpiType.WORK_IN_PROGRESS));

        MeasurementRun run = scheduled(measuring(kpis, windowed, KpiCalculators.builtIn()));

        assertEquals("one read for the three KPIs, from the start of week 10", List.of(WEEK_10.toString()), reads);
        assertEquals("the two issues done in 2025 are left out", 4, run.issuesRead());
        assertEquals(MeasurementRun.State.DONE, run.state());
    }

    @Test
    public void shouldRecordTheSameValuesAsAFullReadOfTheProject() {
        InMemoryKpiStore windowedStore = new InMemoryKpiStore();
        InMemoryKpiStore fullStore = new InMemoryKpiStore();
        IssueHistorySource full = (source, sink) -> {
            ISSUES.forEach(sink);
            return WORKFLOW;
        };
        for (KpiType type : List.of(KpiType.THROUGHPUT, KpiType.VELOCITY_PER_WEEK, KpiType.RESOLUTION_TIME,
                KpiType.LEAD_TIME, KpiType.CYCLE_TIME, KpiType.TIME_IN_STATUS, KpiType.WORK_IN_PROGRESS)) {
            windowedStore.save(weekly(type));
            fullStore.save(weekly(type));
        }

        scheduled(measuring(windowedStore, windowed, KpiCalculators.builtIn()));
        scheduled(measuring(fullStore, full, KpiCalculators.builtIn()));

        assertEquals(List.of(WEEK_10.toString()), reads);
        Map<String, KpiValue> expected = recorded(fullStore);
        assertEquals("7 KPIs, each its last closed week and the open one", 14, expected.size());
        assertEquals(expected, recorded(windowedStore));
        assertEquals("throughput of week 11: CORE-4", 1.0,
                expected.get("THROUGHPUT CORE 2026-W11").value(), 0.0);
        assertEquals("work in progress at the end of week 11: CORE-5 and CORE-6", 2.0,
                expected.get("WORK_IN_PROGRESS CORE 2026-W11").value(), 0.0);
    }

    @Test
    public void shouldReadFromAnOlderPeriodLeftProvisional() {
        InMemoryKpiStore kpis = new InMemoryKpiStore();
        KpiDefinition throughput = kpis.save(weekly(KpiType.THROUGHPUT));
        KpiPeriod week8 = KpiPeriod.week(LocalDate.parse("2026-02-16"), ZoneOffset.UTC);
        kpis.record(KpiMeasurement.provisional(throughput.id(), week8, KpiValue.of(1, io.lodestar.core.kpi.KpiUnit.ISSUES, 1),
                Instant.parse("2026-02-20T10:00:00Z")));

        scheduled(measuring(kpis, windowed, KpiCalculators.builtIn()));

        assertEquals("week 8 closed while provisional: measured again, so read from its start",
                List.of("2026-02-16T00:00:00Z"), reads);
        assertTrue("and frozen now", kpis.measurements(throughput.id()).stream()
                .anyMatch(m -> m.period().equals(week8) && m.isFrozen()));
    }

    @Test
    public void shouldReadEveryIssueWhenAKpiOfTheSourceNeedsOlderHistory() {
        InMemoryKpiStore kpis = new InMemoryKpiStore();
        kpis.save(weekly(KpiType.THROUGHPUT));
        kpis.save(KpiDefinition.of("Velocity CORE", "", KpiFormula.of(KpiType.VELOCITY), KpiDataSource.project("CORE"),
                Frequency.PER_SPRINT, ZoneOffset.UTC, "alice", KpiGoal.growing(Direction.HIGHER_IS_BETTER, 3, 1), "",
                Indicator.LAGGING));
        kpis.save(weekly(KpiType.ON_TIME_DELIVERY));

        scheduled(measuring(kpis, windowed, KpiCalculators.builtIn()));

        assertEquals("sprints are found in the issues themselves: one full read", List.of("all"), reads);
    }

    @Test
    public void shouldReadEveryIssueForWorkInProgressOfConfiguredStatuses() {
        InMemoryKpiStore kpis = new InMemoryKpiStore();
        kpis.save(KpiDefinition.of("WIP CORE", "", KpiFormula.fromText(KpiType.WORK_IN_PROGRESS,
                        Map.of("wipStatusIds", DONE.id())), KpiDataSource.project("CORE"), Frequency.WEEKLY,
                ZoneOffset.UTC, "alice", KpiGoal.growing(Direction.LOWER_IS_BETTER, 3, 5), "", Indicator.LEADING));

        scheduled(measuring(kpis, windowed, KpiCalculators.builtIn()));

        assertEquals("a configured status may be of the Done category", List.of("all"), reads);
    }

    @Test
    public void shouldGiveTheCalculatorsTheBoardsLastColumn() {
        InMemoryKpiStore kpis = new InMemoryKpiStore();
        kpis.save(KpiDefinition.of("Velocity board 1", "", KpiFormula.of(KpiType.VELOCITY), KpiDataSource.board(1),
                Frequency.PER_SPRINT, ZoneOffset.UTC, "alice", KpiGoal.growing(Direction.HIGHER_IS_BETTER, 3, 1), "",
                Indicator.LAGGING));
        List<Set<String>> seen = new ArrayList<>();
        KpiCalculators capturing = KpiCalculators.none().with(KpiType.VELOCITY, (definition, history, periods) -> {
            seen.add(history.lastColumnStatusIds());
            return periods.stream().map(period -> KpiValue.of(1, io.lodestar.core.kpi.KpiUnit.STORY_POINTS, 1)).toList();
        });
        IssueHistorySource board = new IssueHistorySource() {
            @Override
            public StatusCatalog read(KpiDataSource source, Consumer<IssueSnapshot> sink) {
                sink.accept(issue("CORE-9").inSprints(closedSprint(3, "2026-03-02T09:00:00Z", "2026-03-13T17:00:00Z"))
                        .moved("2026-03-05T09:00:00Z", DONE).build());
                return WORKFLOW;
            }

            @Override
            public Set<String> lastColumnStatusIds(KpiDataSource source) {
                return Set.of(DONE.id());
            }
        };

        MeasurementRun run = scheduled(measuring(kpis, board, capturing));

        assertEquals(MeasurementRun.State.DONE, run.state());
        assertEquals("a background run counts done as the board's last column, as Jira's velocity chart",
                List.of(Set.of(DONE.id())), seen);
    }
}
