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
import io.lodestar.core.okr.DueCheckIn;
import io.lodestar.core.okr.KeyResult;
import io.lodestar.core.okr.Measure;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.Before;
import org.junit.Test;
import org.mockito.ArgumentCaptor;

/** The weekly check-in reminder e-mail: to the owner, HTML escaped, each due key result with its link and day. */
public class JiraCheckInReminderMailTest {

    private final MailQueue queue = mock(MailQueue.class);
    private final UserManager users = mock(UserManager.class);
    private final ApplicationProperties application = mock(ApplicationProperties.class);
    private final ApplicationUser alice = mock(ApplicationUser.class);
    /** Wednesday 18 March 2026. */
    private final JiraCheckInReminderMail mail = new JiraCheckInReminderMail(queue, users, application,
            Clock.fixed(Instant.parse("2026-03-18T10:00:00Z"), ZoneOffset.UTC));

    @Before
    public void owner() {
        when(users.getUserByKey("alice")).thenReturn(alice);
        when(alice.isActive()).thenReturn(true);
        when(alice.getEmailAddress()).thenReturn("alice@example.com");
        when(application.getBaseUrl(UrlMode.CANONICAL)).thenReturn("https://jira.example.com");
    }

    private static DueCheckIn due(long id, String title, String dueAt) {
        KeyResult keyResult = new KeyResult(id, 1, 3, title, "alice", 1, Measure.number("", 0.0, 10.0), Duration.ofDays(7),
                null, null);
        return new DueCheckIn(keyResult, 5, Instant.parse(dueAt));
    }

    @Test
    public void shouldListEveryDueKeyResultEscapedWithItsCycleLinkAndDay() {
        mail.send("alice", List.of(due(11, "Ship <beta> & more", "2026-03-10T00:00:00Z"),
                due(12, "Cut costs", "2026-03-20T09:00:00Z")));

        ArgumentCaptor<MailQueueItem> item = ArgumentCaptor.forClass(MailQueueItem.class);
        verify(queue).addItem(item.capture());
        Email email = ((SingleMailQueueItem) item.getValue()).getEmail();
        assertEquals("alice@example.com", email.getTo());
        assertEquals("text/html", email.getMimeType());
        assertEquals("[Lodestar] 2 key results are due for a check-in this week", email.getSubject());
        String body = email.getBody();
        assertTrue(body, body.contains("These 2 key results you own are due for a check-in this week:"));
        assertTrue(body, body.contains("<li><a href=\"https://jira.example.com/plugins/servlet/lodestar/okrs?cycle=5\">"
                + "Ship &lt;beta&gt; &amp; more</a> (overdue since 2026-03-10)</li>"));
        assertTrue(body, body.contains(">Cut costs</a> (due 2026-03-20)</li>"));
        assertTrue(body, body.contains("href=\"https://jira.example.com/plugins/servlet/lodestar/okrs?view=my-check-ins\""));
        assertTrue(body, body.contains("You can switch it off on the My check-ins page."));
        assertFalse(body, body.contains("<beta>"));
    }

    @Test
    public void shouldSayOneKeyResultInTheSingular() {
        mail.send("alice", List.of(due(12, "Cut costs", "2026-03-20T09:00:00Z")));

        ArgumentCaptor<MailQueueItem> item = ArgumentCaptor.forClass(MailQueueItem.class);
        verify(queue).addItem(item.capture());
        assertEquals("[Lodestar] 1 key result is due for a check-in this week",
                ((SingleMailQueueItem) item.getValue()).getEmail().getSubject());
    }

    @Test
    public void shouldSendNothingToAnInactiveOwner() {
        when(alice.isActive()).thenReturn(false);

        mail.send("alice", List.of(due(12, "Cut costs", "2026-03-20T09:00:00Z")));

        verify(queue, never()).addItem(any());
    }
}
