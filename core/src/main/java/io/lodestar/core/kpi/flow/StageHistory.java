package io.lodestar.core.kpi.flow;

import io.lodestar.core.issue.Change;
import io.lodestar.core.issue.ChangeField;
import io.lodestar.core.issue.IssueSnapshot;
import io.lodestar.core.issue.StatusCatalog;
import io.lodestar.core.issue.StatusCategory;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * An issue's way through the stages of a {@link StageMapping}, replayed from its status changelog:
 * when it first entered the commitment stage or a stage between it and done (work started; a jump
 * from To Do straight to Done starts nothing), when it first reached the done stage
 * (or a later one), when it last entered done from an earlier stage, and where it ended.
 *
 * <p>The issue starts, at its creation, in the status the first status change left (or its current
 * status when the changelog has no status change). A change into an unmapped status leaves the
 * issue in its stage. Package-private: the calculators share this one replay so that lead time and
 * cycle time cannot disagree about what "done" means.
 */
final class StageHistory {

    /** No stage yet: created in an unmapped status and never moved to a mapped one. */
    private static final int NO_STAGE = -1;

    OffsetDateTime firstCommitted;
    /** The last move into the working stages from outside them (before the commitment stage, or done). */
    OffsetDateTime lastCommitted;
    OffsetDateTime firstDone;
    OffsetDateTime lastDoneEntry;
    int finalStage = NO_STAGE;

    private StageHistory() {
    }

    static StageHistory replay(IssueSnapshot issue, StageMapping mapping, StatusCatalog catalog) {
        StageHistory history = new StageHistory();
        List<Change> changelog = issue.changelog();
        Change firstStatusChange = null;
        for (Change change : changelog) {
            if (change.field() == ChangeField.STATUS) {
                firstStatusChange = change;
                break;
            }
        }
        int stage = firstStatusChange == null
                ? stageOf(issue.status().id(), issue.status().name(), issue, mapping, catalog)
                : stageOf(firstStatusChange.from(), firstStatusChange.fromText(), issue, mapping, catalog);
        history.enter(stage, issue.created(), mapping);
        if (firstStatusChange != null) {
            for (Change change : changelog) {
                if (change.field() != ChangeField.STATUS) {
                    continue;
                }
                int next = stageOf(change.to(), change.toText(), issue, mapping, catalog);
                if (next != StageMapping.UNMAPPED) {
                    history.enter(next, change.at(), mapping);
                }
            }
        }
        return history;
    }

    private void enter(int stage, OffsetDateTime at, StageMapping mapping) {
        if (stage == NO_STAGE) {
            return;
        }
        boolean working = stage >= mapping.commitStage()
                && (stage < mapping.doneStage() || mapping.commitStage() == mapping.doneStage());
        if (working && firstCommitted == null) {
            firstCommitted = at;
        }
        boolean wasWorking = finalStage != NO_STAGE && finalStage >= mapping.commitStage()
                && (finalStage < mapping.doneStage() || mapping.commitStage() == mapping.doneStage());
        if (working && !wasWorking) {
            lastCommitted = at;
        }
        if (stage >= mapping.doneStage()) {
            if (firstDone == null) {
                firstDone = at;
            }
            if (finalStage < mapping.doneStage()) {
                lastDoneEntry = at;
            }
        }
        finalStage = stage;
    }

    boolean endsDone(StageMapping mapping) {
        return finalStage >= mapping.doneStage();
    }

    /**
     * The stage of a status id: the issue's own status object knows its category; any other status
     * asks the catalog (unknown there: undefined, hence unmapped in the default mapping).
     */
    static int stageOf(String statusId, String statusName, IssueSnapshot issue, StageMapping mapping,
                       StatusCatalog catalog) {
        StatusCategory category = StatusCategory.UNDEFINED;
        if (mapping.usesStatusCategories()) {
            category = statusId != null && statusId.equals(issue.status().id())
                    ? issue.status().category() : catalog.categoryOf(statusId);
        }
        return mapping.stageOf(statusId, statusName, category);
    }
}
