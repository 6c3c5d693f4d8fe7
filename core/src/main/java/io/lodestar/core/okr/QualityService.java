package io.lodestar.core.okr;

import java.util.List;
import java.util.Map;

/**
 * Runs the OKR quality checks on a cycle, with the cycles that ended before it as history. Read only;
 * no clock: the checks look at what is stored, not at the time.
 */
public final class QualityService {

    private final OkrStore store;

    public QualityService(OkrStore store) {
        this.store = store;
    }

    /**
     * @param kpiCountByTeam how many KPIs each team watches (owned by the KPI side, hence an input)
     */
    public List<Finding> check(long cycleId, Map<String, Integer> kpiCountByTeam) {
        Cycle cycle = OkrLookup.cycle(store, cycleId);
        List<CycleOkrs> earlier = store.cycles().stream()
                .filter(c -> c.closed() && c.id() != cycleId && !c.end().isAfter(cycle.start()))
                .map(c -> store.loadCycle(c.id()))
                .toList();
        return QualityChecks.check(store.loadCycle(cycleId), earlier, kpiCountByTeam);
    }
}
