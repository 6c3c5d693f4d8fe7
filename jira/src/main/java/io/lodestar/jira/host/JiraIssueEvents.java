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
 * <p>Jira Software's sprint started and completed events ({@value #SPRINT_STARTED}, {@value #SPRINT_CLOSED}, reference
 * sheet §12.1) mark every sprint KPI stale, since a sprint can close without any issue event. They are recognised by
 * class name, as the Sprint field's values are read by reflection ({@link JiraIssueHistorySource}): Jira Software is an
 * optional plugin, and a listener method naming its classes could not even be inspected on Jira Core. The sprint is
 * not read (its {@code getSprint()} accessor is only partly verified), so every KPI measured per sprint is marked: a
 * few more measured, never one missed.
 */
public final class JiraIssueEvents {

    static final String SPRINT_STARTED = "com.atlassian.greenhopper.api.events.sprint.SprintStartedEvent";
    static final String SPRINT_CLOSED = "com.atlassian.greenhopper.api.events.sprint.SprintClosedEvent";

    private static final System.Logger LOG = System.getLogger(JiraIssueEvents.class.getName());

    private final EventPublisher events;
    private final StaleKpis stale;
    private final Clock clock;

    public JiraIssueEvents(EventPublisher events, StaleKpis stale, Clock clock) {
        this.events = events;
        this.stale = stale;
        this.clock = clock;
    }

    public void start() {
        events.register(this);
    }

    public void stop() {
        events.unregister(this);
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

    /** Every event reaches this method; only Jira Software's sprint started and completed events are acted on. */
    @EventListener
    public void onEvent(Object event) {
        String type = event == null ? "" : event.getClass().getName();
        if (!type.equals(SPRINT_STARTED) && !type.equals(SPRINT_CLOSED)) {
            return;
        }
        try {
            stale.sprintChanged(clock.instant());
        } catch (RuntimeException e) {
            LOG.log(System.Logger.Level.WARNING, "sprint KPIs could not be marked stale (they are looked at daily): "
                    + e.getMessage());
        }
    }
}
