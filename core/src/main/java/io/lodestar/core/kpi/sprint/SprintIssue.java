package io.lodestar.core.kpi.sprint;

import java.time.Instant;
import java.util.Objects;

/**
 * One issue's part in one sprint, so that every sprint number can be explained issue by issue.
 *
 * @param key                 the issue key
 * @param outcome             what became of it
 * @param addedDuringSprint   it entered the sprint after the start (added, or created in it)
 * @param estimateAtStart     its estimate when it entered the sprint (start, or when added); null if unestimated
 * @param estimateAtClose     its estimate at sprint completion; null if unestimated
 * @param commitmentPoints    what it contributes to the commitment (0 unless in the sprint, not done, at start)
 * @param completedPoints     what it contributes to the completed total (0 unless {@link SprintOutcome#COMPLETED})
 * @param addedAt             when it entered the sprint after the start (its first entry after the start), so a
 *                            report can say on which day; present exactly when {@code addedDuringSprint}
 * @param removedAt           when it last left the sprint before the completion, so a report can say on which day;
 *                            present exactly when the outcome is {@link SprintOutcome#REMOVED}
 */
public record SprintIssue(String key, SprintOutcome outcome, boolean addedDuringSprint, Double estimateAtStart,
                          Double estimateAtClose, double commitmentPoints, double completedPoints, Instant addedAt,
                          Instant removedAt) {
    public SprintIssue {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(outcome, "outcome");
        if (addedDuringSprint != (addedAt != null)) {
            throw new IllegalArgumentException("addedAt must be present exactly when the issue was added during the sprint");
        }
        if ((outcome == SprintOutcome.REMOVED) != (removedAt != null)) {
            throw new IllegalArgumentException("removedAt must be present exactly when the issue was removed");
        }
    }
}
