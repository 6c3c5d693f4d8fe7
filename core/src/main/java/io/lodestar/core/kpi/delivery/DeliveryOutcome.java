package io.lodestar.core.kpi.delivery;

import io.lodestar.core.common.InvalidInputException;
import java.time.OffsetDateTime;
import java.util.Objects;

/**
 * Whether one resolved issue met its deadline. {@code delayDays} is the number of calendar days the
 * resolution date (in the resolution timestamp's own offset) falls after the deadline, 0 when on time.
 */
public record DeliveryOutcome(String issueKey, Deadline deadline, OffsetDateTime resolved, long delayDays) {

    public DeliveryOutcome {
        Objects.requireNonNull(issueKey, "issueKey");
        Objects.requireNonNull(deadline, "deadline");
        Objects.requireNonNull(resolved, "resolved");
        InvalidInputException.require(delayDays >= 0, "deliveryOutcome.delayDays", "must not be negative, was " + delayDays);
    }

    public boolean onTime() {
        return delayDays == 0;
    }
}
