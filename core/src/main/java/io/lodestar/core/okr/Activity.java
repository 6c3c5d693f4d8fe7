package io.lodestar.core.okr;

import static io.lodestar.core.common.InvalidInputException.require;
import static io.lodestar.core.common.InvalidInputException.requirePresent;
import static io.lodestar.core.common.InvalidInputException.requireText;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One entry of an objective's activity: who changed what, and when. Entries are appended in the same store
 * transaction as the change they record ({@link OkrStore#appendActivity}), so the log never tells of a change that
 * was rolled back nor misses one that was kept. Never edited.
 *
 * <p>What {@code subject} and {@code details} hold depends on the {@link ActivityKind}. The subject is copied when
 * the entry is written (a key result's title), so the entry still reads right after the key result is renamed or
 * deleted.
 *
 * @param id          0 until a store assigns one
 * @param keyResultId the key result concerned, or null for an entry about the objective itself
 * @param actor       the Jira user key of who made the change
 */
public record Activity(long id, long objectiveId, Long keyResultId, ActivityKind kind, String actor, Instant at,
                       String subject, List<String> details) {

    /** The objective's fields an edit compares, as {@link ActivityKind#OBJECTIVE_EDITED} names them. */
    public static final List<String> OBJECTIVE_FIELDS = List.of("title", "description", "owner", "level", "team", "parent");
    /** The key result's fields an edit compares, as {@link ActivityKind#KEY_RESULT_EDITED} names them. */
    public static final List<String> KEY_RESULT_FIELDS = List.of("title", "owner", "weight", "measure", "cadence");

    public Activity {
        require(objectiveId > 0, "activity.objectiveId", "must reference a stored objective");
        requirePresent(kind, "activity.kind");
        actor = requireText(actor, "activity.actor");
        requirePresent(at, "activity.at");
        subject = subject == null ? "" : subject;
        details = details == null ? List.of() : List.copyOf(details);
    }

    public Activity withId(long newId) {
        return new Activity(newId, objectiveId, keyResultId, kind, actor, at, subject, details);
    }

    public static Activity created(Objective objective, String actor, Instant at) {
        return new Activity(0, objective.id(), null, ActivityKind.OBJECTIVE_CREATED, actor, at, objective.title(), List.of());
    }

    /** The fields that differ between two versions of an objective, or empty when none does. */
    public static Optional<Activity> edited(Objective before, Objective after, String actor, Instant at) {
        List<String> changed = new ArrayList<>();
        compare(changed, "title", before.title(), after.title());
        compare(changed, "description", before.description(), after.description());
        compare(changed, "owner", before.owner(), after.owner());
        compare(changed, "level", before.level(), after.level());
        compare(changed, "team", before.team(), after.team());
        compare(changed, "parent", before.parentId(), after.parentId());
        return changed.isEmpty() ? Optional.empty()
                : Optional.of(new Activity(0, after.id(), null, ActivityKind.OBJECTIVE_EDITED, actor, at, after.title(), changed));
    }

    /** A change of state, or empty when the state stayed the same. */
    public static Optional<Activity> stateChanged(Objective before, Objective after, String actor, Instant at) {
        return before.state() == after.state() ? Optional.empty()
                : Optional.of(new Activity(0, after.id(), null, ActivityKind.STATE_CHANGED, actor, at, after.title(),
                        List.of(before.state().name(), after.state().name())));
    }

    public static Activity keyResultAdded(KeyResult keyResult, String actor, Instant at) {
        return new Activity(0, keyResult.objectiveId(), keyResult.id(), ActivityKind.KEY_RESULT_ADDED, actor, at,
                keyResult.title(), List.of(keyResult.kind().name()));
    }

    /** The fields that differ between two versions of a key result, or empty when none does. */
    public static Optional<Activity> keyResultEdited(KeyResult before, KeyResult after, String actor, Instant at) {
        List<String> changed = new ArrayList<>();
        compare(changed, "title", before.title(), after.title());
        compare(changed, "owner", before.owner(), after.owner());
        compare(changed, "weight", before.weight(), after.weight());
        compare(changed, "measure", before.measure(), after.measure());
        compare(changed, "cadence", before.cadence(), after.cadence());
        return changed.isEmpty() ? Optional.empty()
                : Optional.of(new Activity(0, after.objectiveId(), after.id(), ActivityKind.KEY_RESULT_EDITED, actor, at,
                        after.title(), changed));
    }

    public static Activity keyResultDeleted(KeyResult keyResult, String actor, Instant at) {
        return new Activity(0, keyResult.objectiveId(), keyResult.id(), ActivityKind.KEY_RESULT_DELETED, actor, at,
                keyResult.title(), List.of());
    }

    /**
     * A check-in. An automatic one (a KPI's value for a period) has no confidence: its details are then the empty
     * confidence, the value and the KPI period's key, and its actor is {@link CheckIn#LODESTAR}.
     */
    public static Activity checkedIn(KeyResult keyResult, CheckIn checkIn) {
        return checkedIn(keyResult, checkIn, checkIn.at());
    }

    /**
     * A check-in logged at {@code at}: an automatic check-in of a closed period stands at the period's end, but is
     * logged when the measurement recorded it.
     */
    public static Activity checkedIn(KeyResult keyResult, CheckIn checkIn, Instant at) {
        if (checkIn.automatic()) {
            return new Activity(0, keyResult.objectiveId(), keyResult.id(), ActivityKind.CHECKED_IN, checkIn.author(),
                    at, keyResult.title(), List.of("",
                    java.math.BigDecimal.valueOf(checkIn.value()).stripTrailingZeros().toPlainString(), checkIn.kpiPeriod()));
        }
        List<String> details = checkIn.hasValue()
                ? List.of(checkIn.confidence().name(), java.math.BigDecimal.valueOf(checkIn.value()).stripTrailingZeros().toPlainString())
                : List.of(checkIn.confidence().name());
        return new Activity(0, keyResult.objectiveId(), keyResult.id(), ActivityKind.CHECKED_IN, checkIn.author(),
                at, keyResult.title(), details);
    }

    public static Activity linked(KeyResult keyResult, long issueId, String issueKey, String actor, Instant at) {
        return new Activity(0, keyResult.objectiveId(), keyResult.id(), ActivityKind.ISSUE_LINKED, actor, at,
                keyResult.title(), List.of(Long.toString(issueId), issueKey == null ? "" : issueKey));
    }

    /** An unlink; the key is not kept (the page reads the issue's current key, when the viewer may browse it). */
    public static Activity unlinked(KeyResult keyResult, long issueId, String actor, Instant at) {
        return new Activity(0, keyResult.objectiveId(), keyResult.id(), ActivityKind.ISSUE_UNLINKED, actor, at,
                keyResult.title(), List.of(Long.toString(issueId)));
    }

    /**
     * The Jira issue id an {@link ActivityKind#ISSUE_LINKED} or {@link ActivityKind#ISSUE_UNLINKED} entry is about,
     * or empty for other kinds (or a detail that is not an id): what a reader checks before showing the issue's key
     * to a viewer, who may not be allowed to browse it.
     */
    public Optional<Long> issueId() {
        if ((kind != ActivityKind.ISSUE_LINKED && kind != ActivityKind.ISSUE_UNLINKED) || details.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(Long.parseLong(details.get(0)));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    public static Activity rollUpChanged(Objective after, String actor, Instant at) {
        return new Activity(0, after.id(), null, ActivityKind.ROLL_UP_CHANGED, actor, at, after.title(),
                List.of(Boolean.toString(after.rollUp())));
    }

    private static void compare(List<String> changed, String field, Object before, Object after) {
        if (!Objects.equals(before, after)) {
            changed.add(field);
        }
    }
}
