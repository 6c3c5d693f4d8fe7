package io.lodestar.jira.host;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertSame;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.atlassian.jira.bc.issue.search.SearchService;
import com.atlassian.jira.config.StatusManager;
import com.atlassian.jira.issue.CustomFieldManager;
import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.changehistory.ChangeHistory;
import com.atlassian.jira.issue.changehistory.ChangeHistoryManager;
import com.atlassian.jira.issue.fields.CustomField;
import com.atlassian.jira.issue.history.ChangeItemBean;
import com.atlassian.jira.issue.issuetype.IssueType;
import com.atlassian.jira.issue.search.SearchResults;
import com.atlassian.jira.issue.status.Status;
import com.atlassian.jira.issue.status.category.StatusCategory;
import com.atlassian.jira.project.Project;
import com.atlassian.jira.project.version.Version;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.util.MessageSet;
import com.atlassian.jira.web.bean.PagerFilter;
import com.atlassian.query.Query;
import io.lodestar.core.common.InvalidInputException;
import io.lodestar.core.issue.ChangeField;
import io.lodestar.core.issue.IssueSnapshot;
import io.lodestar.core.issue.Sprint;
import io.lodestar.core.kpi.KpiDataSource;
import io.lodestar.jira.settings.AppSettings;
import io.lodestar.jira.settings.InMemoryAppSettingsStore;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Set;
import io.lodestar.core.common.NotFoundException;
import io.lodestar.core.kpi.IssueHistory;
import java.util.Optional;
import org.junit.Before;
import org.junit.Test;

public class JiraIssueHistorySourceTest {

    private final FakeJira jira = new FakeJira().user("alice", "Alice Adams");
    private final SearchService search = mock(SearchService.class);
    private final ChangeHistoryManager history = mock(ChangeHistoryManager.class);
    private final CustomFieldManager fields = mock(CustomFieldManager.class);
    private final StatusManager statusManager = mock(StatusManager.class);
    private final Query query = mock(Query.class);
    private final CustomField storyPoints = mock(CustomField.class);
    private final CustomField sprintField = mock(CustomField.class);
    private final InMemoryAppSettingsStore settings = new InMemoryAppSettingsStore();
    private JiraIssueHistorySource source;

    /** Stands for Jira Software's sprint class, which the adapter reads by reflection. */
    public static final class GreenhopperSprint {
        public Long getId() {
            return 7L;
        }

        public String getName() {
            return "Sprint 7";
        }

        public Object getState() {
            return "CLOSED";
        }

        public Date getStartDate() {
            return Date.from(Instant.parse("2026-02-02T09:00:00Z"));
        }

        public Date getEndDate() {
            return Date.from(Instant.parse("2026-02-16T09:00:00Z"));
        }

        public Date getCompleteDate() {
            return Date.from(Instant.parse("2026-02-13T16:00:00Z"));
        }

        public Long getRapidViewId() {
            return 3L;
        }
    }

    /** A sprint of a Jira Software that records when it was really started, two days after its planned start. */
    public static final class StartedLateSprint {
        private final GreenhopperSprint planned = new GreenhopperSprint();

        public Long getId() {
            return planned.getId();
        }

        public String getName() {
            return planned.getName();
        }

        public Object getState() {
            return planned.getState();
        }

        public Date getStartDate() {
            return planned.getStartDate();
        }

        public Date getActivatedDate() {
            return Date.from(Instant.parse("2026-02-04T11:30:00Z"));
        }

        public Date getEndDate() {
            return planned.getEndDate();
        }

        public Date getCompleteDate() {
            return planned.getCompleteDate();
        }
    }

    @Before
    public void setUp() {
        jira.login("alice");
        when(storyPoints.getName()).thenReturn("Story Points");
        when(fields.getCustomFieldObjectsByName("Story Points")).thenReturn(List.of(storyPoints));
        when(fields.getCustomFieldObjectsByName("Sprint")).thenReturn(List.of(sprintField));
        when(search.parseQuery(any(ApplicationUser.class), eq("project = \"TEAM\" ORDER BY key")))
                .thenReturn(new SearchService.ParseResult(query, null));
        source = new JiraIssueHistorySource(search, history, fields, statusManager, jira.permissions(), settings, "Story Points",
                ZoneOffset.UTC);
    }

    private Issue issue(long id, String key, String categoryKey) {
        Issue issue = mock(Issue.class);
        when(issue.getId()).thenReturn(id);
        when(issue.getKey()).thenReturn(key);
        Project project = mock(Project.class);
        when(project.getKey()).thenReturn("TEAM");
        when(issue.getProjectObject()).thenReturn(project);
        IssueType type = mock(IssueType.class);
        when(type.getId()).thenReturn("10001");
        when(type.getName()).thenReturn("Story");
        when(issue.getIssueType()).thenReturn(type);
        Status status = mock(Status.class);
        StatusCategory category = mock(StatusCategory.class);
        when(category.getKey()).thenReturn(categoryKey);
        when(status.getId()).thenReturn(categoryKey.equals("done") ? "10002" : "3");
        when(status.getName()).thenReturn(categoryKey.equals("done") ? "Done" : "In Progress");
        when(status.getStatusCategory()).thenReturn(category);
        when(issue.getStatus()).thenReturn(status);
        when(issue.getCreated()).thenReturn(Timestamp.from(Instant.parse("2026-02-01T08:00:00Z")));
        return issue;
    }

    @SuppressWarnings("unchecked")
    private void page(int start, int total, Issue... issues) throws Exception {
        when(search.search(any(ApplicationUser.class), eq(query), any(PagerFilter.class))).thenAnswer(call -> {
            PagerFilter<Issue> pager = call.getArgument(2);
            return pager.getStart() == start ? new SearchResults<>(List.of(issues), total, 200, start)
                    : new SearchResults<>(List.of(), total, 200, pager.getStart());
        });
    }

    /** A change group of one issue holding the given items, performed at the first item's time. */
    private static ChangeHistory group(long issueId, ChangeItemBean... items) {
        ChangeHistory group = mock(ChangeHistory.class);
        when(group.getIssueId()).thenReturn(issueId);
        Timestamp at = items[0].getCreated();
        when(group.getTimePerformed()).thenReturn(at);
        when(group.getChangeItemBeans()).thenReturn(List.of(items));
        return group;
    }

    private static ChangeItemBean item(String field, String from, String to, String at) {
        ChangeItemBean item = mock(ChangeItemBean.class);
        when(item.getField()).thenReturn(field);
        when(item.getFrom()).thenReturn(from);
        when(item.getTo()).thenReturn(to);
        when(item.getFromString()).thenReturn(from);
        when(item.getToString()).thenReturn(to);
        when(item.getCreated()).thenReturn(Timestamp.from(Instant.parse(at)));
        return item;
    }

    @Test
    public void shouldHaveSprintsOnlyWhenJiraSoftwareProvidesTheSprintField() {
        assertTrue(source.hasSprints());
        when(fields.getCustomFieldObjectsByName("Sprint")).thenReturn(List.of());

        assertFalse(source.hasSprints());
    }

    @Test
    public void shouldReadAProjectsIssuesWithStatusPointsSprintsVersionsAndAMergedChangelog() throws Exception {
        Issue done = issue(11, "TEAM-11", "done");
        when(done.getCustomFieldValue(storyPoints)).thenReturn(5.0);
        when(done.getCustomFieldValue(sprintField)).thenReturn(List.of(new GreenhopperSprint()));
        when(done.getResolutionDate()).thenReturn(Timestamp.from(Instant.parse("2026-02-12T17:00:00Z")));
        Version release = mock(Version.class);
        when(release.getId()).thenReturn(100L);
        when(release.getName()).thenReturn("1.0");
        when(release.isReleased()).thenReturn(true);
        when(done.getFixVersions()).thenReturn(List.of(release));
        List<ChangeItemBean> statusItems = List.of(
                item("status", "3", "10002", "2026-02-12T17:00:00Z"), item("status", "1", "3", "2026-02-03T10:00:00Z"));
        List<ChangeItemBean> pointItems = List.of(item("Story Points", "3", "5", "2026-02-05T10:00:00Z"));
        // Jira may give the change groups in any order: the newest first here, and an unread field among them.
        List<ChangeHistory> groups = List.of(
                group(11, statusItems.get(0), item("assignee", "bob", "alice", "2026-02-12T17:00:00Z")),
                group(11, pointItems.get(0)), group(11, statusItems.get(1)));
        when(history.getChangeHistoriesForUser(any(), any())).thenReturn(groups);
        page(0, 1, done);
        List<IssueSnapshot> read = new ArrayList<>();

        var statuses = source.read(KpiDataSource.project("TEAM"), read::add);

        IssueSnapshot snapshot = read.get(0);
        assertEquals("11", snapshot.id());
        assertEquals("TEAM", snapshot.projectKey());
        assertTrue(snapshot.status().isDone());
        assertEquals(5.0, snapshot.storyPoints(), 0.0);
        assertEquals(Instant.parse("2026-02-12T17:00:00Z"), snapshot.resolved().toInstant());
        Sprint sprint = snapshot.sprints().get(0);
        assertEquals(7L, sprint.id());
        assertTrue(sprint.isClosed());
        assertEquals(Long.valueOf(3), sprint.boardId());
        assertEquals(Instant.parse("2026-02-13T16:00:00Z"), sprint.completeDate().toInstant());
        assertEquals("1.0", snapshot.fixVersions().get(0).name());
        assertEquals(List.of(ChangeField.STATUS, ChangeField.STORY_POINTS, ChangeField.STATUS),
                snapshot.changelog().stream().map(c -> c.field()).toList());
        assertEquals("10002", snapshot.changelog().get(2).to());
        assertEquals(1, statuses.size());
    }

    @Test
    public void shouldReadEveryPageWhenTheSourceHasMoreIssuesThanAPage() throws Exception {
        List<Issue> first = new ArrayList<>();
        for (int i = 0; i < JiraIssueHistorySource.PAGE_SIZE; i++) {
            first.add(issue(1000 + i, "TEAM-" + i, "new"));
        }
        Issue last = issue(5000, "TEAM-5000", "new");
        when(search.search(any(ApplicationUser.class), eq(query), any(PagerFilter.class))).thenAnswer(call -> {
            PagerFilter<Issue> pager = call.getArgument(2);
            return pager.getStart() == 0 ? new SearchResults<>(first, 201, 200, 0)
                    : new SearchResults<>(List.of(last), 201, 200, 200);
        });
        List<IssueSnapshot> read = new ArrayList<>();

        source.read(KpiDataSource.project("TEAM"), read::add);

        assertEquals(201, read.size());
        verify(search, times(2)).search(any(ApplicationUser.class), eq(query), any(PagerFilter.class));
        // One bulk changelog read per page, with that page's issues, as the searching user.
        verify(history).getChangeHistoriesForUser(eq(first), any(ApplicationUser.class));
        verify(history).getChangeHistoriesForUser(eq(List.of(last)), any(ApplicationUser.class));
        verify(history, times(2)).getChangeHistoriesForUser(any(), any());
    }

    @Test
    public void shouldRefuseAQueryJiraCannotParseWithJirasMessage() {
        MessageSet errors = mock(MessageSet.class);
        when(errors.hasAnyErrors()).thenReturn(true);
        when(errors.getErrorMessages()).thenReturn(Set.of("Field 'sprnt' does not exist."));
        when(search.parseQuery(any(ApplicationUser.class), eq("sprnt = 1"))).thenReturn(new SearchService.ParseResult(query, errors));

        try {
            source.read(KpiDataSource.jql("sprnt = 1"), snapshot -> fail());
            fail();
        } catch (InvalidInputException e) {
            assertEquals("kpi.dataSource.reference", e.field());
            assertEquals("Field 'sprnt' does not exist.", e.reason());
        }
    }

    @Test
    public void shouldReadOnlyIssuesUpdatedSinceTheDayBeforeOrNotDoneWhenOnlyRecentChangesMatter() throws Exception {
        String recent = "project = \"TEAM\" AND (updated >= \"2026-03-01\" OR statusCategory != Done) ORDER BY key";
        when(search.parseQuery(any(ApplicationUser.class), eq(recent))).thenReturn(new SearchService.ParseResult(query, null));
        page(0, 1, issue(11, "TEAM-11", "indeterminate"));
        List<IssueSnapshot> read = new ArrayList<>();

        source.read(KpiDataSource.project("TEAM"), Instant.parse("2026-03-02T00:00:00Z"), read::add);

        assertEquals("the query Jira ran is the windowed one", List.of("TEAM-11"),
                read.stream().map(IssueSnapshot::key).toList());
        assertEquals("(updated >= \"2026-03-01\" OR statusCategory != Done)",
                JiraIssueHistorySource.recentClause(Instant.parse("2026-03-02T23:59:00Z")));
    }

    @Test
    public void shouldReadABoardsFilterWindowedAndAJqlQueryWhole() throws Exception {
        JiraIssueHistorySource boards = withBoards((user, id) ->
                Optional.of(new JiraBoards.Board(3, "Team board", 10400, Set.of("10002"))));
        when(search.parseQuery(any(ApplicationUser.class),
                eq("filter = 10400 AND (updated >= \"2026-03-01\" OR statusCategory != Done) ORDER BY key")))
                .thenReturn(new SearchService.ParseResult(query, null));
        when(search.parseQuery(any(ApplicationUser.class), eq("assignee = bob ORDER BY created DESC")))
                .thenReturn(new SearchService.ParseResult(query, null));
        page(0, 1, issue(11, "TEAM-11", "done"));
        Instant since = Instant.parse("2026-03-02T00:00:00Z");

        List<String> board = new ArrayList<>();
        boards.read(KpiDataSource.board(3), since, snapshot -> board.add(snapshot.key()));
        List<String> jql = new ArrayList<>();
        boards.read(KpiDataSource.jql("assignee = bob ORDER BY created DESC"), since, snapshot -> jql.add(snapshot.key()));

        assertEquals(List.of("TEAM-11"), board);
        assertEquals("a user's query is run as written", List.of("TEAM-11"), jql);
    }

    @Test
    public void shouldKnowEveryStatusOfTheInstanceWithItsCategoryNotOnlyThoseOfTheIssuesRead() throws Exception {
        Status closed = mock(Status.class);
        StatusCategory done = mock(StatusCategory.class);
        when(done.getKey()).thenReturn("done");
        when(closed.getId()).thenReturn("6");
        when(closed.getName()).thenReturn("Closed");
        when(closed.getStatusCategory()).thenReturn(done);
        when(statusManager.getStatuses()).thenReturn(List.of(closed));
        page(0, 1, issue(11, "TEAM-11", "indeterminate"));

        var statuses = source.read(KpiDataSource.project("TEAM"), snapshot -> { });

        assertEquals(2, statuses.size());
        assertTrue("Closed is in no issue read, and still known as done",
                statuses.find("6").orElseThrow().isDone());
    }

    @Test
    public void shouldQuoteAProjectKey() {
        assertEquals("project = \"A\\\"B\" ORDER BY key", JiraIssueHistorySource.jql(KpiDataSource.project("A\"B"), ""));
    }

    private JiraIssueHistorySource withBoards(JiraBoards.Lookup lookup) {
        return new JiraIssueHistorySource(search, history, fields, statusManager, jira.permissions(), settings, new JiraBoards(lookup),
                "Story Points", ZoneOffset.UTC);
    }

    @Test
    public void shouldReadABoardsIssuesThroughItsSavedFilterAsTheCurrentUserWithItsLastColumn() throws Exception {
        List<ApplicationUser> askedAs = new ArrayList<>();
        JiraIssueHistorySource boards = withBoards((user, id) -> {
            askedAs.add(user);
            return id == 3 ? Optional.of(new JiraBoards.Board(3, "Team board", 10400, Set.of("10002", "10100")))
                    : Optional.empty();
        });
        when(search.parseQuery(any(ApplicationUser.class), eq("filter = 10400 ORDER BY key")))
                .thenReturn(new SearchService.ParseResult(query, null));
        page(0, 1, issue(11, "TEAM-11", "done"));
        List<IssueSnapshot> read = new ArrayList<>();

        boards.read(KpiDataSource.board(3), read::add);
        IssueHistory loaded = boards.load(KpiDataSource.board(3));

        assertEquals(List.of("TEAM-11"), read.stream().map(IssueSnapshot::key).toList());
        assertEquals(Set.of("10002", "10100"), loaded.lastColumnStatusIds());
        assertEquals("alice", askedAs.get(0).getUsername());
        assertEquals(Set.of(), boards.lastColumnStatusIds(KpiDataSource.project("TEAM")));
    }

    @Test
    public void shouldEstimateABoardsIssuesAsItsVelocityChartDoesWithItsFieldOrByCountingThem() throws Exception {
        CustomField boardPoints = mock(CustomField.class);
        when(boardPoints.getName()).thenReturn("Story point estimate");
        when(fields.getCustomFieldObject("customfield_10106")).thenReturn(boardPoints);
        when(search.parseQuery(any(ApplicationUser.class), eq("filter = 10400 ORDER BY key")))
                .thenReturn(new SearchService.ParseResult(query, null));
        Issue issue = issue(11, "TEAM-11", "done");
        when(issue.getCustomFieldValue(storyPoints)).thenReturn(5.0);
        when(issue.getCustomFieldValue(boardPoints)).thenReturn(8.0);
        page(0, 1, issue);
        List<ChangeHistory> groups = List.of(group(11, item("Story point estimate", "5", "8", "2026-02-05T10:00:00Z"),
                item("Story Points", "3", "5", "2026-02-05T10:00:00Z")));
        when(history.getChangeHistoriesForUser(any(), any())).thenReturn(groups);

        IssueSnapshot byField = withBoards((user, id) -> Optional.of(new JiraBoards.Board(3, "Team board", 10400,
                Set.of(), JiraBoards.Estimate.customField("customfield_10106")))).load(KpiDataSource.board(3)).issues().get(0);
        IssueSnapshot byCount = withBoards((user, id) -> Optional.of(new JiraBoards.Board(3, "Team board", 10400,
                Set.of(), JiraBoards.Estimate.ISSUE_COUNT))).load(KpiDataSource.board(3)).issues().get(0);
        IssueSnapshot bySettings = withBoards((user, id) -> Optional.of(new JiraBoards.Board(3, "Team board", 10400,
                Set.of()))).load(KpiDataSource.board(3)).issues().get(0);

        assertEquals(8.0, byField.storyPoints(), 0.0);
        assertEquals("the board field's changes, not the settings' field's", "5",
                byField.changelog().get(0).from());
        assertEquals(1.0, byCount.storyPoints(), 0.0);
        assertTrue("a count has no estimate changes", byCount.changelog().isEmpty());
        assertEquals(5.0, bySettings.storyPoints(), 0.0);
        assertEquals("3", bySettings.changelog().get(0).from());
    }

    @Test
    public void shouldSayABoardIsNotFoundWhenJiraSoftwareHasNoneTheUserMaySee() {
        JiraIssueHistorySource noBoards = withBoards((user, id) -> Optional.empty());
        try {
            noBoards.read(KpiDataSource.board(3), snapshot -> fail());
            fail();
        } catch (NotFoundException e) {
            assertTrue(e.getMessage(), e.getMessage().contains("3"));
        }
        // The stand-in ComponentAccessor has no Jira Software: the default lookup answers "no board".
        assertTrue(JiraBoards.fromJiraSoftware(null, 3).isEmpty());
    }

    @Test
    public void shouldStartASprintWhenItWasStartedNotWhenItWasPlannedWhereJiraSoftwareKnowsBoth() throws Exception {
        Issue late = issue(13, "TEAM-13", "new");
        Issue onTime = issue(14, "TEAM-14", "new");
        when(late.getCustomFieldValue(sprintField)).thenReturn(List.of(new StartedLateSprint()));
        when(onTime.getCustomFieldValue(sprintField)).thenReturn(List.of(new GreenhopperSprint()));
        page(0, 2, late, onTime);
        List<IssueSnapshot> read = new ArrayList<>();

        source.read(KpiDataSource.project("TEAM"), read::add);

        assertEquals(Instant.parse("2026-02-04T11:30:00Z"), read.get(0).sprints().get(0).startDate().toInstant());
        assertEquals(Instant.parse("2026-02-02T09:00:00Z"), read.get(1).sprints().get(0).startDate().toInstant());
    }

    @Test
    public void shouldLeaveSprintsOutWhenTheFieldHoldsSomethingElse() throws Exception {
        Issue odd = issue(12, "TEAM-12", "new");
        when(odd.getCustomFieldValue(sprintField)).thenReturn(List.of("not a sprint"));
        page(0, 1, odd);
        List<IssueSnapshot> read = new ArrayList<>();

        source.read(KpiDataSource.project("TEAM"), read::add);

        assertTrue(read.get(0).sprints().isEmpty());
        assertNull(read.get(0).storyPoints());
        assertSame(null, read.get(0).epicKey());
    }

    @Test
    public void shouldReadStoryPointsAndTheirChangesFromTheConfiguredFieldWhenTheSettingsNameOne() throws Exception {
        CustomField estimate = mock(CustomField.class);
        when(estimate.getName()).thenReturn("Estimate");
        when(fields.getCustomFieldObject("customfield_10500")).thenReturn(estimate);
        settings.replace(AppSettings.of("customfield_10500", Map.of()));
        Issue issue = issue(11, "TEAM-11", "new");
        when(issue.getCustomFieldValue(storyPoints)).thenReturn(5.0);
        when(issue.getCustomFieldValue(estimate)).thenReturn(8.0);
        List<ChangeItemBean> estimateItems = List.of(item("Estimate", "3", "8", "2026-02-05T10:00:00Z"));
        List<ChangeItemBean> pointItems = List.of(item("Story Points", "1", "5", "2026-02-04T10:00:00Z"));
        List<ChangeHistory> groups = List.of(group(11, pointItems.get(0)), group(11, estimateItems.get(0)));
        when(history.getChangeHistoriesForUser(any(), any())).thenReturn(groups);
        page(0, 1, issue);
        List<IssueSnapshot> read = new ArrayList<>();

        source.read(KpiDataSource.project("TEAM"), read::add);

        assertEquals(8.0, read.get(0).storyPoints(), 0.0);
        assertEquals(List.of("8"), read.get(0).changelog().stream()
                .filter(c -> c.field() == ChangeField.STORY_POINTS).map(c -> c.to()).toList());
    }
}
