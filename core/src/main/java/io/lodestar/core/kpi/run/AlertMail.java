package io.lodestar.core.kpi.run;

import io.lodestar.core.kpi.KpiAlert;
import io.lodestar.core.kpi.KpiDefinition;
import java.util.List;
import java.util.Optional;

/**
 * Port: tells a KPI's owner that it turned red (in Jira, an e-mail through Jira's mail queue).
 *
 * <h2>Once per red period</h2>
 * What is remembered is the {@link KpiAlert} itself: a KPI has at most one alert per period in the database
 * ({@code KpiEvaluation} returns the one already raised), and it is raised under the KPI's cluster lock in the
 * transaction that records the period. {@link KpiMeasuring} sends a mail only for an alert that the run itself
 * raised ({@link #newlyRaised}), so another run or another node that measures the same period again finds the
 * alert already stored and sends nothing. A KPI that goes green and turns red again in a later period raises a
 * new alert for that period and its owner hears of it again. The cost of this choice: a mail lost between the
 * commit and the queue (the node stops right then) is not sent again; a duplicate would be the other trap.
 */
public interface AlertMail {

    /** Queues the message about a newly raised alert of {@code kpi}; never called twice for one alert. */
    void send(KpiDefinition kpi, KpiAlert alert);

    /**
     * The alert of a measurement that is new: {@code assessed} present and its period not among the alerts the KPI
     * had before the measurement ({@code before}). Empty when the KPI is not red, or was already red in that period.
     */
    static Optional<KpiAlert> newlyRaised(List<KpiAlert> before, Optional<KpiAlert> assessed) {
        return assessed.filter(alert -> before.stream()
                .noneMatch(known -> known.period().key().equals(alert.period().key())));
    }
}
