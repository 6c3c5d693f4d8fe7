package io.lodestar.jira.rest;

import java.util.List;
import java.util.Map;

/**
 * The JSON documents of the KPI page's API ({@code /kpi-page}, docs/rest-api.md "KPI page"); see {@link OkrJson}
 * for the conventions. A KPI whose values the viewer may not see has {@code visible} false and only its name,
 * type, unit, team, owner and frequency: every other field is null and {@code history} is empty.
 */
public final class KpiPageJson {

    private KpiPageJson() {
    }

    public record Scorecard(String team, List<Kpi> kpis) {
    }

    public record Kpi(long id, long version, String name, String type, String unit, String team, String owner,
                      String ownerName, String frequency, boolean visible, String description,
                      Map<String, String> parameters, String zone,
                      KpiJson.Source source, String kind, String direction, Double target, Double alertThreshold,
                      Double min, Double max, String actionIfAlert, Boolean leading, KpiJson.Current current,
                      String rating, KpiJson.Trend trend, Boolean alert, String lastMeasured,
                      List<KpiJson.Value> history, List<BackedKeyResult> keyResults, boolean canEdit) {
    }

    /** A key result a KPI backs: its title, and its objective for a link to the OKR page. */
    public record BackedKeyResult(long id, long objectiveId, String title, double start, double target) {
    }

    /** {@code jiraSoftware} is false when Jira has no Jira Software (no sprints at all); {@code sprints} is then empty. */
    public record Velocity(long kpiId, int sprintCount, Double averageCompleted, List<Sprint> sprints, boolean jiraSoftware) {
    }

    public record Sprint(long sprintId, String sprint, String start, String end, String completeDate,
                         double commitment, double completed, Double sayDo, String reason, ScopeChange scopeChange) {
    }

    public record ScopeChange(double addedPoints, int addedIssues, double removedPoints, int removedIssues,
                              double reestimatedPoints) {
    }

    public record SprintReport(Sprint sprint, List<SprintIssue> issues) {
    }

    /**
     * One issue of a sprint report; {@code addedDay} and {@code removedDay} are the day of the sprint (day 1 = the day
     * it started, in the KPI's zone) it was added or removed on, null when it was not.
     */
    public record SprintIssue(String key, String outcome, boolean addedDuringSprint, Double estimateAtStart,
                              Double estimateAtClose, double commitmentPoints, double completedPoints, String addedAt,
                              Integer addedDay, String removedAt, Integer removedDay) {
    }

    public record ControlChart(long kpiId, int count, Double median, Double percentile85,
                               Double percentile95, String reason, List<ControlPoint> points) {
    }

    public record ControlPoint(String key, String start, String end, double days) {
    }

    /** One type of the KPI catalog: its unit, the frequencies it may be measured at and its parameters' names. */
    public record CatalogEntry(String type, String unit, List<String> frequencies, List<String> parameters) {
    }

    public record DraftRequest(Long cycleId) {
    }

    /**
     * "Keep it as a KPI": the KPI's type, its data source (absent: the objective's team's project), its frequency,
     * and its alert threshold on the key result's scale (in percent for a ratio KPI, as the key result).
     */
    public record KeepRequest(String type, KpiJson.Source source, String frequency, Double alertThreshold) {
    }

    /** The draft objective made from a red KPI, and its KPI-backed key result. */
    public record Drafted(long objectiveId, long cycleId, String title, String team, long keyResultId,
                          String keyResultTitle, double start, double target) {
    }

    public record Deliveries(long kpiId, int onTime, int late, int withoutDeadline, int unresolved, Double rate,
                             List<Delivery> issues) {
    }

    /** One resolved issue with a deadline: the deadline's date and source (DUE_DATE or FIX_VERSION, the release date of the fix version), days late. */
    public record Delivery(String key, String deadline, String deadlineSource, String resolved, long daysLate,
                           boolean onTime) {
    }

    /** Issues done per week: {@code points} only for VELOCITY_PER_WEEK (story points at completion, unestimated 0). */
    public record Throughput(long kpiId, String unit, List<ThroughputWeek> weeks) {
    }

    public record ThroughputWeek(String period, String start, String end, int issues, double points, List<String> keys) {
    }

    /** Work in progress at the end of each day ({@code at} is the day's last instant). */
    public record WorkInProgress(long kpiId, List<WipDay> days) {
    }

    public record WipDay(String day, String at, int count, List<String> keys) {
    }

    /** Released versions, by release date: the bugs whose fix version it is, and the done issues it shipped. */
    public record Releases(long kpiId, String type, List<Release> versions) {
    }

    public record Release(String id, String name, String releaseDate, int bugs, List<String> bugKeys, int done,
                          double donePoints, List<String> doneKeys) {
    }

    /**
     * Time in status of the last resolved issues (oldest resolution first): each issue's days per status in the
     * order first entered, and per status the totals of exactly those issues; {@code measured} marks the statuses the
     * KPI counts.
     */
    public record TimeInStatus(long kpiId, List<StatusColumn> statuses, List<IssueStatuses> issues, int notMeasured) {
    }

    public record StatusColumn(String statusId, String name, boolean measured, int issues, double totalDays,
                               Double meanDays) {
    }

    public record IssueStatuses(String key, String resolved, double measuredDays, List<StatusDays> statuses) {
    }

    public record StatusDays(String statusId, String name, int timesEntered, double days) {
    }

    /** Dashboard items (issue 12): the velocity item's one answer; kpi null when the team has no velocity KPI. */
    public record VelocityItem(String team, Kpi kpi, Velocity velocity) {
    }
}
