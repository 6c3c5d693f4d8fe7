package io.lodestar.confluence.applinks;

import com.atlassian.applinks.api.ApplicationLink;
import com.atlassian.applinks.api.ApplicationLinkRequest;
import com.atlassian.applinks.api.ApplicationLinkRequestFactory;
import com.atlassian.applinks.api.ApplicationLinkResponseHandler;
import com.atlassian.applinks.api.ApplicationLinkService;
import com.atlassian.applinks.api.CredentialsRequiredException;
import com.atlassian.applinks.api.application.jira.JiraApplicationType;
import com.atlassian.sal.api.net.Request;
import com.atlassian.sal.api.net.Response;
import com.atlassian.sal.api.net.ResponseException;
import java.net.URI;
import java.util.Optional;

/**
 * {@link LodestarClient} over Application Links: requests go to the primary Jira link through its impersonating
 * authenticated request factory, so Jira answers as the user viewing the page and shows them only what it lets
 * them see. The link is looked up on every call (an administrator's change is seen at once, on every node), and so
 * is the viewer's authorisation; only then is a recent answer taken from the {@link JiraAnswerCache} instead of
 * asking Jira again.
 *
 * <p>Both timeouts are a few seconds: a page waits at most that long for a slow or dead Jira, then shows a box.
 */
public final class AppLinksLodestarClient implements LodestarClient {
    /** Connection and read timeout, in milliseconds (SAL's {@code setConnectionTimeout}/{@code setSoTimeout}). */
    public static final int TIMEOUT_MILLIS = 3000;

    private final ApplicationLinkService applicationLinks;
    private final JiraAnswerCache recentAnswers;

    public AppLinksLodestarClient(ApplicationLinkService applicationLinks, JiraAnswerCache recentAnswers) {
        this.applicationLinks = applicationLinks;
        this.recentAnswers = recentAnswers;
    }

    @Override
    public JiraAnswer get(String path) {
        if (path == null || !path.startsWith("/")) {
            throw new IllegalArgumentException("path: must start with /, was " + path);
        }
        ApplicationLink link = applicationLinks.getPrimaryApplicationLink(JiraApplicationType.class);
        if (link == null) {
            return new JiraAnswer.NoLink();
        }
        ApplicationLinkRequestFactory requests = link.createImpersonatingAuthenticatedRequestFactory();
        ApplicationLinkRequest request;
        try {
            request = requests.createRequest(Request.MethodType.GET, REST_BASE + path);
        } catch (CredentialsRequiredException e) {
            return new JiraAnswer.AuthorisationNeeded(e.getAuthorisationURI());
        }
        Optional<JiraAnswer> recent = recentAnswers.get(path);
        if (recent.isPresent()) {
            return recent.get();
        }
        request.setConnectionTimeout(TIMEOUT_MILLIS);
        request.setSoTimeout(TIMEOUT_MILLIS);
        request.setHeader("Accept", "application/json");
        JiraAnswer answer;
        try {
            answer = request.execute(new Answers(requests, link.getDisplayUrl()));
        } catch (ResponseException e) {
            // SAL wraps connection failures and read timeouts alike.
            answer = new JiraAnswer.Unreachable(e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
        }
        recentAnswers.keep(path, answer);
        return answer;
    }

    /** Maps Jira's status to an answer; a 401 means the link's authentication for this user is missing or stale. */
    private static final class Answers implements ApplicationLinkResponseHandler<JiraAnswer> {
        private final ApplicationLinkRequestFactory requests;
        private final URI jiraUrl;

        Answers(ApplicationLinkRequestFactory requests, URI jiraUrl) {
            this.requests = requests;
            this.jiraUrl = jiraUrl;
        }

        @Override
        public JiraAnswer credentialsRequired(Response response) {
            return new JiraAnswer.AuthorisationNeeded(requests.getAuthorisationURI());
        }

        @Override
        public JiraAnswer handle(Response response) throws ResponseException {
            int status = response.getStatusCode();
            if (status >= 200 && status < 300) {
                return new JiraAnswer.Ok(response.getResponseBodyAsString(), jiraUrl);
            }
            return switch (status) {
                case 401 -> new JiraAnswer.AuthorisationNeeded(requests.getAuthorisationURI());
                case 403 -> new JiraAnswer.NotPermitted();
                case 404 -> new JiraAnswer.NotFound();
                case 400 -> new JiraAnswer.Refused(response.getResponseBodyAsString());
                default -> new JiraAnswer.Unreachable("Jira answered " + status);
            };
        }
    }
}
