package io.lodestar.core.kpi;

import static io.lodestar.core.common.InvalidInputException.require;
import static io.lodestar.core.common.InvalidInputException.requirePresent;

/**
 * What a KPI should achieve, of one of two kinds, and how a value is rated against it.
 *
 * <ul>
 *   <li>A {@link Growing} KPI is measured against a target in a direction, with an alert threshold
 *       on the bad side of the target. Higher is better (velocity 30, alert 20): GREEN when
 *       value &gt;= 30; YELLOW when 20 &lt;= value &lt; 30; RED when value &lt; 20. Lower is better
 *       (lead time 5 days, alert 8): GREEN when value &lt;= 5; YELLOW when 5 &lt; value &lt;= 8; RED when
 *       value &gt; 8. The threshold itself is the worst acceptable value, so it is still YELLOW: the
 *       alert fires when the value goes <em>beyond</em> it. A threshold equal to the target is
 *       allowed and leaves no yellow zone.</li>
 *   <li>A {@link Band} KPI must stay between a minimum and a maximum, both inclusive (WIP between 3
 *       and 8): GREEN inside, RED outside. There is no yellow: the band edges are the thresholds.</li>
 * </ul>
 */
public sealed interface KpiGoal permits KpiGoal.Growing, KpiGoal.Band {

    /** The two kinds of goal, e.g. for a store column. */
    enum Kind { GROWING, BAND }

    Kind kind();

    /** The rating of {@code value}; see the class comment for the exact boundaries. */
    Rating rate(double value);

    /**
     * Whether moving from {@code previous} to {@code current} is an improvement (positive), a
     * degradation (negative) or neither (0). For a band, getting closer to the band is an
     * improvement and moving inside the band is neither.
     */
    int improvement(double previous, double current);

    static Growing growing(Direction direction, double target, double alertThreshold) {
        return new Growing(direction, target, alertThreshold);
    }

    static Band band(double minimum, double maximum) {
        return new Band(minimum, maximum);
    }

    /** A KPI that should reach a target in its direction. */
    record Growing(Direction direction, double target, double alertThreshold) implements KpiGoal {
        public Growing {
            requirePresent(direction, "kpi.goal.direction");
            require(Double.isFinite(target), "kpi.goal.target", "must be a finite number");
            require(Double.isFinite(alertThreshold), "kpi.goal.alertThreshold", "must be a finite number");
            require(direction == Direction.HIGHER_IS_BETTER ? alertThreshold <= target : alertThreshold >= target,
                    "kpi.goal.alertThreshold", direction == Direction.HIGHER_IS_BETTER
                            ? "must not be above the target " + target + " when higher is better"
                            : "must not be below the target " + target + " when lower is better");
        }

        @Override
        public Kind kind() {
            return Kind.GROWING;
        }

        @Override
        public Rating rate(double value) {
            if (direction == Direction.HIGHER_IS_BETTER) {
                return value >= target ? Rating.GREEN : value >= alertThreshold ? Rating.YELLOW : Rating.RED;
            }
            return value <= target ? Rating.GREEN : value <= alertThreshold ? Rating.YELLOW : Rating.RED;
        }

        @Override
        public int improvement(double previous, double current) {
            return direction.isBetter(current, previous) ? 1 : direction.isBetter(previous, current) ? -1 : 0;
        }
    }

    /** A KPI that must stay within {@code [minimum, maximum]}. */
    record Band(double minimum, double maximum) implements KpiGoal {
        public Band {
            require(Double.isFinite(minimum), "kpi.goal.minimum", "must be a finite number");
            require(Double.isFinite(maximum), "kpi.goal.maximum", "must be a finite number");
            require(minimum < maximum, "kpi.goal.maximum", "must be above the minimum " + minimum);
        }

        @Override
        public Kind kind() {
            return Kind.BAND;
        }

        @Override
        public Rating rate(double value) {
            return value >= minimum && value <= maximum ? Rating.GREEN : Rating.RED;
        }

        @Override
        public int improvement(double previous, double current) {
            return Double.compare(distance(previous), distance(current));
        }

        /** How far a value lies outside the band; 0 inside. */
        public double distance(double value) {
            return value < minimum ? minimum - value : value > maximum ? value - maximum : 0;
        }
    }
}
