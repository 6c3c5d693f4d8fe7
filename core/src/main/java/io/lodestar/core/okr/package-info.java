/**
 * The OKR side of Lodestar, in plain Java: objectives and their key results within cycles, how they
 * are scored, judged, forecast, aligned, graded and checked for quality.
 *
 * <h2>Model</h2>
 * {@link io.lodestar.core.okr.Cycle} (a half-open date range), {@link io.lodestar.core.okr.Objective},
 * {@link io.lodestar.core.okr.KeyResult} with a {@link io.lodestar.core.okr.Measure} per kind (numeric,
 * milestone, linked work, KPI-backed), {@link io.lodestar.core.okr.CheckIn} and
 * {@link io.lodestar.core.okr.IssueLink}. All are immutable records that validate on construction and
 * throw {@link io.lodestar.core.common.InvalidInputException} naming the field.
 *
 * <h2>Ports</h2>
 * {@link io.lodestar.core.okr.OkrStore} (persistence, with optimistic locking and transactions),
 * {@link io.lodestar.core.okr.IssueSource} (linked Jira issues as the current user sees them) and
 * {@link io.lodestar.core.okr.KpiReadings} (a KPI's latest value). Adapters live in the product apps;
 * in-memory fakes live in the test tree.
 *
 * <h2>Use cases</h2>
 * {@link io.lodestar.core.okr.CycleService}, {@link io.lodestar.core.okr.ObjectiveService},
 * {@link io.lodestar.core.okr.KeyResultService}, {@link io.lodestar.core.okr.CheckInService},
 * {@link io.lodestar.core.okr.OkrTreeService}, {@link io.lodestar.core.okr.QualityService} and
 * {@link io.lodestar.core.okr.KpiBridgeService}. Each is stateless (safe on every cluster node) and
 * takes its ports, and a {@link java.time.Clock} where time matters, through its constructor.
 */
package io.lodestar.core.okr;
