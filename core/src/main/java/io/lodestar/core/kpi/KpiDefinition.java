package io.lodestar.core.kpi;

import static io.lodestar.core.common.InvalidInputException.require;
import static io.lodestar.core.common.InvalidInputException.requirePresent;
import static io.lodestar.core.common.InvalidInputException.requireText;

import java.time.ZoneId;
import java.util.Locale;

/**
 * The KPI sheet the OKR method asks for: what is measured (name, description, {@link KpiFormula}),
 * from which issues ({@link KpiDataSource}), how often ({@link Frequency}, in {@code zone} for
 * calendar periods), who owns it, what it should achieve ({@link KpiGoal}), what to do when it
 * alerts, whether it is a leading or lagging indicator, and which team watches it.
 *
 * <p>{@code id} is 0 until a {@link KpiStore} assigns one; {@code version} is 0 until stored, then
 * increases on every write. {@code actionIfAlert} may be empty (stored as ""), {@code team} may be
 * null, the rest is required. The frequency must be one the formula's type supports (a velocity is
 * measured per sprint).
 *
 * <p>{@code team} is the Jira project key of the team that watches the KPI (as an objective's team),
 * or null for a KPI of no team. It is kept as {@link #teamKey} normalizes it: stripped and upper case,
 * since Jira project keys are upper case and a team is matched case-insensitively (as objectives are
 * filtered), so that a store can look a team up by equality. At most {@value #MAX_SHORT_TEXT}
 * characters, like the name.
 */
public record KpiDefinition(long id, long version, String name, String description, KpiFormula formula,
                            KpiDataSource dataSource, Frequency frequency, ZoneId zone, String owner, String team,
                            KpiGoal goal, String actionIfAlert, Indicator indicator) {

    /** The longest name or team: what a short database column keeps. */
    public static final int MAX_SHORT_TEXT = 255;

    public KpiDefinition {
        require(id >= 0, "kpi.id", "must not be negative");
        require(version >= 0, "kpi.version", "must not be negative");
        name = requireText(name, "kpi.name");
        require(name.length() <= MAX_SHORT_TEXT, "kpi.name", "must be at most " + MAX_SHORT_TEXT + " characters");
        description = description == null ? "" : description.strip();
        requirePresent(formula, "kpi.formula");
        requirePresent(dataSource, "kpi.dataSource");
        requirePresent(frequency, "kpi.frequency");
        requirePresent(zone, "kpi.zone");
        owner = requireText(owner, "kpi.owner");
        team = teamKey(team);
        require(team == null || team.length() <= MAX_SHORT_TEXT, "kpi.team",
                "must be at most " + MAX_SHORT_TEXT + " characters");
        requirePresent(goal, "kpi.goal");
        actionIfAlert = actionIfAlert == null ? "" : actionIfAlert.strip();
        requirePresent(indicator, "kpi.indicator");
        require(formula.type().frequencies().contains(frequency), "kpi.frequency",
                formula.type() + " can be measured " + formula.type().frequencies() + ", not " + frequency);
        if (formula.getOrDefault(KpiParameter.DONE_RULE) == DoneRule.BOARD_LAST_COLUMN) {
            require(dataSource.kind() == KpiDataSource.Kind.BOARD, "kpi.formula.doneRule",
                    "the board's last column needs a board data source");
            require(formula.get(KpiParameter.DONE_STATUS_IDS).isEmpty(), "kpi.formula.doneStatusIds",
                    "must be empty when done is the board's last column");
        }
    }

    /** A new, unsaved definition of no team (see {@link #withTeam}). */
    public static KpiDefinition of(String name, String description, KpiFormula formula, KpiDataSource dataSource,
                                   Frequency frequency, ZoneId zone, String owner, KpiGoal goal,
                                   String actionIfAlert, Indicator indicator) {
        return new KpiDefinition(0, 0, name, description, formula, dataSource, frequency, zone, owner, null, goal,
                actionIfAlert, indicator);
    }

    /**
     * A team as definitions keep it: null when null or blank, otherwise stripped and in upper case
     * ({@code " atlas "} is {@code "ATLAS"}). Use it to look a team up among stored definitions.
     */
    public static String teamKey(String team) {
        return team == null || team.isBlank() ? null : team.strip().toUpperCase(Locale.ROOT);
    }

    /** The same definition watched by another team, or by none when blank (unsaved change: same id and version). */
    public KpiDefinition withTeam(String newTeam) {
        return new KpiDefinition(id, version, name, description, formula, dataSource, frequency, zone, owner,
                newTeam, goal, actionIfAlert, indicator);
    }

    /** The same definition with another goal (unsaved change: same id and version). */
    public KpiDefinition withGoal(KpiGoal newGoal) {
        return new KpiDefinition(id, version, name, description, formula, dataSource, frequency, zone, owner,
                team, newGoal, actionIfAlert, indicator);
    }

    /** The stored form: same content with the id and version a store assigned. */
    public KpiDefinition stored(long newId, long newVersion) {
        return new KpiDefinition(newId, newVersion, name, description, formula, dataSource, frequency, zone,
                owner, team, goal, actionIfAlert, indicator);
    }
}
