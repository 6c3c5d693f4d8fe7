package io.lodestar.jira.host;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import org.junit.Before;
import org.junit.Test;

public class JiraPermissionsTest {

    private FakeJira jira;
    private JiraPermissions permissions;

    @Before
    public void setUp() {
        jira = new FakeJira()
                .user("alice", "Alice Adams")
                .user("root", "Jira Root")
                .jiraAdmin("root")
                .projectAdmin("TEAM", "alice");
        permissions = jira.permissions();
    }

    @Test
    public void shouldKnowTheCurrentUserWhenLoggedIn() {
        jira.login("alice");

        assertEquals("alice", permissions.currentUser().orElseThrow().getKey());
    }

    @Test
    public void shouldHaveNoUserAndNoRightsWhenAnonymous() {
        assertTrue(permissions.currentUser().isEmpty());
        assertFalse(permissions.isJiraAdmin());
        assertFalse(permissions.mayAdministerProject("TEAM"));
    }

    @Test
    public void shouldTellJiraAdministratorsApartWhenAsked() {
        jira.login("root");
        assertTrue(permissions.isJiraAdmin());

        jira.login("alice");
        assertFalse(permissions.isJiraAdmin());
    }

    @Test
    public void shouldAdministerOnlyTheirProjectWhenProjectAdmin() {
        jira.login("alice");

        assertTrue(permissions.mayAdministerProject("TEAM"));
        assertTrue("team names are matched as project keys", permissions.mayAdministerProject("team"));
        assertFalse(permissions.mayAdministerProject("OTHER"));
        assertFalse(permissions.mayAdministerProject(null));
    }

    @Test
    public void shouldShowTheFullNameOrTheKeyWhenTheUserIsUnknown() {
        assertEquals("Alice Adams", permissions.displayName("alice"));
        assertEquals("gone", permissions.displayName("gone"));
    }
}
