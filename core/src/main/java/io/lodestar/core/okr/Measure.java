package io.lodestar.core.okr;

import static io.lodestar.core.common.InvalidInputException.require;
import static io.lodestar.core.common.InvalidInputException.requirePresent;

/**
 * How a key result is measured. One record per {@link KeyResultKind}; a store flattens them into
 * columns (kind, format, unit, start, target, basis, kpi id) and rebuilds them with the factories.
 */
public sealed interface Measure permits Measure.Numeric, Measure.Milestone, Measure.LinkedWork, Measure.KpiBacked,
        Measure.WithinBand, Measure.FromQuery, Measure.Invalid {

    KeyResultKind kind();

    /** The raw fraction of the way from {@code start} to {@code target} that {@code current} covers; not clamped. */
    static double fractionOfWay(double start, double target, double current) {
        return (current - start) / (target - start);
    }

    /**
     * {@code value} with negative zero read as zero. JSON and Java keep {@code -0.0} apart from {@code 0.0}
     * ({@code Double.equals} tells them apart) while databases and arithmetic do not, so a start of 0 and a
     * target of -0.0 would pass one check and fail the next; every bound is normalised here, once.
     */
    static Double normalised(Double value) {
        return value != null && value == 0.0 ? Double.valueOf(0.0) : value;
    }

    static Numeric number(String unit, Double start, Double target) {
        return new Numeric(NumberFormat.NUMBER, unit, start, target);
    }

    static Numeric percent(Double start, Double target) {
        return new Numeric(NumberFormat.PERCENT, "%", start, target);
    }

    static Milestone milestone() {
        return new Milestone();
    }

    static LinkedWork linkedWork(WorkBasis basis) {
        return new LinkedWork(basis);
    }

    static KpiBacked kpi(long kpiId, String unit, double start, double target) {
        return new KpiBacked(kpiId, unit, start, target);
    }

    /**
     * A number or percentage from {@code start} to {@code target}, increasing or decreasing (bugs per
     * release from 15 to 3). Either bound may be missing while the KR is being drafted: such a KR
     * scores 0 and is reported by the quality checks; once both are set they must differ.
     */
    record Numeric(NumberFormat format, String unit, Double start, Double target) implements Measure {
        public Numeric {
            requirePresent(format, "keyResult.format");
            unit = unit == null ? "" : unit.strip();
            start = normalised(start);
            target = normalised(target);
            require(start == null || Double.isFinite(start), "keyResult.start", "must be a finite number");
            require(target == null || Double.isFinite(target), "keyResult.target", "must be a finite number");
            require(start == null || target == null || start.doubleValue() != target.doubleValue(), "keyResult.target",
                    "must differ from the start value");
        }

        @Override
        public KeyResultKind kind() {
            return KeyResultKind.NUMERIC;
        }

        /** Whether both start and target are set, so progress can be measured. */
        public boolean complete() {
            return start != null && target != null;
        }

        /** The direction from start to target; only meaningful when {@link #complete()}. */
        public Direction direction() {
            return Direction.from(start, target);
        }
    }

    /** Done or not done, as reported by the latest check-in (a check-in value of 1 means done). */
    record Milestone() implements Measure {
        @Override
        public KeyResultKind kind() {
            return KeyResultKind.MILESTONE;
        }
    }

    /** Progress of linked Jira issues and epics, counted by issues or by story points. */
    record LinkedWork(WorkBasis basis) implements Measure {
        public LinkedWork {
            requirePresent(basis, "keyResult.basis");
        }

        @Override
        public KeyResultKind kind() {
            return KeyResultKind.LINKED_WORK;
        }
    }

    /**
     * A KPI's latest value, from {@code start} to {@code target}. {@code kpiId} is the id of a KPI
     * definition owned by the KPI side; the value is read through {@link KpiReadings}.
     */
    record KpiBacked(long kpiId, String unit, double start, double target) implements Measure {
        public KpiBacked {
            require(kpiId > 0, "keyResult.kpiId", "must reference a KPI");
            unit = unit == null ? "" : unit.strip();
            start = normalised(start);
            target = normalised(target);
            require(Double.isFinite(start), "keyResult.start", "must be a finite number");
            require(Double.isFinite(target), "keyResult.target", "must be a finite number");
            require(start != target, "keyResult.target", "must differ from the start value");
        }

        @Override
        public KeyResultKind kind() {
            return KeyResultKind.KPI;
        }

        public Direction direction() {
            return Direction.from(start, target);
        }
    }

    static WithinBand band(String unit, double minimum, double maximum) {
        return new WithinBand(unit, minimum, maximum);
    }

    /**
     * A value, reported by check-ins, that should stay between {@code minimum} and {@code maximum}, both
     * inclusive ("p85 cycle time stays between 2 and 5 days"). The bounds are checked and the value rated by
     * core's KPI band goal ({@link io.lodestar.core.kpi.KpiGoal.Band}), so a band means the same on both
     * sides: inside is full score, outside none. A store keeps the minimum as the start value and the
     * maximum as the target value.
     */
    record WithinBand(String unit, double minimum, double maximum) implements Measure {
        public WithinBand {
            unit = unit == null ? "" : unit.strip();
            minimum = normalised(minimum);
            maximum = normalised(maximum);
            require(Double.isFinite(minimum), "keyResult.start", "must be a finite number");
            require(Double.isFinite(maximum), "keyResult.target", "must be a finite number");
            require(minimum < maximum, "keyResult.target", "must be above the band's lowest value " + minimum);
        }

        @Override
        public KeyResultKind kind() {
            return KeyResultKind.BAND;
        }

        /** The same band as core's KPI goal, which rates a value GREEN inside and RED outside. */
        public io.lodestar.core.kpi.KpiGoal.Band goal() {
            return io.lodestar.core.kpi.KpiGoal.band(minimum, maximum);
        }

        public boolean contains(double value) {
            return goal().rate(value) == io.lodestar.core.kpi.Rating.GREEN;
        }
    }

    static FromQuery shareDone(String jql) {
        return new FromQuery(jql, QueryAggregate.SHARE_DONE, null, null, null, null);
    }

    static FromQuery sum(String jql, String field, String unit, Double start, Double target) {
        return new FromQuery(jql, QueryAggregate.SUM, field, unit, start, target);
    }

    /**
     * From a JQL query, run as the viewing user ({@link IssueQuery}): with {@link QueryAggregate#SHARE_DONE}, the share
     * of the matching issues that are done (a percentage; no field, start or target); with {@link QueryAggregate#SUM},
     * the sum of {@code field} (a number field, by custom field id or name) over them, from {@code start} to
     * {@code target}, which must both be set and differ. Only the issues the viewer may browse count, as for linked
     * work, so two viewers may see different progress; how many are left out is told.
     */
    record FromQuery(String jql, QueryAggregate aggregate, String field, String unit, Double start, Double target)
            implements Measure {
        public FromQuery {
            jql = io.lodestar.core.common.InvalidInputException.requireText(jql, "keyResult.jql");
            requirePresent(aggregate, "keyResult.aggregate");
            field = field == null || field.isBlank() ? null : field.strip();
            start = normalised(start);
            target = normalised(target);
            if (aggregate == QueryAggregate.SHARE_DONE) {
                require(field == null, "keyResult.field", "only a sum reads a field");
                require(start == null, "keyResult.start", "a share of done issues runs from 0 to 100 %");
                require(target == null, "keyResult.target", "a share of done issues runs from 0 to 100 %");
                unit = KpiScale.PERCENT_UNIT;
            } else {
                require(field != null, "keyResult.field", "is missing: name the number field to sum");
                requirePresent(start, "keyResult.start");
                requirePresent(target, "keyResult.target");
                require(Double.isFinite(start), "keyResult.start", "must be a finite number");
                require(Double.isFinite(target), "keyResult.target", "must be a finite number");
                require(start.doubleValue() != target.doubleValue(), "keyResult.target", "must differ from the start value");
                unit = unit == null ? "" : unit.strip();
            }
        }

        @Override
        public KeyResultKind kind() {
            return KeyResultKind.JQL;
        }
    }

    /**
     * A stored measure that today's rules refuse, written by an older version or by a bug (a target equal
     * to its start, an unknown kind or basis...). Stores read such a row as this measure instead of failing,
     * so that one bad row never makes a cycle unreadable: it scores 0 with {@code problem} as its gap, the
     * quality checks report it ({@link QualityRule#INVALID_STORED_VALUE}), and it can still be edited into a
     * valid measure or deleted. Nothing ever creates one from input.
     *
     * @param storedKind the stored kind when it is known, else {@link KeyResultKind#NUMERIC}
     * @param field      the field that is wrong, as input names it ({@code keyResult.target})
     * @param problem    what is wrong, for people ({@code must differ from the start value})
     */
    record Invalid(KeyResultKind storedKind, String field, String problem) implements Measure {
        public Invalid {
            requirePresent(storedKind, "keyResult.kind");
            requirePresent(field, "keyResult.field");
            requirePresent(problem, "keyResult.problem");
        }

        @Override
        public KeyResultKind kind() {
            return storedKind;
        }
    }
}
