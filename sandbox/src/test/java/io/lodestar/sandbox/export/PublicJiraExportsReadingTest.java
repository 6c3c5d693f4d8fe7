package io.lodestar.sandbox.export;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;

import io.lodestar.core.issue.ChangeField;
import io.lodestar.core.issue.IssueSnapshot;
import io.lodestar.core.issue.Sprint;
import io.lodestar.core.issue.Status;
import io.lodestar.core.issue.StatusCategory;
import java.time.OffsetDateTime;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.junit.Test;

/**
 * The reader on the two real exports. Expected figures were computed independently with a Python
 * one-off over the same files ({@code json.load}, counting fields, sprint strings and changelog
 * items by their names), not copied from this reader's output.
 */
public class PublicJiraExportsReadingTest {

    @Test
    public void shouldReadEveryDuraSpaceIssueWithStoryPointsAndLegacySprintsWhenReadingTheExport() {
        JiraExport.WithIssues read = new JiraRestExportIssueSource(PublicJiraExports.file(PublicJiraExports.DURASPACE)).readAll();
        List<IssueSnapshot> issues = read.issues();

        assertEquals(3036, issues.size());
        assertEquals(3036, read.export().issueCount());
        assertEquals("customfield_10023", read.export().fields().storyPointsId());
        assertEquals("customfield_10290", read.export().fields().sprintId());
        assertNull(read.export().fields().epicLinkId());
        assertEquals(580, issues.stream().filter(issue -> issue.storyPoints() != null).count());
        assertEquals(1265.0, issues.stream().map(IssueSnapshot::storyPoints).filter(Objects::nonNull)
                .mapToDouble(Double::doubleValue).sum(), 0);
        assertEquals(23, issues.stream().filter(issue -> !issue.sprints().isEmpty()).count());
        assertEquals(33, issues.stream().mapToInt(issue -> issue.sprints().size()).sum());
        assertEquals(286, issues.stream().filter(issue -> issue.dueDate() != null).count());
        assertEquals(140, issues.stream().filter(issue -> issue.parentKey() != null).count());
        // status 5,124 + Fix Version 4,486 + resolution 2,670 + duedate 120 + Story Points 320 + Sprint 34
        assertEquals(12754, issues.stream().mapToInt(issue -> issue.changelog().size()).sum());
        assertEquals(34, issues.stream().flatMap(issue -> issue.changelog().stream())
                .filter(change -> change.field() == ChangeField.SPRINT).count());
        assertEquals(0, read.export().truncatedChangelogs());
        assertEquals(List.of(), read.export().changelogOnly());
    }

    @Test
    public void shouldParseGreenHopperSprintTextOfDps51WhenReadingDuraSpace() {
        IssueSnapshot dps51 = find(PublicJiraExports.DURASPACE, "DPS-51");

        assertEquals(List.of(new Sprint(8, "Sprint 3", Sprint.State.CLOSED, OffsetDateTime.parse("2014-01-06T15:17:30.953Z"),
                OffsetDateTime.parse("2014-01-17T15:17:00.000Z"), OffsetDateTime.parse("2014-01-17T21:22:55.111Z"), 13L)),
                dps51.sprints());
    }

    @Test
    public void shouldKeepMinusFiveOffsetWhenDuraSpaceWroteIt() {
        IssueSnapshot cloudsync10 = find(PublicJiraExports.DURASPACE, "CLOUDSYNC-10");

        assertEquals(OffsetDateTime.parse("2011-08-03T17:45:55.749-05:00"), cloudsync10.created());
        assertEquals("-05:00", cloudsync10.created().getOffset().getId());
    }

    @Test
    public void shouldReadApacheExportAndListItsChangelogOnlyStatusesWhenReading() {
        JiraExport.WithIssues read = new JiraRestExportIssueSource(PublicJiraExports.file(PublicJiraExports.APACHE)).readAll();

        assertEquals(501, read.issues().size());
        assertNull(read.export().fields().storyPointsId());
        // status 827 + resolution 536 + Fix Version 515 + duedate 56
        assertEquals(1934, read.issues().stream().mapToInt(issue -> issue.changelog().size()).sum());
        assertEquals(148, read.issues().stream().filter(issue -> issue.dueDate() != null).count());
        assertEquals(List.of(new Status("10002", "Patch Available", StatusCategory.UNDEFINED),
                new Status("3", "In Progress", StatusCategory.UNDEFINED)),
                read.export().changelogOnly().stream().sorted(Comparator.comparing(Status::id)).toList());
        assertEquals(4, read.export().statuses().size());
    }

    @Test
    public void shouldIgnoreJirasTimeInStatusFieldAndKeepOnlyKnownChangelogFieldsWhenReadingApache() {
        IssueSnapshot any23 = find(PublicJiraExports.APACHE, "ANY23-21");

        // Its changelog: priority, Link, status x3, resolution, Fix Version, Version: 5 are kept.
        assertEquals(List.of(ChangeField.STATUS, ChangeField.STATUS, ChangeField.RESOLUTION, ChangeField.FIX_VERSION,
                ChangeField.STATUS), any23.changelog().stream().map(change -> change.field()).toList());
    }

    private static IssueSnapshot find(String file, String key) {
        return new JiraRestExportIssueSource(PublicJiraExports.file(file)).readAll().issues().stream()
                .filter(issue -> issue.key().equals(key)).findFirst().orElseThrow();
    }
}
