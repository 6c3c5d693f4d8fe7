package io.lodestar.jira.persistence;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import io.lodestar.core.okr.CheckIn;
import io.lodestar.core.okr.Confidence;
import io.lodestar.core.okr.Cycle;
import io.lodestar.core.okr.CycleKind;
import io.lodestar.core.okr.CycleOkrs;
import io.lodestar.core.okr.KeyResult;
import io.lodestar.core.okr.KeyResultKind;
import io.lodestar.core.okr.Measure;
import io.lodestar.core.okr.Objective;
import io.lodestar.core.okr.ObjectiveLevel;
import io.lodestar.core.okr.ObjectiveState;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import net.java.ao.EntityManager;
import net.java.ao.test.jdbc.Data;
import net.java.ao.test.jdbc.Jdbc;
import net.java.ao.test.junit.ActiveObjectsJUnitRunner;
import org.junit.Before;
import org.junit.Test;
import org.junit.runner.RunWith;

/**
 * Reading never fails because of what is stored: rows that today's rules refuse (written by an older
 * version, or by a bug; here written straight into the tables) are read anyway, shown with what is wrong,
 * and can be edited into a valid state or deleted, and one bad row never hides the others.
 */
@RunWith(ActiveObjectsJUnitRunner.class)
@Jdbc(LodestarDatabase.class)
@Data(LodestarSchemaUpdater.class)
public class AoOkrStoreStoredRowsTest {

    private static final Instant MONDAY = Instant.parse("2026-01-05T09:00:00Z");

    private EntityManager entityManager;
    private EntityManagerActiveObjects ao;
    private AoOkrStore store;
    private Cycle q1;
    private Objective objective;
    private KeyResult good;

    @Before
    public void createStore() {
        ao = new EntityManagerActiveObjects(entityManager);
        store = new AoOkrStore(ao);
        q1 = store.saveCycle(Cycle.quarter(2026, 1));
        objective = store.saveObjective(Objective.draft(q1.id(), "Grow", "", "alice", ObjectiveLevel.TEAM, "TEAM"));
        good = store.saveKeyResult(KeyResult.of(objective.id(), "Sign-ups", "alice", Measure.number("", 0.0, 100.0)));
    }

    @Test
    public void shouldReadAKeyResultWhoseStartEqualsItsTargetAsInvalidAndKeepTheOthers() {
        long bad = keyResultRow(Map.of(KeyResultEntity.KIND, "NUMERIC", KeyResultEntity.NUMBER_FORMAT, "NUMBER",
                KeyResultEntity.START_VALUE, 0.0, KeyResultEntity.TARGET_VALUE, 0.0));

        CycleOkrs cycle = store.loadCycle(q1.id());

        assertEquals(2, cycle.keyResults().size());
        assertEquals(good, cycle.keyResults().get(0));
        Measure.Invalid invalid = (Measure.Invalid) store.findKeyResult(bad).orElseThrow().measure();
        assertEquals(KeyResultKind.NUMERIC, invalid.kind());
        assertEquals("keyResult.target", invalid.field());
        assertEquals("must differ from the start value", invalid.problem());
    }

    @Test
    public void shouldReadUnknownKindsAndBasesAndMissingKpiIdsAsInvalid() {
        long unknownKind = keyResultRow(Map.of(KeyResultEntity.KIND, "OKR_POINTS"));
        long unknownBasis = keyResultRow(Map.of(KeyResultEntity.KIND, "LINKED_WORK", KeyResultEntity.WORK_BASIS, "HOURS"));
        long noKpi = keyResultRow(Map.of(KeyResultEntity.KIND, "KPI", KeyResultEntity.START_VALUE, 1.0,
                KeyResultEntity.TARGET_VALUE, 2.0));
        long badWeight = keyResultRow(Map.of(KeyResultEntity.KIND, "MILESTONE", KeyResultEntity.WEIGHT, -1.0));

        assertEquals("keyResult.kind", invalid(unknownKind).field());
        assertEquals("\"OKR_POINTS\" is not one of the known values", invalid(unknownKind).problem());
        assertEquals(KeyResultKind.LINKED_WORK, invalid(unknownBasis).kind());
        assertEquals("keyResult.basis", invalid(unknownBasis).field());
        assertEquals("keyResult.kpiId", invalid(noKpi).field());
        assertEquals("keyResult.weight", invalid(badWeight).field());
        assertEquals(1.0, store.findKeyResult(badWeight).orElseThrow().weight(), 0.0);
        assertEquals(5, store.loadCycle(q1.id()).keyResults().size());
    }

    @Test
    public void shouldReadABandKeyResultFromStartAndTargetAndAReversedOrHalfBandAsInvalid() {
        long band = keyResultRow(Map.of(KeyResultEntity.KIND, "BAND", KeyResultEntity.UNIT, "days",
                KeyResultEntity.START_VALUE, 2.0, KeyResultEntity.TARGET_VALUE, 5.0));
        long reversed = keyResultRow(Map.of(KeyResultEntity.KIND, "BAND", KeyResultEntity.START_VALUE, 5.0,
                KeyResultEntity.TARGET_VALUE, 2.0));
        long half = keyResultRow(Map.of(KeyResultEntity.KIND, "BAND", KeyResultEntity.START_VALUE, 5.0));

        assertEquals(Measure.band("days", 2, 5), store.findKeyResult(band).orElseThrow().measure());
        assertEquals(KeyResultKind.BAND, invalid(reversed).kind());
        assertEquals("keyResult.target", invalid(reversed).field());
        assertEquals("must be above the band's lowest value 5.0", invalid(reversed).problem());
        assertEquals("keyResult.target", invalid(half).field());
        assertEquals("is missing", invalid(half).problem());
        assertEquals(4, store.loadCycle(q1.id()).keyResults().size());
    }

    @Test
    public void shouldRepairAnInvalidKeyResultByAnEditAndKeepItsStoredColumnsUntilThen() {
        long bad = keyResultRow(Map.of(KeyResultEntity.KIND, "NUMERIC", KeyResultEntity.NUMBER_FORMAT, "NUMBER",
                KeyResultEntity.START_VALUE, 5.0, KeyResultEntity.TARGET_VALUE, 5.0));
        KeyResult read = store.findKeyResult(bad).orElseThrow();

        KeyResult graded = store.saveKeyResult(read.graded(0.0));
        KeyResultEntity row = ao.get(KeyResultEntity.class, (int) bad);
        assertEquals(Double.valueOf(5.0), row.getStartValue());
        assertEquals(Double.valueOf(5.0), row.getTargetValue());

        KeyResult edited = store.saveKeyResult(graded.edit("Repaired", "alice", 1.0, Measure.number("", 5.0, 10.0), null));
        assertEquals(Measure.number("", 5.0, 10.0), store.findKeyResult(edited.id()).orElseThrow().measure());
    }

    @Test
    public void shouldDeleteAnInvalidKeyResult() {
        long bad = keyResultRow(Map.of(KeyResultEntity.KIND, "LINKED_WORK"));

        store.deleteKeyResult(bad, 1);

        assertTrue(store.findKeyResult(bad).isEmpty());
        assertEquals(1, store.loadCycle(q1.id()).keyResults().size());
    }

    @Test
    public void shouldReadAnObjectiveWithUnknownLevelAndStateAndAlignedToItselfAsTheNearestValidOne() {
        Map<String, Object> columns = new HashMap<>();
        columns.put(ObjectiveEntity.CYCLE_ID, q1.id());
        columns.put(ObjectiveEntity.TITLE, "Tribe goal");
        columns.put(ObjectiveEntity.OBJ_LEVEL, "TRIBE");
        columns.put(ObjectiveEntity.STATE, "ARCHIVED");
        columns.put(ObjectiveEntity.VERSION, 1L);
        ObjectiveEntity row = ao.create(ObjectiveEntity.class, columns);
        row.setParentId((long) row.getID());
        row.save();

        Objective read = store.findObjective(row.getID()).orElseThrow();

        assertEquals("Tribe goal", read.title());
        assertEquals(ObjectiveLevel.TEAM, read.level());
        assertEquals(ObjectiveState.ACTIVE, read.state());
        assertEquals(null, read.parentId());
        assertEquals(2, store.loadCycle(q1.id()).objectives().size());
    }

    @Test
    public void shouldLeaveOutACheckInWithAnUnknownConfidenceAndKeepTheOthers() {
        store.appendCheckIn(CheckIn.of(good.id(), 40.0, Confidence.ON_TRACK, "", "alice", MONDAY));
        Map<String, Object> columns = new HashMap<>();
        columns.put(CheckInEntity.KEY_RESULT_ID, good.id());
        columns.put(CheckInEntity.CONFIDENCE, "MAYBE");
        columns.put(CheckInEntity.AUTHOR, "alice");
        columns.put(CheckInEntity.AT_MILLIS, MONDAY.plusSeconds(60).toEpochMilli());
        ao.create(CheckInEntity.class, columns);

        assertEquals(1, store.checkInsOf(good.id()).size());
        assertEquals(1, store.loadCycle(q1.id()).checkIns().size());
    }

    @Test
    public void shouldReadACycleOfAnUnknownKindAsCustom() {
        CycleEntity row = ao.get(CycleEntity.class, (int) q1.id());
        row.setKind("SPRINT");
        row.save();

        assertEquals(CycleKind.CUSTOM, store.findCycle(q1.id()).orElseThrow().kind());
    }

    @Test
    public void shouldStoreNegativeZeroAsZeroSoThatWhatIsWrittenReadsBackValid() {
        KeyResult stored = store.saveKeyResult(KeyResult.of(objective.id(), "Bugs", null, Measure.number("", 10.0, -0.0)));

        KeyResult read = store.findKeyResult(stored.id()).orElseThrow();

        assertEquals(Measure.number("", 10.0, 0.0), read.measure());
        assertEquals(stored, read);
    }

    /** A key result row written straight into its table, with {@code measure} on top of valid defaults. */
    @Test
    public void shouldReadAJqlKeyResultWithAnUnknownAggregateOrNoQueryAsInvalid() {
        long unknown = keyResultRow(Map.of(KeyResultEntity.KIND, "JQL", KeyResultEntity.QUERY_JQL, "project = TEAM",
                KeyResultEntity.QUERY_AGGREGATE, "AVERAGE"));
        long noQuery = keyResultRow(Map.of(KeyResultEntity.KIND, "JQL", KeyResultEntity.QUERY_AGGREGATE, "SHARE_DONE"));

        assertEquals("keyResult.aggregate", invalid(unknown).field());
        assertEquals("keyResult.jql", invalid(noQuery).field());
        assertEquals(3, store.loadCycle(q1.id()).keyResults().size());
    }

    @Test
    public void shouldLeaveOutActivityRowsOfAnUnknownKindAndReadTheOthers() {
        Map<String, Object> columns = new HashMap<>();
        columns.put(ActivityEntity.OBJECTIVE_ID, objective.id());
        columns.put(ActivityEntity.KIND, "ARCHIVED");
        columns.put(ActivityEntity.ACTOR, "alice");
        columns.put(ActivityEntity.AT_MILLIS, MONDAY.toEpochMilli());
        ao.create(ActivityEntity.class, columns);
        columns.put(ActivityEntity.KIND, "OBJECTIVE_EDITED");
        columns.put(ActivityEntity.DETAILS, "title\nowner");
        ao.create(ActivityEntity.class, columns);

        java.util.List<io.lodestar.core.okr.Activity> log = store.activityOf(objective.id());

        assertEquals(1, log.size());
        assertEquals("alice", log.get(0).actor());
        assertEquals(java.util.List.of("title", "owner"), log.get(0).details());
        assertEquals("", log.get(0).subject());
    }

    private long keyResultRow(Map<String, Object> measure) {
        Map<String, Object> columns = new HashMap<>();
        columns.put(KeyResultEntity.OBJECTIVE_ID, objective.id());
        columns.put(KeyResultEntity.TITLE, "Legacy");
        columns.put(KeyResultEntity.WEIGHT, 1.0);
        columns.put(KeyResultEntity.CADENCE_SECONDS, 604_800L);
        columns.put(KeyResultEntity.VERSION, 1L);
        columns.putAll(measure);
        KeyResultEntity row = ao.create(KeyResultEntity.class, columns);
        new EditTokens(ao).issue(EditTokens.KEY_RESULT, row.getID());
        return row.getID();
    }

    private Measure.Invalid invalid(long keyResultId) {
        return (Measure.Invalid) store.findKeyResult(keyResultId).orElseThrow().measure();
    }
}
