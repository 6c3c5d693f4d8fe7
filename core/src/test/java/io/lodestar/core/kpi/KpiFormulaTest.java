package io.lodestar.core.kpi;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import io.lodestar.core.common.InvalidInputException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.Test;

public class KpiFormulaTest {

    @Test
    public void shouldUseDefaultsWhenParametersAreNotSet() {
        KpiFormula averageVelocity = KpiFormula.of(KpiType.AVERAGE_VELOCITY);

        assertEquals(3, (int) averageVelocity.get(KpiParameter.SPRINT_COUNT));
        assertEquals(EstimateMoment.AT_CLOSE, averageVelocity.get(KpiParameter.COMPLETED_ESTIMATE));
        assertEquals(Set.of(), averageVelocity.get(KpiParameter.DONE_STATUS_IDS));
        assertTrue(averageVelocity.parametersAsText().isEmpty());
    }

    @Test
    public void shouldReadBackEqualFormulaWhenWrittenAsText() {
        KpiFormula fiveSprintsAtStart = KpiFormula.of(KpiType.AVERAGE_VELOCITY)
                .with(KpiParameter.SPRINT_COUNT, 5)
                .with(KpiParameter.COMPLETED_ESTIMATE, EstimateMoment.AT_START)
                .with(KpiParameter.DONE_STATUS_IDS, new LinkedHashSet<>(List.of("10001", "6")));

        Map<String, String> text = fiveSprintsAtStart.parametersAsText();

        assertEquals(Map.of("sprintCount", "5", "completedEstimate", "AT_START", "doneStatusIds", "10001,6"), text);
        assertEquals(fiveSprintsAtStart, KpiFormula.fromText(KpiType.AVERAGE_VELOCITY, text));
    }

    @Test
    public void shouldForgetParameterWhenSetToItsDefault() {
        KpiFormula threeSprints = KpiFormula.of(KpiType.AVERAGE_VELOCITY).with(KpiParameter.SPRINT_COUNT, 3);

        assertEquals(KpiFormula.of(KpiType.AVERAGE_VELOCITY), threeSprints);
    }

    @Test
    public void shouldRefuseParameterWhenTypeDoesNotAcceptIt() {
        try {
            KpiFormula.of(KpiType.VELOCITY).with(KpiParameter.SPRINT_COUNT, 5);
            throw new AssertionError("accepted");
        } catch (InvalidInputException expected) {
            assertEquals("kpi.formula.sprintCount", expected.field());
        }
    }

    @Test(expected = InvalidInputException.class)
    public void shouldRefuseSprintCountWhenZero() {
        KpiFormula.of(KpiType.AVERAGE_VELOCITY).with(KpiParameter.SPRINT_COUNT, 0);
    }

    @Test
    public void shouldRefuseTextWhenUnreadable() {
        try {
            KpiFormula.fromText(KpiType.AVERAGE_VELOCITY, Map.of("sprintCount", "three"));
            throw new AssertionError("accepted");
        } catch (InvalidInputException expected) {
            assertEquals("kpi.formula.sprintCount", expected.field());
        }
    }

    @Test
    public void shouldReadTheDeadlineRuleOfAnOnTimeDeliveryAndRefuseAnUnknownOneWhenGivenAsText() {
        KpiFormula byRelease = KpiFormula.fromText(KpiType.ON_TIME_DELIVERY, Map.of("deadline", "RELEASE_DATE"));

        assertEquals(DeadlineRule.RELEASE_DATE, byRelease.get(KpiParameter.DEADLINE));
        assertEquals(DeadlineRule.DUE_DATE_ELSE_RELEASE, KpiFormula.of(KpiType.ON_TIME_DELIVERY).get(KpiParameter.DEADLINE));
        try {
            KpiFormula.fromText(KpiType.ON_TIME_DELIVERY, Map.of("deadline", "SOMEDAY"));
            throw new AssertionError("accepted");
        } catch (InvalidInputException expected) {
            assertEquals("kpi.formula.deadline", expected.field());
        }
        try {
            KpiFormula.fromText(KpiType.CYCLE_TIME, Map.of("deadline", "DUE_DATE"));
            throw new AssertionError("accepted for a type without deadlines");
        } catch (InvalidInputException expected) {
            assertEquals("kpi.formula.deadline", expected.field());
        }
    }

    @Test
    public void shouldReadWhetherACycleTimeStartsAtTheFirstOrLastEntryAndRefuseAnotherWordWhenGivenAsText() {
        assertEquals(StageEntry.FIRST, KpiFormula.of(KpiType.CYCLE_TIME).get(KpiParameter.START_ENTRY));
        assertEquals(StageEntry.LAST, KpiFormula.fromText(KpiType.CYCLE_TIME, Map.of("startEntry", "LAST"))
                .get(KpiParameter.START_ENTRY));
        try {
            KpiFormula.fromText(KpiType.CYCLE_TIME, Map.of("startEntry", "MIDDLE"));
            throw new AssertionError("accepted");
        } catch (InvalidInputException expected) {
            assertEquals("kpi.formula.startEntry", expected.field());
        }
    }

    @Test(expected = InvalidInputException.class)
    public void shouldRefuseTextWhenParameterIsUnknown() {
        KpiFormula.fromText(KpiType.THROUGHPUT, Map.of("colour", "blue"));
    }

    @Test
    public void shouldRefuseStatusIdsWhenTheyAreNamesNotJiraIds() {
        InvalidInputException refused = org.junit.Assert.assertThrows(InvalidInputException.class,
                () -> KpiFormula.fromText(KpiType.THROUGHPUT, Map.of("doneStatusIds", "10001,Done")));

        assertEquals("kpi.formula.doneStatusIds", refused.field());
    }

    @Test
    public void shouldKeepImmutableCopyWhenGivenMutableSet() {
        Set<String> mutable = new LinkedHashSet<>(List.of("6"));
        KpiFormula doneIsClosed = KpiFormula.of(KpiType.THROUGHPUT).with(KpiParameter.DONE_STATUS_IDS, mutable);

        mutable.add("5");

        assertEquals(Set.of("6"), doneIsClosed.get(KpiParameter.DONE_STATUS_IDS));
    }
}
