package io.lodestar.confluence.applinks;

import static org.junit.Assert.assertEquals;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

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
import com.atlassian.sal.api.user.UserKey;
import com.atlassian.sal.api.user.UserManager;
import java.net.URI;
import org.junit.Before;
import org.junit.Test;

public class AppLinksLodestarClientTest {
    private static final URI JIRA = URI.create("https://jira.acme.test/");
    private static final URI AUTHORISE = URI.create("https://confluence.acme.test/plugins/servlet/applinks/oauth/login-dance/authorize?applicationLinkID=1");

    private final ApplicationLinkService links = mock(ApplicationLinkService.class);
    private final ApplicationLink link = mock(ApplicationLink.class);
    private final ApplicationLinkRequestFactory requests = mock(ApplicationLinkRequestFactory.class);
    private final ApplicationLinkRequest request = mock(ApplicationLinkRequest.class);
    private final UserManager users = mock(UserManager.class);
    private final AppLinksLodestarClient client = new AppLinksLodestarClient(links, new JiraAnswerCache(new FakeCacheManager(), users));

    @Before
    public void linkJira() throws Exception {
        when(links.getPrimaryApplicationLink(JiraApplicationType.class)).thenReturn(link);
        when(link.getDisplayUrl()).thenReturn(JIRA);
        when(link.createImpersonatingAuthenticatedRequestFactory()).thenReturn(requests);
        when(requests.createRequest(Request.MethodType.GET, "/rest/lodestar/1.0/objectives/7")).thenReturn(request);
        when(requests.getAuthorisationURI()).thenReturn(AUTHORISE);
        when(users.getRemoteUserKey()).thenReturn(new UserKey("alice"));
    }

    /** Makes the request answer with this status and body, through the handler the client passes. */
    private void jiraAnswers(int status, String body) throws ResponseException {
        Response response = mock(Response.class);
        when(response.getStatusCode()).thenReturn(status);
        when(response.getResponseBodyAsString()).thenReturn(body);
        when(request.execute(any(ApplicationLinkResponseHandler.class))).thenAnswer(invocation ->
                ((ApplicationLinkResponseHandler<?>) invocation.getArgument(0)).handle(response));
    }

    @Test
    public void shouldReturnTheJsonAndJiraUrlWhenJiraAnswers200() throws Exception {
        jiraAnswers(200, "{\"id\":7}");

        assertEquals(new JiraAnswer.Ok("{\"id\":7}", JIRA), client.get("/objectives/7"));
    }

    @Test
    public void shouldAskAsTheViewerWithAFewSecondsTimeoutWhenRequesting() throws Exception {
        jiraAnswers(200, "{}");

        client.get("/objectives/7");

        verify(link).createImpersonatingAuthenticatedRequestFactory();
        verify(link, never()).createAuthenticatedRequestFactory();
        verify(request).setConnectionTimeout(AppLinksLodestarClient.TIMEOUT_MILLIS);
        verify(request).setSoTimeout(AppLinksLodestarClient.TIMEOUT_MILLIS);
        verify(request).setHeader("Accept", "application/json");
    }

    @Test
    public void shouldSayNoLinkWhenNoJiraIsLinked() {
        when(links.getPrimaryApplicationLink(JiraApplicationType.class)).thenReturn(null);

        assertEquals(new JiraAnswer.NoLink(), client.get("/objectives/7"));
    }

    @Test
    public void shouldGiveTheAuthoriseUriWhenTheViewerHasNotAuthorisedTheLink() throws Exception {
        CredentialsRequiredException notAuthorised = mock(CredentialsRequiredException.class);
        when(notAuthorised.getAuthorisationURI()).thenReturn(AUTHORISE);
        when(requests.createRequest(Request.MethodType.GET, "/rest/lodestar/1.0/objectives/7")).thenThrow(notAuthorised);

        assertEquals(new JiraAnswer.AuthorisationNeeded(AUTHORISE), client.get("/objectives/7"));
    }

    @Test
    public void shouldGiveTheAuthoriseUriWhenJiraAsksForCredentials() throws Exception {
        Response challenge = mock(Response.class);
        when(challenge.getStatusCode()).thenReturn(401);
        when(request.execute(any(ApplicationLinkResponseHandler.class))).thenAnswer(invocation ->
                ((ApplicationLinkResponseHandler<?>) invocation.getArgument(0)).credentialsRequired(challenge));

        assertEquals(new JiraAnswer.AuthorisationNeeded(AUTHORISE), client.get("/objectives/7"));
    }

    @Test
    public void shouldGiveTheAuthoriseUriWhenJiraAnswers401() throws Exception {
        jiraAnswers(401, "{\"errors\":[]}");

        assertEquals(new JiraAnswer.AuthorisationNeeded(AUTHORISE), client.get("/objectives/7"));
    }

    @Test
    public void shouldSayUnreachableWhenTheRequestTimesOut() throws Exception {
        when(request.execute(any(ApplicationLinkResponseHandler.class)))
                .thenThrow(new ResponseException("java.net.SocketTimeoutException: Read timed out"));

        assertEquals(new JiraAnswer.Unreachable("java.net.SocketTimeoutException: Read timed out"), client.get("/objectives/7"));
    }

    @Test
    public void shouldSayUnreachableWhenJiraFails() throws Exception {
        jiraAnswers(503, "down for maintenance");

        assertEquals(new JiraAnswer.Unreachable("Jira answered 503"), client.get("/objectives/7"));
    }

    @Test
    public void shouldSayNotFoundWhenJiraAnswers404() throws Exception {
        jiraAnswers(404, "{\"errors\":[]}");

        assertEquals(new JiraAnswer.NotFound(), client.get("/objectives/7"));
    }

    @Test
    public void shouldSayNotPermittedWhenJiraAnswers403() throws Exception {
        jiraAnswers(403, "{\"errors\":[]}");

        assertEquals(new JiraAnswer.NotPermitted(), client.get("/objectives/7"));
    }

    @Test
    public void shouldSendNoRequestWhenTheViewerAsksForThePathAgainWithinTheCacheLifetime() throws Exception {
        jiraAnswers(200, "{\"id\":7}");

        JiraAnswer first = client.get("/objectives/7");
        JiraAnswer second = client.get("/objectives/7");

        assertEquals(first, second);
        verify(request, times(1)).execute(any(ApplicationLinkResponseHandler.class));
    }

    @Test
    public void shouldAskJiraAgainWhenTheLastAnswerWasAFailure() throws Exception {
        when(request.execute(any(ApplicationLinkResponseHandler.class))).thenThrow(new ResponseException("Read timed out"));

        client.get("/objectives/7");
        client.get("/objectives/7");

        verify(request, times(2)).execute(any(ApplicationLinkResponseHandler.class));
    }

    @Test
    public void shouldSayNoLinkAtOnceWhenTheLinkIsRemovedAfterAnAnswerWasKept() throws Exception {
        jiraAnswers(200, "{\"id\":7}");
        client.get("/objectives/7");
        when(links.getPrimaryApplicationLink(JiraApplicationType.class)).thenReturn(null);

        assertEquals(new JiraAnswer.NoLink(), client.get("/objectives/7"));
    }

    @Test
    public void shouldAskForAuthorisationAtOnceWhenTheViewerRevokedItAfterAnAnswerWasKept() throws Exception {
        jiraAnswers(200, "{\"id\":7}");
        client.get("/objectives/7");
        CredentialsRequiredException notAuthorised = mock(CredentialsRequiredException.class);
        when(notAuthorised.getAuthorisationURI()).thenReturn(AUTHORISE);
        when(requests.createRequest(Request.MethodType.GET, "/rest/lodestar/1.0/objectives/7")).thenThrow(notAuthorised);

        assertEquals(new JiraAnswer.AuthorisationNeeded(AUTHORISE), client.get("/objectives/7"));
    }

    @Test
    public void shouldRefuseAPathThatIsNotAbsoluteWhenAsked() {
        try {
            client.get("objectives/7");
            org.junit.Assert.fail("a relative path would be appended to the REST base without a slash");
        } catch (IllegalArgumentException e) {
            assertEquals("path: must start with /, was objectives/7", e.getMessage());
        }
    }
}
