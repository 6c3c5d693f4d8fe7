package io.lodestar.core.kpi.sprint;

import static io.lodestar.core.kpi.IssueHistoryBuilder.DONE;
import static io.lodestar.core.kpi.IssueHistoryBuilder.IN_REVIEW;
import static io.lodestar.core.kpi.IssueHistoryBuilder.WONT_DO;
import static io.lodestar.core.kpi.IssueHistoryBuilder.WORKFLOW;
import static io.lodestar.core.kpi.IssueHistoryBuilder.closedSprint;
import static io.lodestar.core.kpi.IssueHistoryBuilder.issue;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import io.lodestar.core.issue.Sprint;
import io.lodestar.core.common.InvalidInputException;
import io.lodestar.core.kpi.Direction;
import io.lodestar.core.kpi.DoneRule;
import io.lodestar.core.kpi.EstimateMoment;
import io.lodestar.core.kpi.Frequency;
import io.lodestar.core.kpi.Indicator;
import io.lodestar.core.kpi.IssueHistory;
import io.lodestar.core.kpi.KpiDataSource;
import io.lodestar.core.kpi.KpiDefinition;
import io.lodestar.core.kpi.KpiFormula;
import io.lodestar.core.kpi.KpiGoal;
import io.lodestar.core.kpi.KpiParameter;
import io.lodestar.core.kpi.KpiPeriod;
import io.lodestar.core.kpi.KpiType;
import io.lodestar.core.kpi.KpiValue;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.junit.Test;

public class SprintKpiCalculatorTest {

    private static final Sprint SPRINT_1 = closedSprint(1, "2026-03-02T09:00:00Z", "2026-03-13T17:00:00Z");
    private static final Sprint SPRINT_2 = closedSprint(2, "2026-03-16T09:00:00Z", "2026-03-27T17:00:00Z");
    private static final Sprint SPRINT_3 = closedSprint(3, "2026-03-30T09:00:00Z", "2026-04-10T17:00:00Z");
    private static final Sprint OTHER_BOARD_SPRINT = new Sprint(50, "Other team", Sprint.State.CLOSED,
            OffsetDateTime.parse("2026-03-02T09:00:00Z"), null, OffsetDateTime.parse("2026-03-13T17:00:00Z"), 2L);

    /** Velocities 4, 10 and 7 on board 1 (sprint 2's story re-estimated from 6 to 10 mid-sprint). */
    private static final IssueHistory BOARD_1_HISTORY = new IssueHistory(List.of(
            issue("CORE-1").points(4).inSprints(SPRINT_1).moved("2026-03-05T10:00:00Z", DONE).build(),
            issue("CORE-2").points(6).inSprints(SPRINT_2).estimated("2026-03-18T10:00:00Z", 10.0)
                    .moved("2026-03-20T10:00:00Z", DONE).build(),
            issue("CORE-3").points(7).inSprints(SPRINT_3).moved("2026-04-01T10:00:00Z", DONE).build(),
            issue("CORE-4").points(100).inSprints(OTHER_BOARD_SPRINT).moved("2026-03-05T10:00:00Z", DONE).build()),
            WORKFLOW);

    private static KpiDefinition onBoard1(KpiFormula formula) {
        return KpiDefinition.of("K", "", formula, KpiDataSource.board(1), Frequency.PER_SPRINT, ZoneOffset.UTC, "asm",
                KpiGoal.growing(Direction.HIGHER_IS_BETTER, 10, 5), "", Indicator.LAGGING);
    }

    private static List<KpiValue> compute(KpiFormula formula, Sprint... sprints) {
        return new SprintKpiCalculator().compute(onBoard1(formula), BOARD_1_HISTORY,
                Arrays.stream(sprints).map(KpiPeriod::sprint).toList());
    }

    @Test
    public void shouldAverageTheConfiguredNumberOfSprintsUpToEachPeriod() {
        KpiFormula lastTwo = KpiFormula.of(KpiType.AVERAGE_VELOCITY).with(KpiParameter.SPRINT_COUNT, 2);

        List<KpiValue> values = compute(lastTwo, SPRINT_2, SPRINT_3);

        assertEquals(7, values.get(0).value(), 1e-9);
        assertEquals(8.5, values.get(1).value(), 1e-9);
    }

    @Test
    public void shouldUseStartEstimateWhenFormulaAsksForIt() {
        KpiFormula atStart = KpiFormula.of(KpiType.VELOCITY).with(KpiParameter.COMPLETED_ESTIMATE, EstimateMoment.AT_START);

        assertEquals(6, compute(atStart, SPRINT_2).get(0).value(), 1e-9);
        assertEquals(10, compute(KpiFormula.of(KpiType.VELOCITY), SPRINT_2).get(0).value(), 1e-9);
    }

    @Test
    public void shouldBeNotApplicableWhenPeriodIsASprintOfAnotherBoard() {
        KpiValue other = compute(KpiFormula.of(KpiType.VELOCITY), OTHER_BOARD_SPRINT).get(0);

        assertFalse(other.isApplicable());
        assertEquals("no closed sprint sprint-50 in the data source", other.notApplicableReason().orElseThrow());
    }

    @Test
    public void shouldGiveSayDoAndScopeChangeWhenAskedPerSprint() {
        assertEquals(1.0, compute(KpiFormula.of(KpiType.SAY_DO_RATIO), SPRINT_1).get(0).value(), 1e-9);
        assertEquals(0.0, compute(KpiFormula.of(KpiType.SCOPE_CHANGE), SPRINT_2).get(0).value(), 1e-9);
    }

    /**
     * Board 1's columns: [To Do] [In Progress, Won't Do] [In Review, Done]. Sprint 1: CORE-10 (4 points) ends in
     * Won't Do, a Done-category status of a middle column; CORE-11 (3 points) ends in In Review, an In Progress
     * status of the last column.
     */
    private static final IssueHistory COLUMNS_HISTORY = new IssueHistory(List.of(
            issue("CORE-10").points(4).inSprints(SPRINT_1).moved("2026-03-05T10:00:00Z", WONT_DO).build(),
            issue("CORE-11").points(3).inSprints(SPRINT_1).moved("2026-03-06T10:00:00Z", IN_REVIEW).build()),
            WORKFLOW, Set.of(IN_REVIEW.id(), DONE.id()));

    private static KpiValue velocityOfSprint1(DoneRule rule, IssueHistory history) {
        KpiFormula formula = KpiFormula.of(KpiType.VELOCITY).with(KpiParameter.DONE_RULE, rule);
        return new SprintKpiCalculator().compute(onBoard1(formula), history, List.of(KpiPeriod.sprint(SPRINT_1))).get(0);
    }

    @Test
    public void shouldCountOnlyTheBoardsLastColumnAsDoneWhenTheRuleIsLastColumn() {
        // Won't Do is Done-category but not in the last column: not completed; In Review is in it: completed.
        assertEquals(3.0, velocityOfSprint1(DoneRule.BOARD_LAST_COLUMN, COLUMNS_HISTORY).value(), 1e-9);
        // Today's rule on the same issues: the Done category, whatever the columns.
        assertEquals(4.0, velocityOfSprint1(DoneRule.STATUS_CATEGORY, COLUMNS_HISTORY).value(), 1e-9);
    }

    @Test
    public void shouldBeNotApplicableRatherThanUseTheCategoryWhenTheBoardsColumnsAreUnknown() {
        IssueHistory noColumns = new IssueHistory(COLUMNS_HISTORY.issues(), WORKFLOW);
        KpiValue value = velocityOfSprint1(DoneRule.BOARD_LAST_COLUMN, noColumns);
        assertFalse(value.isApplicable());
        assertTrue(value.notApplicableReason().orElse(""), value.notApplicableReason().orElse("").contains("last column"));
    }

    @Test
    public void shouldRefuseTheLastColumnRuleWithoutABoardSource() {
        KpiFormula formula = KpiFormula.of(KpiType.VELOCITY).with(KpiParameter.DONE_RULE, DoneRule.BOARD_LAST_COLUMN);
        InvalidInputException refused = assertThrows(InvalidInputException.class, () -> KpiDefinition.of("K", "",
                formula, KpiDataSource.project("CORE"), Frequency.PER_SPRINT, ZoneOffset.UTC, "asm",
                KpiGoal.growing(Direction.HIGHER_IS_BETTER, 10, 5), "", Indicator.LAGGING));
        assertEquals("kpi.formula.doneRule", refused.field());
    }
}
