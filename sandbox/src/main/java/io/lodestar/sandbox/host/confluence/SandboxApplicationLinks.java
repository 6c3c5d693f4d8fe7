package io.lodestar.sandbox.host.confluence;

import com.atlassian.applinks.api.ApplicationId;
import com.atlassian.applinks.api.ApplicationLink;
import com.atlassian.applinks.api.ApplicationLinkRequestFactory;
import com.atlassian.applinks.api.ApplicationLinkService;
import com.atlassian.applinks.api.ApplicationType;
import com.atlassian.applinks.api.application.jira.JiraApplicationType;
import io.lodestar.sandbox.host.SandboxUsers;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * The sandbox Confluence's Application Links: one primary link to the sandbox's own Jira. Its request factory sends
 * real HTTP requests to Jira's REST API as the signed-in user, the way an OAuth link with impersonation does: a
 * trusted-application header carries a secret only this JVM knows ({@link LinkedApplicationFilter} checks it on
 * the Jira side) and the user's name.
 *
 * <p>What the link does can be switched per request ({@link Mode}), to see each box of the macros: no link, a
 * viewer who has not authorised it yet, a slow Jira.
 */
public final class SandboxApplicationLinks implements ApplicationLinkService {

    /** How the link behaves for one page view. */
    public enum Mode {
        /** Linked, requests answered as fast as Jira answers. */
        LINKED,
        /** No Jira link is configured. */
        OFF,
        /** The viewer has not authorised Confluence to read Jira as them. */
        UNAUTHORISED,
        /** Jira takes longer than any client timeout to answer. */
        SLOW;

        /** The mode of a {@code ?jira=} value; anything else is {@link #LINKED}. */
        public static Mode of(String value) {
            for (Mode mode : values()) {
                if (mode.name().toLowerCase(Locale.ROOT).equals(value)) {
                    return mode;
                }
            }
            return LINKED;
        }
    }

    /** How long the slow Jira takes: longer than the few seconds a client waits. */
    static final int SLOW_MILLIS = 8000;
    static final ApplicationId JIRA_LINK_ID = new ApplicationId("00000000-0000-4000-8000-000000000001");

    private final Supplier<String> jiraBaseUrl;
    private final Supplier<String> authoriseUrl;
    private final SandboxUsers users;
    private final String secret;
    private final ThreadLocal<Mode> mode = ThreadLocal.withInitial(() -> Mode.LINKED);
    private final AtomicInteger requestsSent = new AtomicInteger();

    public SandboxApplicationLinks(Supplier<String> jiraBaseUrl, Supplier<String> authoriseUrl, SandboxUsers users, String secret) {
        this.jiraBaseUrl = jiraBaseUrl;
        this.authoriseUrl = authoriseUrl;
        this.users = users;
        this.secret = secret;
    }

    /** The link's behaviour on this thread until {@link #reset}. */
    public void use(Mode value) {
        mode.set(value);
    }

    public void reset() {
        mode.remove();
    }

    /** HTTP requests sent to Jira so far (the cache test counts them). */
    public int requestsSent() {
        return requestsSent.get();
    }

    @Override
    public ApplicationLink getApplicationLink(ApplicationId id) {
        return mode.get() == Mode.OFF || !JIRA_LINK_ID.equals(id) ? null : new JiraLink();
    }

    @Override
    public Iterable<ApplicationLink> getApplicationLinks() {
        return mode.get() == Mode.OFF ? List.of() : List.of(new JiraLink());
    }

    @Override
    public Iterable<ApplicationLink> getApplicationLinks(Class<? extends ApplicationType> type) {
        return type == JiraApplicationType.class ? getApplicationLinks() : List.of();
    }

    @Override
    public ApplicationLink getPrimaryApplicationLink(Class<? extends ApplicationType> type) {
        return type == JiraApplicationType.class && mode.get() != Mode.OFF ? new JiraLink() : null;
    }

    /** The link to the sandbox's Jira. */
    private final class JiraLink implements ApplicationLink {
        @Override
        public ApplicationId getId() {
            return JIRA_LINK_ID;
        }

        @Override
        public ApplicationType getType() {
            return new JiraApplicationType() {
            };
        }

        @Override
        public String getName() {
            return "Lodestar sandbox Jira";
        }

        @Override
        public URI getDisplayUrl() {
            return URI.create(jiraBaseUrl.get());
        }

        @Override
        public URI getRpcUrl() {
            return URI.create(jiraBaseUrl.get());
        }

        @Override
        public boolean isPrimary() {
            return true;
        }

        @Override
        public ApplicationLinkRequestFactory createAuthenticatedRequestFactory() {
            // Not impersonating: requests would run as the link's own user, which the sandbox does not have.
            throw new UnsupportedOperationException("the sandbox link only impersonates the viewer");
        }

        @Override
        public ApplicationLinkRequestFactory createImpersonatingAuthenticatedRequestFactory() {
            Mode current = mode.get();
            return new HttpRequestFactory(getRpcUrl(), URI.create(authoriseUrl.get()),
                    current == Mode.UNAUTHORISED, users.current().map(user -> user.name()).orElse(null), secret,
                    current == Mode.SLOW ? SLOW_MILLIS : 0, requestsSent);
        }
    }
}
