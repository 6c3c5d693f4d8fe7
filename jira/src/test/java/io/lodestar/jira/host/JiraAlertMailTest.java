package io.lodestar.jira.host;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.user.util.UserManager;
import com.atlassian.mail.Email;
import com.atlassian.mail.queue.MailQueue;
import com.atlassian.mail.queue.MailQueueItem;
import com.atlassian.mail.queue.SingleMailQueueItem;
import com.atlassian.sal.api.ApplicationProperties;
import com.atlassian.sal.api.UrlMode;
import io.lodestar.core.kpi.Direction;
import io.lodestar.core.kpi.Frequency;
import io.lodestar.core.kpi.Indicator;
import io.lodestar.core.kpi.KpiAlert;
import io.lodestar.core.kpi.KpiDataSource;
import io.lodestar.core.kpi.KpiDefinition;
import io.lodestar.core.kpi.KpiFormula;
import io.lodestar.core.kpi.KpiGoal;
import io.lodestar.core.kpi.KpiPeriod;
import io.lodestar.core.kpi.KpiType;
import io.lodestar.core.kpi.KpiWatchers;
import io.lodestar.jira.app.OkrAccess;
import com.atlassian.jira.permission.ProjectPermissions;
import com.atlassian.jira.project.Project;
import com.atlassian.jira.project.ProjectManager;
import com.atlassian.jira.security.JiraAuthenticationContext;
import com.atlassian.jira.security.PermissionManager;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.Before;
import org.junit.Test;
import org.mockito.ArgumentCaptor;

/** The alert e-mail Jira's mail queue gets: addressed to the owner, HTML escaped, every figure and the action. */
public class JiraAlertMailTest {

    private static final Instant NOW = Instant.parse("2026-03-18T10:00:00Z");

    private final MailQueue queue = mock(MailQueue.class);
    private final UserManager users = mock(UserManager.class);
    private final ApplicationProperties application = mock(ApplicationProperties.class);
    private final ApplicationUser alice = mock(ApplicationUser.class);
    private final ApplicationUser bob = mock(ApplicationUser.class);
    private final ApplicationUser carol = mock(ApplicationUser.class);
    private final PermissionManager permissionManager = mock(PermissionManager.class);
    private final ProjectManager projects = mock(ProjectManager.class);
    private final Project core = mock(Project.class);
    /** The KPI's watchers, as the AO store would list them. */
    private final Map<Long, List<String>> watching = new HashMap<>();
    private final KpiWatchers watchers = new KpiWatchers() {
        @Override
        public boolean watch(long kpiId, String userKey) {
            return watching.computeIfAbsent(kpiId, id -> new ArrayList<>()).add(userKey);
        }

        @Override
        public boolean unwatch(long kpiId, String userKey) {
            return watching.getOrDefault(kpiId, new ArrayList<>()).remove(userKey);
        }

        @Override
        public List<String> watchers(long kpiId) {
            return watching.getOrDefault(kpiId, List.of());
        }
    };
    private final OkrAccess access = new OkrAccess(new JiraPermissions(mock(JiraAuthenticationContext.class),
            mock(com.atlassian.sal.api.user.UserManager.class), permissionManager, projects));
    private final JiraAlertMail mail = new JiraAlertMail(queue, users, application, watchers, access);

    private final KpiDefinition kpi = KpiDefinition.of("Throughput <Core>", "", KpiFormula.of(KpiType.THROUGHPUT),
            KpiDataSource.project("CORE"), Frequency.WEEKLY, ZoneOffset.UTC, "alice",
            KpiGoal.growing(Direction.HIGHER_IS_BETTER, 3, 1), "Call a planning meeting & re-plan",
            Indicator.LAGGING).stored(42, 1);
    private final KpiAlert alert = KpiAlert.of(42,
            KpiPeriod.lastCompleteBefore(Frequency.WEEKLY, NOW, ZoneOffset.UTC), 0.5,
            "Throughput <Core> 0.5 is below the alert threshold 1", kpi.actionIfAlert(), NOW);

    @Before
    public void owner() {
        when(users.getUserByKey("alice")).thenReturn(alice);
        when(alice.isActive()).thenReturn(true);
        when(alice.getEmailAddress()).thenReturn("alice@example.com");
        when(application.getBaseUrl(UrlMode.CANONICAL)).thenReturn("https://jira.example.com");
        when(projects.getProjectObjByKey("CORE")).thenReturn(core);
        for (ApplicationUser user : List.of(alice, bob, carol)) {
            when(permissionManager.hasPermission(ProjectPermissions.BROWSE_PROJECTS, core, user)).thenReturn(true);
        }
        when(users.getUserByKey("bob")).thenReturn(bob);
        when(bob.isActive()).thenReturn(true);
        when(bob.getEmailAddress()).thenReturn("bob@example.com");
        when(users.getUserByKey("carol")).thenReturn(carol);
        when(carol.isActive()).thenReturn(true);
        when(carol.getEmailAddress()).thenReturn("carol@example.com");
    }

    private List<String> queuedTo() {
        ArgumentCaptor<MailQueueItem> items = ArgumentCaptor.forClass(MailQueueItem.class);
        verify(queue, org.mockito.Mockito.atLeast(0)).addItem(items.capture());
        return items.getAllValues().stream().map(item -> ((SingleMailQueueItem) item).getEmail().getTo()).toList();
    }

    private Email queued() {
        ArgumentCaptor<MailQueueItem> item = ArgumentCaptor.forClass(MailQueueItem.class);
        verify(queue).addItem(item.capture());
        return ((SingleMailQueueItem) item.getValue()).getEmail();
    }

    @Test
    public void shouldQueueAnHtmlMailToTheOwnerWithValueTargetThresholdActionAndLinkWhenAKpiTurnsRed() {
        mail.send(kpi, alert);

        Email email = queued();
        assertTrue(email instanceof com.atlassian.jira.mail.Email);
        assertEquals("alice@example.com", email.getTo());
        assertEquals("text/html", email.getMimeType());
        assertEquals("[Lodestar] KPI Throughput <Core> is red (" + alert.period().key() + ")", email.getSubject());
        String body = email.getBody();
        assertTrue(body, body.contains("The KPI Throughput &lt;Core&gt; turned red for the period "
                + alert.period().key()));
        assertTrue(body, body.contains("<li>Value: 0.5</li>"));
        assertTrue(body, body.contains("<li>Target: 3</li>"));
        assertTrue(body, body.contains("<li>Alert threshold: 1</li>"));
        assertTrue(body, body.contains("What to do (from the KPI sheet): Call a planning meeting &amp; re-plan"));
        assertTrue(body, body.contains("<a href=\"https://jira.example.com/plugins/servlet/lodestar/kpis?kpi=42\">"
                + "Open the KPI page</a>"));
        assertFalse(body, body.contains("<Core>"));
    }

    @Test
    public void shouldShowTheBandWhenTheKpiHasOne() {
        mail.send(kpi.withGoal(KpiGoal.band(2, 5)), alert);

        assertTrue(queued().getBody().contains("<li>Allowed band: 2 to 5</li>"));
    }

    @Test
    public void shouldSendNothingWhenTheOwnerHasNoEmailAddress() {
        when(alice.getEmailAddress()).thenReturn(" ");

        mail.send(kpi, alert);

        verify(queue, never()).addItem(any());
    }

    @Test
    public void shouldMailTheOwnerAndEveryWatcherOnceEach() {
        watchers.watch(42, "bob");
        watchers.watch(42, "alice");
        watchers.watch(42, "carol");
        watchers.watch(42, "bob");

        mail.send(kpi, alert);

        assertEquals(List.of("alice@example.com", "bob@example.com", "carol@example.com"), queuedTo());
    }

    @Test
    public void shouldMailNothingToAWatcherWhoMayNoLongerBrowseTheKpisProject() {
        watchers.watch(42, "bob");
        watchers.watch(42, "carol");
        when(permissionManager.hasPermission(ProjectPermissions.BROWSE_PROJECTS, core, bob)).thenReturn(false);

        mail.send(kpi, alert);

        assertEquals(List.of("alice@example.com", "carol@example.com"), queuedTo());
    }

    @Test
    public void shouldMailNothingToAnInactiveWatcher() {
        watchers.watch(42, "carol");
        when(carol.isActive()).thenReturn(false);

        mail.send(kpi, alert);

        assertEquals(List.of("alice@example.com"), queuedTo());
    }
}
