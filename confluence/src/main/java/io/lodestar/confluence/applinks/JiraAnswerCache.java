package io.lodestar.confluence.applinks;

import com.atlassian.cache.Cache;
import com.atlassian.cache.CacheManager;
import com.atlassian.cache.CacheSettingsBuilder;
import com.atlassian.sal.api.user.UserKey;
import com.atlassian.sal.api.user.UserManager;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * Jira's answers, kept briefly per viewer and request, so that a popular page does not send Jira one request per
 * view. The cache is Confluence's (atlassian-cache, a remote cache copied between the nodes of a cluster), never a
 * map in this class: every node sees the same entries and they expire on their own.
 *
 * <p>The key holds the viewer, because Jira answers each user with what that user may see. Only Jira's answers
 * about the data are kept ({@link JiraAnswer#cacheable()}); failures are asked again on the next view. The client
 * consults this cache only once the link exists and the viewer is authorised, so removing the link or the viewer's
 * authorisation shows at once.
 */
public final class JiraAnswerCache {
    public static final String CACHE_NAME = JiraAnswerCache.class.getName() + ".answers";
    public static final long LIFETIME_SECONDS = 60;
    private static final int MAX_ENTRIES = 5000;

    private final UserManager users;
    private final Cache<String, JiraAnswer> answers;

    public JiraAnswerCache(CacheManager cacheManager, UserManager users) {
        this.users = users;
        this.answers = cacheManager.getCache(CACHE_NAME, null, new CacheSettingsBuilder()
                .remote()
                .replicateViaCopy()
                .expireAfterWrite(LIFETIME_SECONDS, TimeUnit.SECONDS)
                .maxEntries(MAX_ENTRIES)
                .build());
    }

    /** The answer the viewer got for {@code path} less than {@value #LIFETIME_SECONDS} seconds ago, if any. */
    public Optional<JiraAnswer> get(String path) {
        return Optional.ofNullable(answers.get(key(path)));
    }

    /** Keeps the viewer's answer for {@code path}, when it is one that may be kept. */
    public void keep(String path, JiraAnswer answer) {
        if (answer.cacheable()) {
            answers.put(key(path), answer);
        }
    }

    /** The viewer's user key and the path; anonymous viewers share entries (Jira answers them all alike). */
    private String key(String path) {
        UserKey key = users.getRemoteUserKey();
        return (key == null ? "-" : "user:" + key.getStringValue()) + " " + path;
    }
}
