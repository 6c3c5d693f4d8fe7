package io.lodestar.core.kpi.delivery;

import io.lodestar.core.issue.IssueSnapshot;
import io.lodestar.core.kpi.Distribution;
import io.lodestar.core.kpi.KpiUnit;
import io.lodestar.core.kpi.KpiValue;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * On-time delivery: the share of resolved issues delivered by their deadline.
 *
 * <p>Formula: the deadline is the due date, else the earliest release date among the fix versions
 * ({@link Deadline#of}). A resolved issue is on time when the calendar date of its resolution, read
 * in the resolution timestamp's own offset, is on or before the deadline; its delay is
 * {@code max(0, resolution date - deadline)} in days. Rate = on time / resolved issues with a
 * deadline. Resolved issues without a deadline are excluded and counted, as are unresolved issues.
 * The date is read in the timestamp's own offset because that is the day the team saw on its
 * calendar; converting to UTC would make a fix at 23:30 in New York late.
 *
 * <p>Worked example: A due 2024-03-01, resolved 2024-03-01T23:30-05:00 (04:30 UTC the next day):
 * on time, delay 0. B, no due date, fix versions released 2024-03-10 and 2024-02-20, resolved
 * 2024-02-23T10:00Z: deadline 2024-02-20 (earliest), late by 3 days. C resolved without a deadline:
 * excluded. Rate = 1 / 2 = 0.5; late delays: n = 1, mean 3 days.
 */
public final class OnTimeDeliveryCalculator {

    public OnTimeDeliveryReport measure(Iterable<IssueSnapshot> issues) {
        List<DeliveryOutcome> outcomes = new ArrayList<>();
        double[] delays = new double[16];
        int late = 0;
        int onTime = 0;
        int withoutDeadline = 0;
        int unresolved = 0;
        for (IssueSnapshot issue : issues) {
            OffsetDateTime resolved = issue.resolved();
            if (resolved == null) {
                unresolved++;
                continue;
            }
            Optional<Deadline> deadline = Deadline.of(issue);
            if (deadline.isEmpty()) {
                withoutDeadline++;
                continue;
            }
            LocalDate resolvedOn = resolved.toLocalDate();
            long delay = Math.max(0, ChronoUnit.DAYS.between(deadline.get().date(), resolvedOn));
            outcomes.add(new DeliveryOutcome(issue.key(), deadline.get(), resolved, delay));
            if (delay == 0) {
                onTime++;
            } else {
                if (late == delays.length) {
                    delays = Arrays.copyOf(delays, late * 2);
                }
                delays[late++] = delay;
            }
        }
        int measured = onTime + late;
        KpiValue rate = measured == 0
                ? KpiValue.notApplicable("no resolved issue has a due date or a fix version with a release date")
                : KpiValue.of((double) onTime / measured, KpiUnit.RATIO, measured);
        return new OnTimeDeliveryReport(rate, onTime, late, withoutDeadline, unresolved,
                Distribution.of(delays, late, KpiUnit.DAYS, "no issue was late"), outcomes);
    }
}
