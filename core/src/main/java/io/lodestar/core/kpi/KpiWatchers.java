package io.lodestar.core.kpi;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Port: who watches which KPI. A watcher hears of a KPI turning red as its owner does ({@code AlertMail}).
 * Implementations keep nothing in memory (every node reads the same rows).
 */
public interface KpiWatchers {

    /** Makes {@code userKey} a watcher of the KPI; false when they already were. */
    boolean watch(long kpiId, String userKey);

    /** Stops {@code userKey} watching the KPI; false when they were not a watcher. */
    boolean unwatch(long kpiId, String userKey);

    /** The KPI's watchers by user key, each once, in user-key order. */
    List<String> watchers(long kpiId);

    /**
     * The rule of who is told of a red KPI: its owner first, then each watcher, every user at most once (a watcher who
     * owns the KPI, or is stored twice, is told once), and only those who {@code mayRead} the KPI's values now (a
     * watcher who may no longer browse its projects gets nothing). Blank keys are skipped.
     */
    static List<String> recipients(String owner, Collection<String> watchers, Predicate<String> mayRead) {
        Set<String> recipients = new LinkedHashSet<>();
        if (owner != null && !owner.isBlank()) {
            recipients.add(owner);
        }
        if (watchers != null) {
            for (String watcher : watchers) {
                if (watcher != null && !watcher.isBlank()) {
                    recipients.add(watcher);
                }
            }
        }
        return recipients.stream().filter(mayRead).toList();
    }
}
