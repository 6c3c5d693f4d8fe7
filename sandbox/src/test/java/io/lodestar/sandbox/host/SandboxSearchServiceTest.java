package io.lodestar.sandbox.host;

import static org.hamcrest.CoreMatchers.containsString;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import com.atlassian.jira.bc.issue.search.SearchService;
import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.search.SearchResults;
import com.atlassian.jira.web.bean.PagerFilter;
import io.lodestar.sandbox.demo.DemoExport;
import io.lodestar.sandbox.export.JiraRestExportIssueSource;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.BeforeClass;
import org.junit.Test;

/** The sandbox's search and changelog services over the demo export. */
public class SandboxSearchServiceTest {

    private static ExportedIssues issues;
    private static SandboxSearchService search;

    @BeforeClass
    public static void read() throws Exception {
        Path file = Files.createTempDirectory("search").resolve("demo.json");
        new DemoExport(LocalDate.of(2026, 11, 23)).writeTo(file);
        issues = new ExportedIssues(new JiraRestExportIssueSource(file).readAll().issues(), ExportDetails.read(file));
        search = new SandboxSearchService(issues, new SandboxPermissionManager(issues));
    }

    @Test
    public void shouldPageThroughAProjectInKeyOrderWhenSearchingAsAlice() throws Exception {
        SearchService.ParseResult parsed = search.parseQuery(SandboxUsers.ALICE, "project = \"ATLAS\" ORDER BY key");
        assertTrue(parsed.isValid());

        SearchResults<Issue> first = search.search(SandboxUsers.ALICE, parsed.getQuery(), new PagerFilter<>(0, 10));
        SearchResults<Issue> second = search.search(SandboxUsers.ALICE, parsed.getQuery(), new PagerFilter<>(10, 10));

        assertEquals(issues.inProject("ATLAS").size(), first.getTotal());
        assertEquals("ATLAS-1", first.getResults().get(0).getKey());
        assertEquals("ATLAS-11", second.getResults().get(0).getKey());
        assertEquals("pages of the pager's size", 10, first.getResults().size());
        assertEquals(Math.min(10, first.getTotal() - 10), second.getResults().size());
    }

    @Test
    public void shouldFindOnlyIssuesUpdatedSinceTheDayOrNotDoneWhenAMeasurementNarrowsAProject() throws Exception {
        String day = "2026-11-01";
        SearchService.ParseResult parsed = search.parseQuery(SandboxUsers.ALICE,
                "project = \"ATLAS\" AND (updated >= \"" + day + "\" OR statusCategory != Done) ORDER BY key");
        assertTrue(parsed.isValid());

        List<String> found = search.search(SandboxUsers.ALICE, parsed.getQuery(), new PagerFilter<>(0, 200)).getResults()
                .stream().map(Issue::getKey).toList();

        java.time.Instant from = LocalDate.parse(day).atStartOfDay(java.time.ZoneOffset.UTC).toInstant();
        List<String> expected = issues.inProject("ATLAS").stream()
                .filter(issue -> !issue.snapshot().status().isDone() || !issue.getUpdated().toInstant().isBefore(from))
                .map(SandboxIssue::getKey).sorted(java.util.Comparator.comparingInt(
                        key -> Integer.parseInt(key.substring(key.indexOf('-') + 1)))).toList();
        assertEquals(expected, found);
        assertTrue("the demo has done issues last updated before November: some are left out",
                found.size() < issues.inProject("ATLAS").size());
        assertTrue("and done issues updated since", found.stream().anyMatch(key ->
                issues.byKey(key).orElseThrow().snapshot().status().isDone()));
    }

    @Test
    public void shouldFindNothingWhenBobSearchesAProjectHeCannotBrowse() throws Exception {
        SearchService.ParseResult parsed = search.parseQuery(SandboxUsers.BOB, "project = NOVA");

        assertTrue(parsed.isValid());
        assertEquals(0, search.search(SandboxUsers.BOB, parsed.getQuery(), new PagerFilter<>(0, 50)).getTotal());
    }

    @Test
    public void shouldRefuseJqlWhenItIsNotAProjectQuery() {
        SearchService.ParseResult parsed = search.parseQuery(SandboxUsers.ALICE, "assignee = currentUser()");

        assertFalse(parsed.isValid());
        assertThat(parsed.getErrors().getErrorMessages().iterator().next(), containsString("only the JQL 'project = KEY'"));
    }

    @Test
    public void shouldRefuseAProjectWhenTheExportHasNone() {
        SearchService.ParseResult parsed = search.parseQuery(SandboxUsers.ALICE, "project = MARS");

        assertFalse(parsed.isValid());
        assertThat(parsed.getErrors().getErrorMessages().iterator().next(), containsString("'MARS' does not exist"));
    }

    @Test
    public void shouldGiveTheChangeGroupsOfEveryIssueAskedForInOneBulkRead() {
        SandboxIssue first = issues.byKey("ATLAS-20").orElseThrow();
        SandboxIssue second = issues.byKey("ATLAS-21").orElseThrow();

        List<com.atlassian.jira.issue.changehistory.ChangeHistory> histories = new SandboxChangeHistoryManager()
                .getChangeHistoriesForUser(List.of(first, second), SandboxUsers.ALICE);

        assertTrue(histories.stream().anyMatch(h -> h.getIssueId().equals(first.getId())));
        assertTrue(histories.stream().anyMatch(h -> h.getIssueId().equals(second.getId())));
        List<com.atlassian.jira.issue.history.ChangeItemBean> statusItems = histories.stream()
                .filter(h -> h.getIssueId().equals(first.getId()))
                .flatMap(h -> h.getChangeItemBeans().stream())
                .filter(item -> item.getField().equals("status"))
                .toList();
        assertFalse(statusItems.isEmpty());
        assertTrue(histories.stream().allMatch(h -> h.getTimePerformed() != null && !h.getChangeItemBeans().isEmpty()));
        assertEquals(first.getStatus().getId(), statusItems.get(statusItems.size() - 1).getTo());
    }

    @Test
    public void shouldShapeSprintValuesLikeJiraSoftwareWhenReadThroughTheSprintField() {
        SandboxIssue issue = issues.byKey("ATLAS-20").orElseThrow();
        SandboxCustomFieldManager fields = new SandboxCustomFieldManager(issues);

        Object sprints = issue.getCustomFieldValue(fields.getCustomFieldObjectsByName("Sprint").iterator().next());
        Object epic = issue.getCustomFieldValue(fields.getCustomFieldObjectsByName("Epic Link").iterator().next());

        SandboxSprint sprint = (SandboxSprint) ((List<?>) sprints).get(0);
        assertEquals("CLOSED", sprint.getState());
        assertTrue(sprint.getName().startsWith("Atlas Sprint"));
        assertEquals("ATLAS-1", ((Issue) epic).getKey());
    }
}
