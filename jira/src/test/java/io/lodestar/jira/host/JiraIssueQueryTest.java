package io.lodestar.jira.host;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import io.lodestar.core.okr.QueryCount;
import org.junit.Before;
import org.junit.Test;

/** The JQL key result's adapter on Jira's search, over {@link FakeJira}'s managers (issue 11). */
public class JiraIssueQueryTest {

    private FakeJira jira;

    @Before
    public void seed() {
        jira = new FakeJira().user("alice", "Alice").user("carol", "Carol").project("TEAM", "Team")
                .issue(1, "TEAM-1", "One", "done", 3.0)
                .issue(2, "TEAM-2", "Two", "new", 5.0)
                .issue(3, "TEAM-3", "Three", "done", null)
                .login("alice");
    }

    @Test
    public void shouldCountDoneIssuesAndSumTheFieldWhenTheUserMayBrowseThemAll() {
        QueryCount count = jira.issueQuery().count("project = TEAM", FakeJira.STORY_POINTS);

        assertEquals(QueryCount.of(3, 2, 8.0, 0), count);
    }

    @Test
    public void shouldLeaveOutAndCountTheIssuesTheUserMayNotBrowse() {
        jira.hide(1, "carol").login("carol");

        assertEquals(QueryCount.of(2, 1, 5.0, 1), jira.issueQuery().count("project = TEAM", FakeJira.STORY_POINTS));
    }

    @Test
    public void shouldReportInsteadOfThrowingWhenJiraRefusesTheQueryOrLacksTheField() {
        QueryCount refused = jira.issueQuery().count("assignee in (", null);
        assertTrue(refused.failed());
        assertTrue(refused.problem(), refused.problem().contains("does not parse"));
        assertEquals("Jira has no field Effort", jira.issueQuery().count("project = TEAM", "Effort").problem());
    }
}
