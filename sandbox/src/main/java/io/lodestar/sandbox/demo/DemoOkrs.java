package io.lodestar.sandbox.demo;

import io.lodestar.core.issue.IssueSnapshot;
import io.lodestar.core.okr.CheckInService;
import io.lodestar.core.okr.Confidence;
import io.lodestar.core.okr.Cycle;
import io.lodestar.core.okr.KeyResult;
import io.lodestar.core.okr.KeyResultService;
import io.lodestar.core.okr.Measure;
import io.lodestar.core.okr.NewKeyResult;
import io.lodestar.core.okr.NewObjective;
import io.lodestar.core.okr.Objective;
import io.lodestar.core.okr.ObjectiveLevel;
import io.lodestar.core.okr.ObjectiveService;
import io.lodestar.core.okr.OkrStore;
import io.lodestar.core.okr.WorkBasis;
import io.lodestar.sandbox.host.ExportedIssues;
import io.lodestar.sandbox.host.SandboxUsers;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Supplier;

/**
 * The OKRs a fresh sandbox starts with, so its first screen is alive: the current quarter, a company objective
 * and one objective per demo team aligned to it, with numeric, milestone and linked-work key results (linked to
 * the team's open epics), a key result tracking a demo KPI, and weekly check-ins since the quarter began, the
 * latest a day before now. Everything goes through the app's own
 * services and its store port, never SQL; check-ins of past weeks are made by a {@link CheckInService} whose
 * clock stands at that week.
 */
public final class DemoOkrs {

    private final OkrStore store;
    private final ExportedIssues issues;
    private final Clock clock;

    public DemoOkrs(OkrStore store, ExportedIssues issues, Clock clock) {
        this.store = store;
        this.issues = issues;
        this.clock = clock;
    }

    /**
     * Seeds when the database has no cycle yet; returns whether it did. {@code kpis} seeds the demo KPIs first
     * (only then), so that a key result can track one.
     */
    public boolean seedIfEmpty(Supplier<DemoKpis.Seeded> kpis) {
        if (!store.cycles().isEmpty()) {
            return false;
        }
        seed(kpis.get());
        return true;
    }

    /**
     * With issues from a user's own export there are no demo OKRs, but the current quarter is created when the
     * database has no cycle, since only Jira administrators may create cycles and neither sandbox user is one.
     */
    public boolean seedCycleIfEmpty() {
        if (!store.cycles().isEmpty()) {
            return false;
        }
        store.inTransaction(() -> store.saveCycle(currentQuarter()));
        return true;
    }

    private Cycle currentQuarter() {
        LocalDate today = LocalDate.now(clock.withZone(ZoneOffset.UTC));
        return Cycle.quarter(today.getYear(), (today.getMonthValue() - 1) / 3 + 1);
    }

    private void seed(DemoKpis.Seeded kpis) {
        Cycle quarter = currentQuarter();
        Cycle cycle = store.inTransaction(() -> store.saveCycle(quarter));
        ObjectiveService objectives = new ObjectiveService(store);
        KeyResultService keyResults = new KeyResultService(store);
        String alice = SandboxUsers.ALICE.name();
        String bob = SandboxUsers.BOB.name();

        Objective company = objectives.create(new NewObjective(cycle.id(), "Delight customers with a faster, more reliable product",
                "The company bet of the quarter: fewer incidents, quicker answers, features customers asked for.",
                alice, ObjectiveLevel.COMPANY, null, null));
        KeyResult nps = keyResults.add(company.id(), NewKeyResult.of("Raise NPS from 31 to 45", alice,
                Measure.number("points", 31.0, 45.0)));
        KeyResult churn = keyResults.add(company.id(), NewKeyResult.of("Cut monthly churn from 3.1% to 2%", alice,
                Measure.percent(3.1, 2.0)));

        Objective atlas = objectives.create(new NewObjective(cycle.id(), "Make the platform enterprise-ready",
                "What the three largest prospects asked for before signing.", alice, ObjectiveLevel.TEAM,
                DemoTeams.ATLAS.key(), company.id()));
        KeyResult atlasEpics = keyResults.add(atlas.id(), NewKeyResult.of("Ship this quarter's platform epics", alice,
                Measure.linkedWork(WorkBasis.STORY_POINTS)));
        KeyResult latency = keyResults.add(atlas.id(), NewKeyResult.of("Bring p95 API latency from 480 ms to 300 ms", bob,
                Measure.number("ms", 480.0, 300.0)));
        KeyResult audit = keyResults.add(atlas.id(), NewKeyResult.of("Pass the SOC 2 type II audit", alice,
                Measure.milestone()));

        Objective nova = objectives.create(new NewObjective(cycle.id(), "Make the mobile app a joy to use offline",
                "Field teams lose work when the network drops; fix that first.", alice, ObjectiveLevel.TEAM,
                DemoTeams.NOVA.key(), company.id()));
        KeyResult novaEpics = keyResults.add(nova.id(), NewKeyResult.of("Ship this quarter's mobile epics", alice,
                Measure.linkedWork(WorkBasis.ISSUE_COUNT)));
        keyResults.add(nova.id(), NewKeyResult.of("Lift NOVA velocity from 30 to 40 points a sprint", alice,
                Measure.kpi(kpis.novaVelocity(), "points", 30, 40)));
        KeyResult crashFree = keyResults.add(nova.id(), NewKeyResult.of("Raise crash-free sessions from 97.2% to 99.5%",
                alice, Measure.percent(97.2, 99.5)));

        for (Objective objective : List.of(company, atlas, nova)) {
            objectives.activate(objective.id(), objectives.get(objective.id()).version());
        }
        openEpics(DemoTeams.ATLAS.key()).forEach(epic -> keyResults.link(atlasEpics.id(), Long.parseLong(epic.id())));
        openEpics(DemoTeams.NOVA.key()).forEach(epic -> keyResults.link(novaEpics.id(), Long.parseLong(epic.id())));

        // Weekly check-ins counted back from now, the latest a day ago: seeded at a fixed time of day, today's
        // would lie hours in the future, and a real check-in made this morning would sort as older and seem lost.
        Instant now = clock.instant();
        Instant cycleStart = cycle.startInstant(ZoneOffset.UTC);
        List<Instant> weeks = new ArrayList<>();
        for (Instant at = now.minus(Duration.ofDays(1)); !at.isBefore(cycleStart.plus(Duration.ofDays(6)));
             at = at.minus(Duration.ofDays(7))) {
            weeks.add(0, at);
        }
        for (int week = 0; week < weeks.size(); week++) {
            CheckInService checkIns = new CheckInService(store, Clock.fixed(weeks.get(week), ZoneOffset.UTC));
            double w = week;
            checkIns.checkIn(nps.id(), 31.0 + Math.min(14, 1.2 * w), Confidence.ON_TRACK,
                    week == 0 ? "First survey wave is in." : null, alice);
            checkIns.checkIn(churn.id(), round(3.1 - Math.min(1.1, 0.05 * w)), w < 4 ? Confidence.ON_TRACK : Confidence.AT_RISK,
                    w < 4 ? null : "Churn is falling slower than planned.", alice);
            checkIns.checkIn(latency.id(), 480.0 - Math.min(180, 11 * w), w < 3 ? Confidence.ON_TRACK : Confidence.AT_RISK,
                    w < 3 ? null : "The search endpoint still dominates p95.", bob);
            checkIns.checkIn(crashFree.id(), round(97.2 + Math.min(2.3, 0.2 * w)), Confidence.ON_TRACK, null, alice);
            if (week == 4) {
                checkIns.checkIn(audit.id(), 0.0, Confidence.ON_TRACK, "Auditors booked for the last month.", alice);
            }
        }
    }

    /**
     * The team's epics still open, and the one finished most recently: what a team would link to its
     * quarter's delivery key result.
     */
    private List<IssueSnapshot> openEpics(String project) {
        List<IssueSnapshot> epics = issues.snapshots().stream()
                .filter(issue -> issue.projectKey().equals(project) && issue.type().isEpic())
                .toList();
        List<IssueSnapshot> open = new java.util.ArrayList<>(epics.stream().filter(epic -> !epic.status().isDone()).toList());
        epics.stream().filter(epic -> epic.status().isDone() && epic.resolved() != null)
                .max(Comparator.comparing(IssueSnapshot::resolved))
                .ifPresent(open::add);
        return open;
    }

    private static double round(double value) {
        return Math.round(value * 10) / 10.0;
    }
}
