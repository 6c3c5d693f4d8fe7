package io.lodestar.jira.rest;

import java.util.List;

/**
 * The JSON documents of the OKR API, exactly as docs/rest-api.md names them. Outputs are built by
 * {@link OkrViews}; inputs are read by Jackson, which refuses unknown fields and wrong types (see
 * {@link LodestarJson}) and leaves absent fields null, so that each resource can say which required
 * field is missing. Dates are ISO-8601 text, parsed by {@link Inputs} with the field's name on error.
 */
public final class OkrJson {

    private OkrJson() {
    }

    public record Cycle(long id, long version, String name, String kind, String start, String end, boolean closed,
                        double elapsed) {
    }

    public record Tree(Cycle cycle, List<ObjectiveNode> objectives) {
    }

    /**
     * The OKR progress dashboard item's one answer: the cycle (null when there is no cycle at all), the team asked for
     * (null for every team), the one objective asked for (null for a cycle and team), the objectives shown (roots
     * with their aligned children) and how many linked issues the viewer may not browse are left out of them.
     */
    public record ProgressItem(Cycle cycle, String team, Long objectiveId, List<ObjectiveNode> objectives,
                               int hiddenIssues) {
    }

    public record ObjectiveNode(long id, long version, long cycleId, String title, String description, String owner,
                                String ownerName, String level, String team, String state, Long parentId, Double score,
                                String scoreText, String band, String status, double expected, Double finalScore,
                                boolean canEdit, List<KeyResultNode> keyResults, List<ObjectiveNode> children,
                                int hiddenIssues, boolean rollUp) {
    }

    /**
     * An entry of an objective's activity. {@code kind} is core's ActivityKind; {@code details} as that kind says,
     * except for link entries, whose issue is given as {@code issueKey} when the user may browse it and is otherwise
     * left out ({@code issueHidden}).
     */
    public record ActivityEntry(long id, String kind, Long keyResultId, String actor, String actorName, String at,
                                String subject, List<String> details, String issueKey, boolean issueHidden) {
    }

    /** An objective's activity, oldest first; {@code hiddenIssues} counts the entries whose issue is not shown. */
    public record Activity(long objectiveId, List<ActivityEntry> entries, int hiddenIssues) {
    }

    /** An objective's score at one instant ({@code score} null where it had nothing to score). */
    public record HistoryPoint(String at, Double score, String scoreText, String band) {
    }

    public record History(long objectiveId, List<HistoryPoint> points) {
    }

    public record KeyResultNode(long id, long version, long objectiveId, String title, String owner, String ownerName,
                                double weight, String kind, String format, String unit, Double start, Double target,
                                String basis, Long kpiId, Double current, double score, String scoreText, String band,
                                String status, String gap, boolean checkInDue, Forecast forecast,
                                CheckIn latestCheckIn, List<LinkedIssue> links, Count linkTotals, boolean canEdit,
                                int hiddenIssues, Kpi kpi, Within within, Query query) {
    }

    /**
     * For a key result from a JQL query: the query, what it counts ({@code aggregate} SHARE_DONE or SUM, with the
     * summed {@code field}), and what it found as the reader may see it: {@code matching} visible issues, {@code done}
     * of them, the {@code sum}, and {@code hidden} matching issues the reader may not browse (not counted); all zero
     * with {@code problem} when Jira could not run it.
     */
    public record Query(String jql, String aggregate, String field, int matching, int done, double sum, int hidden,
                        String problem) {
    }

    /**
     * For a keep-within-a-band key result (kind BAND, whose {@code start} and {@code target} are the band's
     * lowest and highest values): how long its reported value stayed inside the band, out of the time observed
     * since its first value; {@code share} is inside / observed (0 before any value).
     */
    public record Within(double minimum, double maximum, long insideSeconds, long observedSeconds, double share) {
    }

    /**
     * The KPI a KPI-backed key result reads: its latest value on the key result's scale and the unit a person
     * reads ({@code current} 95 and {@code unit} "%" for an on-time delivery of 0.95); {@code current} is null
     * when there is none yet or when {@code valuesHidden}.
     */
    public record Kpi(long id, String name, String team, Double current, String unit, boolean valuesHidden) {
    }

    /**
     * {@code reasonCode} names {@code reason} for pages that word it themselves (TOO_FEW_VALUES, TOO_SHORT_SPAN,
     * MILESTONE, LINKED_WORK); {@code reach} is REACHED, ON_DATE (with {@code targetDate}, ISO-8601 day),
     * NOT_AT_THIS_PACE or NO_TARGET when there is a forecast.
     */
    public record Forecast(Double value, Double score, String reason, String reasonCode, String reach,
                           String targetDate) {
    }

    /**
     * A check-in; {@code automatic} when the KPI measurement recorded it (its KPI's value for the period
     * {@code kpiPeriod}; no confidence, author {@code lodestar:kpi}, {@code authorName} null: a page names the app).
     */
    public record CheckIn(long id, long keyResultId, Double value, String confidence, String note, String author,
                          String authorName, String at, boolean automatic, String kpiPeriod) {
    }

    public record LinkedIssue(long issueId, String key, String summary, String status, String statusCategory,
                              boolean done, boolean epic, Double storyPoints, Count children, Count progress) {
    }

    /** Done out of total: issues, or story points for a story-point key result. */
    public record Count(double done, double total) {
    }

    public record Finding(String severity, String code, String message, Long objectiveId, Long keyResultId,
                          String team) {
    }

    public record ObjectiveRef(long id, String title, long cycleId, String team) {
    }

    public record IssueKeyResult(KeyResultNode keyResult, ObjectiveRef objective) {
    }

    /** A key result the user may link issues to (the issue panel's picker). */
    public record LinkableKeyResult(long id, String title, String basis, ObjectiveRef objective, String cycleName) {
    }

    public record GradedObjective(long id, String title, Double finalScore) {
    }

    public record CarriedKeyResult(long id, long objectiveId, String title, Long carriedFromId) {
    }

    public record Closed(Cycle cycle, List<GradedObjective> objectives, List<CarriedKeyResult> carried) {
    }

    public record NewCycle(String name, String kind, String start, String end) {
    }

    public record CloseCycle(Long version, List<CarryOver> carryOver) {
    }

    public record EditCycle(Long version, String name, String kind, String start, String end) {
    }

    /**
     * A key result the user owns that is due a check-in this week ({@code GET /key-results/due-check-ins}):
     * {@code dueAt} is an ISO-8601 instant, {@code overdue} whether it lies before now.
     */
    public record DueCheckIn(KeyResultNode keyResult, ObjectiveRef objective, Cycle cycle, String dueAt, boolean overdue) {
    }

    public record CarryOver(Long keyResultId, Long objectiveId) {
    }

    public record NewObjective(Long cycleId, String title, String description, String owner, String level,
                               String team, Long parentId) {
    }

    /** {@code rollUp}: whether progress also rolls up from aligned objectives; absent keeps it as it is. */
    public record ObjectiveEdit(Long version, String title, String description, String owner, String level,
                                String team, Long parentId, String state, Boolean rollUp) {
    }

    /** {@code jql}, {@code aggregate} and {@code field}: a key result from a JQL query (kind JQL) only. */
    public record NewKeyResult(String title, String owner, Double weight, String kind, String format, String unit,
                               Double start, Double target, String basis, Long kpiId, String jql, String aggregate,
                               String field) {
    }

    public record KeyResultEdit(Long version, String title, String owner, Double weight, String kind, String format,
                                String unit, Double start, Double target, String basis, Long kpiId, String jql,
                                String aggregate, String field) {
    }

    public record NewCheckIn(Double value, Boolean done, String confidence, String note) {
    }

    public record NewLink(String issueKey) {
    }
}
