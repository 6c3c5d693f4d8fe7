package io.lodestar.core.kpi;

import io.lodestar.core.issue.Change;
import io.lodestar.core.issue.ChangeField;
import io.lodestar.core.issue.FixVersion;
import io.lodestar.core.issue.IssueSnapshot;
import io.lodestar.core.issue.IssueType;
import io.lodestar.core.issue.Sprint;
import io.lodestar.core.issue.Status;
import io.lodestar.core.issue.StatusCatalog;
import io.lodestar.core.issue.StatusCategory;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * Test fixture: an issue with a history written the way Jira logs it. Each change moves the current
 * value along, so the snapshot's current status, sprints and estimate always agree with the log.
 */
public final class IssueHistoryBuilder {

    public static final Status TO_DO = new Status("10000", "To Do", StatusCategory.TO_DO);
    public static final Status IN_PROGRESS = new Status("3", "In Progress", StatusCategory.IN_PROGRESS);
    public static final Status IN_REVIEW = new Status("10100", "In Review", StatusCategory.IN_PROGRESS);
    public static final Status DONE = new Status("10001", "Done", StatusCategory.DONE);
    /** A Done-category status not on the board's last column ("Won't Do"), for configured done sets. */
    public static final Status WONT_DO = new Status("10002", "Won't Do", StatusCategory.DONE);
    public static final StatusCatalog WORKFLOW = StatusCatalog.of(List.of(TO_DO, IN_PROGRESS, IN_REVIEW, DONE, WONT_DO));

    public static final IssueType STORY = new IssueType("10001", "Story", false);
    public static final IssueType BUG = new IssueType("1", "Bug", false);
    public static final IssueType SUBTASK = new IssueType("5", "Sub-task", true);

    private final String key;
    private OffsetDateTime created = OffsetDateTime.parse("2026-01-01T09:00:00Z");
    private IssueType type = STORY;
    private Status status = TO_DO;
    private Double storyPoints;
    private OffsetDateTime resolved;
    private List<Sprint> sprints = new ArrayList<>();
    private final List<FixVersion> fixVersions = new ArrayList<>();
    private final List<Change> changelog = new ArrayList<>();

    private IssueHistoryBuilder(String key) {
        this.key = key;
    }

    public static IssueHistoryBuilder issue(String key) {
        return new IssueHistoryBuilder(key);
    }

    /** A closed sprint of board 1 started and completed at the given timestamps. */
    public static Sprint closedSprint(long id, String started, String completed) {
        return new Sprint(id, "Sprint " + id, Sprint.State.CLOSED, OffsetDateTime.parse(started),
                OffsetDateTime.parse(completed), OffsetDateTime.parse(completed), 1L);
    }

    public IssueHistoryBuilder created(String timestamp) {
        created = OffsetDateTime.parse(timestamp);
        return this;
    }

    public IssueHistoryBuilder type(IssueType issueType) {
        type = issueType;
        return this;
    }

    /** The estimate at creation (Jira logs no change for it). */
    public IssueHistoryBuilder points(double points) {
        storyPoints = points;
        return this;
    }

    /** The status at creation. */
    public IssueHistoryBuilder status(Status initial) {
        status = initial;
        return this;
    }

    /** The sprints at creation (Jira logs no change for them). */
    public IssueHistoryBuilder inSprints(Sprint... initial) {
        sprints = new ArrayList<>(List.of(initial));
        return this;
    }

    public IssueHistoryBuilder resolved(String timestamp) {
        resolved = OffsetDateTime.parse(timestamp);
        return this;
    }

    public IssueHistoryBuilder fixVersion(FixVersion version) {
        fixVersions.add(version);
        return this;
    }

    public IssueHistoryBuilder moved(String timestamp, Status to) {
        changelog.add(new Change(OffsetDateTime.parse(timestamp), ChangeField.STATUS, status.id(), status.name(),
                to.id(), to.name()));
        status = to;
        return this;
    }

    /** Re-estimated at {@code timestamp}; null means the estimate was cleared. */
    public IssueHistoryBuilder estimated(String timestamp, Double to) {
        changelog.add(new Change(OffsetDateTime.parse(timestamp), ChangeField.STORY_POINTS, null, text(storyPoints),
                null, text(to)));
        storyPoints = to;
        return this;
    }

    /** The sprint field set to {@code to} at {@code timestamp} (Jira keeps closed sprints in it). */
    public IssueHistoryBuilder sprintsChanged(String timestamp, Sprint... to) {
        changelog.add(new Change(OffsetDateTime.parse(timestamp), ChangeField.SPRINT, ids(sprints), names(sprints),
                ids(List.of(to)), names(List.of(to))));
        sprints = new ArrayList<>(List.of(to));
        return this;
    }

    public IssueSnapshot build() {
        return new IssueSnapshot("id-" + key, key, key.substring(0, key.indexOf('-')), type, status, created,
                resolved, null, fixVersions, storyPoints, sprints, null, null, changelog);
    }

    private static String text(Double points) {
        if (points == null) {
            return "";
        }
        return points == Math.rint(points) ? String.valueOf(points.longValue()) : points.toString();
    }

    private static String ids(List<Sprint> list) {
        return list.stream().map(sprint -> String.valueOf(sprint.id())).reduce((a, b) -> a + "," + b).orElse("");
    }

    private static String names(List<Sprint> list) {
        return list.stream().map(Sprint::name).reduce((a, b) -> a + "," + b).orElse("");
    }
}
