package io.lodestar.jira.host;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;

import io.lodestar.core.okr.LinkedIssue;
import io.lodestar.jira.settings.AppSettings;
import java.util.List;
import java.util.Map;
import org.junit.Before;
import org.junit.Test;

public class JiraIssueSourceTest {

    private FakeJira jira;
    private JiraIssueSource source;

    @Before
    public void setUp() {
        jira = new FakeJira()
                .user("alice", "Alice Adams")
                .issue(11, "TEAM-11", "Write the importer", "done", 5.0)
                .issue(12, "TEAM-12", "Test the importer", "indeterminate", 3.0)
                .issue(13, "TEAM-13", "Secret work", "new", 8.0)
                .epic(10, "TEAM-10", "Importer", "indeterminate", 11, 12, 13)
                .login("alice");
        source = jira.issueSource();
    }

    @Test
    public void shouldReportDoneByStatusCategoryAndStoryPointsWhenIssuesAreVisible() {
        List<LinkedIssue> found = source.find(List.of(11L, 12L));

        assertEquals(2, found.size());
        assertTrue(found.get(0).done());
        assertEquals(5.0, found.get(0).storyPoints(), 0.0);
        assertFalse(found.get(1).done());
        assertFalse(found.get(0).epic());
    }

    @Test
    public void shouldLeaveOutIssuesWhenTheUserMayNotBrowseThem() {
        jira.hide(12, "alice");

        List<LinkedIssue> found = source.find(List.of(11L, 12L, 999L));

        assertEquals(List.of(11L), found.stream().map(LinkedIssue::issueId).toList());
    }

    @Test
    public void shouldGiveAnEpicItsVisibleChildrenWhenSomeAreHidden() {
        jira.hide(13, "alice");

        LinkedIssue epic = source.find(List.of(10L)).get(0);

        assertTrue(epic.epic());
        assertEquals(List.of("TEAM-11", "TEAM-12"), epic.children().stream().map(LinkedIssue::key).toList());
    }

    @Test
    public void shouldLoadIssuesInBulkWhenAskedForManyIssuesAndAnEpic() {
        source.find(List.of(10L, 11L, 12L));

        assertEquals("one load for the linked issues, one for the epic's children", 2, jira.bulkLoads());
    }

    @Test
    public void shouldSeeNothingWhenNobodyIsLoggedIn() {
        jira.logout();

        assertTrue(source.find(List.of(10L, 11L)).isEmpty());
    }

    @Test
    public void shouldCountAnUnestimatedIssueAsWithoutPointsWhenTheFieldHoldsNoNumber() {
        jira.issue(14, "TEAM-14", "Unestimated", "new", null);

        assertNull(source.find(List.of(14L)).get(0).storyPoints());
    }

    @Test
    public void shouldFindAnIssueByKeyWithItsSummaryAndStatusWhenBrowsable() {
        IssueCard card = source.findByKey("team-12").orElseThrow();

        assertEquals(12L, card.issueId());
        assertEquals("Test the importer", card.summary());
        assertEquals("In Progress", card.status());
        assertEquals("indeterminate", card.statusCategory());
    }

    @Test
    public void shouldNotFindAnIssueByKeyWhenHidden() {
        jira.hide(12, "alice");

        assertTrue(source.findByKey("TEAM-12").isEmpty());
        assertTrue(source.findByKey("NOPE-1").isEmpty());
    }

    @Test
    public void shouldReadStoryPointsFromTheConfiguredFieldWhenTheSettingsNameOne() {
        jira.estimate(11, 13.0);
        jira.settings.replace(AppSettings.of(FakeJira.ESTIMATE_ID, Map.of()));

        List<LinkedIssue> found = source.find(List.of(11L, 12L));

        assertEquals(13.0, found.get(0).storyPoints(), 0.0);
        assertNull("no value in the chosen field, whatever the Story Points field holds", found.get(1).storyPoints());
    }

    @Test
    public void shouldCountNoPointsWhenTheConfiguredFieldDoesNotExist() {
        jira.settings.replace(AppSettings.of("customfield_99999", Map.of()));

        assertNull(source.find(List.of(11L)).get(0).storyPoints());
    }

    @Test
    public void shouldCountOnlyTheConfiguredStatusesAsDoneWhenTheProjectHasSome() {
        jira.issue(15, "TEAM-15", "Deployed", "done", 2.0).status(15, "10100", "Deployed");
        jira.settings.replace(AppSettings.of(null, Map.of("team", List.of("10100", FakeJira.IN_PROGRESS_ID))));

        List<LinkedIssue> found = source.find(List.of(11L, 12L, 15L));

        assertFalse("Done category but not a chosen status", found.get(0).done());
        assertTrue("a chosen status outside the Done category", found.get(1).done());
        assertTrue(found.get(2).done());
        assertEquals("the category is still Jira's", "done", source.cards(List.of(11L)).get(0).statusCategory());
    }

    @Test
    public void shouldUseTheDoneCategoryWhenOnlyOtherProjectsHaveStatuses() {
        jira.settings.replace(AppSettings.of(null, Map.of("OTHER", List.of(FakeJira.IN_PROGRESS_ID))));

        List<LinkedIssue> found = source.find(List.of(11L, 12L));

        assertTrue(found.get(0).done());
        assertFalse(found.get(1).done());
    }

    @Test
    public void shouldApplyTheProjectsStatusesToAnEpicsChildrenWhenConfigured() {
        jira.settings.replace(AppSettings.of(null, Map.of("TEAM", List.of(FakeJira.IN_PROGRESS_ID))));

        LinkedIssue epic = source.find(List.of(10L)).get(0);

        assertTrue(epic.done());
        assertEquals(List.of(false, true, false), epic.children().stream().map(LinkedIssue::done).toList());
    }

    @Test
    public void shouldFindTheEpicOfAStoryAndTheParentAndItsEpicOfASubTaskWhenAskedForContainers() {
        jira.subTask(14, "TEAM-14", "Importer CLI flag", "new", null, 11);

        assertEquals(List.of(new IssueContainer(10, "TEAM-10", IssueContainer.Relation.EPIC)), source.containersOf(11));
        assertEquals(List.of(new IssueContainer(11, "TEAM-11", IssueContainer.Relation.PARENT),
                new IssueContainer(10, "TEAM-10", IssueContainer.Relation.EPIC)), source.containersOf(14));
        assertEquals(List.of(), source.containersOf(10));
    }

    @Test
    public void shouldLeaveOutContainersWhenTheUserMayNotBrowseThem() {
        jira.subTask(14, "TEAM-14", "Importer CLI flag", "new", null, 11).hide(10, "alice");

        assertEquals(List.of(new IssueContainer(11, "TEAM-11", IssueContainer.Relation.PARENT)), source.containersOf(14));
        assertEquals(List.of(), source.containersOf(12));
    }

    @Test
    public void shouldCountTheEpicsHiddenIssuesWhenTheUserMayNotBrowseSome() {
        jira.hide(13, "alice");

        IssueCard epic = source.cards(List.of(10L)).get(0);

        assertEquals(List.of(11L, 12L), epic.children().stream().map(IssueCard::issueId).toList());
        assertEquals(1, epic.hiddenChildren());
        assertEquals(0, source.cards(List.of(11L)).get(0).hiddenChildren());
    }
}
