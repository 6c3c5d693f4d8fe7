package io.lodestar.core.kpi.run;

import static io.lodestar.core.common.InvalidInputException.require;
import static io.lodestar.core.common.InvalidInputException.requirePresent;

import java.time.Instant;

/**
 * One measurement run, as kept in the database so that every node sees it: which KPIs it measures, who asked,
 * how far it got and how it ended. A run is created {@link State#QUEUED}, claimed by exactly one node
 * ({@link MeasurementRunStore#claim}), then {@link State#RUNNING} until it ends {@link State#DONE} or
 * {@link State#FAILED} (with the reasons).
 *
 * <ul>
 *   <li>{@link Kind#SCHEDULED}: the cluster's scheduled job, over every KPI that is due ({@code kpiId} 0), each
 *       read with its owner's browse permissions.</li>
 *   <li>{@link Kind#ON_DEMAND}: "Measure now" of one KPI, read with the permissions of {@code requestedBy}.</li>
 *   <li>{@link Kind#REMEASURE}: an administrator re-measures the closed period {@code periodKey} of one KPI,
 *       replacing its frozen value; the measurement records {@code requestedBy}.</li>
 * </ul>
 *
 * <p>{@code updatedAt} is the run's heartbeat, moved by every progress report (at least every
 * {@link KpiMeasuring#HEARTBEAT} while it runs): a run still RUNNING {@link KpiMeasuring#STALLED} after it was last
 * updated was left by a node that stopped, and the next scheduled run takes it over
 * ({@link KpiMeasuring#abandonStalled}).
 */
public record MeasurementRun(long id, Kind kind, long kpiId, String periodKey, String requestedBy, State state,
                             int kpisTotal, int kpisDone, long issuesRead, String failure, Instant requestedAt,
                             Instant startedAt, Instant finishedAt, Instant updatedAt) {

    /** The longest failure text kept: the first reasons of a run where many KPIs failed. */
    public static final int MAX_FAILURE = 2000;

    public enum Kind { SCHEDULED, ON_DEMAND, REMEASURE }

    public enum State { QUEUED, RUNNING, DONE, FAILED }

    public MeasurementRun {
        require(id >= 0, "run.id", "must not be negative");
        requirePresent(kind, "run.kind");
        require(kpiId >= 0, "run.kpiId", "must not be negative");
        require(kind == Kind.SCHEDULED ? kpiId == 0 : kpiId > 0, "run.kpiId",
                kind == Kind.SCHEDULED ? "a scheduled run measures every due KPI" : "names the KPI measured");
        require(kind == Kind.REMEASURE ? periodKey != null && !periodKey.isBlank() : periodKey == null,
                "run.period", "is given for a re-measure, and only then");
        require(kind == Kind.SCHEDULED || (requestedBy != null && !requestedBy.isBlank()), "run.requestedBy",
                "names who asked for the run");
        requirePresent(state, "run.state");
        require(kpisTotal >= 0 && kpisDone >= 0 && issuesRead >= 0, "run.progress", "must not be negative");
        if (failure != null) {
            failure = failure.isBlank() ? null
                    : failure.length() > MAX_FAILURE ? failure.substring(0, MAX_FAILURE - 1) + "…" : failure;
        }
        requirePresent(requestedAt, "run.requestedAt");
        requirePresent(updatedAt, "run.updatedAt");
    }

    public static MeasurementRun scheduled(Instant at) {
        return new MeasurementRun(0, Kind.SCHEDULED, 0, null, null, State.QUEUED, 0, 0, 0, null, at, null, null, at);
    }

    public static MeasurementRun onDemand(long kpiId, String requestedBy, Instant at) {
        return new MeasurementRun(0, Kind.ON_DEMAND, kpiId, null, requestedBy, State.QUEUED, 0, 0, 0, null, at, null,
                null, at);
    }

    public static MeasurementRun remeasure(long kpiId, String periodKey, String requestedBy, Instant at) {
        return new MeasurementRun(0, Kind.REMEASURE, kpiId, periodKey.strip(), requestedBy, State.QUEUED, 0, 0, 0, null,
                at, null, null, at);
    }

    public boolean isFinished() {
        return state == State.DONE || state == State.FAILED;
    }

    public MeasurementRun withId(long newId) {
        return new MeasurementRun(newId, kind, kpiId, periodKey, requestedBy, state, kpisTotal, kpisDone, issuesRead,
                failure, requestedAt, startedAt, finishedAt, updatedAt);
    }

    public MeasurementRun started(int total, Instant at) {
        return new MeasurementRun(id, kind, kpiId, periodKey, requestedBy, State.RUNNING, total, 0, 0, null,
                requestedAt, at, null, at);
    }

    public MeasurementRun progressed(int done, long read, Instant at) {
        return new MeasurementRun(id, kind, kpiId, periodKey, requestedBy, state, kpisTotal, done, read, failure,
                requestedAt, startedAt, finishedAt, at);
    }

    /** DONE when {@code failures} is null, else FAILED with them. */
    public MeasurementRun finished(String failures, Instant at) {
        return new MeasurementRun(id, kind, kpiId, periodKey, requestedBy, failures == null ? State.DONE : State.FAILED,
                kpisTotal, kpisDone, issuesRead, failures, requestedAt, startedAt == null ? at : startedAt, at, at);
    }
}
