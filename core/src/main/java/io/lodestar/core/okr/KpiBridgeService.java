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

    /**
     * "Keep it as a KPI": a KPI proposed ({@link KpiBridge#proposeKpi}) from a key result that reached its target
     * (score 1.0), whose target is the key result's target, the level the team committed to and now holds; on the
     * key result's own scale (a caller mapping it to a ratio KPI divides a percent by 100, {@link KpiScale#toKpi}).
     * Example: bugs per release from 15 to 3, checked in at 2: a KPI of bugs to keep at 3, lower is better.
     *
     * @throws io.lodestar.core.common.InvalidInputException on {@code keyResult} when its score is below 1.0, or it
     *                                                       is neither numeric nor KPI-backed
     */
    public KpiProposal proposeKpiAtTarget(long keyResultId) {
        KeyResult keyResult = OkrLookup.keyResult(store, keyResultId);
        Objective objective = OkrLookup.objective(store, keyResult.objectiveId());
        ScoredKeyResult scored = trees.score(store.loadCycle(objective.cycleId())).findKeyResult(keyResultId).orElseThrow();
        KpiProposal proposal = KpiBridge.proposeKpi(scored, objective.team());
        if (!scored.score().complete()) {
            throw new io.lodestar.core.common.InvalidInputException("keyResult", "is not achieved: its score "
                    + scored.score().display() + " is below 1.0");
        }
        double target = keyResult.measure() instanceof Measure.Numeric numeric ? numeric.target()
                : ((Measure.KpiBacked) keyResult.measure()).target();
        return new KpiProposal(proposal.name(), proposal.unit(), target, proposal.direction(), proposal.team(),
                proposal.sourceKeyResultId());
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
