/**
 * KPIs computed from Jira issue data and watched against goals.
 *
 * <h2>The model</h2>
 * <ul>
 *   <li>{@link io.lodestar.core.kpi.KpiDefinition}: the KPI sheet (name, {@link io.lodestar.core.kpi.KpiFormula}
 *       = a {@link io.lodestar.core.kpi.KpiType} with typed {@link io.lodestar.core.kpi.KpiParameter}s, data
 *       source, frequency, owner, {@link io.lodestar.core.kpi.KpiGoal}, action if alert, leading/lagging).</li>
 *   <li>{@link io.lodestar.core.kpi.KpiValue}: a number with its unit and sample size, or "not applicable"
 *       with a reason; never 0 or NaN for missing data. {@link io.lodestar.core.kpi.Distribution}: count,
 *       mean and R type 7 percentiles of a sample.</li>
 *   <li>{@link io.lodestar.core.kpi.KpiPeriod}: what one recorded value stands for (a day, a Monday week, a
 *       month, a sprint).</li>
 * </ul>
 *
 * <h2>Ports and use case</h2>
 * {@link io.lodestar.core.kpi.KpiStore} keeps definitions, one measurement per KPI and period, and alerts;
 * {@link io.lodestar.core.kpi.IssueHistorySource} supplies issues with changelogs;
 * {@link io.lodestar.core.kpi.KpiEvaluation} measures, records, rates, trends and alerts, using the
 * {@link io.lodestar.core.kpi.KpiCalculator} registered per type in {@link io.lodestar.core.kpi.KpiCalculators}.
 *
 * <h2>Speed</h2>
 * Every calculator reads either the {@link io.lodestar.core.issue.IssueSnapshot}s or the same issues as
 * {@link io.lodestar.core.kpi.IssueColumns} (epoch millis in {@code long[]}, statuses as ints, one status
 * timeline per issue set), with the same result. Several KPIs over one large set build the columns once
 * and pass over them; one KPI over a few issues reads the snapshots.
 *
 * <h2>Choices (see the shared kpi-definitions.md for where tools disagree)</h2>
 * <ul>
 *   <li>"Done" is the Done status category unless a set of status ids (a board's last column) is given;
 *       "in progress" likewise with the In Progress category. A status known neither from the issues nor
 *       the source's catalog is never selected.</li>
 *   <li>Sub-tasks are left out of velocity, throughput and WIP (they would double-count their parents).</li>
 *   <li>Calendar KPIs are recorded for the last complete period, sprint KPIs for the last completed sprint.</li>
 *   <li>A growing KPI is RED strictly beyond its alert threshold; a band KPI is RED outside its inclusive band.</li>
 * </ul>
 */
package io.lodestar.core.kpi;
