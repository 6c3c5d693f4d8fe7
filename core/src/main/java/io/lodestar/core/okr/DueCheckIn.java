package io.lodestar.core.okr;

import java.time.Instant;

/**
 * A key result whose owner is due to check in this week (see {@link CheckInService#dueThisWeek}).
 *
 * @param dueAt when the check-in fell or falls due: one cadence after the latest check-in, or the cycle's start for a
 *              key result never checked in; before {@code now} it is overdue
 */
public record DueCheckIn(KeyResult keyResult, long cycleId, Instant dueAt) {
}
