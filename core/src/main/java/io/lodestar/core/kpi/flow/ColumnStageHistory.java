package io.lodestar.core.kpi.flow;

import io.lodestar.core.issue.StatusCatalog;
import io.lodestar.core.issue.StatusCategory;
import io.lodestar.core.kpi.IssueColumns;

/**
 * {@link StageHistory} over {@link IssueColumns}: the same replay, with each status entry's stage
 * looked up once per call instead of once per changelog item, and the moments kept as indexes into
 * the columns' status timeline (-1 for none) rather than timestamps. One instance is reused from
 * issue to issue. Package-private, like the replay it mirrors.
 */
final class ColumnStageHistory {

    private static final int NO_STAGE = -1;

    private final IssueColumns columns;
    private final int[] stages;
    private final int commitStage;
    private final int doneStage;

    int firstCommitted;
    int lastCommitted;
    int firstDone;
    int lastDoneEntry;
    int finalStage;

    ColumnStageHistory(IssueColumns columns, StageMapping mapping, StatusCatalog catalog) {
        this.columns = columns;
        this.commitStage = mapping.commitStage();
        this.doneStage = mapping.doneStage();
        stages = new int[columns.statusEntries()];
        boolean categories = mapping.usesStatusCategories();
        for (int e = 0; e < stages.length; e++) {
            StatusCategory category = categories ? columns.entryCategory(e, catalog) : StatusCategory.UNDEFINED;
            stages[e] = mapping.stageOf(columns.entryId(e), columns.entryName(e), category);
        }
    }

    /** Replays issue {@code issue}; the fields then describe it. */
    void replay(int issue) {
        firstCommitted = -1;
        lastCommitted = -1;
        firstDone = -1;
        lastDoneEntry = -1;
        finalStage = NO_STAGE;
        int commit = commitStage;
        int done = doneStage;
        boolean commitIsDone = commit == done;
        for (int t = columns.statusStart(issue), end = columns.statusEnd(issue); t < end; t++) {
            int stage = stages[columns.statusTo(t)];
            // UNMAPPED and NO_STAGE are both -1: an unmapped move, like an unmapped start, changes nothing.
            if (stage == NO_STAGE) {
                continue;
            }
            boolean working = stage >= commit && (stage < done || commitIsDone);
            if (working && firstCommitted < 0) {
                firstCommitted = t;
            }
            boolean wasWorking = finalStage != NO_STAGE && finalStage >= commit && (finalStage < done || commitIsDone);
            if (working && !wasWorking) {
                lastCommitted = t;
            }
            if (stage >= done) {
                if (firstDone < 0) {
                    firstDone = t;
                }
                if (finalStage < done) {
                    lastDoneEntry = t;
                }
            }
            finalStage = stage;
        }
    }

    boolean endsDone() {
        return finalStage >= doneStage;
    }
}
