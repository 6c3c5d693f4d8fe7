package io.lodestar.core.okr;

import static io.lodestar.core.common.InvalidInputException.require;
import static io.lodestar.core.common.InvalidInputException.requirePresent;
import static io.lodestar.core.common.InvalidInputException.requireText;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * A key result: a measurable outcome that tells how far its objective has been reached.
 *
 * <ul>
 *   <li>{@code id} is 0 until a store assigns one; {@code version} is 0 until stored and is used
 *       for optimistic locking (see {@link OkrStore}).</li>
 *   <li>{@code owner} is a Jira user key, or null when nobody owns it yet.</li>
 *   <li>{@code weight} is its positive share in the objective's weighted mean (1 by default).</li>
 *   <li>{@code cadence} is how often a check-in is expected (a week by default).</li>
 *   <li>{@code finalScore} is frozen when the cycle is graded, null before; raw, never rounded.</li>
 *   <li>{@code carriedFromId} is the key result of an earlier cycle this one continues, or null.</li>
 * </ul>
 */
public record KeyResult(long id, long version, long objectiveId, String title, String owner, double weight,
                        Measure measure, Duration cadence, Double finalScore, Long carriedFromId) {

    /** The cadence used unless a key result says otherwise. */
    public static final Duration WEEKLY = Duration.ofDays(7);

    public KeyResult {
        title = requireText(title, "keyResult.title");
        owner = Objective.blankToNull(owner);
        require(weight > 0 && Double.isFinite(weight), "keyResult.weight", "must be positive");
        requirePresent(measure, "keyResult.measure");
        cadence = cadence == null ? WEEKLY : cadence;
        require(!cadence.isNegative() && !cadence.isZero(), "keyResult.cadence", "must be positive");
        require(objectiveId > 0, "keyResult.objectiveId", "must reference a stored objective");
    }

    /** A new, unsaved key result of weight 1 with a weekly check-in cadence. */
    public static KeyResult of(long objectiveId, String title, String owner, Measure measure) {
        return new KeyResult(0, 0, objectiveId, title, owner, 1.0, measure, WEEKLY, null, null);
    }

    public KeyResultKind kind() {
        return measure.kind();
    }

    public boolean hasOwner() {
        return owner != null;
    }

    public boolean graded() {
        return finalScore != null;
    }

    /**
     * Whether a check-in is due at {@code now}: when there has been none yet, or when the latest is at
     * least one cadence old (a weekly key result checked in last Monday 09:00 is due again from this
     * Monday 09:00). A graded key result is never due.
     */
    public boolean checkInDue(Optional<CheckIn> latest, Instant now) {
        if (graded()) {
            return false;
        }
        return latest.map(c -> !c.at().plus(cadence).isAfter(now)).orElse(true);
    }

    public KeyResult withId(long newId, long newVersion) {
        return new KeyResult(newId, newVersion, objectiveId, title, owner, weight, measure, cadence, finalScore, carriedFromId);
    }

    /** This key result with new editable fields; keeps id, version, objective, score and origin. */
    public KeyResult edit(String newTitle, String newOwner, double newWeight, Measure newMeasure, Duration newCadence) {
        return new KeyResult(id, version, objectiveId, newTitle, newOwner, newWeight, newMeasure, newCadence, finalScore, carriedFromId);
    }

    public KeyResult withWeight(double newWeight) {
        return new KeyResult(id, version, objectiveId, title, owner, newWeight, measure, cadence, finalScore, carriedFromId);
    }

    public KeyResult withCadence(Duration newCadence) {
        return new KeyResult(id, version, objectiveId, title, owner, weight, measure, newCadence, finalScore, carriedFromId);
    }

    /** This key result with its final score frozen. */
    public KeyResult graded(double score) {
        return new KeyResult(id, version, objectiveId, title, owner, weight, measure, cadence, score, carriedFromId);
    }

    /** An unsaved copy for {@code newObjectiveId} that continues this one with another measure. */
    public KeyResult carriedInto(long newObjectiveId, Measure newMeasure) {
        return new KeyResult(0, 0, newObjectiveId, title, owner, weight, newMeasure, cadence, null, id);
    }
}
