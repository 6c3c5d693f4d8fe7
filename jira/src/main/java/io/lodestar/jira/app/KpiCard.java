package io.lodestar.jira.app;

/**
 * A KPI as a key result on it names it: its name and team, and its latest value on the key result's scale
 * with the unit a person reads ("95" and "%" for an on-time delivery of 0.95), unless the viewer may not
 * see its values ({@code valuesHidden}, then {@code current} is null).
 *
 * @param current the latest applicable value on the key result's scale; null when none or hidden
 */
public record KpiCard(long id, String name, String team, Double current, String unit, boolean valuesHidden) {
}
