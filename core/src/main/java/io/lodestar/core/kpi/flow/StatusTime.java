package io.lodestar.core.kpi.flow;

import java.util.Objects;

/**
 * Time one issue spent in one status: the total over all its visits, in milliseconds, and how many
 * times it entered the status (being created in a status counts as entering it).
 */
public record StatusTime(String statusId, String statusName, int timesEntered, long millis) {

    public StatusTime {
        Objects.requireNonNull(statusId, "statusId");
        Objects.requireNonNull(statusName, "statusName");
    }

    public double days() {
        return millis / FlowTime.MILLIS_PER_DAY;
    }
}
