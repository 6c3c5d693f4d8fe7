package io.lodestar.sandbox.host;

import com.atlassian.jira.issue.MutableIssue;
import com.atlassian.jira.issue.fields.CustomField;
import com.atlassian.jira.issue.issuetype.IssueType;
import com.atlassian.jira.issue.status.Status;
import com.atlassian.jira.issue.status.category.StatusCategory;
import com.atlassian.jira.project.Project;
import com.atlassian.jira.project.version.Version;
import com.atlassian.jira.user.ApplicationUser;
import io.lodestar.core.issue.IssueSnapshot;
import java.sql.Timestamp;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;

/** Jira's issue interface over one exported {@link IssueSnapshot}. Read-only, like everything the app reads. */
public final class SandboxIssue implements MutableIssue {

    private final IssueSnapshot snapshot;
    private final String summary;
    private final SandboxProject project;

    SandboxIssue(IssueSnapshot snapshot, String summary, SandboxProject project) {
        this.snapshot = snapshot;
        this.summary = summary;
        this.project = project;
    }

    public IssueSnapshot snapshot() {
        return snapshot;
    }

    @Override
    public Long getId() {
        return Long.valueOf(snapshot.id());
    }

    @Override
    public String getKey() {
        return snapshot.key();
    }

    @Override
    public String getSummary() {
        return summary;
    }

    @Override
    public Timestamp getCreated() {
        return timestamp(snapshot.created());
    }

    @Override
    public Timestamp getUpdated() {
        return snapshot.changelog().isEmpty() ? getCreated()
                : timestamp(snapshot.changelog().get(snapshot.changelog().size() - 1).at());
    }

    @Override
    public Timestamp getDueDate() {
        return snapshot.dueDate() == null ? null : Timestamp.valueOf(snapshot.dueDate().atStartOfDay());
    }

    @Override
    public Timestamp getResolutionDate() {
        return timestamp(snapshot.resolved());
    }

    @Override
    public Status getStatus() {
        io.lodestar.core.issue.Status status = snapshot.status();
        return new HostStatus(status.id(), status.name(), new HostStatusCategory(status.category()));
    }

    @Override
    public IssueType getIssueType() {
        io.lodestar.core.issue.IssueType type = snapshot.type();
        return new HostIssueType(type.id(), type.name(), type.subtask());
    }

    @Override
    public String getIssueTypeId() {
        return snapshot.type().id();
    }

    @Override
    public Project getProjectObject() {
        return project;
    }

    @Override
    public Long getProjectId() {
        return project.getId();
    }

    @Override
    public ApplicationUser getAssignee() {
        return null;
    }

    @Override
    public ApplicationUser getReporter() {
        return null;
    }

    @Override
    public Long getEstimate() {
        return null;
    }

    @Override
    public Long getOriginalEstimate() {
        return null;
    }

    @Override
    public Collection<Version> getFixVersions() {
        return snapshot.fixVersions().stream().<Version>map(SandboxVersion::new).toList();
    }

    @Override
    public Object getCustomFieldValue(CustomField customField) {
        return customField == null ? null : customField.getValue(this);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof SandboxIssue issue && issue.snapshot.id().equals(snapshot.id());
    }

    @Override
    public int hashCode() {
        return snapshot.id().hashCode();
    }

    @Override
    public String toString() {
        return snapshot.key();
    }

    private static Timestamp timestamp(OffsetDateTime at) {
        return at == null ? null : Timestamp.from(at.withOffsetSameInstant(ZoneOffset.UTC).toInstant());
    }

    record HostStatus(String id, String name, StatusCategory category) implements Status {
        @Override
        public String getId() {
            return id;
        }

        @Override
        public String getName() {
            return name;
        }

        @Override
        public StatusCategory getStatusCategory() {
            return category;
        }
    }

    record HostStatusCategory(io.lodestar.core.issue.StatusCategory category) implements StatusCategory {
        @Override
        public Long getId() {
            return (long) category.ordinal() + 1;
        }

        @Override
        public String getKey() {
            return category.jiraKey();
        }

        @Override
        public String getName() {
            return switch (category) {
                case TO_DO -> "To Do";
                case IN_PROGRESS -> "In Progress";
                case DONE -> "Done";
                case UNDEFINED -> "No Category";
            };
        }

        @Override
        public String getColorName() {
            return switch (category) {
                case TO_DO -> "blue-gray";
                case IN_PROGRESS -> "yellow";
                case DONE -> "green";
                case UNDEFINED -> "medium-gray";
            };
        }

        @Override
        public Long getSequence() {
            return getId();
        }
    }

    record HostIssueType(String id, String name, boolean subtask) implements IssueType {
        @Override
        public String getId() {
            return id;
        }

        @Override
        public String getName() {
            return name;
        }

        @Override
        public boolean isSubTask() {
            return subtask;
        }
    }
}
