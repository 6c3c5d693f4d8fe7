package io.lodestar.core.kpi.run;

import static io.lodestar.core.common.InvalidInputException.requirePresent;

import io.lodestar.core.common.NotFoundException;
import io.lodestar.core.issue.IssueSnapshot;
import io.lodestar.core.issue.StatusCatalog;
import io.lodestar.core.kpi.Frequency;
import io.lodestar.core.kpi.IssueHistory;
import io.lodestar.core.kpi.IssueHistorySource;
import io.lodestar.core.kpi.KpiAlert;
import io.lodestar.core.kpi.KpiAssessment;
import io.lodestar.core.kpi.KpiDataSource;
import io.lodestar.core.kpi.KpiDefinition;
import io.lodestar.core.kpi.KpiEvaluation;
import io.lodestar.core.kpi.KpiMeasurement;
import io.lodestar.core.kpi.KpiPeriod;
import io.lodestar.core.kpi.KpiStore;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Use case: measuring KPIs in the background, on any node of a cluster. A run is a row of
 * {@link MeasurementRunStore}; whichever node executes it ({@link #execute}) claims it first, so it runs once.
 *
 * <h2>Which KPIs a scheduled run measures ({@link #isDue})</h2>
 * <ul>
 *   <li>one never measured, or marked stale by an issue change since it was last measured;</li>
 *   <li>a calendar KPI whose last closed period has no frozen value yet (the period closed since the last run),
 *       or whose provisional value belongs to a period that has closed;</li>
 *   <li>a sprint KPI last measured more than {@link #SPRINT_CHECK} ago: a sprint can close without any issue
 *       changing, so a sprint KPI is looked at once a day at least.</li>
 * </ul>
 * Anything else is left as it is: nothing changed that could move its value.
 *
 * <h2>How</h2>
 * The KPIs are grouped by data source and reader (the owner for scheduled runs, whoever asked otherwise), and each
 * group's issues are read once, however many KPIs use them. When only recent changes matter to every KPI of a group
 * ({@link KpiEvaluation#changedSince}: throughput, flow times, work in progress, per calendar period), only the issues
 * updated since its earliest period's start or not done are read, so a run's memory and time follow the work of the
 * periods it measures, not the size of the project's history; otherwise (sprints, releases, due dates, re-measures)
 * every issue of the source. Each KPI is measured under its cluster lock
 * ({@link KpiLocks}); a KPI locked elsewhere is being measured right now and is left to that run. Each KPI's periods
 * are written in one transaction ({@link KpiEvaluation}), so a node that stops half-way leaves whole periods only,
 * and the next run measures what it missed (the KPI is still stale or due). The stale mark is cleared only if no
 * issue changed after the run started reading. In that same transaction every key result backed by the KPI records
 * the recorded periods' values as automatic check-ins ({@link io.lodestar.core.kpi.MeasurementFollower}, implemented
 * by {@code io.lodestar.core.okr.KpiCheckIns}), a re-measure included. A KPI that this run found newly red is mailed to its owner
 * ({@link AlertMail}: once per red period).
 */
public final class KpiMeasuring {

    /** How often a sprint KPI is looked at when no issue event marked it stale. */
    public static final Duration SPRINT_CHECK = Duration.ofHours(24);
    /**
     * A running run writes its progress, its heartbeat, at least this often while it reads issues (and after every
     * KPI), so that the other nodes can tell a live run from one whose node died.
     */
    public static final Duration HEARTBEAT = Duration.ofSeconds(15);
    /**
     * A RUNNING run whose heartbeat is older than this was left by a node that stopped, and the next scheduled run, on
     * any node, takes it over ({@link #abandonStalled}). Two minutes is eight missed heartbeats: longer than a full
     * garbage collection, a slow page of issues or a KPI's one-transaction write on a busy database, so a live run is
     * not taken over, and short next to the scheduled job's 15 minutes, so the next run always finds it.
     */
    public static final Duration STALLED = Duration.ofMinutes(2);
    /** Progress is written every this many issues read (and after every KPI). */
    static final int PROGRESS_EVERY = 500;
    /** How many issues are read between two looks at the clock for {@link #HEARTBEAT}. */
    static final int CLOCK_EVERY = 50;

    private final KpiStore kpis;
    private final MeasurementRunStore runs;
    private final KpiEvaluation evaluation;
    private final IssueHistorySource issues;
    private final KpiLocks locks;
    private final Readers readers;
    private final AlertMail alertMail;
    private final Clock clock;

    public KpiMeasuring(KpiStore kpis, MeasurementRunStore runs, KpiEvaluation evaluation, IssueHistorySource issues,
                        KpiLocks locks, Readers readers, AlertMail alertMail, Clock clock) {
        this.kpis = requirePresent(kpis, "measuring.kpis");
        this.runs = requirePresent(runs, "measuring.runs");
        this.evaluation = requirePresent(evaluation, "measuring.evaluation");
        this.issues = requirePresent(issues, "measuring.issues");
        this.locks = requirePresent(locks, "measuring.locks");
        this.readers = requirePresent(readers, "measuring.readers");
        this.alertMail = requirePresent(alertMail, "measuring.alertMail");
        this.clock = requirePresent(clock, "measuring.clock");
    }

    public Optional<MeasurementRun> find(long runId) {
        return runs.find(runId);
    }

    /** Records a new QUEUED run; the caller then has it executed in the background. */
    public MeasurementRun queue(MeasurementRun run) {
        return runs.create(run);
    }

    /** Whether a scheduled run measures this KPI now (see the class comment). */
    public static boolean isDue(KpiDefinition definition, List<KpiMeasurement> measurements, boolean stale, Instant now) {
        if (measurements.isEmpty() || stale) {
            return true;
        }
        if (definition.frequency() == Frequency.PER_SPRINT) {
            Instant last = measurements.stream().map(KpiMeasurement::recordedAt).max(Instant::compareTo).orElseThrow();
            return last.plus(SPRINT_CHECK).isBefore(now);
        }
        KpiPeriod lastClosed = KpiPeriod.lastCompleteBefore(definition.frequency(), now, definition.zone());
        boolean frozen = measurements.stream()
                .anyMatch(m -> m.isFrozen() && m.period().key().equals(lastClosed.key()));
        boolean closedProvisional = measurements.stream()
                .anyMatch(m -> m.provisional() && !m.period().end().isAfter(now));
        return !frozen || closedProvisional;
    }

    /**
     * Executes the run if this caller claims it; returns it as it ended, or empty when another node had claimed it.
     * Never throws for a KPI that cannot be measured: the run ends FAILED with the reasons.
     */
    public Optional<MeasurementRun> execute(long runId) {
        MeasurementRun queued = runs.find(runId).orElseThrow(() -> new NotFoundException("run", runId));
        Instant now = clock.instant();
        List<KpiDefinition> chosen;
        List<String> failures = new ArrayList<>();
        try {
            chosen = chosen(queued, now);
        } catch (RuntimeException e) {
            chosen = List.of();
            failures.add(reason(e));
        }
        Optional<MeasurementRun> claimed = runs.claim(runId, chosen.size(), now);
        if (claimed.isEmpty()) {
            return Optional.empty();
        }
        MeasurementRun run = claimed.get();
        Progress progress = new Progress(run);
        for (Map.Entry<Group, List<KpiDefinition>> group : groups(queued, chosen).entrySet()) {
            measureGroup(queued, group.getKey(), group.getValue(), progress, failures);
        }
        return Optional.of(runs.update(progress.run.finished(failures.isEmpty() ? null : String.join("; ", failures),
                clock.instant())));
    }

    /**
     * Requested runs still QUEUED (their background start was lost: it fired before the request's transaction
     * committed, or the node that was to run it stopped), oldest first: the scheduled job executes them.
     */
    public List<MeasurementRun> pendingRequests() {
        return runs.unfinished().stream().filter(run -> run.kind() != MeasurementRun.Kind.SCHEDULED
                && run.state() == MeasurementRun.State.QUEUED).toList();
    }

    /** Whether a RUNNING run's heartbeat is older than {@link #STALLED} at {@code now}: its node stopped. */
    public static boolean isStalled(MeasurementRun run, Instant now) {
        return run.state() == MeasurementRun.State.RUNNING && run.updatedAt().plus(STALLED).isBefore(now);
    }

    /**
     * Takes over the runs left RUNNING by a node that stopped ({@link #isStalled}): each ends FAILED, so the page stops
     * showing it as in progress, and what it left is measured again. Nothing of it is half-written, since each KPI's
     * periods are written in one transaction: a KPI it had not finished is still due (stale, or its period not
     * frozen), so the scheduled run that calls this measures it; a requested run ("Measure now", re-measure) is
     * queued again as a new run of the same request, which {@link #pendingRequests} returns. Returns the runs ended.
     */
    public List<MeasurementRun> abandonStalled() {
        Instant now = clock.instant();
        List<MeasurementRun> abandoned = new ArrayList<>();
        for (MeasurementRun run : runs.unfinished()) {
            if (!isStalled(run, now)) {
                continue;
            }
            MeasurementRun again = switch (run.kind()) {
                case SCHEDULED -> null;
                case ON_DEMAND -> runs.create(MeasurementRun.onDemand(run.kpiId(), run.requestedBy(), now));
                case REMEASURE -> runs.create(MeasurementRun.remeasure(run.kpiId(), run.periodKey(), run.requestedBy(), now));
            };
            abandoned.add(runs.update(run.finished("interrupted: the node running it stopped (no heartbeat since "
                    + run.updatedAt() + "); " + (again == null ? "this scheduled run measures what it left"
                    : "taken over as run " + again.id()), now)));
        }
        return abandoned;
    }

    private List<KpiDefinition> chosen(MeasurementRun run, Instant now) {
        if (run.kind() != MeasurementRun.Kind.SCHEDULED) {
            return List.of(kpis.find(run.kpiId()).orElseThrow(() -> new NotFoundException("kpi", run.kpiId())));
        }
        List<KpiDefinition> all = kpis.definitions();
        Map<Long, List<KpiMeasurement>> measured = kpis.measurementsOf(all.stream().map(KpiDefinition::id).toList());
        Map<Long, Instant> stale = runs.staleKpis();
        return all.stream().filter(definition -> isDue(definition, measured.getOrDefault(definition.id(), List.of()),
                stale.containsKey(definition.id()), now)).toList();
    }

    private record Group(KpiDataSource source, String reader) {
    }

    private static Map<Group, List<KpiDefinition>> groups(MeasurementRun run, List<KpiDefinition> chosen) {
        Map<Group, List<KpiDefinition>> groups = new LinkedHashMap<>();
        for (KpiDefinition definition : chosen) {
            String reader = run.kind() == MeasurementRun.Kind.SCHEDULED ? definition.owner() : run.requestedBy();
            groups.computeIfAbsent(new Group(definition.dataSource(), reader), g -> new ArrayList<>()).add(definition);
        }
        return groups;
    }

    private void measureGroup(MeasurementRun run, Group group, List<KpiDefinition> definitions, Progress progress,
                              List<String> failures) {
        List<KpiLocks.Held> held = new ArrayList<>();
        List<KpiDefinition> locked = new ArrayList<>();
        try {
            for (KpiDefinition definition : definitions) {
                Optional<KpiLocks.Held> lock = locks.tryLock(definition.id());
                if (lock.isPresent()) {
                    held.add(lock.get());
                    locked.add(definition);
                } else {
                    failures.add(definition.name() + ": being measured by another run right now");
                    progress.kpiDone();
                }
            }
            if (locked.isEmpty()) {
                return;
            }
            Instant readFrom = clock.instant();
            IssueHistory history;
            try {
                Optional<Instant> since = run.kind() == MeasurementRun.Kind.REMEASURE ? Optional.empty()
                        : changedSince(locked);
                history = readers.as(group.reader(), () -> read(group.source(), since, progress));
            } catch (RuntimeException e) {
                for (KpiDefinition definition : locked) {
                    failures.add(definition.name() + ": " + reason(e));
                    progress.kpiDone();
                }
                return;
            }
            for (KpiDefinition definition : locked) {
                try {
                    if (run.kind() == MeasurementRun.Kind.REMEASURE) {
                        evaluation.remeasure(definition, history, run.periodKey(), run.requestedBy());
                    } else {
                        List<KpiAlert> before = kpis.alerts(definition.id());
                        KpiAssessment assessed = evaluation.evaluate(definition, history);
                        runs.clearStale(definition.id(), readFrom);
                        AlertMail.newlyRaised(before, assessed.alert())
                                .ifPresent(alert -> mail(definition, alert, failures));
                    }
                } catch (RuntimeException e) {
                    failures.add(definition.name() + ": " + reason(e));
                }
                progress.kpiDone();
            }
        } finally {
            held.forEach(KpiLocks.Held::close);
        }
    }

    /** A mail that cannot be queued fails the run with its reason; the measurement and the alert stay. */
    private void mail(KpiDefinition definition, KpiAlert alert, List<String> failures) {
        try {
            alertMail.send(definition, alert);
        } catch (RuntimeException e) {
            failures.add(definition.name() + ": alert mail not sent: " + reason(e));
        }
    }

    /**
     * The instant since which issue changes matter to every KPI of a group ({@link KpiEvaluation#changedSince}: the
     * earliest), or empty when one of them needs every issue. One read of the group's source serves them all.
     */
    private Optional<Instant> changedSince(List<KpiDefinition> definitions) {
        Map<Long, List<KpiMeasurement>> stored = kpis.measurementsOf(definitions.stream().map(KpiDefinition::id).toList());
        Instant earliest = null;
        for (KpiDefinition definition : definitions) {
            Optional<Instant> since = evaluation.changedSince(definition, stored.getOrDefault(definition.id(), List.of()));
            if (since.isEmpty()) {
                return Optional.empty();
            }
            earliest = earliest == null || since.get().isBefore(earliest) ? since.get() : earliest;
        }
        return Optional.ofNullable(earliest);
    }

    private IssueHistory read(KpiDataSource source, Optional<Instant> since, Progress progress) {
        List<IssueSnapshot> read = new ArrayList<>();
        Consumer<IssueSnapshot> sink = issue -> {
            read.add(issue);
            progress.issueRead();
        };
        StatusCatalog statuses = since.isPresent() ? issues.read(source, since.get(), sink) : issues.read(source, sink);
        progress.write();
        return new IssueHistory(read, statuses, issues.lastColumnStatusIds(source));
    }

    private static String reason(RuntimeException e) {
        return e.getMessage() == null || e.getMessage().isBlank() ? e.getClass().getSimpleName() : e.getMessage();
    }

    /**
     * The run's counters and heartbeat, written to the store every {@link #PROGRESS_EVERY} issues, at least every
     * {@link #HEARTBEAT} while issues are read, and after every KPI.
     */
    private final class Progress {
        private MeasurementRun run;
        private int done;
        private long read;

        Progress(MeasurementRun run) {
            this.run = run;
        }

        void issueRead() {
            read++;
            if (read % PROGRESS_EVERY == 0
                    || (read % CLOCK_EVERY == 0 && !run.updatedAt().plus(HEARTBEAT).isAfter(clock.instant()))) {
                write();
            }
        }

        void kpiDone() {
            done++;
            write();
        }

        void write() {
            run = runs.update(run.progressed(done, read, clock.instant()));
        }
    }
}
