package io.lodestar.core.okr;

import java.time.Clock;

/** Use cases of the OKR-KPI loop; see {@link KpiBridge} for the rules. */
public final class KpiBridgeService {

    private final OkrStore store;
    private final OkrTreeService trees;

    public KpiBridgeService(OkrStore store, IssueSource issues, KpiReadings kpis, Clock clock) {
        this.store = store;
        this.trees = new OkrTreeService(store, issues, kpis, clock);
    }

    /** Proposes a KPI from an achieved key result; the caller creates the KPI definition from it. */
    public KpiProposal proposeKpi(long keyResultId) {
        KeyResult keyResult = OkrLookup.keyResult(store, keyResultId);
        Objective objective = OkrLookup.objective(store, keyResult.objectiveId());
        ScoredKeyResult scored = trees.score(store.loadCycle(objective.cycleId())).findKeyResult(keyResultId).orElseThrow();
        return KpiBridge.proposeKpi(scored, objective.team());
    }

    /** The objective and key result drafted from a KPI alert. */
    public record Drafted(Objective objective, KeyResult keyResult) {
    }

    /** Stores a draft objective, with one KPI-backed key result, that brings a KPI in alert back to target. */
    public Drafted draftFromAlert(KpiAlertSnapshot alert, long cycleId, String owner) {
        return store.inTransaction(() -> {
            OkrLookup.openCycle(store, cycleId);
            Objective objective = store.saveObjective(KpiBridge.draftObjective(alert, cycleId, owner));
            KeyResult keyResult = store.saveKeyResult(KpiBridge.keyResult(alert, objective.id(), owner));
            return new Drafted(objective, keyResult);
        });
    }
}
