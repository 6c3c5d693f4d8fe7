package io.lodestar.jira.rest;

import io.lodestar.core.kpi.Indicator;
import io.lodestar.core.kpi.KpiDefinition;
import io.lodestar.core.kpi.KpiGoal;
import io.lodestar.core.kpi.KpiMeasurement;
import io.lodestar.core.kpi.KpiValue;
import io.lodestar.core.kpi.Trend;
import io.lodestar.jira.app.KpiActions;
import io.lodestar.jira.app.KpiStoreReadings;
import java.util.List;

/**
 * Maps KPI definitions and their recorded values to {@link KpiJson}. The current value is the latest
 * recorded value of a closed period (frozen); a value that could not be computed is shown with its reason and rated {@code NONE},
 * never as 0. The trend compares the two latest values against the goal.
 */
final class KpiViews {

    static final String NONE = "NONE";
    static final String HIDDEN = "computed over a project you may not browse";

    private KpiViews() {
    }

    static KpiJson.Node node(KpiActions.KpiRecord record, KpiActions kpis) {
        KpiDefinition definition = record.definition();
        // The current value and the trend are those of closed periods; the open period's provisional value is in
        // the history only, so a KPI's rating does not move during its period.
        List<KpiMeasurement> values = KpiMeasurement.closed(record.measurements());
        KpiMeasurement latest = values.isEmpty() ? null : values.get(values.size() - 1);
        KpiGoal goal = definition.goal();
        String kind = null;
        String direction = null;
        Double target = null;
        Double alertThreshold = null;
        Double min = null;
        Double max = null;
        if (goal instanceof KpiGoal.Growing growing) {
            kind = "GROWING";
            direction = growing.direction().name();
            target = growing.target();
            alertThreshold = growing.alertThreshold();
        } else if (goal instanceof KpiGoal.Band band) {
            kind = "BAND";
            min = band.minimum();
            max = band.maximum();
        }
        String rating = latest == null ? NONE : rating(latest.value(), goal);
        KpiJson.AsKeyResult asKeyResult = new KpiJson.AsKeyResult(KpiStoreReadings.keyResultUnit(definition),
                latest != null && latest.value().isApplicable()
                        ? KpiStoreReadings.scaleOf(definition).toKeyResult(latest.value().value()) : null);
        return new KpiJson.Node(definition.id(), definition.version(), definition.name(), definition.description(),
                definition.formula().type().name(), definition.formula().parametersAsText(),
                new KpiJson.Source(definition.dataSource().kind().name(), definition.dataSource().reference()),
                definition.frequency().name(), definition.zone().getId(), definition.owner(),
                kpis.displayName(definition.owner()), definition.team(), kind, direction, target, alertThreshold, min, max,
                definition.actionIfAlert(), definition.indicator() == Indicator.LEADING,
                record.valuesHidden() ? hidden(definition) : current(definition, latest), rating,
                record.valuesHidden() ? new KpiJson.Trend(null, null, HIDDEN) : trend(values, goal),
                "RED".equals(rating), kpis.canEdit(definition), record.valuesHidden(), asKeyResult);
    }

    static KpiJson.Value value(KpiMeasurement measurement, KpiGoal goal) {
        KpiValue value = measurement.value();
        return new KpiJson.Value(measurement.period().key(), measurement.period().start().toString(),
                measurement.period().end().toString(), value.isApplicable() ? value.value() : null,
                value.notApplicableReason().orElse(null), rating(value, goal), measurement.provisional(),
                measurement.remeasuredBy());
    }

    private static KpiJson.Current hidden(KpiDefinition definition) {
        return new KpiJson.Current(null, definition.formula().type().unit().name(), HIDDEN, null, null);
    }

    private static KpiJson.Current current(KpiDefinition definition, KpiMeasurement latest) {
        String unit = definition.formula().type().unit().name();
        if (latest == null) {
            return new KpiJson.Current(null, unit, "not measured yet", null, null);
        }
        KpiValue value = latest.value();
        return value.isApplicable()
                ? new KpiJson.Current(value.value(), value.unit().map(Enum::name).orElse(unit), null, value.sampleSize(),
                        latest.period().key())
                : new KpiJson.Current(null, unit, value.notApplicableReason().orElse(null), null, latest.period().key());
    }

    private static String rating(KpiValue value, KpiGoal goal) {
        return value.isApplicable() ? goal.rate(value.value()).name() : NONE;
    }

    private static KpiJson.Trend trend(List<KpiMeasurement> values, KpiGoal goal) {
        if (values.size() < 2) {
            return new KpiJson.Trend(null, null, "needs two recorded values");
        }
        Trend trend = Trend.between(values.get(values.size() - 2).value(), values.get(values.size() - 1).value(), goal);
        String direction = trend.movement() == Trend.Movement.UNKNOWN ? null : trend.movement().name();
        Boolean improving = switch (trend.verdict()) {
            case IMPROVING -> true;
            case WORSENING -> false;
            default -> null;
        };
        return new KpiJson.Trend(direction, improving, trend.unknownReasonIfAny().orElse(null));
    }
}
