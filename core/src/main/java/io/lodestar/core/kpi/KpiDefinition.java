package io.lodestar.core.kpi;

import static io.lodestar.core.common.InvalidInputException.require;
import static io.lodestar.core.common.InvalidInputException.requirePresent;
import static io.lodestar.core.common.InvalidInputException.requireText;

import java.time.ZoneId;

/**
 * The KPI sheet the OKR method asks for: what is measured (name, description, {@link KpiFormula}),
 * from which issues ({@link KpiDataSource}), how often ({@link Frequency}, in {@code zone} for
 * calendar periods), who owns it, what it should achieve ({@link KpiGoal}), what to do when it
 * alerts, and whether it is a leading or lagging indicator.
 *
 * <p>{@code id} is 0 until a {@link KpiStore} assigns one; {@code version} is 0 until stored, then
 * increases on every write. {@code actionIfAlert} may be empty (stored as ""), the rest is required.
 * The frequency must be one the formula's type supports (a velocity is measured per sprint).
 */
public record KpiDefinition(long id, long version, String name, String description, KpiFormula formula,
                            KpiDataSource dataSource, Frequency frequency, ZoneId zone, String owner,
                            KpiGoal goal, String actionIfAlert, Indicator indicator) {

    public KpiDefinition {
        require(id >= 0, "kpi.id", "must not be negative");
        require(version >= 0, "kpi.version", "must not be negative");
        name = requireText(name, "kpi.name");
        require(name.length() <= 255, "kpi.name", "must be at most 255 characters");
        description = description == null ? "" : description.strip();
        requirePresent(formula, "kpi.formula");
        requirePresent(dataSource, "kpi.dataSource");
        requirePresent(frequency, "kpi.frequency");
        requirePresent(zone, "kpi.zone");
        owner = requireText(owner, "kpi.owner");
        requirePresent(goal, "kpi.goal");
        actionIfAlert = actionIfAlert == null ? "" : actionIfAlert.strip();
        requirePresent(indicator, "kpi.indicator");
        require(formula.type().frequencies().contains(frequency), "kpi.frequency",
                formula.type() + " can be measured " + formula.type().frequencies() + ", not " + frequency);
    }

    /** A new, unsaved definition. */
    public static KpiDefinition of(String name, String description, KpiFormula formula, KpiDataSource dataSource,
                                   Frequency frequency, ZoneId zone, String owner, KpiGoal goal,
                                   String actionIfAlert, Indicator indicator) {
        return new KpiDefinition(0, 0, name, description, formula, dataSource, frequency, zone, owner, goal,
                actionIfAlert, indicator);
    }

    /** The same definition with another goal (unsaved change: same id and version). */
    public KpiDefinition withGoal(KpiGoal newGoal) {
        return new KpiDefinition(id, version, name, description, formula, dataSource, frequency, zone, owner,
                newGoal, actionIfAlert, indicator);
    }

    /** The stored form: same content with the id and version a store assigned. */
    public KpiDefinition stored(long newId, long newVersion) {
        return new KpiDefinition(newId, newVersion, name, description, formula, dataSource, frequency, zone,
                owner, goal, actionIfAlert, indicator);
    }
}
