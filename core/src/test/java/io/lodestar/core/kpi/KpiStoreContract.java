package io.lodestar.core.kpi;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotEquals;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import io.lodestar.core.common.InvalidInputException;
import io.lodestar.core.common.NotFoundException;
import io.lodestar.core.common.StaleVersionException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.Before;
import org.junit.Test;

/**
 * The behaviour every {@link KpiStore} must have. Subclass it with {@link #newStore()} returning an
 * empty store: {@code InMemoryKpiStoreTest} here, the Active Objects store's test in the Jira app.
 */
public abstract class KpiStoreContract {

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    private static final Instant NOON_NOV_23 = Instant.parse("2026-11-23T12:00:00Z");
    private static final KpiPeriod WEEK_47 = KpiPeriod.week(LocalDate.of(2026, 11, 16), ZoneOffset.UTC);
    private static final KpiPeriod WEEK_48 = KpiPeriod.week(LocalDate.of(2026, 11, 23), ZoneOffset.UTC);

    private KpiStore store;

    protected abstract KpiStore newStore();

    @Before
    public void createStore() {
        store = newStore();
    }

    /** A definition that uses every field, with a non-default formula parameter, so a store must map all. */
    public static KpiDefinition averageVelocityOfBoard42() {
        return KpiDefinition.of("Average velocity", "Mean of the last 5 sprints",
                KpiFormula.of(KpiType.AVERAGE_VELOCITY).with(KpiParameter.SPRINT_COUNT, 5)
                        .with(KpiParameter.DONE_STATUS_IDS, Set.of("10001")),
                KpiDataSource.board(42), Frequency.PER_SPRINT, PARIS, "jsmith",
                KpiGoal.growing(Direction.HIGHER_IS_BETTER, 30, 20), "Review capacity in the retro",
                Indicator.LAGGING).withTeam("ATLAS");
    }

    public static KpiDefinition wipBandOfProjectCore() {
        return KpiDefinition.of("WIP", "", KpiFormula.of(KpiType.WORK_IN_PROGRESS), KpiDataSource.project("CORE"),
                Frequency.DAILY, ZoneOffset.UTC, "asm", KpiGoal.band(3, 8), "", Indicator.LEADING);
    }

    @Test
    public void shouldAssignIdAndVersionOneWhenSavingNewDefinition() {
        KpiDefinition stored = store.save(averageVelocityOfBoard42());

        assertTrue(stored.id() > 0);
        assertEquals(1, stored.version());
        assertEquals(stored, store.find(stored.id()).orElseThrow());
        assertEquals(averageVelocityOfBoard42().stored(stored.id(), 1), stored);
    }

    @Test
    public void shouldReadBackEveryTypeWithItsParametersWhenSaved() {
        for (KpiType type : KpiType.values()) {
            KpiFormula formula = KpiFormula.of(type);
            for (KpiParameter<?> parameter : type.parameters()) {
                if (parameter == KpiParameter.DONE_RULE) {
                    continue; // the board's last column needs a board source: shouldReadBackTheLastColumnRule...
                }
                formula = KpiFormula.fromText(type, merged(formula, parameter.name(), nonDefaultText(parameter)));
            }
            Frequency frequency = type.frequencies().iterator().next();
            KpiDefinition definition = KpiDefinition.of("KPI " + type, "measures " + type, formula,
                    KpiDataSource.jql("project = CORE AND type != Epic"), frequency, ZoneId.of("America/New_York"),
                    "owner-" + type, KpiGoal.growing(Direction.LOWER_IS_BETTER, 2.5, 7.25), "", Indicator.LEADING);

            KpiDefinition stored = store.save(definition);

            assertEquals(type.name(), stored, store.find(stored.id()).orElseThrow());
            assertEquals(type.name(), formula, store.find(stored.id()).orElseThrow().formula());
        }
    }

    @Test
    public void shouldReadBackTheLastColumnRuleOfABoardKpiWhenSaved() {
        KpiFormula formula = KpiFormula.of(KpiType.VELOCITY).with(KpiParameter.DONE_RULE, DoneRule.BOARD_LAST_COLUMN);
        KpiDefinition definition = KpiDefinition.of("Velocity as Jira's chart", "", formula, KpiDataSource.board(42),
                Frequency.PER_SPRINT, ZoneId.of("UTC"), "owner", KpiGoal.growing(Direction.HIGHER_IS_BETTER, 30, 20),
                "", Indicator.LAGGING);

        KpiDefinition stored = store.save(definition);

        assertEquals(DoneRule.BOARD_LAST_COLUMN,
                store.find(stored.id()).orElseThrow().formula().get(KpiParameter.DONE_RULE));
        assertEquals(stored, store.find(stored.id()).orElseThrow());
    }

    private static Map<String, String> merged(KpiFormula formula, String name, String text) {
        Map<String, String> parameters = new LinkedHashMap<>(formula.parametersAsText());
        parameters.put(name, text);
        return parameters;
    }

    private static String nonDefaultText(KpiParameter<?> parameter) {
        if (parameter == KpiParameter.SPRINT_COUNT) {
            return "7";
        }
        if (parameter == KpiParameter.COMPLETED_ESTIMATE) {
            return EstimateMoment.AT_START.name();
        }
        if (parameter == KpiParameter.STATISTIC) {
            return Statistic.PERCENTILE_85.name();
        }
        if (parameter == KpiParameter.DEADLINE) {
            return DeadlineRule.RELEASE_DATE.name();
        }
        if (parameter == KpiParameter.START_ENTRY) {
            return StageEntry.LAST.name();
        }
        return "10001,10002";
    }

    @Test
    public void shouldNeverReuseIdWhenDefinitionWasDeleted() {
        KpiDefinition first = store.save(averageVelocityOfBoard42());
        store.delete(first.id(), first.version());

        KpiDefinition second = store.save(wipBandOfProjectCore());

        assertNotEquals(first.id(), second.id());
        assertFalse(store.find(first.id()).isPresent());
    }

    @Test
    public void shouldIncreaseVersionWhenUpdatingWithCurrentVersion() {
        KpiDefinition stored = store.save(averageVelocityOfBoard42());

        KpiDefinition updated = store.save(stored.withGoal(KpiGoal.growing(Direction.HIGHER_IS_BETTER, 35, 25)));

        assertEquals(2, updated.version());
        assertEquals(KpiGoal.growing(Direction.HIGHER_IS_BETTER, 35, 25), store.find(stored.id()).orElseThrow().goal());
    }

    @Test
    public void shouldRefuseAndKeepStoredWhenUpdatingWithStaleVersion() {
        KpiDefinition stored = store.save(averageVelocityOfBoard42());
        store.save(stored.withGoal(KpiGoal.growing(Direction.HIGHER_IS_BETTER, 35, 25)));

        try {
            store.save(stored.withGoal(KpiGoal.band(1, 2)));
            fail("stale version accepted");
        } catch (StaleVersionException expected) {
            assertEquals(1, expected.expectedVersion());
            assertEquals(2, expected.actualVersion());
        }
        assertEquals(KpiGoal.growing(Direction.HIGHER_IS_BETTER, 35, 25), store.find(stored.id()).orElseThrow().goal());
    }

    @Test(expected = NotFoundException.class)
    public void shouldRefuseWhenUpdatingUnknownDefinition() {
        store.save(averageVelocityOfBoard42().stored(999, 1));
    }

    @Test
    public void shouldListDefinitionsByIdWhenSeveralAreStored() {
        KpiDefinition velocity = store.save(averageVelocityOfBoard42());
        KpiDefinition wip = store.save(wipBandOfProjectCore());

        assertEquals(List.of(velocity, wip), store.definitions());
    }

    @Test
    public void shouldReadBackNoTeamWhenSavedWithoutTeam() {
        KpiDefinition wip = store.save(wipBandOfProjectCore());

        assertNull(store.find(wip.id()).orElseThrow().team());
    }

    @Test
    public void shouldMoveOrClearTeamWhenUpdated() {
        KpiDefinition velocity = store.save(averageVelocityOfBoard42());

        KpiDefinition moved = store.save(velocity.withTeam("NOVA"));
        assertEquals("NOVA", store.find(velocity.id()).orElseThrow().team());
        store.save(moved.withTeam(null));

        assertNull(store.find(velocity.id()).orElseThrow().team());
        assertTrue(store.definitionsOf("ATLAS").isEmpty());
    }

    @Test
    public void shouldListOnlyTheTeamsDefinitionsByIdWhenLookingUpATeamInAnyCase() {
        KpiDefinition atlasVelocity = store.save(averageVelocityOfBoard42());
        store.save(wipBandOfProjectCore());
        store.save(wipBandOfProjectCore().withTeam("NOVA"));
        KpiDefinition atlasWip = store.save(wipBandOfProjectCore().withTeam("ATLAS"));

        assertEquals(List.of(atlasVelocity, atlasWip), store.definitionsOf("ATLAS"));
        assertEquals(List.of(atlasVelocity, atlasWip), store.definitionsOf(" atlas "));
        assertTrue(store.definitionsOf("ORION").isEmpty());
    }

    @Test
    public void shouldRefuseTeamLookupWhenTeamIsBlank() {
        store.save(wipBandOfProjectCore());
        try {
            store.definitionsOf(" ");
            fail("blank team accepted");
        } catch (InvalidInputException expected) {
            assertEquals("team", expected.field());
        }
    }

    @Test(expected = StaleVersionException.class)
    public void shouldRefuseDeleteWhenVersionIsStale() {
        KpiDefinition stored = store.save(averageVelocityOfBoard42());
        store.delete(stored.id(), stored.version() + 1);
    }

    @Test(expected = NotFoundException.class)
    public void shouldRefuseDeleteWhenDefinitionIsUnknown() {
        store.delete(12345, 1);
    }

    @Test
    public void shouldKeepOneMeasurementPerPeriodWhenPeriodIsRecordedAgain() {
        long kpiId = store.save(wipBandOfProjectCore()).id();
        store.record(new KpiMeasurement(kpiId, WEEK_48, KpiValue.of(5, KpiUnit.ISSUES, 5), NOON_NOV_23));
        store.record(new KpiMeasurement(kpiId, WEEK_47, KpiValue.of(4, KpiUnit.ISSUES, 4), NOON_NOV_23));
        KpiMeasurement rerun = new KpiMeasurement(kpiId, WEEK_48, KpiValue.of(6, KpiUnit.ISSUES, 6),
                NOON_NOV_23.plusSeconds(60));

        store.record(rerun);

        List<KpiMeasurement> measurements = store.measurements(kpiId);
        assertEquals(2, measurements.size());
        assertEquals(WEEK_47, measurements.get(0).period());
        assertEquals(rerun, measurements.get(1));
        assertEquals(rerun, store.latestMeasurement(kpiId).orElseThrow());
    }

    @Test
    public void shouldKeepTheProvisionalFlagAndWhoRemeasuredWhenRecorded() {
        long kpiId = store.save(wipBandOfProjectCore()).id();
        KpiMeasurement remeasured = new KpiMeasurement(kpiId, WEEK_47, KpiValue.of(4, KpiUnit.ISSUES, 4), NOON_NOV_23,
                false, "root");
        KpiMeasurement open = KpiMeasurement.provisional(kpiId, WEEK_48, KpiValue.notApplicable("no issue yet"),
                NOON_NOV_23);

        store.record(remeasured);
        store.record(open);

        assertEquals(List.of(remeasured, open), store.measurements(kpiId));
        assertEquals("the latest closed value, not the provisional one", remeasured,
                store.latestMeasurement(kpiId).orElseThrow());
    }

    @Test
    public void shouldReadMeasurementsOfEveryRequestedKpiWhenReadTogether() {
        long wip = store.save(wipBandOfProjectCore()).id();
        long velocity = store.save(averageVelocityOfBoard42()).id();
        long unmeasured = store.save(wipBandOfProjectCore()).id();
        store.record(new KpiMeasurement(wip, WEEK_48, KpiValue.of(5, KpiUnit.ISSUES, 5), NOON_NOV_23));
        store.record(new KpiMeasurement(wip, WEEK_47, KpiValue.of(4, KpiUnit.ISSUES, 4), NOON_NOV_23));
        store.record(new KpiMeasurement(velocity, WEEK_47, KpiValue.of(21, KpiUnit.STORY_POINTS, 6), NOON_NOV_23));

        Map<Long, List<KpiMeasurement>> read = store.measurementsOf(List.of(velocity, wip, unmeasured, 999L));

        assertEquals(Set.of(velocity, wip, unmeasured, 999L), read.keySet());
        assertEquals(store.measurements(wip), read.get(wip));
        assertEquals(List.of(WEEK_47, WEEK_48), read.get(wip).stream().map(KpiMeasurement::period).toList());
        assertEquals(store.measurements(velocity), read.get(velocity));
        assertEquals(List.of(), read.get(unmeasured));
        assertEquals(List.of(), read.get(999L));
        assertTrue(store.measurementsOf(List.of()).isEmpty());
    }

    @Test
    public void shouldKeepReasonWhenRecordingNotApplicableValue() {
        long kpiId = store.save(wipBandOfProjectCore()).id();
        KpiMeasurement noData = new KpiMeasurement(kpiId, KpiPeriod.month(YearMonth.of(2026, 10), PARIS),
                KpiValue.notApplicable("no issue in the project"), NOON_NOV_23);

        store.record(noData);

        assertEquals(noData, store.latestMeasurement(kpiId).orElseThrow());
    }

    @Test(expected = NotFoundException.class)
    public void shouldRefuseMeasurementWhenKpiIsUnknown() {
        store.record(new KpiMeasurement(777, WEEK_48, KpiValue.of(1, KpiUnit.ISSUES, 1), NOON_NOV_23));
    }

    @Test
    public void shouldListAlertsOldestFirstWithFreshIdsWhenRaised() {
        long kpiId = store.save(wipBandOfProjectCore()).id();
        long otherId = store.save(averageVelocityOfBoard42()).id();
        KpiAlert later = store.raise(KpiAlert.of(kpiId, WEEK_48, 9, "WIP 9 above the maximum 8", "", NOON_NOV_23));
        KpiAlert earlier = store.raise(KpiAlert.of(kpiId, WEEK_47, 10, "WIP 10 above the maximum 8", "Swarm",
                NOON_NOV_23.minusSeconds(3600)));
        store.raise(KpiAlert.of(otherId, WEEK_48, 10, "velocity 10 below the alert threshold 20", "", NOON_NOV_23));

        assertTrue(later.id() > 0);
        assertNotEquals(later.id(), earlier.id());
        assertEquals(List.of(earlier, later), store.alerts(kpiId));
    }

    @Test
    public void shouldDeleteMeasurementsAndAlertsWhenDefinitionIsDeleted() {
        KpiDefinition wip = store.save(wipBandOfProjectCore());
        store.record(new KpiMeasurement(wip.id(), WEEK_48, KpiValue.of(9, KpiUnit.ISSUES, 9), NOON_NOV_23));
        store.raise(KpiAlert.of(wip.id(), WEEK_48, 9, "WIP 9 above the maximum 8", "", NOON_NOV_23));

        store.delete(wip.id(), wip.version());

        assertTrue(store.measurements(wip.id()).isEmpty());
        assertTrue(store.alerts(wip.id()).isEmpty());
    }
}
