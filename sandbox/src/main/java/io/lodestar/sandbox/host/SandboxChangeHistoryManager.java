package io.lodestar.sandbox.host;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.changehistory.ChangeHistory;
import com.atlassian.jira.issue.changehistory.ChangeHistoryManager;
import com.atlassian.jira.issue.history.ChangeItemBean;
import com.atlassian.jira.user.ApplicationUser;
import io.lodestar.core.issue.Change;
import io.lodestar.core.issue.ChangeField;
import java.sql.Timestamp;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Jira's {@link ChangeHistoryManager} over the exported changelogs: the bulk read gives, for each issue
 * of the list, one change group per instant at which the export recorded changes, oldest first, with the
 * field names Jira stores in changelogs. The export reader kept the items of six fields only, so other
 * fields have no history here. Every item is returned whoever asks, as Jira does for the fields these are.
 */
public final class SandboxChangeHistoryManager implements ChangeHistoryManager {

    private static final Map<ChangeField, String> NAMES = new EnumMap<>(Map.of(
            ChangeField.STATUS, "status",
            ChangeField.SPRINT, "Sprint",
            ChangeField.FIX_VERSION, "Fix Version",
            ChangeField.DUE_DATE, "duedate",
            ChangeField.RESOLUTION, "resolution",
            ChangeField.STORY_POINTS, SandboxCustomFieldManager.STORY_POINTS_NAME));

    @Override
    public List<ChangeHistory> getChangeHistoriesForUser(Iterable<Issue> issues, ApplicationUser remoteUser) {
        List<ChangeHistory> histories = new ArrayList<>();
        for (Issue issue : issues) {
            if (!(issue instanceof SandboxIssue exported)) {
                continue;
            }
            Group group = null;
            for (Change change : exported.snapshot().changelog()) {
                String name = NAMES.get(change.field());
                if (name == null) {
                    continue;
                }
                if (group == null || !group.at.isEqual(change.at())) {
                    group = new Group(issue.getId(), change.at());
                    histories.add(group);
                }
                group.items.add(new Item(name, change));
            }
        }
        return histories;
    }

    /** The changes of one issue at one instant. */
    static final class Group extends ChangeHistory {
        private final Long issueId;
        private final OffsetDateTime at;
        private final List<ChangeItemBean> items = new ArrayList<>();

        Group(Long issueId, OffsetDateTime at) {
            this.issueId = issueId;
            this.at = at;
        }

        @Override
        public Long getIssueId() {
            return issueId;
        }

        @Override
        public Timestamp getTimePerformed() {
            return Timestamp.from(at.toInstant());
        }

        @Override
        public List<ChangeItemBean> getChangeItemBeans() {
            return items;
        }
    }

    /** One changelog item of the export. */
    static final class Item extends ChangeItemBean {
        private final String field;
        private final Change change;

        Item(String field, Change change) {
            this.field = field;
            this.change = change;
        }

        @Override
        public String getField() {
            return field;
        }

        @Override
        public String getFrom() {
            return change.from();
        }

        @Override
        public String getFromString() {
            return change.fromText();
        }

        @Override
        public String getTo() {
            return change.to();
        }

        @Override
        public String getToString() {
            return change.toText();
        }

        @Override
        public Timestamp getCreated() {
            return Timestamp.from(change.at().toInstant());
        }
    }
}
