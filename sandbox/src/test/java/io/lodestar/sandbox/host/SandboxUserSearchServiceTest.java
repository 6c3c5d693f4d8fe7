package io.lodestar.sandbox.host;

import static org.junit.Assert.assertEquals;

import com.atlassian.jira.bc.user.search.UserSearchParams;
import com.atlassian.jira.user.ApplicationUser;
import java.util.List;
import org.junit.Test;

public class SandboxUserSearchServiceTest {

    private final SandboxUserSearchService search = new SandboxUserSearchService(new SandboxUsers());
    private final UserSearchParams params = UserSearchParams.builder().includeActive(true).maxResults(20).build();

    private List<String> keys(String query) {
        return search.findUsers(query, params).stream().map(ApplicationUser::getKey).toList();
    }

    @Test
    public void shouldMatchUsernameFullNameAndAnyWordOfItCaseInsensitively() {
        assertEquals(List.of("alice"), keys("ali"));
        assertEquals(List.of("bob"), keys("Okaf"));
        assertEquals(List.of("bob"), keys("BOB O"));
        assertEquals(List.of("alice"), keys("andersen"));
        assertEquals(List.of("bob"), keys("bob@"));
    }

    @Test
    public void shouldFindNobodyWhenTheQueryIsBlankOrMatchesNoOne() {
        assertEquals(List.of(), keys(" "));
        assertEquals(List.of(), keys("zed"));
    }
}
