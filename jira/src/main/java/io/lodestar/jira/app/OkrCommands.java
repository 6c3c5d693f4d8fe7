package io.lodestar.jira.app;

import io.lodestar.core.common.InvalidInputException;
import io.lodestar.core.kpi.KpiDefinition;
import io.lodestar.core.kpi.KpiStore;
import io.lodestar.core.okr.Activity;
import io.lodestar.core.okr.CheckIn;
import io.lodestar.core.okr.CheckInService;
import io.lodestar.core.okr.Confidence;
import io.lodestar.core.okr.KeyResult;
import io.lodestar.core.okr.KeyResultKind;
import io.lodestar.core.okr.KeyResultService;
import io.lodestar.core.okr.KpiScale;
import io.lodestar.core.okr.Measure;
import io.lodestar.core.okr.NewKeyResult;
import io.lodestar.core.okr.NewObjective;
import io.lodestar.core.okr.Objective;
import io.lodestar.core.okr.ObjectiveChanges;
import io.lodestar.core.okr.ObjectiveService;
import io.lodestar.core.okr.ObjectiveState;
import io.lodestar.core.okr.OkrStore;
import io.lodestar.jira.host.IssueCard;
import io.lodestar.jira.host.JiraIssueSource;
import io.lodestar.jira.host.JiraJqlParser;
import java.time.Clock;
import java.time.Instant;
import java.util.Objects;

/**
 * The changes a user makes to objectives, key results, check-ins and links: checks the user's right
 * ({@link OkrAccess}), then lets core's services decide and store. A change made of several core
 * steps (an edit that also realigns and activates) runs in one store transaction, so it lands whole
 * or not at all.
 *
 * <p>A REST request runs its whole work in {@link #atomically}: the permission check ({@code requireEditable*},
 * before its body is interpreted), the command, and the answer built from what was written. Whatever fails
 * on the way, a refused input, a row that cannot be read back, an unexpected error, rolls every write back,
 * so a request that fails changes nothing.
 *
 * <p>Every change is also written to its objective's activity log ({@link Activity}), with who and when, in the same
 * transaction: the log tells exactly the changes that were kept.
 */
public final class OkrCommands {

    private final OkrStore store;
    private final ObjectiveService objectives;
    private final KeyResultService keyResults;
    private final CheckInService checkIns;
    private final OkrAccess access;
    private final JiraIssueSource issues;
    private final KpiStore kpis;
    private final DirectoryActions directory;
    private final Clock clock;
    private final JiraJqlParser jql;

    /**
     * @param jql checks the query of a key result from a JQL query with Jira's parser when it is saved, as the user
     */
    public OkrCommands(OkrStore store, ObjectiveService objectives, KeyResultService keyResults,
                       CheckInService checkIns, OkrAccess access, JiraIssueSource issues, KpiStore kpis,
                       DirectoryActions directory, Clock clock, JiraJqlParser jql) {
        this.store = store;
        this.objectives = objectives;
        this.keyResults = keyResults;
        this.checkIns = checkIns;
        this.access = access;
        this.issues = issues;
        this.kpis = kpis;
        this.directory = directory;
        this.clock = clock;
        this.jql = jql;
    }

    /** Runs a request's work as one transaction: kept whole when it returns, rolled back when it throws. */
    public <T> T atomically(java.util.function.Supplier<T> work) {
        return store.inTransaction(work);
    }

    /** The signed-in user's key; 401 before anything else is looked at. */
    public String requireUser() {
        return access.requireUser();
    }

    /** The objective, when the user may change it (401, 404, 403 otherwise). */
    public Objective requireEditableObjective(long objectiveId) {
        access.requireUser();
        Objective objective = objectives.get(objectiveId);
        access.requireEdit(objective);
        return objective;
    }

    /** The key result, when the user may change it (401, 404, 403 otherwise). */
    public KeyResult requireEditableKeyResult(long keyResultId) {
        access.requireUser();
        KeyResult keyResult = keyResults.get(keyResultId);
        requireEditOf(keyResult);
        return keyResult;
    }

    /** The key result, when the user may check in on it (401, 404, 403 otherwise). */
    public KeyResult requireCheckInOn(long keyResultId) {
        access.requireUser();
        KeyResult keyResult = keyResults.get(keyResultId);
        access.requireCheckIn(keyResult, objectives.get(keyResult.objectiveId()));
        return keyResult;
    }

    /**
     * Creates a draft objective; without an owner, the creator owns it. The owner must be a Jira user and the
     * team a project the creator may browse (kept as Jira spells its key).
     */
    public Objective createObjective(NewObjective command) {
        String user = access.requireUser();
        String owner = command.owner() == null || command.owner().isBlank() ? user
                : directory.requireKnownUser(command.owner(), "objective.owner");
        String team = directory.requireKnownTeam(command.team(), "objective.team");
        NewObjective owned = new NewObjective(command.cycleId(), command.title(), command.description(), owner,
                command.level(), team, command.parentId());
        access.requireEdit(Objective.draft(owned.cycleId(), owned.title(), owned.description(), owner,
                owned.level(), owned.team()));
        return store.inTransaction(() -> {
            Objective created = objectives.create(owned);
            store.appendActivity(Activity.created(created, user, clock.instant()));
            return created;
        });
    }

    /**
     * Replaces an objective's editable fields and, when they differ from the stored ones, its alignment
     * and state. {@code version} is the one the edit was based on. A new owner must be a Jira user and a new
     * team a project the user may browse; an unchanged one is kept as it is (a deleted user stays the owner
     * until someone picks another).
     */
    public Objective editObjective(long objectiveId, long version, ObjectiveChanges changes, Long parentId,
                                   ObjectiveState state) {
        return editObjective(objectiveId, version, changes, parentId, state, null);
    }

    /**
     * As {@link #editObjective(long, long, ObjectiveChanges, Long, ObjectiveState)}, also choosing whether the
     * objective's progress rolls up from its aligned objectives ({@code rollUp}; null keeps it as it is).
     */
    public Objective editObjective(long objectiveId, long version, ObjectiveChanges changes, Long parentId,
                                   ObjectiveState state, Boolean rollUp) {
        return store.inTransaction(() -> {
            String user = access.requireUser();
            Objective current = objectives.get(objectiveId);
            access.requireEdit(current);
            String owner = sameText(changes.owner(), current.owner()) ? changes.owner()
                    : directory.requireKnownUser(changes.owner(), "objective.owner");
            String team = sameKey(changes.team(), current.team()) ? changes.team()
                    : directory.requireKnownTeam(changes.team(), "objective.team");
            Objective edited = objectives.edit(objectiveId, version, new ObjectiveChanges(changes.title(),
                    changes.description(), owner, changes.level(), team));
            if (!Objects.equals(parentId, current.parentId())) {
                edited = objectives.align(objectiveId, edited.version(), parentId);
            }
            if (state != null && state != current.state()) {
                edited = switch (state) {
                    case ACTIVE -> objectives.activate(objectiveId, edited.version());
                    case CLOSED -> objectives.close(objectiveId, edited.version());
                    case DRAFT -> throw new InvalidInputException("objective.state", "an objective cannot return to draft");
                };
            }
            if (rollUp != null && rollUp != current.rollUp()) {
                edited = objectives.rollUp(objectiveId, edited.version(), rollUp);
            }
            Instant now = clock.instant();
            Activity.edited(current, edited, user, now).ifPresent(store::appendActivity);
            Activity.stateChanged(current, edited, user, now).ifPresent(store::appendActivity);
            if (edited.rollUp() != current.rollUp()) {
                store.appendActivity(Activity.rollUpChanged(edited, user, now));
            }
            return edited;
        });
    }

    public void deleteObjective(long objectiveId, long version) {
        access.requireEdit(objectives.get(objectiveId));
        objectives.delete(objectiveId, version);
    }

    public KeyResult addKeyResult(long objectiveId, NewKeyResult command) {
        String user = access.requireUser();
        access.requireEdit(objectives.get(objectiveId));
        directory.requireKnownUser(command.owner(), "keyResult.owner");
        return store.inTransaction(() -> {
            KeyResult added = keyResults.add(objectiveId, onKpiScale(command));
            store.appendActivity(Activity.keyResultAdded(added, user, clock.instant()));
            return added;
        });
    }

    /** The kind of a stored key result, for an edit that keeps it. */
    public KeyResultKind kindOf(long keyResultId) {
        access.requireUser();
        return keyResults.get(keyResultId).kind();
    }

    public KeyResult editKeyResult(long keyResultId, long version, NewKeyResult changes) {
        String user = access.requireUser();
        KeyResult current = keyResults.get(keyResultId);
        requireEditOf(current);
        if (!sameText(changes.owner(), current.owner())) {
            directory.requireKnownUser(changes.owner(), "keyResult.owner");
        }
        return store.inTransaction(() -> {
            KeyResult edited = keyResults.edit(keyResultId, version, onKpiScale(changes));
            Activity.keyResultEdited(current, edited, user, clock.instant()).ifPresent(store::appendActivity);
            return edited;
        });
    }

    /**
     * A KPI-backed key result must name a stored KPI (otherwise it would wait for a value that never comes),
     * and reads it on the KPI's scale: a ratio KPI's key result is a percentage, its unit "%" whatever was
     * sent; another KPI's key result keeps the unit sent, or else takes the KPI's.
     */
    private NewKeyResult onKpiScale(NewKeyResult command) {
        if (command.measure() instanceof Measure.FromQuery query) {
            jql.problemWith(query.jql()).ifPresent(problem -> {
                throw new InvalidInputException("keyResult.jql", problem);
            });
            return command;
        }
        if (!(command.measure() instanceof Measure.KpiBacked backed)) {
            return command;
        }
        KpiDefinition kpi = kpis.find(backed.kpiId()).orElseThrow(() ->
                new InvalidInputException("keyResult.kpiId", "no KPI " + backed.kpiId()));
        String unit = KpiStoreReadings.scaleOf(kpi) == KpiScale.PERCENT || backed.unit().isEmpty()
                ? KpiStoreReadings.keyResultUnit(kpi) : backed.unit();
        return new NewKeyResult(command.title(), command.owner(), command.weight(),
                Measure.kpi(backed.kpiId(), unit, backed.start(), backed.target()), command.cadence());
    }

    private static boolean sameText(String a, String b) {
        return Objects.equals(blankToNull(a), blankToNull(b));
    }

    private static boolean sameKey(String a, String b) {
        String left = blankToNull(a);
        String right = blankToNull(b);
        return left == null ? right == null : right != null && left.equalsIgnoreCase(right);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    public void deleteKeyResult(long keyResultId, long version) {
        String user = access.requireUser();
        KeyResult current = keyResults.get(keyResultId);
        requireEditOf(current);
        store.inTransaction(() -> {
            keyResults.delete(keyResultId, version);
            store.appendActivity(Activity.keyResultDeleted(current, user, clock.instant()));
        });
    }

    /** Records a check-in now, authored by the current user. */
    public CheckIn checkIn(long keyResultId, Double value, Confidence confidence, String note) {
        String user = access.requireUser();
        KeyResult keyResult = keyResults.get(keyResultId);
        access.requireCheckIn(keyResult, objectives.get(keyResult.objectiveId()));
        return store.inTransaction(() -> {
            CheckIn recorded = checkIns.checkIn(keyResultId, value, confidence, note, user);
            store.appendActivity(Activity.checkedIn(keyResult, recorded));
            return recorded;
        });
    }

    /**
     * Links an issue or epic, by key, to a linked-work key result. The issue must exist and be
     * browsable by the user; both failures read the same, so the answer does not reveal hidden issues.
     */
    public IssueCard link(long keyResultId, String issueKey) {
        String user = access.requireUser();
        KeyResult keyResult = keyResults.get(keyResultId);
        requireEditOf(keyResult);
        IssueCard issue = issues.findByKey(issueKey).orElseThrow(() ->
                new InvalidInputException("issueKey", "no issue " + issueKey + " that you may browse"));
        store.inTransaction(() -> {
            if (keyResults.link(keyResultId, issue.issueId(), issue.key())) {
                store.appendActivity(Activity.linked(keyResult, issue.issueId(), issue.key(), user, clock.instant()));
            }
        });
        return issue;
    }

    public void unlink(long keyResultId, long issueId) {
        String user = access.requireUser();
        KeyResult keyResult = keyResults.get(keyResultId);
        requireEditOf(keyResult);
        store.inTransaction(() -> {
            if (keyResults.unlink(keyResultId, issueId)) {
                store.appendActivity(Activity.unlinked(keyResult, issueId, user, clock.instant()));
            }
        });
    }

    private void requireEditOf(KeyResult keyResult) {
        access.requireEdit(objectives.get(keyResult.objectiveId()));
    }
}
