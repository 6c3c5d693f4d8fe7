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
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import net.java.ao.EntityManager;
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

    /** A cycle of {@code objectives} objectives, each with two key results, one link and two check-ins. */
    private Cycle cycleWith(int year, int objectives) {
        Cycle cycle = store.saveCycle(Cycle.year(year));
        for (int i = 0; i < objectives; i++) {
            Objective objective = store.saveObjective(
                    Objective.draft(cycle.id(), "Objective " + i, "", null, ObjectiveLevel.TEAM, null));
            KeyResult first = store.saveKeyResult(KeyResult.of(objective.id(), "First " + i, null,
                    new Measure.Numeric(NumberFormat.NUMBER, "", 0.0, 10.0)));
            KeyResult second = store.saveKeyResult(KeyResult.of(objective.id(), "Second " + i, null,
                    new Measure.Milestone()));
            store.link(new IssueLink(first.id(), SHARED_ISSUE));
            store.appendCheckIn(CheckIn.of(first.id(), 5.0, Confidence.ON_TRACK, "", "carol", MONDAY));
            store.appendCheckIn(CheckIn.of(second.id(), null, Confidence.AT_RISK, "", "carol", MONDAY));
        }
        return cycle;
    }
}
