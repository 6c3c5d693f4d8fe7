package io.lodestar.jira.rest;

import com.atlassian.plugins.rest.api.security.annotation.LicensedOnly;
import io.lodestar.core.common.InvalidInputException;
import io.lodestar.core.common.NotFoundException;
import io.lodestar.core.kpi.Distribution;
import io.lodestar.core.kpi.Frequency;
import io.lodestar.core.kpi.KpiDefinition;
import io.lodestar.core.kpi.KpiParameter;
import io.lodestar.core.kpi.KpiType;
import io.lodestar.core.kpi.KpiMeasurement;
import io.lodestar.core.kpi.KpiValue;
import io.lodestar.core.kpi.delivery.DeliveryOutcome;
import io.lodestar.core.kpi.delivery.OnTimeDeliveryReport;
import io.lodestar.core.kpi.flow.FlowTime;
import io.lodestar.core.kpi.flow.FlowTimes;
import io.lodestar.core.kpi.flow.IssueTimeInStatus;
import io.lodestar.core.kpi.flow.StatusTime;
import io.lodestar.core.kpi.flow.StatusTotal;
import io.lodestar.core.kpi.flow.TimeInStatusReport;
import io.lodestar.core.kpi.release.ReleaseSummary;
import io.lodestar.core.kpi.throughput.PeriodThroughput;
import io.lodestar.core.kpi.throughput.WorkInProgress;
import java.time.LocalDate;
import java.time.ZoneId;
import io.lodestar.core.kpi.sprint.ScopeChange;
import io.lodestar.core.kpi.sprint.SprintIssue;
import io.lodestar.core.kpi.sprint.SprintReport;
import io.lodestar.core.kpi.sprint.VelocityCalculator;
import io.lodestar.core.kpi.KpiDataSource;
import io.lodestar.core.okr.KpiBridgeService;
import io.lodestar.core.okr.KpiProposal;
import io.lodestar.core.okr.Measure;
import io.lodestar.jira.app.KpiActions;
import io.lodestar.jira.app.KpiObjectives;
import io.lodestar.jira.app.KpiPageReader;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import javax.inject.Inject;
import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;

/**
 * {@code /kpi-page}: what the KPI page shows, under its rule of who sees what ({@link KpiPageReader}): the
 * scorecard of a team from stored values, one KPI with its history, and a per-sprint KPI's velocity chart and
 * sprint reports computed from the issues the viewer may browse.
 */
@LicensedOnly
@Path("kpi-page")
@Produces(MediaType.APPLICATION_JSON)
public final class KpiPageResource {

    /** Sparkline length when the page does not ask: the last 8 periods (two months of weeks, four months of sprints). */
    static final int DEFAULT_PERIODS = 8;
    /** Jira's velocity chart shows the last 7 closed sprints. */
    static final int DEFAULT_SPRINTS = 7;
    /** A quarter of weeks: enough to see a pace, few enough for bars to read. */
    static final int DEFAULT_WEEKS = 12;
    /** A month of days for the WIP line. */
    static final int DEFAULT_DAYS = 30;
    static final int DEFAULT_VERSIONS = 10;
    /** The last resolved issues whose time in status is drawn, one stacked bar each. */
    static final int DEFAULT_ISSUES = 20;
    private static final int MAX_COUNT = 1000;

    private final KpiPageReader reader;
    private final KpiActions kpis;
    private final KpiObjectives objectives;

    @Inject
    public KpiPageResource(KpiPageReader reader, KpiActions kpis, KpiObjectives objectives) {
        this.reader = reader;
        this.kpis = kpis;
        this.objectives = objectives;
    }

    /** {@code ?team=KEY} (blank: all teams), {@code ?periods=N} the history kept per KPI (default 8). */
    @GET
    @Path("scorecard")
    public KpiPageJson.Scorecard scorecard(@QueryParam("team") String team, @QueryParam("periods") String periods) {
        String teamKey = Inputs.text(team, "team", Inputs.SHORT);
        int count = count(periods, "periods", DEFAULT_PERIODS);
        return new KpiPageJson.Scorecard(KpiDefinition.teamKey(teamKey),
                reader.scorecard(teamKey).stream().map(kpi -> kpi(kpi, count)).toList());
    }

    /** The KPI catalog the sheet editor offers, in the catalog's order (no user data, so no permission needed). */
    @GET
    @Path("catalog")
    public List<KpiPageJson.CatalogEntry> catalog() {
        return Arrays.stream(KpiType.values()).map(type -> new KpiPageJson.CatalogEntry(type.name(), type.unit().name(),
                Arrays.stream(Frequency.values()).filter(type.frequencies()::contains).map(Enum::name).toList(),
                type.parameters().stream().map(KpiParameter::name).toList())).toList();
    }

    /** One KPI with its whole recorded history (or the last {@code ?periods=N}). */
    @GET
    @Path("kpis/{id: [0-9]+}")
    public KpiPageJson.Kpi kpi(@PathParam("id") long id, @QueryParam("periods") String periods) {
        return kpi(reader.kpi(id), count(periods, "periods", MAX_COUNT));
    }

    /** The last {@code ?sprints=N} (default 7) closed sprints, oldest first, and their average completed points. */
    @GET
    @Path("kpis/{id: [0-9]+}/velocity")
    public KpiPageJson.Velocity velocity(@PathParam("id") long id, @QueryParam("sprints") String sprints) {
        int count = count(sprints, "sprints", DEFAULT_SPRINTS);
        List<SprintReport> reports = reader.sprints(id).value();
        List<SprintReport> last = reports.subList(Math.max(0, reports.size() - count), reports.size());
        KpiValue average = last.isEmpty() ? KpiValue.notApplicable("no closed sprint")
                : VelocityCalculator.averageVelocity(last, last.size());
        return new KpiPageJson.Velocity(id, last.size(), average.isApplicable() ? average.value() : null,
                last.stream().map(KpiPageResource::sprint).toList(), reader.sprintsAvailable());
    }

    /** The sprint report of one closed sprint: every issue that was in it, with its outcome and estimates. */
    @GET
    @Path("kpis/{id: [0-9]+}/sprints/{sprintId: [0-9]+}")
    public KpiPageJson.SprintReport sprintReport(@PathParam("id") long id, @PathParam("sprintId") long sprintId) {
        KpiPageReader.Read<List<SprintReport>> read = reader.sprints(id);
        SprintReport report = read.value().stream().filter(r -> r.sprint().id() == sprintId).findFirst()
                .orElseThrow(() -> new NotFoundException("sprint", sprintId));
        LocalDate firstDay = LocalDate.ofInstant(report.sprint().startDate().toInstant(), read.definition().zone());
        return new KpiPageJson.SprintReport(sprint(report), report.issues().stream()
                .map(issue -> issue(issue, firstDay, read.definition().zone())).toList());
    }

    /**
     * A control chart of a resolution, lead or cycle time KPI: every finished issue (its completion and its time in
     * days), oldest completion first, with the median and the 85th and 95th percentiles of those times.
     */
    @GET
    @Path("kpis/{id: [0-9]+}/control-chart")
    public KpiPageJson.ControlChart controlChart(@PathParam("id") long id) {
        FlowTimes times = reader.flowTimes(id);
        List<KpiPageJson.ControlPoint> points = times.perIssue().stream()
                .sorted(Comparator.comparing((FlowTime time) -> time.end().toInstant()).thenComparing(FlowTime::issueKey))
                .map(time -> new KpiPageJson.ControlPoint(time.issueKey(), date(time.start()), date(time.end()), time.days()))
                .toList();
        Distribution distribution = times.times();
        KpiValue median = distribution.median();
        return new KpiPageJson.ControlChart(id, points.size(),
                median.isApplicable() ? median.value() : null, applicable(distribution.percentile85()),
                applicable(distribution.percentile95()), median.notApplicableReason().orElse(null), points);
    }

    /**
     * "Draft an objective" from a red KPI: a DRAFT team objective in the cycle, owned by the caller, with a key result
     * that takes the KPI from its latest value to its target.
     */
    @POST
    @Path("kpis/{id: [0-9]+}/draft-objective")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response draftObjective(@PathParam("id") long id, KpiPageJson.DraftRequest body) {
        KpiBridgeService.Drafted drafted = objectives.draftFromRedKpi(id, body == null ? null : body.cycleId());
        Measure.KpiBacked measure = (Measure.KpiBacked) drafted.keyResult().measure();
        return Response.status(Response.Status.CREATED).entity(new KpiPageJson.Drafted(drafted.objective().id(),
                drafted.objective().cycleId(), drafted.objective().title(), drafted.objective().team(),
                drafted.keyResult().id(), drafted.keyResult().title(), measure.start(), measure.target())).build();
    }

    /**
     * "Keep it as a KPI" from a key result that reached its target: a KPI owned by the caller, of the objective's team,
     * whose goal holds the key result's target. The caller and the key result are checked before the body is read;
     * the KPI is then created as {@code POST /kpis} creates one (a JQL source is parsed), all in one transaction.
     */
    @POST
    @Path("key-results/{id: [0-9]+}/keep-as-kpi")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response keepAsKpi(@PathParam("id") long id, KpiPageJson.KeepRequest body) {
        return kpis.atomically(() -> {
            String user = kpis.requireUser();
            KpiProposal proposal = objectives.proposeToKeep(id);
            Inputs.required(body, "kpi");
            KpiType type = Inputs.requiredEnum(KpiType.class, body.type(), "kpi.type");
            KpiDataSource source = body.source() == null ? null : new KpiDataSource(
                    Inputs.requiredEnum(KpiDataSource.Kind.class, body.source().kind(), "kpi.source.kind"),
                    Inputs.text(body.source().value(), "kpi.source.value", Inputs.LONG));
            Frequency frequency = Inputs.requiredEnum(Frequency.class, body.frequency(), "kpi.frequency");
            double threshold = Inputs.number(Inputs.required(body.alertThreshold(), "kpi.alertThreshold"), "kpi.alertThreshold");
            KpiDefinition kept = KpiObjectives.keptKpi(proposal, type, source, frequency, threshold, user);
            return Response.status(Response.Status.CREATED).entity(KpiViews.node(kpis.create(kept), kpis)).build();
        });
    }

    /**
     * The issues behind an on-time delivery KPI: every resolved issue that had a deadline, oldest resolution first,
     * with the deadline, where it came from and the days late, and the counts of the whole source.
     */
    @GET
    @Path("kpis/{id: [0-9]+}/deliveries")
    public KpiPageJson.Deliveries deliveries(@PathParam("id") long id) {
        OnTimeDeliveryReport report = reader.deliveries(id);
        List<KpiPageJson.Delivery> issues = report.outcomes().stream()
                .sorted(Comparator.comparing((DeliveryOutcome outcome) -> outcome.resolved().toInstant())
                        .thenComparing(DeliveryOutcome::issueKey))
                .map(outcome -> new KpiPageJson.Delivery(outcome.issueKey(), outcome.deadline().date().toString(),
                        outcome.deadline().source().name(), date(outcome.resolved()), outcome.delayDays(), outcome.onTime()))
                .toList();
        return new KpiPageJson.Deliveries(id, report.onTime(), report.late(), report.withoutDeadline(), report.unresolved(),
                applicable(report.rate()), issues);
    }

    /** The issues done in each of the last {@code ?weeks=N} (default 12) complete weeks, oldest first. */
    @GET
    @Path("kpis/{id: [0-9]+}/throughput")
    public KpiPageJson.Throughput throughput(@PathParam("id") long id, @QueryParam("weeks") String weeks) {
        int count = count(weeks, "weeks", DEFAULT_WEEKS);
        KpiPageReader.Read<List<PeriodThroughput>> read = reader.throughput(id, count);
        return new KpiPageJson.Throughput(id, read.definition().formula().type().unit().name(), read.value().stream()
                .map(week -> new KpiPageJson.ThroughputWeek(week.period().key(), week.period().start().toString(),
                        week.period().end().toString(), week.issues(), week.points(), week.doneKeys()))
                .toList());
    }

    /** The work in progress at the end of each of the last {@code ?days=N} (default 30) complete days, oldest first. */
    @GET
    @Path("kpis/{id: [0-9]+}/wip")
    public KpiPageJson.WorkInProgress workInProgress(@PathParam("id") long id, @QueryParam("days") String days) {
        int count = count(days, "days", DEFAULT_DAYS);
        KpiPageReader.Read<List<WorkInProgress>> read = reader.workInProgress(id, count);
        ZoneId zone = read.definition().zone();
        return new KpiPageJson.WorkInProgress(id, read.value().stream().map(wip -> new KpiPageJson.WipDay(
                LocalDate.ofInstant(wip.at(), zone).toString(), wip.at().toString(), wip.count(), wip.keys())).toList());
    }

    /** The last {@code ?versions=N} (default 10) released versions with their bugs and done issues, by release date. */
    @GET
    @Path("kpis/{id: [0-9]+}/releases")
    public KpiPageJson.Releases releases(@PathParam("id") long id, @QueryParam("versions") String versions) {
        int count = count(versions, "versions", DEFAULT_VERSIONS);
        KpiPageReader.Read<List<ReleaseSummary>> read = reader.releases(id, count);
        return new KpiPageJson.Releases(id, read.definition().formula().type().name(), read.value().stream()
                .map(release -> new KpiPageJson.Release(release.version().id(), release.version().name(),
                        release.version().releaseDateIfAny().map(LocalDate::toString).orElse(null),
                        release.bugKeys().size(), release.bugKeys(), release.doneKeys().size(), release.donePoints(),
                        release.doneKeys()))
                .toList());
    }

    /**
     * Time in status of the last {@code ?issues=N} (default 20) resolved issues: one stacked bar per issue, one
     * segment per status, and per status the totals of those issues.
     */
    @GET
    @Path("kpis/{id: [0-9]+}/time-in-status")
    public KpiPageJson.TimeInStatus timeInStatus(@PathParam("id") long id, @QueryParam("issues") String issues) {
        int count = count(issues, "issues", DEFAULT_ISSUES);
        KpiPageReader.TimeInStatus measured = reader.timeInStatus(id, count);
        TimeInStatusReport report = measured.report();
        List<KpiPageJson.StatusColumn> statuses = report.totals().stream().map((StatusTotal total) ->
                new KpiPageJson.StatusColumn(total.statusId(), total.statusName(), measured.measured().test(total.statusId()),
                        total.issues(), total.totalDays(), applicable(total.meanDaysPerIssue()))).toList();
        List<KpiPageJson.IssueStatuses> perIssue = report.perIssue().stream().map((IssueTimeInStatus issue) ->
                new KpiPageJson.IssueStatuses(issue.issueKey(), date(issue.until()),
                        issue.statuses().stream().filter(time -> measured.measured().test(time.statusId()))
                                .mapToDouble(StatusTime::days).sum(),
                        issue.statuses().stream().map(time -> new KpiPageJson.StatusDays(time.statusId(),
                                time.statusName(), time.timesEntered(), time.days())).toList()))
                .toList();
        return new KpiPageJson.TimeInStatus(id, statuses, perIssue, report.notMeasured());
    }

    private static Double applicable(KpiValue value) {
        return value.isApplicable() ? value.value() : null;
    }

    private KpiPageJson.Kpi kpi(KpiPageReader.VisibleKpi visible, int periods) {
        KpiDefinition definition = visible.definition();
        String unit = definition.formula().type().unit().name();
        if (!visible.valuesVisible()) {
            return new KpiPageJson.Kpi(definition.id(), definition.version(), definition.name(),
                    definition.formula().type().name(), unit, definition.team(), definition.owner(),
                    kpis.displayName(definition.owner()), definition.frequency().name(), false, null, null, null, null, null,
                    null,
                    null, null, null, null, null, null, null, null, null, null, null, List.of(), List.of(), false);
        }
        KpiJson.Node node = KpiViews.node(visible.record(), kpis);
        List<KpiMeasurement> values = visible.measurements();
        List<KpiMeasurement> shown = values.subList(Math.max(0, values.size() - periods), values.size());
        String lastMeasured = values.isEmpty() ? null : values.get(values.size() - 1).recordedAt().toString();
        return new KpiPageJson.Kpi(node.id(), node.version(), node.name(), node.type(), node.current().unit(),
                node.team(), node.owner(), node.ownerName(), node.frequency(), true, node.description(), node.parameters(),
                node.zone(), node.source(),
                node.kind(), node.direction(), node.target(), node.alertThreshold(), node.min(), node.max(),
                node.actionIfAlert(), node.leading(), node.current(), node.rating(), node.trend(), node.alert(),
                lastMeasured, shown.stream().map(m -> KpiViews.value(m, definition.goal())).toList(),
                visible.keyResults().stream().map(kr -> {
                    Measure.KpiBacked measure = (Measure.KpiBacked) kr.measure();
                    return new KpiPageJson.BackedKeyResult(kr.id(), kr.objectiveId(), kr.title(), measure.start(),
                            measure.target());
                }).toList(), node.canEdit());
    }

    private static KpiPageJson.Sprint sprint(SprintReport report) {
        KpiValue sayDo = report.sayDoRatio();
        ScopeChange change = report.scopeChange();
        return new KpiPageJson.Sprint(report.sprint().id(), report.sprint().name(), date(report.sprint().startDate()),
                date(report.sprint().endDate()), date(report.sprint().completeDate()), report.commitment(),
                report.completed(), sayDo.isApplicable() ? sayDo.value() : null, sayDo.notApplicableReason().orElse(null),
                new KpiPageJson.ScopeChange(change.addedPoints(), change.addedIssues(), change.removedPoints(),
                        change.removedIssues(), change.reestimatedPoints()));
    }

    private static KpiPageJson.SprintIssue issue(SprintIssue issue, LocalDate firstDay, ZoneId zone) {
        return new KpiPageJson.SprintIssue(issue.key(), issue.outcome().name(), issue.addedDuringSprint(),
                issue.estimateAtStart(), issue.estimateAtClose(), issue.commitmentPoints(), issue.completedPoints(),
                instant(issue.addedAt()), sprintDay(issue.addedAt(), firstDay, zone), instant(issue.removedAt()),
                sprintDay(issue.removedAt(), firstDay, zone));
    }

    /** Day N of the sprint: day 1 is the day it started on, in the KPI's zone; null when there is no instant. */
    static Integer sprintDay(Instant at, LocalDate firstDay, ZoneId zone) {
        return at == null ? null : Math.toIntExact(ChronoUnit.DAYS.between(firstDay, LocalDate.ofInstant(at, zone)) + 1);
    }

    private static String instant(Instant at) {
        return at == null ? null : at.toString();
    }

    private static String date(OffsetDateTime instant) {
        return instant == null ? null : instant.toInstant().toString();
    }

    static int count(String raw, String field, int defaultCount) {
        if (raw == null || raw.isBlank()) {
            return defaultCount;
        }
        long count = Inputs.wholeNumber(raw, field);
        InvalidInputException.require(count > 0 && count <= MAX_COUNT, field, "must be between 1 and " + MAX_COUNT);
        return (int) count;
    }
}
