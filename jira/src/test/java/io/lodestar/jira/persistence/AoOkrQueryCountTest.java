package io.lodestar.jira.persistence;

import static org.junit.Assert.assertEquals;

import io.lodestar.core.okr.CheckIn;
import io.lodestar.core.okr.Confidence;
import io.lodestar.core.okr.Cycle;
import io.lodestar.core.okr.CycleOkrs;
import io.lodestar.core.okr.IssueLink;
import io.lodestar.core.okr.KeyResult;
import io.lodestar.core.okr.Measure;
import io.lodestar.core.okr.NumberFormat;
import io.lodestar.core.okr.Objective;
import io.lodestar.core.okr.ObjectiveLevel;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import net.java.ao.EntityManager;
import net.java.ao.RawEntity;
import net.java.ao.test.jdbc.Data;
import net.java.ao.test.jdbc.Jdbc;
import net.java.ao.test.junit.ActiveObjectsJUnitRunner;
import org.junit.Before;
import org.junit.Test;
import org.junit.runner.RunWith;

/**
 * The two reads every page makes, the tree of a cycle and the key results of an issue, cost the same
 * number of SQL statements for 10 objectives as for 1,000: no query per objective or key result.
 * Statements are counted with AO's SQL listener ({@link StatementCounter}).
 */
@RunWith(ActiveObjectsJUnitRunner.class)
@Jdbc(LodestarDatabase.class)
@Data(LodestarSchemaUpdater.class)
public class AoOkrQueryCountTest {

    /** The cycle, its objectives, then key results, links and check-ins joined up to the cycle. */
    private static final int LOAD_CYCLE_STATEMENTS = 5;
    /** Key results, objectives, cycles and check-ins joined down to the issues' links, then the cycles' links. */
    private static final int LINKED_TO_STATEMENTS = 5;
    private static final long SHARED_ISSUE = 10_000L;
    private static final Instant MONDAY = Instant.parse("2026-01-05T09:00:00Z");

    private EntityManager entityManager;
    private AoOkrStore store;

    @Before
    public void createStore() {
        store = new AoOkrStore(new EntityManagerActiveObjects(entityManager));
    }

    @Test
    public void shouldLoadCycleWithFixedStatementCountWhenItHasTenOrAThousandObjectives() {
        Cycle small = cycleWith(2026, 10);
        Cycle large = cycleWith(2027, 1_000);

        List<String> smallStatements = StatementCounter.statementsOf(entityManager, () -> store.loadCycle(small.id()));
        CycleOkrs[] loaded = new CycleOkrs[1];
        List<String> largeStatements = StatementCounter.statementsOf(entityManager,
                () -> loaded[0] = store.loadCycle(large.id()));

        assertEquals(1_000, loaded[0].objectives().size());
        assertEquals(2_000, loaded[0].keyResults().size());
        assertEquals(1_000, loaded[0].links().size());
        assertEquals("SHARED-1", loaded[0].links().get(999).issueKey());
        assertEquals(2_000, loaded[0].checkIns().size());
        assertEquals(String.join("\n", smallStatements), LOAD_CYCLE_STATEMENTS, smallStatements.size());
        assertEquals(String.join("\n", largeStatements), LOAD_CYCLE_STATEMENTS, largeStatements.size());
    }

    @Test
    public void shouldFindLinkedKeyResultsWithOneStatementWhenIssueIsLinkedToTenOrAThousand() {
        cycleWith(2026, 10);
        List<List<KeyResult>> found = new ArrayList<>();
        List<String> fewStatements = StatementCounter.statementsOf(entityManager,
                () -> found.add(store.keyResultsLinkedTo(SHARED_ISSUE)));
        cycleWith(2027, 990);

        List<String> manyStatements = StatementCounter.statementsOf(entityManager,
                () -> found.add(store.keyResultsLinkedTo(SHARED_ISSUE)));

        assertEquals(10, found.get(0).size());
        assertEquals(1_000, found.get(1).size());

        assertEquals(String.join("\n", fewStatements), 1, fewStatements.size());
        assertEquals(String.join("\n", manyStatements), 1, manyStatements.size());
    }

    /**
     * The issue panel's read: the key results linked to an issue or its epic, with their objectives, cycles,
     * links and check-ins. 10 key results in one cycle, then 1,000 more in a second cycle, cost the same.
     */
    @Test
    public void shouldLoadWhatAnIssueAndItsEpicAreLinkedToWithFiveStatementsWhenTenOrAThousandKeyResults() {
        cycleWith(2026, 10);
        List<List<CycleOkrs>> found = new ArrayList<>();
        List<Long> issueAndEpic = List.of(SHARED_ISSUE + 1, SHARED_ISSUE);
        List<String> fewStatements = StatementCounter.statementsOf(entityManager,
                () -> found.add(store.loadLinkedTo(issueAndEpic)));
        cycleWith(2027, 1_000);

        List<String> manyStatements = StatementCounter.statementsOf(entityManager,
                () -> found.add(store.loadLinkedTo(issueAndEpic)));

        assertEquals(10, found.get(0).get(0).keyResults().size());
        assertEquals(List.of(10, 1_000), found.get(1).stream().map(slice -> slice.keyResults().size()).toList());
        assertEquals(1_000, found.get(1).get(1).checkIns().size());
        assertEquals(1_000, found.get(1).get(1).links().size());
        assertEquals(String.join("\n", fewStatements), LINKED_TO_STATEMENTS, fewStatements.size());
        assertEquals(String.join("\n", manyStatements), LINKED_TO_STATEMENTS, manyStatements.size());
    }

    /**
     * A cycle of {@code objectives} objectives, each with two key results, one link to the shared
     * issue and two check-ins. The rows are inserted in batches (AO's bulk create), not through the
     * store: this test is about the cost of reads, and a row-by-row fixture of 1,000 objectives takes
     * minutes on PostgreSQL.
     */
    private Cycle cycleWith(int year, int objectives) {
        Cycle cycle = store.saveCycle(Cycle.year(year));
        List<Map<String, Object>> objectiveRows = new ArrayList<>();
        for (int i = 0; i < objectives; i++) {
            objectiveRows.add(OkrRows.columns(
                    Objective.draft(cycle.id(), "Objective " + i, "", null, ObjectiveLevel.TEAM, null), 1L));
        }
        insert(ObjectiveEntity.class, objectiveRows);
        List<Map<String, Object>> keyResultRows = new ArrayList<>();
        for (Objective objective : store.objectivesOf(cycle.id())) {
            keyResultRows.add(OkrRows.columns(KeyResult.of(objective.id(), "First", null,
                    new Measure.Numeric(NumberFormat.NUMBER, "", 0.0, 10.0)), 1L));
            keyResultRows.add(OkrRows.columns(KeyResult.of(objective.id(), "Second", null,
                    new Measure.Milestone()), 1L));
        }
        insert(KeyResultEntity.class, keyResultRows);
        List<Map<String, Object>> linkRows = new ArrayList<>();
        List<Map<String, Object>> checkInRows = new ArrayList<>();
        for (KeyResult keyResult : store.loadCycle(cycle.id()).keyResults()) {
            if (keyResult.measure() instanceof Measure.Numeric) {
                linkRows.add(OkrRows.columns(new IssueLink(keyResult.id(), SHARED_ISSUE, "SHARED-1")));
            }
            checkInRows.add(OkrRows.columns(
                    CheckIn.of(keyResult.id(), 5.0, Confidence.ON_TRACK, "", "carol", MONDAY)));
        }
        insert(IssueLinkEntity.class, linkRows);
        insert(CheckInEntity.class, checkInRows);
        return cycle;
    }

    private void insert(Class<? extends RawEntity<Integer>> type, List<Map<String, Object>> rows) {
        try {
            entityManager.create(type, rows);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
