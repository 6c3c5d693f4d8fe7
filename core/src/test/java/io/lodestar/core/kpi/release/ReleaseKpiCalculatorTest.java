package io.lodestar.core.kpi.release;

import static io.lodestar.core.kpi.IssueHistoryBuilder.BUG;
import static io.lodestar.core.kpi.IssueHistoryBuilder.DONE;
import static io.lodestar.core.kpi.IssueHistoryBuilder.WORKFLOW;
import static io.lodestar.core.kpi.IssueHistoryBuilder.issue;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import io.lodestar.core.common.InvalidInputException;
import io.lodestar.core.issue.BugTypes;
import io.lodestar.core.issue.FixVersion;
import io.lodestar.core.issue.IssueType;
import io.lodestar.core.kpi.Direction;
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
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.Test;

/** Bugs per release counts the issue types the KPI names as bugs (bugTypes), the common English names by default. */
public class ReleaseKpiCalculatorTest {

    private static final FixVersion V2_0 = new FixVersion("200", "2.0", true, LocalDate.of(2026, 3, 10));
    private static final IssueType FEHLER = new IssueType("10104", "Fehler", false);
    private static final KpiPeriod MARCH = KpiPeriod.month(YearMonth.of(2026, 3), ZoneOffset.UTC);

    /** Version 2.0, released 2026-03-10: one "Bug", two "Fehler" (German Jira) and one story. */
    private static final IssueHistory HISTORY = new IssueHistory(List.of(
            issue("CORE-1").type(BUG).fixVersion(V2_0).moved("2026-03-05T10:00:00Z", DONE).build(),
            issue("CORE-2").type(FEHLER).fixVersion(V2_0).moved("2026-03-05T10:00:00Z", DONE).build(),
            issue("CORE-3").type(FEHLER).fixVersion(V2_0).build(),
            issue("CORE-4").points(3).fixVersion(V2_0).moved("2026-03-05T10:00:00Z", DONE).build()), WORKFLOW);

    private static KpiDefinition bugsPerRelease(KpiFormula formula) {
        return KpiDefinition.of("Bugs per release", "", formula, KpiDataSource.project("CORE"), Frequency.MONTHLY,
                ZoneOffset.UTC, "asm", KpiGoal.growing(Direction.LOWER_IS_BETTER, 1, 3), "", Indicator.LAGGING);
    }

    private static double march(KpiDefinition definition) {
        return new ReleaseKpiCalculator().compute(definition, HISTORY, List.of(MARCH)).get(0).value();
    }

    @Test
    public void shouldCountTheDefaultBugTypesWhenTheKpiNamesNone() {
        // Bug and Defect: CORE-1 only, in the one release of March.
        assertEquals(1.0, march(bugsPerRelease(KpiFormula.of(KpiType.BUGS_PER_RELEASE))), 1e-9);
    }

    @Test
    public void shouldCountTheKpisOwnBugTypesWhenItNamesThem() {
        // "Fehler, Bug": CORE-1, CORE-2 and CORE-3 (a bug counts whether or not it is done) = 3 in the one release.
        KpiFormula german = KpiFormula.fromText(KpiType.BUGS_PER_RELEASE, Map.of("bugTypes", "Fehler, Bug"));
        assertEquals(new BugTypes(List.of("Fehler", "Bug")), german.get(KpiParameter.BUG_TYPES));
        assertEquals(3.0, march(bugsPerRelease(german)), 1e-9);
        assertEquals(Map.of("bugTypes", "Fehler, Bug"), german.parametersAsText());
    }

    @Test
    public void shouldRefuseAnEmptyBugTypeWithTheParametersField() {
        try {
            KpiFormula.fromText(KpiType.BUGS_PER_RELEASE, Map.of("bugTypes", "Bug,,"));
            fail("an empty type name is refused");
        } catch (InvalidInputException e) {
            assertEquals("kpi.formula.bugTypes", e.field());
            assertTrue(e.reason(), e.reason().contains("Bug,,"));
        }
    }
}
