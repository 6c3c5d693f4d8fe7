package io.lodestar.sandbox.host.platform;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import com.atlassian.jira.event.issue.IssueEvent;
import com.atlassian.jira.issue.IssueManager;
import io.lodestar.core.kpi.Direction;
import io.lodestar.core.kpi.Frequency;
import io.lodestar.core.kpi.Indicator;
import io.lodestar.core.kpi.KpiDataSource;
import io.lodestar.core.kpi.KpiDefinition;
import io.lodestar.core.kpi.KpiFormula;
import io.lodestar.core.kpi.KpiGoal;
import io.lodestar.core.kpi.KpiMeasurement;
import io.lodestar.core.kpi.KpiStore;
import io.lodestar.core.kpi.KpiType;
import io.lodestar.core.kpi.run.MeasurementRun;
import io.lodestar.core.kpi.run.MeasurementRunStore;
import io.lodestar.sandbox.host.SandboxAppContext;
import io.lodestar.sandbox.host.SandboxHost;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.After;
import org.junit.Before;
import org.junit.Test;

/**
 * The Jira app twice in one JVM, as two nodes of a cluster on one database: each node has its own Spring context,
 * scheduler, lock service and event publisher (the sandbox's host services), and they share only the database.
 * The app's own beans register the measurement job on both nodes at start; nothing here runs on a timer. The
 * schedulers' clock is the test's; the app's own clock is the system's (lodestar-beans.xml), so only the order of
 * recorded times is asserted.
 */
public class TwoNodeMeasurementTest {

    private final SharedDatabase.HandClock clock = new SharedDatabase.HandClock(Instant.parse("2026-03-18T10:00:00Z"));
    private TwoNodes nodes;
    private SandboxHost host1;
    private SandboxHost host2;
    private SandboxAppContext node1;
    private SandboxAppContext node2;
    private Path data;

    @Before
    public void startTwoNodes() throws Exception {
        nodes = TwoNodes.start("two-nodes", clock);
        host1 = nodes.host1;
        host2 = nodes.host2;
        node1 = nodes.node1;
        node2 = nodes.node2;
        data = nodes.data;
    }

    @After
    public void stopNodes() {
        nodes.close();
    }

    private KpiDefinition throughputOf(String project) {
        return node1.bean(KpiStore.class).save(KpiDefinition.of("Throughput " + project, "",
                KpiFormula.of(KpiType.THROUGHPUT), KpiDataSource.project(project), Frequency.WEEKLY, ZoneOffset.UTC,
                "alice", KpiGoal.growing(Direction.HIGHER_IS_BETTER, 3, 1), "", Indicator.LAGGING));
    }

    private List<MeasurementRun> scheduledRuns() {
        return node2.bean(MeasurementRunStore.class).recent(100).stream()
                .filter(run -> run.kind() == MeasurementRun.Kind.SCHEDULED).toList();
    }

    @Test
    public void shouldMeasureADueKpiOnceWhenBothNodesCheckTheSchedule() {
        KpiDefinition atlas = throughputOf("ATLAS");

        host1.scheduler().runDueJobs();
        host2.scheduler().runDueJobs();

        assertEquals("one scheduled run for the cluster", 1, scheduledRuns().size());
        MeasurementRun run = scheduledRuns().get(0);
        assertEquals(MeasurementRun.State.DONE, run.state());
        assertEquals(1, run.kpisDone());
        assertTrue(run.issuesRead() > 0);
        List<KpiMeasurement> measured = node2.bean(KpiStore.class).measurements(atlas.id());
        assertEquals("node 2 reads at once what node 1 wrote: W11 frozen, W12 provisional", 2, measured.size());
        assertTrue(measured.get(1).provisional());
    }

    @Test
    public void shouldLeaveOneMailFileWhenARedKpiIsMeasuredOnBothNodesAndAgainAfterAnIssueChange() throws Exception {
        KpiDefinition red = node1.bean(KpiStore.class).save(KpiDefinition.of("Throughput ATLAS", "",
                KpiFormula.of(KpiType.THROUGHPUT), KpiDataSource.project("ATLAS"), Frequency.WEEKLY, ZoneOffset.UTC,
                "alice", KpiGoal.growing(Direction.HIGHER_IS_BETTER, 1000, 999), "Swarm on the oldest issue",
                Indicator.LAGGING));

        host1.scheduler().runDueJobs();
        host2.scheduler().runDueJobs();
        clock.advance(java.time.Duration.ofMinutes(16));
        IssueManager issueManager = (IssueManager) host1.services().get(IssueManager.class);
        host1.events().publish(new IssueEvent(issueManager.getIssueObject("ATLAS-7"), Map.of(), null, 2L));
        host2.scheduler().runDueJobs();

        assertEquals(2, scheduledRuns().size());
        assertEquals(1, node2.bean(KpiStore.class).alerts(red.id()).size());
        List<Path> mails;
        try (var files = Files.list(data.resolve("mail"))) {
            mails = files.filter(file -> file.toString().endsWith(".eml")).toList();
        }
        assertEquals("one mail for the red week, however many runs and nodes", 1, mails.size());
        String mail = Files.readString(mails.get(0));
        assertTrue(mail, mail.contains("To: alice@example.com"));
        assertTrue(mail, mail.contains("Content-Type: text/html; charset=UTF-8"));
        assertTrue(mail, mail.contains("The KPI Throughput ATLAS turned red"));
        assertTrue(mail, mail.contains("Swarm on the oldest issue"));
        assertTrue(mail, mail.contains("<li>Target: 1000</li>"));
    }

    @Test
    public void shouldMeasureOnlyTheStaleKpiWhenAnIssueChangedOnTheOtherNode() {
        KpiDefinition atlas = throughputOf("ATLAS");
        KpiDefinition nova = throughputOf("NOVA");
        host1.scheduler().runDueJobs();
        List<KpiMeasurement> atlasBefore = node1.bean(KpiStore.class).measurements(atlas.id());
        List<KpiMeasurement> novaBefore = node1.bean(KpiStore.class).measurements(nova.id());

        clock.advance(java.time.Duration.ofMinutes(16));
        IssueManager issueManager = (IssueManager) host1.services().get(IssueManager.class);
        host1.events().publish(new IssueEvent(issueManager.getIssueObject("ATLAS-7"), Map.of(), null, 2L));
        assertEquals(java.util.Set.of(atlas.id()), node2.bean(MeasurementRunStore.class).staleKpis().keySet());
        host2.scheduler().runDueJobs();
        host1.scheduler().runDueJobs();

        assertEquals(2, scheduledRuns().size());
        MeasurementRun second = scheduledRuns().get(0);
        assertEquals("only ATLAS was stale", 1, second.kpisTotal());
        assertEquals(Map.of(), node1.bean(MeasurementRunStore.class).staleKpis());
        List<KpiMeasurement> atlasAfter = node1.bean(KpiStore.class).measurements(atlas.id());
        assertEquals("a closed week is frozen", atlasBefore.get(0), atlasAfter.get(0));
        assertTrue("the open week measured again",
                atlasAfter.get(1).recordedAt().isAfter(atlasBefore.get(1).recordedAt()));
        assertEquals("NOVA left as it was", novaBefore, node1.bean(KpiStore.class).measurements(nova.id()));
    }
}
