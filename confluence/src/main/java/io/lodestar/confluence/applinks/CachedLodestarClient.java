package io.lodestar.confluence.applinks;

import com.atlassian.cache.Cache;
import com.atlassian.cache.CacheManager;
import com.atlassian.cache.CacheSettingsBuilder;
import com.atlassian.sal.api.user.UserKey;
import com.atlassian.sal.api.user.UserManager;
import java.util.concurrent.TimeUnit;

/**
 * Keeps Jira's answers briefly, per viewer and request, so that a popular page does not send Jira one request
 * per view. The cache is Confluence's (atlassian-cache, a remote cache copied between the nodes of a cluster),
 * never a map in this class: every node sees the same entries and they expire on their own.
 *
 * <p>The key holds the viewer, because Jira answers each user with what that user may see. Only Jira's answers
 * about the data are kept ({@link JiraAnswer#cacheable()}): a missing link, a missing authorisation and a failure
 * are asked again on the next view.
 */
public final class CachedLodestarClient implements LodestarClient {
    public static final String CACHE_NAME = CachedLodestarClient.class.getName() + ".answers";
    public static final long LIFETIME_SECONDS = 60;
    private static final int MAX_ENTRIES = 5000;

    private final LodestarClient jira;
    private final UserManager users;
    private final Cache<String, JiraAnswer> answers;

    public CachedLodestarClient(LodestarClient jira, CacheManager cacheManager, UserManager users) {
        this.jira = jira;
        this.users = users;
        this.answers = cacheManager.getCache(CACHE_NAME, null, new CacheSettingsBuilder()
                .remote()
                .replicateViaCopy()
                .expireAfterWrite(LIFETIME_SECONDS, TimeUnit.SECONDS)
                .maxEntries(MAX_ENTRIES)
                .build());
    }

    @Override
    public JiraAnswer get(String path) {
        String key = viewer() + " " + path;
        JiraAnswer cached = answers.get(key);
        if (cached != null) {
            return cached;
        }
        JiraAnswer answer = jira.get(path);
        if (answer.cacheable()) {
            answers.put(key, answer);
        }
        return answer;
    }

    /** The viewer's user key; anonymous viewers share one entry (Jira answers them all alike). */
    private String viewer() {
        UserKey key = users.getRemoteUserKey();
        return key == null ? "-" : "user:" + key.getStringValue();
    }
}
