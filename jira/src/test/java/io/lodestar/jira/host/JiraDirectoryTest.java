package io.lodestar.jira.host;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;

import com.atlassian.jira.bc.user.search.UserSearchParams;
import java.util.List;
import java.util.Optional;
import org.junit.Test;

public class JiraDirectoryTest {

    private final FakeJira jira = new FakeJira()
            .user("alice", "Alice Adams").user("albert", "Albert Ames").user("bob", "Bob Brown")
            .project("TEAM", "The team").project("NOVA", "Nova").hideProject("NOVA", "bob");
    private final JiraDirectory directory = jira.directory();

    @Test
    public void shouldFindUsersThroughJiraUserSearchAndKeepAtMostTheLimit() {
        List<UserCard> found = directory.findUsers(" al ", 1);

        assertEquals(List.of(new UserCard("albert", "albert", "Albert Ames")), found);
        verify(jira.userSearch).findUsers(org.mockito.ArgumentMatchers.eq("al"), any(UserSearchParams.class));
    }

    @Test
    public void shouldNotSearchWhenTheQueryIsBlank() {
        assertEquals(List.of(), directory.findUsers("  ", 20));
        verify(jira.userSearch, never()).findUsers(anyString(), any(UserSearchParams.class));
    }

    @Test
    public void shouldKnowAUserByKeyAndNotAnUnknownOne() {
        assertEquals(Optional.of(new UserCard("bob", "bob", "Bob Brown")), directory.user("bob"));
        assertTrue(directory.user("nobody").isEmpty());
        assertTrue(directory.user(" ").isEmpty());
    }

    @Test
    public void shouldListAndFindOnlyTheProjectsTheCurrentUserMayBrowse() {
        jira.login("bob");

        assertEquals(List.of(new ProjectCard("TEAM", "The team")), directory.browsableProjects());
        assertEquals(Optional.of(new ProjectCard("TEAM", "The team")), directory.browsableProject("team"));
        assertTrue(directory.browsableProject("NOVA").isEmpty());
        assertTrue(directory.browsableProject("NOPE").isEmpty());
        jira.login("alice");
        assertEquals(2, directory.browsableProjects().size());
    }

    @Test
    public void shouldListNoProjectWhenAnonymous() {
        assertEquals(List.of(), directory.browsableProjects());
        assertTrue(directory.browsableProject("TEAM").isEmpty());
    }
}
