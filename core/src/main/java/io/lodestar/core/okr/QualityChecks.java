package io.lodestar.core.okr;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The OKR quality checks (see {@link QualityRule}) over one cycle, with the graded cycles before it
 * for the ambition checks and the number of KPIs per team as inputs.
 *
 * <p>Ambition is judged over the last {@value #AMBITION_CYCLES} graded cycles in which a team had
 * graded objectives (the checked cycle included once graded): "cycle after cycle" needs at least two,
 * since one perfect or failed cycle can be luck.
 */
public final class QualityChecks {

    public static final int MIN_KEY_RESULTS = 2;
    public static final int MAX_KEY_RESULTS = 5;
    public static final int MAX_OBJECTIVES_PER_TEAM = 5;
    public static final int MAX_KPIS_PER_TEAM = 10;
    public static final int AMBITION_CYCLES = 2;

    private QualityChecks() {
    }

    /**
     * @param cycle          the cycle to check
     * @param earlierCycles  earlier cycles, oldest first; only their graded objectives are used
     * @param kpiCountByTeam the number of KPIs each team watches
     */
    public static List<Finding> check(CycleOkrs cycle, List<CycleOkrs> earlierCycles, Map<String, Integer> kpiCountByTeam) {
        List<Finding> findings = new ArrayList<>();
        Map<String, Integer> objectivesPerTeam = new TreeMap<>();
        for (Objective objective : cycle.objectives()) {
            checkObjective(objective, cycle.keyResultsOf(objective.id()), findings);
            if (objective.team() != null) {
                objectivesPerTeam.merge(objective.team(), 1, Integer::sum);
            }
        }
        objectivesPerTeam.forEach((team, count) -> {
            if (count > MAX_OBJECTIVES_PER_TEAM) {
                findings.add(new Finding(Severity.WARNING, QualityRule.TOO_MANY_OBJECTIVES, Finding.team(team),
                        "Team " + team + " has " + count + " objectives in " + cycle.cycle().name()
                                + "; more than " + MAX_OBJECTIVES_PER_TEAM + " dilutes focus."));
            }
        });
        checkAmbition(cycle, earlierCycles, findings);
        new TreeMap<>(kpiCountByTeam).forEach((team, count) -> {
            if (count > MAX_KPIS_PER_TEAM) {
                findings.add(new Finding(Severity.WARNING, QualityRule.TOO_MANY_KPIS, Finding.team(team),
                        "Team " + team + " watches " + count + " KPIs; more than " + MAX_KPIS_PER_TEAM
                                + " are too many to act on."));
            }
        });
        return findings;
    }

    private static void checkObjective(Objective objective, List<KeyResult> keyResults, List<Finding> findings) {
        String subject = Finding.objective(objective);
        String quoted = "Objective \"" + objective.title() + "\"";
        if (keyResults.size() < MIN_KEY_RESULTS) {
            findings.add(new Finding(Severity.WARNING, QualityRule.TOO_FEW_KEY_RESULTS, subject, quoted + " has "
                    + keyResults.size() + " key result" + (keyResults.size() == 1 ? "" : "s")
                    + "; at least " + MIN_KEY_RESULTS + " measure it from more than one angle."));
        }
        if (keyResults.size() > MAX_KEY_RESULTS) {
            findings.add(new Finding(Severity.WARNING, QualityRule.TOO_MANY_KEY_RESULTS, subject, quoted + " has "
                    + keyResults.size() + " key results; more than " + MAX_KEY_RESULTS + " loses focus."));
        }
        if (!objective.hasOwner()) {
            findings.add(new Finding(Severity.WARNING, QualityRule.NO_OWNER, subject, quoted + " has no owner."));
        }
        if (!keyResults.isEmpty() && keyResults.stream().allMatch(kr -> kr.kind() == KeyResultKind.MILESTONE)) {
            findings.add(new Finding(Severity.WARNING, QualityRule.ONLY_MILESTONES, subject, quoted
                    + " has only milestone key results: these are tasks, not outcomes."));
        }
        if (objective.level() == ObjectiveLevel.TEAM && objective.parentId() == null) {
            findings.add(new Finding(Severity.INFO, QualityRule.NOT_ALIGNED, subject, quoted
                    + " is a team objective aligned to no higher objective."));
        }
        for (KeyResult kr : keyResults) {
            String krQuoted = "Key result \"" + kr.title() + "\"";
            if (kr.measure() instanceof Measure.Numeric numeric && !numeric.complete()) {
                findings.add(new Finding(Severity.ERROR, QualityRule.NO_START_OR_TARGET, Finding.keyResult(kr),
                        krQuoted + " has no " + (numeric.start() == null ? "start" : "target")
                                + " value, so it cannot be scored."));
            }
            if (kr.measure() instanceof Measure.Invalid invalid) {
                findings.add(new Finding(Severity.ERROR, QualityRule.INVALID_STORED_VALUE, Finding.keyResult(kr),
                        "Key result " + kr.id() + " (\"" + kr.title() + "\"): " + Measurement.invalidGap(invalid) + "."));
            }
            if (!kr.hasOwner()) {
                findings.add(new Finding(Severity.WARNING, QualityRule.NO_OWNER, Finding.keyResult(kr),
                        krQuoted + " has no owner."));
            }
        }
    }

    private static void checkAmbition(CycleOkrs cycle, List<CycleOkrs> earlierCycles, List<Finding> findings) {
        List<CycleOkrs> history = new ArrayList<>(earlierCycles);
        history.add(cycle);
        // team -> final scores of its graded objectives, per cycle, most recent cycle first
        Map<String, List<List<Double>>> scoresByTeam = new LinkedHashMap<>();
        for (int i = history.size() - 1; i >= 0; i--) {
            Map<String, List<Double>> thisCycle = new TreeMap<>();
            for (Objective objective : history.get(i).objectives()) {
                if (objective.team() != null && objective.graded()) {
                    thisCycle.computeIfAbsent(objective.team(), t -> new ArrayList<>()).add(objective.finalScore());
                }
            }
            thisCycle.forEach((team, scores) -> scoresByTeam.computeIfAbsent(team, t -> new ArrayList<>()).add(scores));
        }
        new TreeMap<>(scoresByTeam).forEach((team, cycles) -> {
            if (cycles.size() < AMBITION_CYCLES) {
                return;
            }
            List<List<Double>> recent = cycles.subList(0, AMBITION_CYCLES);
            if (recent.stream().flatMap(List::stream).allMatch(s -> Score.of(s).complete())) {
                findings.add(new Finding(Severity.INFO, QualityRule.NOT_AMBITIOUS, Finding.team(team), "Team " + team
                        + " scored 1.0 on every objective in its last " + AMBITION_CYCLES
                        + " graded cycles: its objectives may not be ambitious enough."));
            } else if (recent.stream().flatMap(List::stream).allMatch(s -> Score.of(s).band() == Band.RED)) {
                findings.add(new Finding(Severity.INFO, QualityRule.TOO_AMBITIOUS, Finding.team(team), "Team " + team
                        + " scored below 0.4 on every objective in its last " + AMBITION_CYCLES
                        + " graded cycles: its objectives may be out of reach."));
            }
        });
    }
}
