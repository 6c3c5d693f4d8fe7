package io.lodestar.sandbox.export;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import io.lodestar.core.issue.IssueSnapshot;
import io.lodestar.core.issue.StatusCatalog;
import io.lodestar.core.issue.StatusCategory;
import io.lodestar.core.kpi.DeadlineRule;
import io.lodestar.core.kpi.EstimateMoment;
import io.lodestar.core.kpi.IssueColumns;
import io.lodestar.core.kpi.StageEntry;
import io.lodestar.core.kpi.StatusSelection;
import io.lodestar.core.kpi.delivery.OnTimeDeliveryCalculator;
import io.lodestar.core.kpi.delivery.OnTimeDeliveryReport;
import io.lodestar.core.kpi.flow.CycleTimeCalculator;
import io.lodestar.core.kpi.flow.FlowTimes;
import io.lodestar.core.kpi.flow.LeadTimeCalculator;
import io.lodestar.core.kpi.flow.ResolutionTimeCalculator;
import io.lodestar.core.kpi.flow.StageMapping;
import io.lodestar.core.kpi.flow.TimeInStatusCalculator;
import io.lodestar.core.kpi.release.ReleaseCalculator;
import io.lodestar.core.kpi.sprint.VelocityCalculator;
import io.lodestar.core.kpi.throughput.ThroughputCalculator;
import io.lodestar.core.kpi.throughput.WorkInProgressCalculator;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.Test;

/**
 * On the real public exports, every calculator gives the same result over {@link IssueColumns} as over
 * the snapshots the export reader makes: the columns are a faster form of the same histories, nothing more.
 */
public class IssueColumnsOnPublicExportsTest {

    @Test
    public void shouldGiveTheSnapshotsResultsWhenReadingTheApacheExport() {
        assertSameResults(PublicJiraExports.APACHE);
    }

    @Test
    public void shouldGiveTheSnapshotsResultsWhenReadingTheDuraspaceExport() {
        assertSameResults(PublicJiraExports.DURASPACE);
    }

    private static void assertSameResults(String name) {
        JiraExport.WithIssues read = new JiraRestExportIssueSource(PublicJiraExports.file(name)).readAll();
        List<IssueSnapshot> issues = read.issues();
        assertTrue(name + " holds issues", issues.size() > 100);
        StatusCatalog statuses = read.export().statuses();
        IssueColumns columns = IssueColumns.of(issues);

        assertSame(name, new ResolutionTimeCalculator().measure(issues), new ResolutionTimeCalculator().measure(columns));
        StageMapping mapping = StageMapping.byStatusCategory();
        assertSame(name, new LeadTimeCalculator(mapping, statuses).measure(issues),
                new LeadTimeCalculator(mapping, statuses).measure(columns));
        for (StageEntry entry : StageEntry.values()) {
            assertSame(name, new CycleTimeCalculator(mapping, statuses, entry).measure(issues),
                    new CycleTimeCalculator(mapping, statuses, entry).measure(columns));
        }
        TimeInStatusCalculator timeInStatus = new TimeInStatusCalculator(Instant.parse("2016-01-01T00:00:00Z"));
        assertEquals(name, timeInStatus.measure(issues), timeInStatus.measure(columns));
        for (DeadlineRule rule : DeadlineRule.values()) {
            OnTimeDeliveryReport expected = new OnTimeDeliveryCalculator(rule).measure(issues);
            OnTimeDeliveryReport actual = new OnTimeDeliveryCalculator(rule).measure(columns);
            assertEquals(name, expected.toString(), actual.toString());
            assertEquals(name, expected.outcomes(), actual.outcomes());
        }
        StatusSelection done = StatusSelection.category(StatusCategory.DONE, statuses, issues);
        StatusSelection inProgress = StatusSelection.category(StatusCategory.IN_PROGRESS, statuses, issues);
        ThroughputCalculator throughput = new ThroughputCalculator(done);
        LocalDate first = LocalDate.parse("2010-01-04");
        LocalDate last = LocalDate.parse("2016-01-04");
        assertEquals(name, throughput.weekly(issues, first, last, ZoneOffset.UTC),
                throughput.weekly(columns, first, last, ZoneOffset.UTC));
        List<Instant> weeks = new ArrayList<>();
        for (LocalDate monday = first; !monday.isAfter(last); monday = monday.plusWeeks(1)) {
            weeks.add(monday.atStartOfDay(ZoneOffset.UTC).toInstant());
        }
        WorkInProgressCalculator wip = new WorkInProgressCalculator(inProgress);
        assertEquals(name, wip.series(issues, weeks), wip.series(columns, weeks));
        assertEquals(name, new ReleaseCalculator(done).releases(issues), new ReleaseCalculator(done).releases(columns));
        for (EstimateMoment moment : EstimateMoment.values()) {
            VelocityCalculator velocity = new VelocityCalculator(done, moment);
            assertEquals(name, velocity.closedSprints(issues), velocity.closedSprints(columns));
        }
    }

    private static void assertSame(String name, FlowTimes expected, FlowTimes actual) {
        assertEquals(name, expected.toString(), actual.toString());
        assertEquals(name, expected.perIssue(), actual.perIssue());
        assertEquals(name, expected.notStarted(), actual.notStarted());
    }
}
