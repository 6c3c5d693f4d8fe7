package io.lodestar.jira.rest;

import java.util.Map;

/** The JSON documents of the KPI API (docs/rest-api.md, "KPIs"); see {@link OkrJson} for the conventions. */
public final class KpiJson {

    private KpiJson() {
    }

    public record Source(String kind, String value) {
    }

    public record Current(Double value, String unit, String reason, Integer sampleSize, String period) {
    }

    public record Trend(String direction, Boolean improving, String reason) {
    }

    public record Node(long id, long version, String name, String description, String type,
                       Map<String, String> parameters, Source source, String frequency, String zone, String owner,
                       String ownerName, String team, String kind, String direction, Double target,
                       Double alertThreshold, Double min, Double max, String actionIfAlert, boolean leading,
                       Current current, String rating, Trend trend, boolean alert, boolean canEdit,
                       boolean valuesHidden, AsKeyResult asKeyResult) {
    }

    /**
     * How a key result on the KPI reads it (core's {@code KpiScale}): the unit next to its start and target
     * ("%" for a ratio KPI, whose key results are percentages) and the current value on that scale (95 for a
     * ratio of 0.95), null when there is none or the values are hidden.
     */
    public record AsKeyResult(String unit, Double current) {
    }

    /**
     * A recorded value. {@code provisional}: the period was open when measured, a later run measures it again;
     * otherwise it is frozen. {@code remeasuredBy}: the administrator who re-measured the closed period, or null.
     */
    public record Value(String period, String start, String end, Double value, String reason, String rating,
                        boolean provisional, String remeasuredBy) {
    }

    public record SprintValue(long sprintId, String sprint, String completeDate, double commitment, double completed,
                              Double sayDo, String reason) {
    }

    public record NewKpi(String name, String description, String type, Map<String, String> parameters, Source source,
                         String frequency, String zone, String owner, String team, String kind, String direction,
                         Double target, Double alertThreshold, Double min, Double max, String actionIfAlert,
                         Boolean leading) {
    }

    public record KpiEdit(Long version, String name, String description, String type, Map<String, String> parameters,
                          Source source, String frequency, String zone, String owner, String team, String kind,
                          String direction, Double target, Double alertThreshold, Double min, Double max,
                          String actionIfAlert, Boolean leading) {

        NewKpi fields() {
            return new NewKpi(name, description, type, parameters, source, frequency, zone, owner, team, kind,
                    direction, target, alertThreshold, min, max, actionIfAlert, leading);
        }
    }
}
