package io.lodestar.jira.host;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.atlassian.event.api.EventListener;
import com.atlassian.event.api.EventPublisher;
import com.atlassian.jira.event.issue.IssueEvent;
import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.project.Project;
import io.lodestar.core.kpi.Direction;
import io.lodestar.core.kpi.Frequency;
import io.lodestar.core.kpi.Indicator;
import io.lodestar.core.kpi.InMemoryKpiStore;
import io.lodestar.core.kpi.KpiDataSource;
import io.lodestar.core.kpi.KpiDefinition;
import io.lodestar.core.kpi.KpiFormula;
import io.lodestar.core.kpi.KpiGoal;
import io.lodestar.core.kpi.KpiType;
import io.lodestar.core.kpi.run.InMemoryMeasurementRunStore;
import io.lodestar.core.kpi.run.StaleKpis;
import java.lang.reflect.Method;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.Test;

/** Jira's issue and sprint events mark the KPIs they may move stale, through a publisher that calls @EventListener methods. */
public class JiraIssueEventsTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-18T10:00:00Z"), ZoneOffset.UTC);

    private final InMemoryKpiStore kpis = new InMemoryKpiStore();
    private final InMemoryMeasurementRunStore runs = new InMemoryMeasurementRunStore();
    private final List<Object> registered = new ArrayList<>();

    /** Delivers like atlassian-event: to the registered objects' @EventListener methods whose parameter fits. */
    private final EventPublisher publisher = new EventPublisher() {
        @Override
        public void publish(Object event) {
            for (Object listener : registered) {
                for (Method method : listener.getClass().getMethods()) {
                    if (method.isAnnotationPresent(EventListener.class) && method.getParameterTypes()[0].isInstance(event)) {
                        try {
                            method.invoke(listener, event);
                        } catch (ReflectiveOperationException e) {
                            throw new AssertionError(e);
                        }
                    }
                }
            }
        }

        @Override
        public void register(Object listener) {
            registered.add(listener);
        }

        @Override
        public void unregister(Object listener) {
            registered.remove(listener);
        }

        @Override
        public void unregisterAll() {
            registered.clear();
        }
    };

    private KpiDefinition kpi(String project, Frequency frequency, KpiType type) {
        return kpis.save(KpiDefinition.of(type + " " + project, "", KpiFormula.of(type), KpiDataSource.project(project),
                frequency, ZoneOffset.UTC, "alice", KpiGoal.growing(Direction.HIGHER_IS_BETTER, 3, 1), "",
                Indicator.LAGGING));
    }

    @Test
    public void shouldMarkTheProjectsKpisWhenAnIssueEventIsPublished() {
        KpiDefinition core = kpi("CORE", Frequency.WEEKLY, KpiType.THROUGHPUT);
        kpi("NOVA", Frequency.WEEKLY, KpiType.THROUGHPUT);
        JiraIssueEvents events = new JiraIssueEvents(publisher, new StaleKpis(kpis, runs), CLOCK);
        events.start();
        Project project = mock(Project.class);
        when(project.getKey()).thenReturn("CORE");
        Issue issue = mock(Issue.class);
        when(issue.getProjectObject()).thenReturn(project);

        publisher.publish(new IssueEvent(issue, Map.of(), null, 2L));

        assertEquals(Map.of(core.id(), CLOCK.instant()), runs.staleKpis());
        assertEquals(1, registered.size());
        events.stop();
        assertTrue(registered.isEmpty());
    }

    @Test
    public void shouldMarkTheSprintKpisWhenJiraSoftwareClosesASprint() {
        kpi("CORE", Frequency.WEEKLY, KpiType.THROUGHPUT);
        KpiDefinition velocity = kpi("CORE", Frequency.PER_SPRINT, KpiType.VELOCITY);
        new JiraIssueEvents(publisher, new StaleKpis(kpis, runs), CLOCK).start();

        publisher.publish(jiraSoftwareEvent(JiraIssueEvents.SPRINT_CLOSED));
        publisher.publish("any other event");

        assertEquals(Set.of(velocity.id()), runs.staleKpis().keySet());
    }

    /**
     * An object of Jira Software's event class by its name, defined for the test at run time (Mockito's Byte Buddy), so
     * that no class of a com.atlassian package is compiled into the test jar: the app recognises the event by name only.
     */
    private static Object jiraSoftwareEvent(String className) {
        try {
            return new net.bytebuddy.ByteBuddy().subclass(Object.class).name(className).make()
                    .load(JiraIssueEventsTest.class.getClassLoader(),
                            net.bytebuddy.dynamic.loading.ClassLoadingStrategy.Default.WRAPPER)
                    .getLoaded().getDeclaredConstructor().newInstance();
        } catch (ReflectiveOperationException e) {
            throw new AssertionError(e);
        }
    }
}
