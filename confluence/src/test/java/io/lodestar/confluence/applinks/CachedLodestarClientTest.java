package io.lodestar.confluence.applinks;

import static org.junit.Assert.assertEquals;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.atlassian.sal.api.user.UserKey;
import com.atlassian.sal.api.user.UserManager;
import java.util.List;
import org.junit.Test;

public class CachedLodestarClientTest {
    private final FakeLodestarClient jira = new FakeLodestarClient().answer("/cycles", "[]");
    private final FakeCacheManager caches = new FakeCacheManager();
    private final UserManager users = mock(UserManager.class);
    private final CachedLodestarClient client = new CachedLodestarClient(jira, caches, users);

    private void viewer(String key) {
        when(users.getRemoteUserKey()).thenReturn(key == null ? null : new UserKey(key));
    }

    @Test
    public void shouldAskJiraOnceWhenTheSameViewerReadsTheSamePathTwice() {
        viewer("alice");

        JiraAnswer first = client.get("/cycles");
        JiraAnswer second = client.get("/cycles");

        assertEquals(List.of("/cycles"), jira.asked());
        assertEquals(first, second);
    }

    @Test
    public void shouldAskJiraAgainWhenAnotherViewerReadsThePath() {
        viewer("alice");
        client.get("/cycles");
        viewer("bob");
        client.get("/cycles");

        assertEquals(List.of("/cycles", "/cycles"), jira.asked());
    }

    @Test
    public void shouldNotKeepAFailureWhenJiraWasUnreachable() {
        viewer("alice");
        jira.answer("/cycles", new JiraAnswer.Unreachable("Read timed out"));

        client.get("/cycles");
        client.get("/cycles");

        assertEquals(2, jira.asked().size());
    }

    @Test
    public void shouldNotKeepAMissingAuthorisationWhenTheViewerMayGrantItNext() {
        viewer("alice");
        jira.answer("/cycles", new JiraAnswer.AuthorisationNeeded(null));

        client.get("/cycles");
        client.get("/cycles");

        assertEquals(2, jira.asked().size());
    }

    @Test
    public void shouldKeepNotFoundWhenJiraSaidSo() {
        viewer("alice");

        client.get("/objectives/9");
        client.get("/objectives/9");

        assertEquals(List.of("/objectives/9"), jira.asked());
    }

    @Test
    public void shouldUseAShortLivedCacheWhenCreated() {
        assertEquals(Long.valueOf(CachedLodestarClient.LIFETIME_SECONDS * 1000),
                caches.settingsOf(CachedLodestarClient.CACHE_NAME).getExpireAfterWrite());
    }
}
