package io.lodestar.jira.rest;

import io.lodestar.core.okr.BandTime;
import io.lodestar.core.okr.CheckIn;
import io.lodestar.core.okr.Cycle;
import io.lodestar.core.okr.Finding;
import io.lodestar.core.okr.Forecast;
import io.lodestar.core.okr.KeyResult;
import io.lodestar.core.okr.KpiScale;
import io.lodestar.core.okr.Measure;
import io.lodestar.core.okr.NumberFormat;
import io.lodestar.core.okr.Objective;
import io.lodestar.core.okr.OkrTree;
import io.lodestar.core.okr.Score;
import io.lodestar.core.okr.ScoreHistory;
import io.lodestar.core.okr.ScoredKeyResult;
import io.lodestar.core.okr.ScoredObjective;
import io.lodestar.core.okr.WorkBasis;
import io.lodestar.core.okr.WorkProgress;
import io.lodestar.jira.app.KpiCard;
import io.lodestar.jira.app.OkrAccess;
import io.lodestar.jira.app.OkrReader;
import io.lodestar.jira.app.OkrReader.CycleView;
import io.lodestar.jira.host.IssueCard;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

/**
 * Maps core's scored OKRs to the JSON documents of {@link OkrJson}. Scores stay raw ({@code score})
 * next to their display text ({@code scoreText}, two decimals rounded down so it never reads above its band); {@code canEdit} tells the page which
 * controls to show, the server checking again on every change.
 */
public final class OkrViews {

    private final OkrAccess access;
    private final Clock clock;

    public OkrViews(OkrAccess access, Clock clock) {
        this.access = access;
        this.clock = clock;
    }

    /** An access check for one request, remembering project-administration answers while a tree is mapped. */
    OkrAccess requestAccess() {
        return access.forRequest();
    }

    /** Today in the host's time zone: the day that decides the current cycle. */
    LocalDate today() {
        return LocalDate.now(clock);
    }

    OkrJson.Cycle cycle(Cycle cycle) {
        double elapsed = cycle.closed() ? 1.0 : cycle.elapsedFraction(clock);
        return new OkrJson.Cycle(cycle.id(), cycle.version(), cycle.name(), cycle.kind().name(), cycle.start().toString(),
                cycle.end().toString(), cycle.closed(), elapsed);
    }

    OkrJson.Tree tree(CycleView view) {
        OkrAccess checks = requestAccess();
        List<OkrJson.ObjectiveNode> roots = view.tree().roots().stream().map(o -> objective(view, o, checks)).toList();
        return new OkrJson.Tree(cycle(view.tree().cycle()), roots);
    }

    OkrJson.ObjectiveNode objective(CycleView view, ScoredObjective scored) {
        return objective(view, scored, requestAccess());
    }

    private OkrJson.ObjectiveNode objective(CycleView view, ScoredObjective scored, OkrAccess checks) {
        Objective objective = scored.objective();
        boolean canEdit = !view.tree().cycle().closed() && checks.canEdit(objective);
        List<OkrJson.KeyResultNode> keyResults = scored.keyResults().stream()
                .map(kr -> keyResult(kr, view.linksOf(kr.keyResult().id()), canEdit,
                        view.hiddenLinksOf(kr.keyResult().id()), view.kpiOf(kr)))
                .toList();
        int hiddenIssues = keyResults.stream().mapToInt(OkrJson.KeyResultNode::hiddenIssues).sum();
        List<OkrJson.ObjectiveNode> children = view.tree().childrenOf(objective.id()).stream()
                .map(child -> objective(view, child, checks))
                .toList();
        return new OkrJson.ObjectiveNode(objective.id(), objective.version(), objective.cycleId(), objective.title(),
                objective.description(), objective.owner(), access.displayName(objective.owner()),
                objective.level().name(), objective.team(), objective.state().name(), objective.parentId(),
                scored.score().map(Score::value).orElse(null), scored.score().map(Score::display).orElse(null),
                scored.score().map(s -> s.band().name()).orElse(null), scored.status().map(Enum::name).orElse(null),
                view.tree().elapsedFraction(), objective.finalScore(), canEdit, keyResults, children, hiddenIssues,
                objective.rollUp());
    }

    /** The key results the user is due to check in this week, as {@code GET /key-results/due-check-ins} answers. */
    List<OkrJson.DueCheckIn> dueCheckIns(List<io.lodestar.jira.app.OkrReader.DueEntry> entries) {
        OkrAccess checks = requestAccess();
        java.time.Instant now = clock.instant();
        return entries.stream().map(entry -> {
            Objective objective = entry.objective().objective();
            ScoredKeyResult kr = entry.keyResult();
            long id = kr.keyResult().id();
            OkrJson.KeyResultNode node = keyResult(kr, entry.view().linksOf(id), checks.canEdit(objective),
                    entry.view().hiddenLinksOf(id), entry.view().kpiOf(kr));
            return new OkrJson.DueCheckIn(node, new OkrJson.ObjectiveRef(objective.id(), objective.title(),
                    objective.cycleId(), objective.team()), cycle(entry.view().tree().cycle()), entry.dueAt().toString(),
                    entry.dueAt().isBefore(now));
        }).toList();
    }

    /** A key result without its hidden-issue count and KPI (the issue panel's view). */
    OkrJson.KeyResultNode keyResult(ScoredKeyResult scored, List<IssueCard> links, boolean canEdit) {
        return keyResult(scored, links, canEdit, 0, null);
    }

    /**
     * @param hiddenIssues how many directly linked issues the user may not browse (not counted in progress)
     * @param kpi          the KPI of a KPI-backed key result, or null
     */
    OkrJson.KeyResultNode keyResult(ScoredKeyResult scored, List<IssueCard> links, boolean canEdit, int hiddenIssues,
                                    KpiCard kpi) {
        KeyResult keyResult = scored.keyResult();
        Measure measure = keyResult.measure();
        String format = null;
        String unit = null;
        Double start = null;
        Double target = null;
        String basis = null;
        Long kpiId = null;
        if (measure instanceof Measure.Numeric numeric) {
            format = numeric.format().name();
            unit = numeric.unit();
            start = numeric.start();
            target = numeric.target();
        } else if (measure instanceof Measure.LinkedWork work) {
            basis = work.basis().name();
        } else if (measure instanceof Measure.KpiBacked backed) {
            unit = backed.unit();
            start = backed.start();
            target = backed.target();
            kpiId = backed.kpiId();
            format = KpiScale.PERCENT_UNIT.equals(unit) ? NumberFormat.PERCENT.name() : NumberFormat.NUMBER.name();
        } else if (measure instanceof Measure.WithinBand band) {
            unit = band.unit();
            start = band.minimum();
            target = band.maximum();
        } else if (measure instanceof Measure.FromQuery fromQuery) {
            unit = fromQuery.unit();
            start = fromQuery.start();
            target = fromQuery.target();
            format = fromQuery.aggregate() == io.lodestar.core.okr.QueryAggregate.SHARE_DONE
                    ? NumberFormat.PERCENT.name() : NumberFormat.NUMBER.name();
        }
        OkrJson.Query query = null;
        if (measure instanceof Measure.FromQuery fromQuery) {
            io.lodestar.core.okr.QueryCount found = scored.measurement().query();
            query = found == null
                    ? new OkrJson.Query(fromQuery.jql(), fromQuery.aggregate().name(), fromQuery.field(), 0, 0, 0, 0,
                            scored.measurement().gap())
                    : new OkrJson.Query(fromQuery.jql(), fromQuery.aggregate().name(), fromQuery.field(), found.visible(),
                            found.done(), found.sum(), found.hidden(), found.problem());
            hiddenIssues = found == null ? 0 : found.hidden();
        }
        OkrJson.Within within = null;
        if (measure instanceof Measure.WithinBand band && scored.measurement().bandTime() != null) {
            BandTime time = scored.measurement().bandTime();
            within = new OkrJson.Within(band.minimum(), band.maximum(), time.inside().getSeconds(),
                    time.observed().getSeconds(), time.share());
        }
        Forecast projected = scored.forecast();
        OkrJson.Forecast forecast = new OkrJson.Forecast(
                projected.available() ? projected.value() : null,
                scored.forecastScore().map(Score::value).orElse(null),
                projected.reason(), projected.missing() == null ? null : projected.missing().name(),
                projected.reach() == null ? null : projected.reach().name(),
                projected.targetDate() == null ? null
                        : LocalDate.ofInstant(projected.targetDate(), clock.getZone()).toString());
        Score score = scored.score();
        WorkProgress work = measure instanceof Measure.LinkedWork ? scored.measurement().work() : null;
        return new OkrJson.KeyResultNode(keyResult.id(), keyResult.version(), keyResult.objectiveId(), keyResult.title(),
                keyResult.owner(), access.displayName(keyResult.owner()), keyResult.weight(), keyResult.kind().name(),
                format, unit, start, target, basis, kpiId, scored.measurement().current(), score.value(), score.display(),
                score.band().name(), scored.status().name(), scored.measurement().gap(), scored.checkInDue(), forecast,
                scored.latestCheckIn() == null ? null : checkIn(scored.latestCheckIn()),
                links.stream().map(card -> linkedIssue(card, work == null ? null : work.basis())).toList(),
                totals(work), canEdit, hiddenIssues, kpi == null ? null
                        : new OkrJson.Kpi(kpi.id(), kpi.name(), kpi.team(), kpi.current(), kpi.unit(), kpi.valuesHidden()),
                within, query);
    }

    OkrJson.Activity activity(OkrReader.ActivityLog log) {
        List<OkrJson.ActivityEntry> entries = log.entries().stream().map(entry -> {
            boolean aboutIssue = entry.issueId().isPresent();
            String issueKey = log.issueOf(entry).map(IssueCard::key).orElse(null);
            return new OkrJson.ActivityEntry(entry.id(), entry.kind().name(), entry.keyResultId(), entry.actor(),
                    CheckIn.LODESTAR.equals(entry.actor()) ? null : access.displayName(entry.actor()),
                    entry.at().toString(), entry.subject(),
                    aboutIssue ? List.of() : entry.details(), issueKey, aboutIssue && issueKey == null);
        }).toList();
        return new OkrJson.Activity(log.objective().id(), entries, log.hiddenIssues());
    }

    OkrJson.History history(ScoreHistory history) {
        return new OkrJson.History(history.objectiveId(), history.points().stream()
                .map(p -> new OkrJson.HistoryPoint(p.at().toString(), p.score().map(Score::value).orElse(null),
                        p.score().map(Score::display).orElse(null), p.score().map(s -> s.band().name()).orElse(null)))
                .toList());
    }

    /** The tree as {@link OkrCsv}, with owners by name as the page shows them. */
    String csv(OkrTree tree) {
        return OkrCsv.write(tree, access::displayName);
    }

    OkrJson.CheckIn checkIn(CheckIn checkIn) {
        return new OkrJson.CheckIn(checkIn.id(), checkIn.keyResultId(), checkIn.value(),
                checkIn.confidence() == null ? null : checkIn.confidence().name(), checkIn.note(), checkIn.author(),
                checkIn.automatic() ? null : access.displayName(checkIn.author()), checkIn.at().toString(),
                checkIn.automatic(), checkIn.kpiPeriod());
    }

    OkrJson.LinkedIssue linkedIssue(IssueCard card) {
        return linkedIssue(card, null);
    }

    /**
     * A linked issue with, for a linked-work key result, its share of the work on the key result's basis
     * ({@code progress}): counted by the same rule as the key result's total, so an epic row and the total
     * read in the same unit (story points, or issues).
     */
    OkrJson.LinkedIssue linkedIssue(IssueCard card, WorkBasis basis) {
        OkrJson.Count children = card.epic() ? new OkrJson.Count(card.doneChildren(), card.children().size()) : null;
        OkrJson.Count progress = basis == null ? null : totals(WorkProgress.of(basis, List.of(card.toLinkedIssue())));
        return new OkrJson.LinkedIssue(card.issueId(), card.key(), card.summary(), card.status(), card.statusCategory(),
                card.done(), card.epic(), card.storyPoints(), children, progress);
    }

    OkrJson.Finding finding(Finding finding) {
        String subject = finding.subject();
        Long objectiveId = subject.startsWith("objective:") ? Long.valueOf(subject.substring("objective:".length())) : null;
        Long keyResultId = subject.startsWith("keyResult:") ? Long.valueOf(subject.substring("keyResult:".length())) : null;
        String team = subject.startsWith("team:") ? subject.substring("team:".length()) : null;
        return new OkrJson.Finding(finding.severity().name(), finding.rule().name(), finding.message(), objectiveId,
                keyResultId, team);
    }

    private static OkrJson.Count totals(WorkProgress work) {
        if (work == null) {
            return null;
        }
        return work.basis() == WorkBasis.STORY_POINTS
                ? new OkrJson.Count(work.donePoints(), work.totalPoints())
                : new OkrJson.Count(work.doneIssues(), work.totalIssues());
    }
}
