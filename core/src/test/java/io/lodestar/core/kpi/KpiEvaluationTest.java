package io.lodestar.core.kpi;

import static io.lodestar.core.kpi.IssueHistoryBuilder.DONE;
import static io.lodestar.core.kpi.IssueHistoryBuilder.IN_PROGRESS;
import static io.lodestar.core.kpi.IssueHistoryBuilder.WORKFLOW;
import static io.lodestar.core.kpi.IssueHistoryBuilder.closedSprint;
import static io.lodestar.core.kpi.IssueHistoryBuilder.issue;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import io.lodestar.core.common.NotFoundException;
import io.lodestar.core.issue.FixVersion;
import io.lodestar.core.issue.IssueSnapshot;
import io.lodestar.core.issue.Sprint;
import io.lodestar.core.issue.StatusCatalog;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.junit.Test;

public class KpiEvaluationTest {

    /** Wednesday of ISO week 12 of 2026: last complete week is W11 (9-15 March), the one before W10. */
    private static final Clock WEDNESDAY_18_MARCH = Clock.fixed(Instant.parse("2026-03-18T10:00:00Z"), ZoneOffset.UTC);
    private static final Sprint SPRINT_7 = closedSprint(7, "2026-02-23T09:00:00Z", "2026-03-06T17:00:00Z");
    private static final Sprint SPRINT_8 = closedSprint(8, "2026-03-09T09:00:00Z", "2026-03-13T17:00:00Z");
    /** Completed after the clock's instant: a sprint of the future for this evaluation. */
    private static final Sprint SPRINT_9 = closedSprint(9, "2026-03-16T09:00:00Z", "2026-03-20T17:00:00Z");

    private final InMemoryKpiStore store = new InMemoryKpiStore();
    private final List<KpiDataSource> loads = new ArrayList<>();

    /** Two issues done in W10, three in W11; sprint 7 completes 5 points, sprint 8 completes 8. */
    private static List<IssueSnapshot> teamIssues() {
        return List.of(
                issue("CORE-1").points(2).inSprints(SPRINT_7).moved("2026-03-03T10:00:00Z", DONE).build(),
                issue("CORE-2").points(3).inSprints(SPRINT_7).moved("2026-03-04T10:00:00Z", DONE).build(),
                issue("CORE-3").points(8).inSprints(SPRINT_8).moved("2026-03-10T10:00:00Z", DONE).build(),
                issue("CORE-4").inSprints(SPRINT_8).moved("2026-03-11T10:00:00Z", DONE).build(),
                issue("CORE-5").points(1).moved("2026-03-12T10:00:00Z", DONE).build(),
                issue("CORE-6").points(13).inSprints(SPRINT_9).moved("2026-03-17T10:00:00Z", DONE).build(),
                issue("CORE-7").moved("2026-03-10T10:00:00Z", IN_PROGRESS).build());
    }

    private KpiEvaluation evaluationOver(List<IssueSnapshot> issues, KpiCalculators calculators) {
        IssueHistorySource source = new IssueHistorySource() {
            @Override
            public StatusCatalog read(KpiDataSource dataSource, Consumer<IssueSnapshot> sink) {
                loads.add(dataSource);
                issues.forEach(sink);
                return WORKFLOW;
            }
        };
        return new KpiEvaluation(store, source, calculators, WEDNESDAY_18_MARCH);
    }

    private KpiEvaluation evaluation() {
        return evaluationOver(teamIssues(), KpiCalculators.builtIn());
    }

    private KpiDefinition stored(String name, KpiType type, Frequency frequency, KpiGoal goal) {
        return store.save(KpiDefinition.of(name, "", KpiFormula.of(type), KpiDataSource.project("CORE"), frequency,
                ZoneOffset.UTC, "asm", goal, "Talk about it in the retro", Indicator.LAGGING));
    }

    @Test
    public void shouldRecordLastCompleteWeekWithRatingAndTrendWhenWeekly() {
        KpiDefinition throughput = stored("Throughput", KpiType.THROUGHPUT, Frequency.WEEKLY,
                KpiGoal.growing(Direction.HIGHER_IS_BETTER, 3, 1));

        KpiAssessment assessment = evaluation().evaluate(throughput.id());

        assertEquals("2026-W11", assessment.period().orElseThrow().key());
        assertEquals(3, assessment.value().value(), 0);
        assertEquals(Rating.GREEN, assessment.rating().orElseThrow());
        assertEquals(Trend.Movement.UP, assessment.trend().movement());
        assertEquals(Trend.Verdict.IMPROVING, assessment.trend().verdict());
        assertEquals(2, assessment.trend().previous().getAsDouble(), 0);
        assertFalse(assessment.alert().isPresent());
        assertEquals(List.of(new KpiMeasurement(throughput.id(), assessment.period().orElseThrow(),
                        assessment.value(), WEDNESDAY_18_MARCH.instant()),
                KpiMeasurement.provisional(throughput.id(), KpiPeriod.week(LocalDate.of(2026, 3, 18), ZoneOffset.UTC),
                        KpiValue.of(1, KpiUnit.ISSUES, 1), WEDNESDAY_18_MARCH.instant())),
                store.measurements(throughput.id()));
    }

    @Test
    public void shouldKeepAClosedPeriodAsRecordedWhenIssuesChangeAfterwards() {
        KpiDefinition throughput = stored("Throughput", KpiType.THROUGHPUT, Frequency.WEEKLY,
                KpiGoal.growing(Direction.HIGHER_IS_BETTER, 3, 1));
        evaluation().evaluate(throughput.id());
        List<IssueSnapshot> reopenedAndMore = new ArrayList<>(teamIssues().subList(3, 7));
        reopenedAndMore.add(issue("CORE-8").moved("2026-03-17T12:00:00Z", DONE).build());

        KpiAssessment again = evaluationOver(reopenedAndMore, KpiCalculators.builtIn()).evaluate(throughput.id());

        assertEquals("W11 stays frozen at 3 though CORE-3 no longer counts", 3, again.value().value(), 0);
        KpiMeasurement w11 = store.measurements(throughput.id()).get(0);
        assertEquals("2026-W11", w11.period().key());
        assertEquals(3, w11.value().value(), 0);
        assertTrue(w11.isFrozen());
        KpiMeasurement w12 = KpiMeasurement.open(store.measurements(throughput.id())).orElseThrow();
        assertEquals("the open week is measured as it stands", 2, w12.value().value(), 0);
        assertTrue(w12.provisional());
    }

    @Test
    public void shouldFreezeALeftProvisionalPeriodWhenTheNextRunComesAfterItsClose() {
        KpiDefinition throughput = stored("Throughput", KpiType.THROUGHPUT, Frequency.WEEKLY,
                KpiGoal.growing(Direction.HIGHER_IS_BETTER, 3, 1));
        KpiPeriod w09 = KpiPeriod.week(LocalDate.of(2026, 2, 23), ZoneOffset.UTC);
        store.record(KpiMeasurement.provisional(throughput.id(), w09, KpiValue.of(7, KpiUnit.ISSUES, 7),
                Instant.parse("2026-02-25T10:00:00Z")));

        evaluation().evaluate(throughput.id());

        KpiMeasurement completed = store.measurements(throughput.id()).get(0);
        assertEquals("2026-W09", completed.period().key());
        assertTrue("completed and frozen", completed.isFrozen());
        assertEquals("CORE-1 and CORE-2 were done in W10, none in W09", 0, completed.value().value(), 0);
    }

    @Test
    public void shouldReplaceAFrozenPeriodAndRecordWhoWhenAnAdministratorRemeasuresIt() {
        KpiDefinition throughput = stored("Throughput", KpiType.THROUGHPUT, Frequency.WEEKLY,
                KpiGoal.growing(Direction.HIGHER_IS_BETTER, 3, 1));
        evaluation().evaluate(throughput.id());
        List<IssueSnapshot> fewer = teamIssues().subList(3, 7);

        KpiMeasurement remeasured = evaluationOver(fewer, KpiCalculators.builtIn())
                .remeasure(throughput, new IssueHistory(fewer, WORKFLOW), "2026-W11", "root");

        assertEquals(2, remeasured.value().value(), 0);
        assertEquals("root", remeasured.remeasuredBy());
        assertEquals(WEDNESDAY_18_MARCH.instant(), remeasured.recordedAt());
        assertEquals(remeasured, store.measurements(throughput.id()).get(0));
    }

    @Test
    public void shouldRefuseToRemeasureWhenThePeriodIsStillOpenOrNotOfTheKpi() {
        KpiDefinition throughput = stored("Throughput", KpiType.THROUGHPUT, Frequency.WEEKLY,
                KpiGoal.growing(Direction.HIGHER_IS_BETTER, 3, 1));
        IssueHistory history = new IssueHistory(teamIssues(), WORKFLOW);
        for (String key : List.of("2026-W12", "2026-03", "sprint-7", "W11", "2026-W60")) {
            try {
                evaluation().remeasure(throughput, history, key, "root");
                throw new AssertionError(key + " was accepted");
            } catch (io.lodestar.core.common.InvalidInputException e) {
                assertEquals(key, "period", e.field());
            }
        }
        assertTrue(store.measurements(throughput.id()).isEmpty());
    }

    @Test
    public void shouldCallUpAWorseningWhenLowerIsBetterAndValueRises() {
        KpiDefinition throughputAsCost = stored("Done issues", KpiType.THROUGHPUT, Frequency.WEEKLY,
                KpiGoal.growing(Direction.LOWER_IS_BETTER, 3, 5));

        KpiAssessment assessment = evaluation().evaluate(throughputAsCost.id());

        assertEquals(Trend.Movement.UP, assessment.trend().movement());
        assertEquals(Trend.Verdict.WORSENING, assessment.trend().verdict());
        assertEquals(Rating.GREEN, assessment.rating().orElseThrow());
    }

    @Test
    public void shouldRaiseOneAlertWithActionWhenRedPeriodIsEvaluatedTwice() {
        KpiDefinition throughput = stored("Throughput", KpiType.THROUGHPUT, Frequency.WEEKLY,
                KpiGoal.growing(Direction.HIGHER_IS_BETTER, 10, 3.5));
        KpiEvaluation evaluation = evaluation();

        KpiAssessment first = evaluation.evaluate(throughput.id());
        KpiAssessment second = evaluation.evaluate(throughput.id());

        assertEquals(Rating.RED, first.rating().orElseThrow());
        KpiAlert alert = first.alert().orElseThrow();
        assertEquals("Throughput 3 is below the alert threshold 3.5", alert.message());
        assertEquals("Talk about it in the retro", alert.action());
        assertEquals(alert, second.alert().orElseThrow());
        assertEquals(List.of(alert), store.alerts(throughput.id()));
        assertEquals("W11 frozen, W12 provisional", 2, store.measurements(throughput.id()).size());
    }

    @Test
    public void shouldNotAlertWhenValueSitsOnTheThreshold() {
        KpiDefinition throughput = stored("Throughput", KpiType.THROUGHPUT, Frequency.WEEKLY,
                KpiGoal.growing(Direction.HIGHER_IS_BETTER, 10, 3));

        KpiAssessment assessment = evaluation().evaluate(throughput.id());

        assertEquals(Rating.YELLOW, assessment.rating().orElseThrow());
        assertTrue(store.alerts(throughput.id()).isEmpty());
    }

    @Test
    public void shouldSayAboveMaximumWhenBandKpiIsOverIt() {
        KpiDefinition wip = stored("WIP", KpiType.WORK_IN_PROGRESS, Frequency.DAILY, KpiGoal.band(0, 0.5));

        KpiAssessment assessment = evaluation().evaluate(wip.id());

        assertEquals("2026-03-17", assessment.period().orElseThrow().key());
        assertEquals(1, assessment.value().value(), 0);
        assertEquals("WIP 1 is above the maximum 0.5", assessment.alert().orElseThrow().message());
        assertEquals(Trend.Movement.FLAT, assessment.trend().movement());
        assertEquals(Trend.Verdict.NEUTRAL, assessment.trend().verdict());
    }

    @Test
    public void shouldMeasureLastSprintCompletedBeforeNowWhenPerSprint() {
        KpiDefinition velocity = stored("Velocity", KpiType.VELOCITY, Frequency.PER_SPRINT,
                KpiGoal.growing(Direction.HIGHER_IS_BETTER, 10, 6));

        KpiAssessment assessment = evaluation().evaluate(velocity.id());

        assertEquals("sprint-8", assessment.period().orElseThrow().key());
        assertEquals(8, assessment.value().value(), 0);
        assertEquals(Rating.YELLOW, assessment.rating().orElseThrow());
        assertEquals(5, assessment.trend().previous().getAsDouble(), 0);
        assertEquals(Trend.Verdict.IMPROVING, assessment.trend().verdict());
    }

    @Test
    public void shouldRecordNothingAndSayWhyWhenNoSprintCompletedYet() {
        KpiDefinition velocity = stored("Velocity", KpiType.VELOCITY, Frequency.PER_SPRINT,
                KpiGoal.growing(Direction.HIGHER_IS_BETTER, 10, 6));
        List<IssueSnapshot> noSprints = List.of(issue("CORE-1").moved("2026-03-03T10:00:00Z", DONE).build());

        KpiAssessment assessment = evaluationOver(noSprints, KpiCalculators.builtIn()).evaluate(velocity.id());

        assertFalse(assessment.value().isApplicable());
        assertEquals("no sprint completed yet in project CORE", assessment.value().notApplicableReason().orElseThrow());
        assertFalse(assessment.period().isPresent());
        assertFalse(assessment.rating().isPresent());
        assertTrue(store.measurements(velocity.id()).isEmpty());
    }

    @Test
    public void shouldRecordNotApplicableWhenNoCalculatorIsRegistered() {
        KpiDefinition cycleTime = stored("Cycle time", KpiType.CYCLE_TIME, Frequency.WEEKLY,
                KpiGoal.growing(Direction.LOWER_IS_BETTER, 3, 5));

        KpiAssessment assessment = evaluationOver(teamIssues(), KpiCalculators.none()).evaluate(cycleTime.id());

        assertFalse(assessment.value().isApplicable());
        assertFalse(assessment.rating().isPresent());
        assertEquals(Trend.Movement.UNKNOWN, assessment.trend().movement());
        assertEquals(assessment.value(), store.latestMeasurement(cycleTime.id()).orElseThrow().value());
    }

    @Test
    public void shouldUseRegisteredCalculatorWhenAddedToBuiltIns() {
        KpiDefinition cycleTime = stored("Cycle time", KpiType.CYCLE_TIME, Frequency.WEEKLY,
                KpiGoal.growing(Direction.LOWER_IS_BETTER, 3, 5));
        KpiCalculators withCycleTime = KpiCalculators.builtIn().with(KpiType.CYCLE_TIME, (definition, history, periods) ->
                periods.stream().map(period -> KpiValue.of(history.issues().size(), KpiUnit.DAYS, 1)).toList());

        KpiAssessment assessment = evaluationOver(teamIssues(), withCycleTime).evaluate(cycleTime.id());

        assertEquals(7, assessment.value().value(), 0);
        assertEquals(Rating.RED, assessment.rating().orElseThrow());
        assertEquals("Cycle time 7 is above the alert threshold 5", assessment.alert().orElseThrow().message());
    }

    @Test
    public void shouldLoadEachDataSourceOnceWhenEvaluatingAll() {
        stored("Throughput", KpiType.THROUGHPUT, Frequency.WEEKLY, KpiGoal.growing(Direction.HIGHER_IS_BETTER, 3, 1));
        stored("Velocity", KpiType.VELOCITY, Frequency.PER_SPRINT, KpiGoal.growing(Direction.HIGHER_IS_BETTER, 10, 6));

        List<KpiAssessment> assessments = evaluation().evaluateAll();

        assertEquals(List.of("Throughput", "Velocity"),
                assessments.stream().map(assessment -> assessment.definition().name()).toList());
        assertEquals(List.of(KpiDataSource.project("CORE")), loads);
    }

    @Test
    public void shouldCountSprintReportCompletionsWhenThroughputIsPerSprint() {
        KpiDefinition throughput = stored("Throughput", KpiType.THROUGHPUT, Frequency.PER_SPRINT,
                KpiGoal.growing(Direction.HIGHER_IS_BETTER, 2, 1));

        KpiAssessment assessment = evaluation().evaluate(throughput.id());

        assertEquals("sprint-8", assessment.period().orElseThrow().key());
        assertEquals(2, assessment.value().value(), 0);
        assertEquals(Trend.Movement.FLAT, assessment.trend().movement());
    }

    @Test
    public void shouldAverageBugsOfVersionsReleasedLastMonthWhenMonthly() {
        FixVersion released2February = new FixVersion("1", "1.0", true, LocalDate.of(2026, 2, 2));
        FixVersion released27February = new FixVersion("2", "1.1", true, LocalDate.of(2026, 2, 27));
        List<IssueSnapshot> bugs = List.of(
                issue("CORE-1").type(IssueHistoryBuilder.BUG).fixVersion(released2February).build(),
                issue("CORE-2").type(IssueHistoryBuilder.BUG).fixVersion(released2February).build(),
                issue("CORE-3").type(IssueHistoryBuilder.BUG).fixVersion(released2February).build(),
                issue("CORE-4").type(IssueHistoryBuilder.BUG).fixVersion(released27February).build());
        KpiDefinition bugsPerRelease = stored("Bugs per release", KpiType.BUGS_PER_RELEASE, Frequency.MONTHLY,
                KpiGoal.growing(Direction.LOWER_IS_BETTER, 1, 2));

        KpiAssessment assessment = evaluationOver(bugs, KpiCalculators.builtIn()).evaluate(bugsPerRelease.id());

        assertEquals("2026-02", assessment.period().orElseThrow().key());
        assertEquals(2, assessment.value().value(), 0);
        assertEquals(Rating.YELLOW, assessment.rating().orElseThrow());
        assertEquals("no value for the previous period: no version released in 2026-01",
                assessment.trend().unknownReasonIfAny().orElseThrow());
    }

    @Test(expected = NotFoundException.class)
    public void shouldRefuseWhenKpiIsUnknown() {
        evaluation().evaluate(404);
    }

    @Test
    public void shouldComputeEveryBuiltInTypeWhenDataCoversIt() {
        Map<KpiType, Double> expected = Map.of(
                KpiType.AVERAGE_VELOCITY, 6.5,
                KpiType.SAY_DO_RATIO, 1.0,
                KpiType.SCOPE_CHANGE, 0.0,
                KpiType.VELOCITY_PER_WEEK, 9.0);
        for (Map.Entry<KpiType, Double> entry : expected.entrySet()) {
            Frequency frequency = entry.getKey() == KpiType.VELOCITY_PER_WEEK ? Frequency.WEEKLY : Frequency.PER_SPRINT;
            KpiDefinition definition = stored(entry.getKey().name(), entry.getKey(), frequency,
                    KpiGoal.band(-100, 100));

            KpiAssessment assessment = evaluation().evaluate(definition.id());

            assertEquals(entry.getKey().name(), entry.getValue(), assessment.value().value(), 1e-9);
        }
    }
}
