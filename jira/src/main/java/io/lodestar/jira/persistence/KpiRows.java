package io.lodestar.jira.persistence;

import static io.lodestar.jira.persistence.TextLimits.requireShort;

import io.lodestar.core.kpi.Direction;
import io.lodestar.core.kpi.Frequency;
import io.lodestar.core.kpi.Indicator;
import io.lodestar.core.kpi.KpiAlert;
import io.lodestar.core.kpi.KpiDataSource;
import io.lodestar.core.kpi.KpiDefinition;
import io.lodestar.core.kpi.KpiFormula;
import io.lodestar.core.kpi.KpiGoal;
import io.lodestar.core.kpi.KpiMeasurement;
import io.lodestar.core.kpi.KpiPeriod;
import io.lodestar.core.kpi.KpiType;
import io.lodestar.core.kpi.KpiUnit;
import io.lodestar.core.kpi.KpiValue;
import java.time.Instant;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

/** Maps KPI rows to core domain objects and domain objects to column values. */
final class KpiRows {

    private static final String GROWING = "GROWING";
    private static final String BAND = "BAND";

    private KpiRows() {
    }

    static KpiDefinition definition(KpiDefinitionEntity row) {
        KpiType type = KpiType.valueOf(row.getFormulaType());
        return new KpiDefinition(row.getID(), row.getVersion(), row.getName(), row.getDescription(),
                KpiFormula.fromText(type, parameters(row.getFormulaParams())),
                new KpiDataSource(KpiDataSource.Kind.valueOf(row.getSourceKind()), row.getSourceRef()),
                Frequency.valueOf(row.getFrequency()), ZoneId.of(row.getZone()), row.getOwner(), row.getTeam(), goal(row),
                row.getAlertAction(), Indicator.valueOf(row.getIndicator()));
    }

    private static KpiGoal goal(KpiDefinitionEntity row) {
        if (GROWING.equals(row.getGoalKind())) {
            return new KpiGoal.Growing(Direction.valueOf(row.getGoalDirection()), row.getGoalTarget(),
                    row.getGoalAlert());
        }
        if (BAND.equals(row.getGoalKind())) {
            return new KpiGoal.Band(row.getGoalMin(), row.getGoalMax());
        }
        throw new IllegalStateException("kpi " + row.getID() + ": unknown goal kind " + row.getGoalKind());
    }

    static Map<String, Object> columns(KpiDefinition definition, long version) {
        Map<String, Object> columns = new HashMap<>();
        columns.put(KpiDefinitionEntity.NAME, requireShort(definition.name(), "kpi.name"));
        columns.put(KpiDefinitionEntity.DESCRIPTION, definition.description());
        columns.put(KpiDefinitionEntity.FORMULA_TYPE, definition.formula().type().name());
        columns.put(KpiDefinitionEntity.FORMULA_PARAMS, text(definition.formula().parametersAsText()));
        columns.put(KpiDefinitionEntity.SOURCE_KIND, definition.dataSource().kind().name());
        columns.put(KpiDefinitionEntity.SOURCE_REF, definition.dataSource().reference());
        columns.put(KpiDefinitionEntity.FREQUENCY, definition.frequency().name());
        columns.put(KpiDefinitionEntity.ZONE, requireShort(definition.zone().getId(), "kpi.zone"));
        columns.put(KpiDefinitionEntity.OWNER, requireShort(definition.owner(), "kpi.owner"));
        columns.put(KpiDefinitionEntity.TEAM, requireShort(definition.team(), "kpi.team"));
        columns.put(KpiDefinitionEntity.ALERT_ACTION, definition.actionIfAlert());
        columns.put(KpiDefinitionEntity.INDICATOR, definition.indicator().name());
        columns.put(KpiDefinitionEntity.VERSION, version);
        columns.put(KpiDefinitionEntity.GOAL_DIRECTION, null);
        columns.put(KpiDefinitionEntity.GOAL_TARGET, null);
        columns.put(KpiDefinitionEntity.GOAL_ALERT, null);
        columns.put(KpiDefinitionEntity.GOAL_MIN, null);
        columns.put(KpiDefinitionEntity.GOAL_MAX, null);
        if (definition.goal() instanceof KpiGoal.Growing growing) {
            columns.put(KpiDefinitionEntity.GOAL_KIND, GROWING);
            columns.put(KpiDefinitionEntity.GOAL_DIRECTION, growing.direction().name());
            columns.put(KpiDefinitionEntity.GOAL_TARGET, growing.target());
            columns.put(KpiDefinitionEntity.GOAL_ALERT, growing.alertThreshold());
        } else if (definition.goal() instanceof KpiGoal.Band band) {
            columns.put(KpiDefinitionEntity.GOAL_KIND, BAND);
            columns.put(KpiDefinitionEntity.GOAL_MIN, band.minimum());
            columns.put(KpiDefinitionEntity.GOAL_MAX, band.maximum());
        }
        return columns;
    }

    static void write(KpiDefinition definition, long version, KpiDefinitionEntity row) {
        Map<String, Object> columns = columns(definition, version);
        row.setName((String) columns.get(KpiDefinitionEntity.NAME));
        row.setDescription((String) columns.get(KpiDefinitionEntity.DESCRIPTION));
        row.setFormulaType((String) columns.get(KpiDefinitionEntity.FORMULA_TYPE));
        row.setFormulaParams((String) columns.get(KpiDefinitionEntity.FORMULA_PARAMS));
        row.setSourceKind((String) columns.get(KpiDefinitionEntity.SOURCE_KIND));
        row.setSourceRef((String) columns.get(KpiDefinitionEntity.SOURCE_REF));
        row.setFrequency((String) columns.get(KpiDefinitionEntity.FREQUENCY));
        row.setZone((String) columns.get(KpiDefinitionEntity.ZONE));
        row.setOwner((String) columns.get(KpiDefinitionEntity.OWNER));
        row.setTeam((String) columns.get(KpiDefinitionEntity.TEAM));
        row.setGoalKind((String) columns.get(KpiDefinitionEntity.GOAL_KIND));
        row.setGoalDirection((String) columns.get(KpiDefinitionEntity.GOAL_DIRECTION));
        row.setGoalTarget((Double) columns.get(KpiDefinitionEntity.GOAL_TARGET));
        row.setGoalAlert((Double) columns.get(KpiDefinitionEntity.GOAL_ALERT));
        row.setGoalMin((Double) columns.get(KpiDefinitionEntity.GOAL_MIN));
        row.setGoalMax((Double) columns.get(KpiDefinitionEntity.GOAL_MAX));
        row.setAlertAction((String) columns.get(KpiDefinitionEntity.ALERT_ACTION));
        row.setIndicator((String) columns.get(KpiDefinitionEntity.INDICATOR));
        row.setVersion(version);
        row.save();
    }

    /**
     * Formula parameters as text: one {@code name=value} line per parameter, in the formula's order.
     * Names are identifiers; in values a backslash is written {@code \\} and a line break {@code \n},
     * so any value survives.
     */
    static String text(Map<String, String> parameters) {
        StringBuilder text = new StringBuilder();
        parameters.forEach((name, value) -> text.append(name).append('=')
                .append(value.replace("\\", "\\\\").replace("\n", "\\n")).append('\n'));
        return text.toString();
    }

    /** Reads {@link #text}. */
    static Map<String, String> parameters(String text) {
        Map<String, String> parameters = new LinkedHashMap<>();
        if (text == null) {
            return parameters;
        }
        for (String line : text.split("\n")) {
            if (line.isEmpty()) {
                continue;
            }
            int equals = line.indexOf('=');
            parameters.put(line.substring(0, equals), unescape(line.substring(equals + 1)));
        }
        return parameters;
    }

    private static String unescape(String value) {
        StringBuilder plain = new StringBuilder(value.length());
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '\\' && i + 1 < value.length()) {
                char next = value.charAt(++i);
                plain.append(next == 'n' ? '\n' : next);
            } else {
                plain.append(c);
            }
        }
        return plain.toString();
    }

    static KpiMeasurement measurement(KpiValueEntity row) {
        KpiValue value = row.getNaReason() != null
                ? KpiValue.notApplicable(row.getNaReason())
                : KpiValue.of(row.getNumberValue(), KpiUnit.valueOf(row.getUnit()), row.getSampleSize());
        return new KpiMeasurement(row.getKpiId(), period(row.getPeriodKey(), row.getPeriodStart(), row.getPeriodEnd()),
                value, Instant.ofEpochMilli(row.getRecordedAt()), Boolean.TRUE.equals(row.getProvisional()),
                row.getRemeasuredBy());
    }

    static Map<String, Object> columns(KpiMeasurement measurement) {
        KpiValue value = measurement.value();
        Map<String, Object> columns = periodColumns(measurement.period(), KpiValueEntity.PERIOD_KEY,
                KpiValueEntity.PERIOD_START, KpiValueEntity.PERIOD_END);
        columns.put(KpiValueEntity.KPI_ID, measurement.kpiId());
        columns.put(KpiValueEntity.NUMBER_VALUE, value.isApplicable() ? value.value() : null);
        columns.put(KpiValueEntity.UNIT, value.unit().map(KpiUnit::name).orElse(null));
        columns.put(KpiValueEntity.SAMPLE_SIZE, value.sampleSize());
        columns.put(KpiValueEntity.NA_REASON, value.notApplicableReason().orElse(null));
        columns.put(KpiValueEntity.RECORDED_AT, measurement.recordedAt().toEpochMilli());
        columns.put(KpiValueEntity.PROVISIONAL, measurement.provisional());
        columns.put(KpiValueEntity.REMEASURED_BY, requireShort(measurement.remeasuredBy(), "run.requestedBy"));
        return columns;
    }

    static KpiAlert alert(KpiAlertEntity row) {
        return new KpiAlert(row.getID(), row.getKpiId(),
                period(row.getPeriodKey(), row.getPeriodStart(), row.getPeriodEnd()), row.getAlertValue(),
                row.getMessage(), row.getAlertAction(), Instant.ofEpochMilli(row.getRaisedAt()));
    }

    static Map<String, Object> columns(KpiAlert alert) {
        Map<String, Object> columns = periodColumns(alert.period(), KpiAlertEntity.PERIOD_KEY,
                KpiAlertEntity.PERIOD_START, KpiAlertEntity.PERIOD_END);
        columns.put(KpiAlertEntity.KPI_ID, alert.kpiId());
        columns.put(KpiAlertEntity.ALERT_VALUE, alert.value());
        columns.put(KpiAlertEntity.MESSAGE, alert.message());
        columns.put(KpiAlertEntity.ALERT_ACTION, alert.action());
        columns.put(KpiAlertEntity.RAISED_AT, alert.raisedAt().toEpochMilli());
        return columns;
    }

    private static KpiPeriod period(String key, long start, long end) {
        return new KpiPeriod(key, Instant.ofEpochMilli(start), Instant.ofEpochMilli(end));
    }

    private static Map<String, Object> periodColumns(KpiPeriod period, String key, String start, String end) {
        Map<String, Object> columns = new HashMap<>();
        columns.put(key, requireShort(period.key(), "kpi.period.key"));
        columns.put(start, period.start().toEpochMilli());
        columns.put(end, period.end().toEpochMilli());
        return columns;
    }
}
