package io.lodestar.jira.web.issuepanel;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.atlassian.jira.issue.Issue;
import com.atlassian.sal.api.ApplicationProperties;
import com.atlassian.sal.api.UrlMode;
import com.atlassian.webresource.api.assembler.PageBuilderService;
import com.atlassian.webresource.api.assembler.RequiredResources;
import com.atlassian.webresource.api.assembler.WebResourceAssembler;
import io.lodestar.core.kpi.InMemoryKpiStore;
import io.lodestar.core.okr.CheckInService;
import io.lodestar.core.okr.InMemoryKpiReadings;
import io.lodestar.core.okr.InMemoryOkrStore;
import io.lodestar.core.okr.OkrTreeService;
import io.lodestar.core.okr.QualityService;
import io.lodestar.jira.app.OkrAccess;
import io.lodestar.jira.app.OkrReader;
import io.lodestar.jira.host.FakeJira;
import io.lodestar.jira.host.JiraIssueSource;
import io.lodestar.jira.web.HostVelocity;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.Test;

/** The web-panel's context provider on the view-issue page's context ("issue" is the Jira issue). */
public class IssuePanelContextProviderTest {

    private final FakeJira jira = new FakeJira().user("alice", "Alice Adams").user("carol", "Carol Clark")
            .issue(11, "ATLAS-11", "Visible", "new", 3.0).issue(12, "NOVA-12", "Secret", "new", 2.0).hide(12, "carol");
    private final List<String> required = new ArrayList<>();
    private final IssuePanelContextProvider provider = provider();

    private IssuePanelContextProvider provider() {
        InMemoryOkrStore store = new InMemoryOkrStore();
        JiraIssueSource issues = jira.issueSource();
        OkrAccess access = new OkrAccess(jira.permissions());
        Clock clock = Clock.systemUTC();
        OkrReader reader = new OkrReader(store, new OkrTreeService(store, issues, new InMemoryKpiReadings(), clock),
                new CheckInService(store, clock), new QualityService(store), issues, access, new InMemoryKpiStore());
        RequiredResources[] resources = new RequiredResources[1];
        resources[0] = moduleKey -> {
            required.add(moduleKey);
            return resources[0];
        };
        WebResourceAssembler assembler = () -> resources[0];
        PageBuilderService pageBuilder = () -> assembler;
        ApplicationProperties application = mock(ApplicationProperties.class);
        when(application.getBaseUrl(UrlMode.RELATIVE)).thenReturn("/jira");
        return new IssuePanelContextProvider(new IssuePanelViews(reader, access), new IssuePanel(new HostVelocity(), pageBuilder),
                application);
    }

    private static Map<String, Object> pageContext(String issueKey) {
        Issue issue = mock(Issue.class);
        when(issue.getKey()).thenReturn(issueKey);
        Map<String, Object> context = new HashMap<>();
        context.put(IssuePanelContextProvider.ISSUE, issue);
        return context;
    }

    @Test
    public void shouldPutTheOneViewModelAndRequireThePanelsResourcesWhenTheIssueIsVisible() {
        jira.login("carol");

        Map<String, Object> model = provider.getContextMap(pageContext("ATLAS-11"));

        assertEquals(List.of(IssuePanel.VIEW), List.copyOf(model.keySet()));
        IssuePanelView view = (IssuePanelView) model.get(IssuePanel.VIEW);
        assertEquals("ATLAS-11", view.getIssueKey());
        assertEquals("/jira", view.getBaseUrl());
        assertEquals(List.of(IssuePanel.WEB_RESOURCE), required);
    }

    @Test
    public void shouldGiveNoViewModelAndRequireNothingWhenTheUserMayNotBrowseTheIssue() {
        jira.login("carol");

        Map<String, Object> model = provider.getContextMap(pageContext("NOVA-12"));

        assertTrue(model.isEmpty());
        assertTrue(required.isEmpty());
    }

    @Test
    public void shouldGiveNoViewModelWhenTheContextHasNoIssue() {
        jira.login("alice");

        assertTrue(provider.getContextMap(Map.of("issue", "not an issue")).isEmpty());
        assertTrue(provider.getContextMap(Map.of()).isEmpty());
    }
}
