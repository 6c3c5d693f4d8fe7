package io.lodestar.core.kpi.release;

import static io.lodestar.core.common.InvalidInputException.requirePresent;

import io.lodestar.core.issue.BugTypes;
import io.lodestar.core.issue.FixVersion;
import io.lodestar.core.issue.IssueSnapshot;
import io.lodestar.core.issue.IssueType;
import io.lodestar.core.kpi.IssueColumns;
import io.lodestar.core.kpi.KpiPeriod;
import io.lodestar.core.kpi.KpiUnit;
import io.lodestar.core.kpi.KpiValue;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.function.ToDoubleFunction;

/**
 * Bugs per release and velocity per release, for teams that ship versions rather than sprints.
 *
 * <h2>Formula</h2>
 * For each released version V (Jira's "released" flag; versions are matched by id):
 * <ul>
 *   <li><b>bugs(V)</b> = number of bugs (issues of a type {@link BugTypes} names, by default Bug or
 *       Defect) whose fix versions include V, whatever their
 *       status: a bug scheduled in a shipped version is a bug of that release. (Escaped defects,
 *       bugs that <em>affect</em> V found after its release, need the affects-version field, which
 *       the issue snapshot does not carry yet.)</li>
 *   <li><b>velocity(V)</b> = sum of the current estimates of the done, non-sub-task issues whose fix
 *       versions include V (unestimated = 0).</li>
 * </ul>
 * Per period (the KPI's frequency), the value is the mean over the versions whose release date
 * falls in the period; with none, it is not applicable. Versions are listed by release date
 * (undated last), then name.
 *
 * <h2>Worked example</h2>
 * 2.0 released on 2026-03-10 has bugs B1, B2 and done stories S1 (3 points) and S2 (5); 2.1
 * released on 2026-03-24 has bug B3 and done story S3 (2). March: bugs per release = (2 + 1) / 2 =
 * 1.5; velocity per release = (8 + 2) / 2 = 5.
 *
 * <h2>Cost</h2>
 * One pass over the issues, versions in a hash map.
 */
public final class ReleaseCalculator {

    private final Predicate<String> done;
    private final BugTypes bugs;

    /** Bugs are the issues of the {@link BugTypes#DEFAULT default bug types}. */
    public ReleaseCalculator(Predicate<String> done) {
        this(done, BugTypes.DEFAULT);
    }

    public ReleaseCalculator(Predicate<String> done, BugTypes bugs) {
        this.done = requirePresent(done, "release.done");
        this.bugs = requirePresent(bugs, "release.bugTypes");
    }

    /** Every released version the issues name, by release date then name. */
    public List<ReleaseSummary> releases(Collection<IssueSnapshot> issues) {
        Map<String, Accumulator> byId = new LinkedHashMap<>();
        for (IssueSnapshot issue : issues) {
            boolean bug = bugs.includes(issue.type());
            boolean counted = !issue.isSubtask() && done.test(issue.status().id());
            if (!bug && !counted) {
                continue;
            }
            for (FixVersion version : issue.fixVersions()) {
                if (!version.released()) {
                    continue;
                }
                Accumulator accumulator = byId.computeIfAbsent(version.id(), id -> new Accumulator(version));
                if (bug) {
                    accumulator.bugKeys.add(issue.key());
                }
                if (counted) {
                    accumulator.doneKeys.add(issue.key());
                    accumulator.donePoints += issue.storyPoints() == null ? 0 : issue.storyPoints();
                }
            }
        }
        return sorted(byId);
    }

    /** {@link #releases(Collection)} over issues in columns: the same summaries, without walking the snapshots. */
    public List<ReleaseSummary> releases(IssueColumns issues) {
        Map<String, Accumulator> byId = new LinkedHashMap<>();
        boolean[] selected = issues.select(done);
        Map<IssueType, Boolean> bugByType = new HashMap<>();
        IssueType lastType = null;
        boolean lastBug = false;
        for (int i = 0, n = issues.size(); i < n; i++) {
            IssueType type = issues.type(i);
            // Issues share their type objects: most lookups are the last type again.
            if (type != lastType) {
                lastBug = bugByType.computeIfAbsent(type, bugs::includes);
                lastType = type;
            }
            boolean bug = lastBug;
            boolean counted = !issues.isSubtask(i) && selected[issues.statusIdOf(issues.currentStatus(i))];
            if (!bug && !counted) {
                continue;
            }
            for (int v = issues.versionStart(i), end = issues.versionEnd(i); v < end; v++) {
                FixVersion version = issues.version(v);
                if (!version.released()) {
                    continue;
                }
                Accumulator accumulator = byId.computeIfAbsent(version.id(), id -> new Accumulator(version));
                if (bug) {
                    accumulator.bugKeys.add(issues.key(i));
                }
                if (counted) {
                    accumulator.doneKeys.add(issues.key(i));
                    double points = issues.storyPoints(i);
                    accumulator.donePoints += Double.isNaN(points) ? 0 : points;
                }
            }
        }
        return sorted(byId);
    }

    private static List<ReleaseSummary> sorted(Map<String, Accumulator> byId) {
        List<ReleaseSummary> summaries = new ArrayList<>(byId.size());
        for (Accumulator accumulator : byId.values()) {
            summaries.add(new ReleaseSummary(accumulator.version, accumulator.bugKeys, accumulator.doneKeys,
                    accumulator.donePoints));
        }
        summaries.sort(Comparator.comparing((ReleaseSummary summary) -> summary.version().releaseDate(),
                Comparator.nullsLast(Comparator.naturalOrder())).thenComparing(summary -> summary.version().name()));
        return summaries;
    }

    /** Mean bugs per version released in {@code period} (release dates read in {@code zone}). */
    public static KpiValue bugsPerRelease(List<ReleaseSummary> releases, KpiPeriod period, ZoneId zone) {
        return meanOver(releases, period, zone, summary -> summary.bugKeys().size(), KpiUnit.ISSUES);
    }

    /** Mean done story points per version released in {@code period} (release dates read in {@code zone}). */
    public static KpiValue velocityPerRelease(List<ReleaseSummary> releases, KpiPeriod period, ZoneId zone) {
        return meanOver(releases, period, zone, ReleaseSummary::donePoints, KpiUnit.STORY_POINTS);
    }

    private static KpiValue meanOver(List<ReleaseSummary> releases, KpiPeriod period, ZoneId zone,
                                     ToDoubleFunction<ReleaseSummary> measure, KpiUnit unit) {
        double sum = 0;
        int count = 0;
        for (ReleaseSummary summary : releases) {
            if (summary.version().releaseDate() == null) {
                continue;
            }
            Instant released = summary.version().releaseDate().atStartOfDay(zone).toInstant();
            if (period.contains(released)) {
                sum += measure.applyAsDouble(summary);
                count++;
            }
        }
        if (count == 0) {
            return KpiValue.notApplicable("no version released in " + period.key());
        }
        return KpiValue.of(sum / count, unit, count);
    }

    private static final class Accumulator {
        final FixVersion version;
        final List<String> bugKeys = new ArrayList<>();
        final List<String> doneKeys = new ArrayList<>();
        double donePoints;

        Accumulator(FixVersion version) {
            this.version = version;
        }
    }
}
