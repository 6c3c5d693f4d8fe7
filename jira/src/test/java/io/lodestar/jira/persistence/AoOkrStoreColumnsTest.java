package io.lodestar.jira.persistence;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;

import io.lodestar.core.common.InvalidInputException;
import io.lodestar.core.okr.CheckIn;
import io.lodestar.core.okr.Confidence;
import io.lodestar.core.okr.Cycle;
import io.lodestar.core.okr.KeyResult;
import io.lodestar.core.okr.Measure;
import io.lodestar.core.okr.NumberFormat;
import io.lodestar.core.okr.Objective;
import io.lodestar.core.okr.ObjectiveLevel;
import java.time.Instant;
import java.util.List;
import net.java.ao.EntityManager;
import net.java.ao.test.jdbc.Data;
import net.java.ao.test.jdbc.Jdbc;
import net.java.ao.test.junit.ActiveObjectsJUnitRunner;
import org.junit.Before;
import org.junit.Test;
import org.junit.runner.RunWith;

/**
 * How the AO store fits domain values into columns: long free text kept whole, short text refused
 * with the field's name rather than cut, a key result's measure flattened and cleared on a change of
 * kind.
 */
@RunWith(ActiveObjectsJUnitRunner.class)
@Jdbc(LodestarDatabase.class)
@Data(LodestarSchemaUpdater.class)
public class AoOkrStoreColumnsTest {

    private static final Instant MONDAY = Instant.parse("2026-01-05T09:00:00Z");

    private EntityManager entityManager;
    private AoOkrStore store;
    private Cycle q1;

    @Before
    public void createStore() {
        store = new AoOkrStore(new EntityManagerActiveObjects(entityManager));
        q1 = store.saveCycle(Cycle.quarter(2026, 1));
    }

    @Test
    public void shouldKeepLongDescriptionAndNoteWholeWhenFarBeyondShortColumns() {
        String essay = "Why this matters to our customers. ".repeat(1_000).strip();
        Objective objective = store.saveObjective(
                Objective.draft(q1.id(), "Faster checkout", essay, null, ObjectiveLevel.TEAM, null));
        KeyResult keyResult = store.saveKeyResult(KeyResult.of(objective.id(), "Ship", null, new Measure.Milestone()));

        store.appendCheckIn(CheckIn.of(keyResult.id(), null, Confidence.AT_RISK, essay, "carol", MONDAY));

        assertEquals(essay, store.findObjective(objective.id()).orElseThrow().description());
        assertEquals(essay, store.checkInsOf(keyResult.id()).get(0).note());
    }

    @Test
    public void shouldRefuseWithFieldNameWhenTitleIsLongerThanItsColumn() {
        String title = "t".repeat(TextLimits.SHORT + 1);

        InvalidInputException refused = assertThrows(InvalidInputException.class, () -> store.saveObjective(
                Objective.draft(q1.id(), title, "", null, ObjectiveLevel.TEAM, null)));

        assertEquals("objective.title", refused.field());
        assertEquals(List.of(), store.objectivesOf(q1.id()));
    }

    @Test
    public void shouldKeepTitleWhenItFillsItsColumnExactly() {
        String title = "t".repeat(TextLimits.SHORT);

        Objective saved = store.saveObjective(Objective.draft(q1.id(), title, "", null, ObjectiveLevel.TEAM, null));

        assertEquals(title, store.findObjective(saved.id()).orElseThrow().title());
    }

    @Test
    public void shouldRefuseWithFieldNameWhenCheckInAuthorIsLongerThanItsColumn() {
        Objective objective = store.saveObjective(
                Objective.draft(q1.id(), "Faster checkout", "", null, ObjectiveLevel.TEAM, null));
        KeyResult keyResult = store.saveKeyResult(KeyResult.of(objective.id(), "Ship", null, new Measure.Milestone()));

        InvalidInputException refused = assertThrows(InvalidInputException.class, () -> store.appendCheckIn(
                CheckIn.of(keyResult.id(), null, Confidence.AT_RISK, "", "a".repeat(300), MONDAY)));

        assertEquals("checkIn.author", refused.field());
    }

    @Test
    public void shouldClearNumericColumnsWhenKeyResultBecomesMilestone() {
        Objective objective = store.saveObjective(
                Objective.draft(q1.id(), "Faster checkout", "", null, ObjectiveLevel.TEAM, null));
        KeyResult numeric = store.saveKeyResult(KeyResult.of(objective.id(), "p95", null,
                new Measure.Numeric(NumberFormat.NUMBER, "ms", 900.0, 300.0)));

        store.saveKeyResult(numeric.edit("Ship", null, 1, new Measure.Milestone(), null));

        KeyResultEntity row = entityManagerRow(numeric.id());
        assertEquals("MILESTONE", row.getKind());
        assertEquals(null, row.getUnit());
        assertEquals(null, row.getStartValue());
        assertEquals(null, row.getTargetValue());
    }

    private KeyResultEntity entityManagerRow(long id) {
        return new EntityManagerActiveObjects(entityManager).get(KeyResultEntity.class, (int) id);
    }
}
