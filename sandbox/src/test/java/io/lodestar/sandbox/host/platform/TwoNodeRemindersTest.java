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
import io.lodestar.core.kpi.KpiWatchers;
import io.lodestar.core.okr.Cycle;
import io.lodestar.core.okr.KeyResult;
import io.lodestar.core.okr.Measure;
import io.lodestar.core.okr.Objective;
import io.lodestar.core.okr.ObjectiveLevel;
import io.lodestar.core.okr.OkrStore;
import io.lodestar.jira.settings.AppSettingsStore;
import io.lodestar.jira.settings.ReminderPreferences;
import io.lodestar.core.kpi.run.MeasurementRun;
import io.lodestar.core.kpi.run.MeasurementRunStore;
import io.lodestar.sandbox.host.SandboxAppContext;
import io.lodestar.sandbox.host.SandboxHost;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.After;
import org.junit.Before;
import org.junit.Test;

/**
 * Issue 14 on two nodes sharing one database (as {@link TwoNodeMeasurementTest}): the weekly check-in reminder job
 * sends each owner one mail per ISO week however many nodes and runs check, the switches stop it, and a red KPI is
 * mailed to its owner and to each watcher who may browse its project, once each. The app's clock is the system's
 * (lodestar-beans.xml), so the cycle is the current quarter.
 */
public class TwoNodeRemindersTest {

    private final SharedDatabase.HandClock clock = new SharedDatabase.HandClock(Instant.parse("2026-03-18T10:00:00Z"));
    private TwoNodes nodes;
    private SandboxHost host1;
    private SandboxHost host2;
    private SandboxAppContext node1;
    private SandboxAppContext node2;
    private Path data;

    @Before
    public void startTwoNodes() throws Exception {
        nodes = TwoNodes.start("two-nodes-reminders", clock);
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

    private List<String> mails(String containing) throws Exception {
        if (!Files.isDirectory(data.resolve("mail"))) {
            return List.of();
        }
        try (var files = Files.list(data.resolve("mail"))) {
            return files.filter(file -> file.toString().endsWith(".eml")).map(file -> {
                try {
                    return Files.readString(file);
                } catch (java.io.IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }).filter(mail -> mail.contains(containing)).sorted().toList();
        }
    }

    /** A key result owned by each of alice and bob in the current quarter, never checked in: due this week. */
    private void keyResultsDue() {
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        OkrStore okrs = node1.bean(OkrStore.class);
        Cycle quarter = okrs.saveCycle(Cycle.quarter(today.getYear(), (today.getMonthValue() - 1) / 3 + 1));
        Objective objective = okrs.saveObjective(Objective.draft(quarter.id(), "Grow <fast>", "", "alice",
                ObjectiveLevel.TEAM, "ATLAS"));
        okrs.saveKeyResult(KeyResult.of(objective.id(), "Ship the beta & more", "alice", Measure.number("", 0.0, 10.0)));
        okrs.saveKeyResult(KeyResult.of(objective.id(), "Cut costs", "bob", Measure.number("", 0.0, 10.0)));
    }

    @Test
    public void shouldSendEachOwnerOneReminderAWeekWhenBothNodesRunTheJobAgainAndAgain() throws Exception {
        keyResultsDue();

        host1.scheduler().runDueJobs();
        host2.scheduler().runDueJobs();
        clock.advance(java.time.Duration.ofMinutes(61));
        host2.scheduler().runDueJobs();
        host1.scheduler().runDueJobs();

        List<String> reminders = mails("due for a check-in");
        assertEquals("one reminder per owner this week: " + reminders, 2, reminders.size());
        String alice = reminders.stream().filter(mail -> mail.contains("To: alice@example.com")).findFirst().orElseThrow();
        assertTrue(alice, alice.contains("Content-Type: text/html; charset=UTF-8"));
        assertTrue(alice, alice.contains("Ship the beta &amp; more"));
        assertTrue(alice, alice.contains("/plugins/servlet/lodestar/okrs?view=my-check-ins"));
        assertTrue(reminders.stream().anyMatch(mail -> mail.contains("To: bob@example.com") && mail.contains("Cut costs")));
    }

    @Test
    public void shouldSendNoReminderToAnOwnerWhoSwitchedThemOffNorToAnyoneWhenAnAdministratorDid() throws Exception {
        keyResultsDue();
        node2.bean(ReminderPreferences.class).setEnabledFor("bob", false);

        host1.scheduler().runDueJobs();

        List<String> reminders = mails("due for a check-in");
        assertEquals(1, reminders.size());
        assertTrue(reminders.get(0).contains("To: alice@example.com"));

        // Off for everyone: a new week would send nothing; here bob switches back on and still gets nothing.
        AppSettingsStore settings = node1.bean(AppSettingsStore.class);
        settings.replace(settings.read().withRemindersEnabled(false));
        node1.bean(ReminderPreferences.class).setEnabledFor("bob", true);
        clock.advance(java.time.Duration.ofMinutes(61));
        host2.scheduler().runDueJobs();
        assertEquals(1, mails("due for a check-in").size());
    }

    @Test
    public void shouldMailARedKpiToItsOwnerAndEachWatcherWhoMayBrowseItsProjectOnce() throws Exception {
        KpiDefinition red = node1.bean(KpiStore.class).save(KpiDefinition.of("Throughput NOVA", "",
                KpiFormula.of(KpiType.THROUGHPUT), KpiDataSource.project("NOVA"), Frequency.WEEKLY, ZoneOffset.UTC,
                "alice", KpiGoal.growing(Direction.HIGHER_IS_BETTER, 1000, 999), "", Indicator.LAGGING));
        KpiWatchers watchers = node2.bean(KpiWatchers.class);
        watchers.watch(red.id(), "carol");
        watchers.watch(red.id(), "alice");
        // bob may not browse NOVA: he gets nothing.
        watchers.watch(red.id(), "bob");

        host1.scheduler().runDueJobs();
        host2.scheduler().runDueJobs();

        List<String> alerts = mails("The KPI Throughput NOVA turned red");
        assertEquals("owner and carol, once each: " + alerts, 2, alerts.size());
        assertEquals(1, alerts.stream().filter(mail -> mail.contains("To: alice@example.com")).count());
        assertEquals(1, alerts.stream().filter(mail -> mail.contains("To: carol@example.com")).count());
    }
}
