package io.lodestar.core.kpi.release;

import static io.lodestar.core.kpi.IssueHistoryBuilder.BUG;
import static io.lodestar.core.kpi.IssueHistoryBuilder.DONE;
import static io.lodestar.core.kpi.IssueHistoryBuilder.SUBTASK;
import static io.lodestar.core.kpi.IssueHistoryBuilder.WORKFLOW;
import static io.lodestar.core.kpi.IssueHistoryBuilder.issue;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;

import io.lodestar.core.issue.FixVersion;
import io.lodestar.core.issue.IssueSnapshot;
import io.lodestar.core.issue.StatusCategory;
import io.lodestar.core.kpi.KpiPeriod;
import io.lodestar.core.kpi.KpiValue;
import io.lodestar.core.kpi.StatusSelection;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.Test;

public class ReleaseCalculatorTest {

    private static final double EXACT = 1e-9;
    private static final FixVersion V2_0 = new FixVersion("200", "2.0", true, LocalDate.of(2026, 3, 10));
    private static final FixVersion V2_1 = new FixVersion("201", "2.1", true, LocalDate.of(2026, 3, 24));
    private static final FixVersion V2_2_UNRELEASED = new FixVersion("202", "2.2", false, null);
    private static final FixVersion V1_9_UNDATED = new FixVersion("199", "1.9", true, null);
    private static final KpiPeriod MARCH = KpiPeriod.month(YearMonth.of(2026, 3), ZoneOffset.UTC);

    /** The Javadoc's worked example, plus issues that must not count. */
    private static List<IssueSnapshot> twoReleases() {
        return List.of(
                issue("CORE-1").type(BUG).fixVersion(V2_0).moved("2026-03-05T10:00:00Z", DONE).build(),
                issue("CORE-2").type(BUG).fixVersion(V2_0).build(),
                issue("CORE-3").points(3).fixVersion(V2_0).moved("2026-03-05T10:00:00Z", DONE).build(),
                issue("CORE-4").points(5).fixVersion(V2_0).moved("2026-03-05T10:00:00Z", DONE).build(),
                issue("CORE-5").type(BUG).fixVersion(V2_1).build(),
                issue("CORE-6").points(2).fixVersion(V2_1).moved("2026-03-20T10:00:00Z", DONE).build(),
                issue("CORE-7").points(8).fixVersion(V2_1).build(),
                issue("CORE-8").type(SUBTASK).points(1).fixVersion(V2_1).moved("2026-03-20T10:00:00Z", DONE).build(),
                issue("CORE-9").type(BUG).fixVersion(V2_2_UNRELEASED).build());
    }

    private static List<ReleaseSummary> summaries(List<IssueSnapshot> issues) {
        return new ReleaseCalculator(StatusSelection.category(StatusCategory.DONE, WORKFLOW, issues)).releases(issues);
    }

    @Test
    public void shouldListBugsAndDoneWorkPerReleasedVersion() {
        List<ReleaseSummary> releases = summaries(twoReleases());

        assertEquals(List.of("2.0", "2.1"), releases.stream().map(summary -> summary.version().name()).toList());
        assertEquals(List.of("CORE-1", "CORE-2"), releases.get(0).bugKeys());
        assertEquals(List.of("CORE-1", "CORE-3", "CORE-4"), releases.get(0).doneKeys());
        assertEquals(8, releases.get(0).velocity().value(), EXACT);
        assertEquals(List.of("CORE-5"), releases.get(1).bugKeys());
        assertEquals(2, releases.get(1).velocity().value(), EXACT);
    }

    @Test
    public void shouldAverageOverVersionsReleasedInThePeriod() {
        List<ReleaseSummary> releases = summaries(twoReleases());

        KpiValue bugs = ReleaseCalculator.bugsPerRelease(releases, MARCH, ZoneOffset.UTC);
        KpiValue velocity = ReleaseCalculator.velocityPerRelease(releases, MARCH, ZoneOffset.UTC);

        assertEquals(1.5, bugs.value(), EXACT);
        assertEquals(2, bugs.sampleSize());
        assertEquals(5, velocity.value(), EXACT);
    }

    @Test
    public void shouldBeNotApplicableWhenNoVersionWasReleasedInThePeriod() {
        KpiValue april = ReleaseCalculator.bugsPerRelease(summaries(twoReleases()),
                KpiPeriod.month(YearMonth.of(2026, 4), ZoneOffset.UTC), ZoneOffset.UTC);

        assertFalse(april.isApplicable());
        assertEquals("no version released in 2026-04", april.notApplicableReason().orElseThrow());
    }

    @Test
    public void shouldListUndatedReleasedVersionLastAndLeaveItOutOfPeriods() {
        List<IssueSnapshot> issues = List.of(issue("CORE-1").type(BUG).fixVersion(V1_9_UNDATED).build(),
                issue("CORE-2").type(BUG).fixVersion(V2_0).build());

        List<ReleaseSummary> releases = summaries(issues);

        assertEquals(List.of("2.0", "1.9"), releases.stream().map(summary -> summary.version().name()).toList());
        assertEquals(1, ReleaseCalculator.bugsPerRelease(releases, MARCH, ZoneOffset.UTC).sampleSize());
    }

    @Test
    public void shouldPlaceReleaseDateInTheKpiZoneWhenPeriodIsWeekly() {
        List<ReleaseSummary> releases = summaries(twoReleases());
        ZoneId tokyo = ZoneId.of("Asia/Tokyo");

        KpiValue weekOf9March = ReleaseCalculator.bugsPerRelease(releases,
                KpiPeriod.week(LocalDate.of(2026, 3, 9), tokyo), tokyo);

        assertEquals(2, weekOf9March.value(), EXACT);
        assertEquals(1, weekOf9March.sampleSize());
    }
}
