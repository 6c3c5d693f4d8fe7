package io.lodestar.core.okr;

import static io.lodestar.core.common.InvalidInputException.require;
import static io.lodestar.core.common.InvalidInputException.requirePresent;
import static io.lodestar.core.common.InvalidInputException.requireText;

import java.time.Instant;

/**
 * A check-in: what a key result's owner reports at a point in time. Check-ins are appended, never
 * edited, and form the key result's history.
 *
 * <p>{@code value} is the measured value for numeric and KPI key results, 1 (done) or 0 (not done)
 * for milestones, and may be null when the check-in only reports confidence (usual for linked
 * work, whose progress comes from Jira). {@code id} is 0 until a store assigns one.
 *
 * <p>An <em>automatic</em> check-in ({@link #automatic()}) is what the background measurement records on a
 * KPI-backed key result: its KPI's value for one KPI period ({@code kpiPeriod}, the period's key), authored by
 * {@link #LODESTAR} and carrying no confidence (confidence is a person's judgement; it is checked in by hand). A key
 * result holds at most one automatic check-in per period ({@link OkrStore#recordKpiCheckIn}); it is the only kind of
 * check-in a store rewrites (see {@link KpiCheckIns} for when). A check-in by hand has a confidence and no period.
 */
public record CheckIn(long id, long keyResultId, Double value, Confidence confidence, String note, String author,
                      Instant at, String kpiPeriod) {

    /**
     * The author of automatic check-ins: not a Jira user key (a page shows it as the app, from its i18n text). The
     * colon keeps it apart from any Jira user key Lodestar writes, which are plain keys.
     */
    public static final String LODESTAR = "lodestar:kpi";

    public CheckIn {
        require(keyResultId > 0, "checkIn.keyResultId", "must reference a stored key result");
        require(value == null || Double.isFinite(value), "checkIn.value", "must be a finite number");
        kpiPeriod = kpiPeriod == null || kpiPeriod.isBlank() ? null : kpiPeriod.strip();
        if (kpiPeriod == null) {
            requirePresent(confidence, "checkIn.confidence");
        } else {
            require(confidence == null, "checkIn.confidence", "an automatic check-in carries no confidence");
            require(value != null, "checkIn.value", "an automatic check-in records a KPI value");
        }
        note = note == null ? "" : note.strip();
        author = requireText(author, "checkIn.author");
        requirePresent(at, "checkIn.at");
    }

    /** A check-in by hand (no KPI period). */
    public CheckIn(long id, long keyResultId, Double value, Confidence confidence, String note, String author,
                   Instant at) {
        this(id, keyResultId, value, confidence, note, author, at, null);
    }

    /** A new automatic check-in: the KPI's {@code value} (on the key result's scale) for the period {@code kpiPeriod}. */
    public static CheckIn automatic(long keyResultId, double value, String kpiPeriod, Instant at) {
        return new CheckIn(0, keyResultId, value, null, "", LODESTAR, at, requireText(kpiPeriod, "checkIn.kpiPeriod"));
    }

    /** Whether the background measurement recorded it (a KPI's value for a period), not a person. */
    public boolean automatic() {
        return kpiPeriod != null;
    }

    /** A new check-in reporting a measured value (or only a confidence when {@code value} is null). */
    public static CheckIn of(long keyResultId, Double value, Confidence confidence, String note, String author, Instant at) {
        return new CheckIn(0, keyResultId, value, confidence, note, author, at);
    }

    /** A new check-in on a milestone: done or not. */
    public static CheckIn milestone(long keyResultId, boolean done, Confidence confidence, String note, String author,
                                    Instant at) {
        return of(keyResultId, done ? 1.0 : 0.0, confidence, note, author, at);
    }

    public boolean hasValue() {
        return value != null;
    }

    /** For a milestone: whether this check-in reports it done. */
    public boolean done() {
        return value != null && value >= 1.0;
    }

    public CheckIn withId(long newId) {
        return new CheckIn(newId, keyResultId, value, confidence, note, author, at, kpiPeriod);
    }
}
