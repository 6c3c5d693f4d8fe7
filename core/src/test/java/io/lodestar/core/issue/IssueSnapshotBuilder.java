package io.lodestar.core.issue;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * Test fixture: builds an {@link IssueSnapshot} from readable text values. The statuses below copy
 * Jira's default workflow ids, so changelogs read like Jira's.
 */
public final class IssueSnapshotBuilder {

    public static final Status OPEN = new Status("1", "Open", StatusCategory.TO_DO);
    public static final Status IN_PROGRESS = new Status("3", "In Progress", StatusCategory.IN_PROGRESS);
    public static final Status REOPENED = new Status("4", "Reopened", StatusCategory.TO_DO);
    public static final Status RESOLVED = new Status("5", "Resolved", StatusCategory.DONE);
    public static final Status CLOSED = new Status("6", "Closed", StatusCategory.DONE);
    public static final StatusCatalog DEFAULT_WORKFLOW = StatusCatalog.of(List.of(OPEN, IN_PROGRESS, REOPENED, RESOLVED, CLOSED));

    private static final IssueType STORY = new IssueType("10001", "Story", false);

    private final String key;
    private OffsetDateTime created = OffsetDateTime.parse("2024-01-01T00:00:00Z");
    private OffsetDateTime resolved;
    private LocalDate dueDate;
    private Status status = OPEN;
    private Double storyPoints;
    private IssueType type = STORY;
    private final List<FixVersion> fixVersions = new ArrayList<>();
    private final List<Change> changelog = new ArrayList<>();

    private IssueSnapshotBuilder(String key) {
        this.key = key;
    }

    public static IssueSnapshotBuilder issue(String key) {
        return new IssueSnapshotBuilder(key);
    }

    public IssueSnapshotBuilder created(String timestamp) {
        created = OffsetDateTime.parse(timestamp);
        return this;
    }

    public IssueSnapshotBuilder resolved(String timestamp) {
        resolved = OffsetDateTime.parse(timestamp);
        return this;
    }

    public IssueSnapshotBuilder due(String date) {
        dueDate = LocalDate.parse(date);
        return this;
    }

    public IssueSnapshotBuilder status(Status current) {
        status = current;
        return this;
    }

    public IssueSnapshotBuilder type(IssueType issueType) {
        type = issueType;
        return this;
    }

    public IssueSnapshotBuilder storyPoints(double points) {
        storyPoints = points;
        return this;
    }

    public IssueSnapshotBuilder fixVersion(String name, String releaseDate) {
        fixVersions.add(new FixVersion(String.valueOf(fixVersions.size() + 100), name, releaseDate != null,
                releaseDate == null ? null : LocalDate.parse(releaseDate)));
        return this;
    }

    /** A status change at {@code timestamp}; the current status follows the last change. */
    public IssueSnapshotBuilder moved(String timestamp, Status from, Status to) {
        changelog.add(new Change(OffsetDateTime.parse(timestamp), ChangeField.STATUS, from.id(), from.name(),
                to.id(), to.name()));
        status = to;
        return this;
    }

    public IssueSnapshotBuilder change(Change change) {
        changelog.add(change);
        return this;
    }

    public IssueSnapshot build() {
        return new IssueSnapshot("id-" + key, key, key.substring(0, key.indexOf('-')), type, status, created,
                resolved, dueDate, fixVersions, storyPoints, List.of(), null, null, changelog);
    }
}
