package io.lodestar.core.okr;

import io.lodestar.core.common.InvalidInputException;

/**
 * The loop between OKRs and KPIs that the OKR method recommends: what an OKR achieved becomes a KPI
 * to keep healthy, and a KPI that falls out of health becomes an objective to fix it.
 */
public final class KpiBridge {

    private KpiBridge() {
    }

    /**
     * Proposes a KPI whose target is the value a successful key result achieved (score 0.7 or more,
     * the customary mark of success). Only numeric and KPI-backed key results have such a value.
     */
    public static KpiProposal proposeKpi(ScoredKeyResult scored, String team) {
        KeyResult keyResult = scored.keyResult();
        Measure measure = keyResult.measure();
        String unit;
        Direction direction;
        if (measure instanceof Measure.Numeric numeric && numeric.complete()) {
            unit = numeric.unit();
            direction = numeric.direction();
        } else if (measure instanceof Measure.KpiBacked kpi) {
            unit = kpi.unit();
            direction = kpi.direction();
        } else {
            throw new InvalidInputException("keyResult", "only a numeric or KPI-backed key result has a value to keep as a KPI");
        }
        if (!scored.score().success() || scored.measurement().current() == null) {
            throw new InvalidInputException("keyResult", "is not achieved: its score " + scored.score().display()
                    + " is below " + Score.SUCCESS);
        }
        return new KpiProposal(keyResult.title(), unit, scored.measurement().current(), direction, team, keyResult.id());
    }

    /** A draft team objective, for the KPI's team, to bring the KPI back to target. Unsaved. */
    public static Objective draftObjective(KpiAlertSnapshot alert, long cycleId, String owner) {
        requireAlert(alert);
        return Objective.draft(cycleId, "Bring " + alert.name() + " back to target",
                "Drafted because the KPI " + alert.name() + " is in alert.", owner,
                alert.team() == null ? ObjectiveLevel.COMPANY : ObjectiveLevel.TEAM, alert.team());
    }

    /**
     * A KPI-backed key result from the KPI's current value to its target, on the key results' scale of the
     * KPI ({@link KpiScale}: on-time delivery from 0.8 to 0.95 gives a key result from 80 % to 95 %). Unsaved.
     */
    public static KeyResult keyResult(KpiAlertSnapshot alert, long objectiveId, String owner) {
        requireAlert(alert);
        KpiScale scale = alert.scale();
        String unit = scale.keyResultUnit(alert.unit());
        double target = scale.toKeyResult(alert.target());
        return KeyResult.of(objectiveId, alert.name() + " reaches " + format(target) + unitSuffix(unit),
                owner, Measure.kpi(alert.kpiId(), unit, scale.toKeyResult(alert.current()), target));
    }

    private static void requireAlert(KpiAlertSnapshot alert) {
        if (!alert.inAlert()) {
            throw new InvalidInputException("kpi", alert.name() + " is not in alert: its value already meets the target");
        }
    }

    private static String format(double value) {
        return value == Math.rint(value) ? String.valueOf((long) value) : String.valueOf(value);
    }

    private static String unitSuffix(String unit) {
        return unit == null || unit.isBlank() ? "" : " " + unit;
    }
}
