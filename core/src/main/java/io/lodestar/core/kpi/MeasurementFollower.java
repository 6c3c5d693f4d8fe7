package io.lodestar.core.kpi;

import java.util.List;

/**
 * Port: what else a KPI's recorded periods must change, inside the transaction that records them, so both land or
 * neither. The OKR side implements it ({@code io.lodestar.core.okr.KpiCheckIns}: each key result backed by the KPI
 * gets the period's value as an automatic check-in); the KPI side does not know what follows.
 *
 * <p>Contract: {@link #recorded} is called by {@link KpiEvaluation} inside its store transaction, after the
 * measurements are written; an exception rolls the whole transaction back (the measurements too). An implementation
 * writes only to stores that join that transaction (in Jira every store is on the app's one Active Objects).
 */
public interface MeasurementFollower {

    /** Follows nothing: what a KPI evaluation without OKRs (a demo seed, a test) uses. */
    MeasurementFollower NONE = (definition, recorded, all) -> { };

    /**
     * @param recorded the measurements this evaluation just wrote (a re-measure: the one period re-measured)
     * @param all      every stored measurement of the KPI after those writes, ordered by period start
     */
    void recorded(KpiDefinition definition, List<KpiMeasurement> recorded, List<KpiMeasurement> all);
}
