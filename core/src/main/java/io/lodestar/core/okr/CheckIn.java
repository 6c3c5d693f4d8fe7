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
 */
public record CheckIn(long id, long keyResultId, Double value, Confidence confidence, String note, String author,
                      Instant at) {

    public CheckIn {
        require(keyResultId > 0, "checkIn.keyResultId", "must reference a stored key result");
        require(value == null || Double.isFinite(value), "checkIn.value", "must be a finite number");
        requirePresent(confidence, "checkIn.confidence");
        note = note == null ? "" : note.strip();
        author = requireText(author, "checkIn.author");
        requirePresent(at, "checkIn.at");
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
        return new CheckIn(newId, keyResultId, value, confidence, note, author, at);
    }
}
