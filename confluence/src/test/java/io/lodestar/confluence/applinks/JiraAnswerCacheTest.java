package io.lodestar.confluence.applinks;

import static org.junit.Assert.assertEquals;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.atlassian.sal.api.user.UserKey;
import com.atlassian.sal.api.user.UserManager;
import java.util.Optional;
import org.junit.Test;

public class JiraAnswerCacheTest {
    private static final JiraAnswer CYCLES = new JiraAnswer.Ok("[]", FakeLodestarClient.JIRA);

    private final FakeCacheManager caches = new FakeCacheManager();
    private final UserManager users = mock(UserManager.class);
    private final JiraAnswerCache cache = new JiraAnswerCache(caches, users);

    private void viewer(String key) {
        when(users.getRemoteUserKey()).thenReturn(key == null ? null : new UserKey(key));
    }

    @Test
    public void shouldGiveTheViewerTheAnswerKeptForThePathWhenAskedAgain() {
        viewer("alice");
        cache.keep("/cycles", CYCLES);

        assertEquals(Optional.of(CYCLES), cache.get("/cycles"));
        assertEquals(Optional.empty(), cache.get("/cycles/1/okrs"));
    }

    @Test
    public void shouldNotGiveOneViewersAnswerToAnotherWhenBothReadThePath() {
        viewer("alice");
        cache.keep("/cycles", CYCLES);
        viewer("bob");

        assertEquals(Optional.empty(), cache.get("/cycles"));
    }

    @Test
    public void shouldKeepJirasAnswersAboutTheDataWhenGiven() {
        viewer("alice");
        cache.keep("/objectives/9", new JiraAnswer.NotFound());
        cache.keep("/kpis/9", new JiraAnswer.NotPermitted());

        assertEquals(Optional.of(new JiraAnswer.NotFound()), cache.get("/objectives/9"));
        assertEquals(Optional.of(new JiraAnswer.NotPermitted()), cache.get("/kpis/9"));
    }

    @Test
    public void shouldNotKeepAFailureOrAMissingAuthorisationWhenGiven() {
        viewer("alice");
        cache.keep("/cycles", new JiraAnswer.Unreachable("Read timed out"));
        cache.keep("/kpis", new JiraAnswer.AuthorisationNeeded(null));

        assertEquals(Optional.empty(), cache.get("/cycles"));
        assertEquals(Optional.empty(), cache.get("/kpis"));
    }

    @Test
    public void shouldUseAShortLivedClusterCacheWhenCreated() {
        assertEquals(Long.valueOf(JiraAnswerCache.LIFETIME_SECONDS * 1000),
                caches.settingsOf(JiraAnswerCache.CACHE_NAME).getExpireAfterWrite());
    }
}
