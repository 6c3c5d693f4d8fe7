package io.lodestar.jira.host;

import com.atlassian.event.api.EventListener;
import com.atlassian.event.api.EventPublisher;
import com.atlassian.jira.event.issue.IssueEvent;
import com.atlassian.jira.issue.Issue;
import io.lodestar.core.kpi.run.StaleKpis;
import java.time.Clock;

/**
 * Marks KPIs stale when Jira publishes an issue event (created, updated, transitioned, moved, deleted...), so the
 * next scheduled run measures them and only them. Registered with the event publisher when the app starts (the
 * bean's init-method) and unregistered when it stops. An event is delivered on the node where the change happened,
 * once; the mark goes to the database, so the node that runs the next measurement sees it.
 *
 * <p>With Jira Software installed, its sprint started and completed events are listened to as well
 * ({@link JiraSprintEvents}, registered only when their classes can be loaded).
 */
public final class JiraIssueEvents {

    private static final System.Logger LOG = System.getLogger(JiraIssueEvents.class.getName());

    private final EventPublisher events;
    private final StaleKpis stale;
    private final Clock clock;
    /** Jira Software's sprint events, when it is installed; null otherwise. */
    private Object sprints;

    public JiraIssueEvents(EventPublisher events, StaleKpis stale, Clock clock) {
        this.events = events;
        this.stale = stale;
        this.clock = clock;
    }

    public void start() {
        events.register(this);
        if (JiraSprintEvents.available()) {
            sprints = new JiraSprintEvents(stale, clock);
            events.register(sprints);
        }
    }

    public void stop() {
        events.unregister(this);
        if (sprints != null) {
            events.unregister(sprints);
        }
    }

    /** Never throws: a failure here would surface in the user's issue edit, which it must not break. */
    @EventListener
    public void onIssueEvent(IssueEvent event) {
        Issue issue = event.getIssue();
        if (issue == null || issue.getProjectObject() == null) {
            return;
        }
        try {
            stale.issueChanged(issue.getProjectObject().getKey(), clock.instant());
        } catch (RuntimeException e) {
            LOG.log(System.Logger.Level.WARNING, "KPIs of " + issue.getProjectObject().getKey()
                    + " could not be marked stale (they are measured again when their period closes): "
                    + e.getMessage());
        }
    }
}
