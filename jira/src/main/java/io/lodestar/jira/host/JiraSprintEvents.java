package io.lodestar.jira.host;

import com.atlassian.event.api.EventListener;
import com.atlassian.greenhopper.api.events.sprint.SprintClosedEvent;
import com.atlassian.greenhopper.api.events.sprint.SprintStartedEvent;
import io.lodestar.core.kpi.run.StaleKpis;
import java.time.Clock;

/**
 * Marks the sprint KPIs stale when Jira Software starts or completes a sprint, so the next scheduled run measures
 * the sprint that just closed (a sprint can close without any issue event). The sprint itself is not read (its
 * {@code getSprint()} accessor is only partly verified, reference sheet §12.1), so every KPI measured per sprint is
 * marked: a few more KPIs measured, never one missed.
 *
 * <p>Jira Software is optional: its event classes exist only when it is installed. This class names them in its
 * listener methods, so it is created and registered only after {@link #available} found them (by
 * {@link JiraIssueEvents}); on Jira Core it is never touched, and the sprint KPIs' daily check covers them.
 */
public final class JiraSprintEvents {

    static final String CLOSED_EVENT = "com.atlassian.greenhopper.api.events.sprint.SprintClosedEvent";

    private final StaleKpis stale;
    private final Clock clock;

    JiraSprintEvents(StaleKpis stale, Clock clock) {
        this.stale = stale;
        this.clock = clock;
    }

    /** Whether Jira Software's sprint events can be loaded by this app. */
    static boolean available() {
        try {
            Class.forName(CLOSED_EVENT, false, JiraSprintEvents.class.getClassLoader());
            return true;
        } catch (ClassNotFoundException | LinkageError e) {
            return false;
        }
    }

    @EventListener
    public void onSprintStarted(SprintStartedEvent event) {
        stale.sprintChanged(clock.instant());
    }

    @EventListener
    public void onSprintClosed(SprintClosedEvent event) {
        stale.sprintChanged(clock.instant());
    }
}
