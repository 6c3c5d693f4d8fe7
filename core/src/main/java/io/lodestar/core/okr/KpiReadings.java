package io.lodestar.core.okr;

import java.util.Optional;

/**
 * Port: the latest value of a KPI, for KPI-backed key results. The KPI side (io.lodestar.core.kpi)
 * owns KPI definitions and values; the application layer implements this port on top of it, so the
 * OKR model does not depend on the KPI model.
 *
 * <p>Contract: returns the most recent value that could be computed for the KPI, or empty when the
 * KPI is unknown or has no applicable value yet (a "not applicable" KPI value is empty here, never 0).
 * The reading carries the KPI's {@link KpiScale}. An implementation that answers for one viewer returns
 * {@link KpiReading#hidden} for a KPI whose values that viewer may not see.
 */
public interface KpiReadings {

    Optional<KpiReading> latest(long kpiId);
}
