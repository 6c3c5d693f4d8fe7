package io.lodestar.sandbox.host;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.changehistory.ChangeHistoryManager;
import com.atlassian.jira.issue.history.ChangeItemBean;
import io.lodestar.core.issue.Change;
import io.lodestar.core.issue.ChangeField;
import java.sql.Timestamp;
import java.util.List;
import java.util.Map;

/**
 * Jira's {@link ChangeHistoryManager} over the exported changelogs. Field names are those Jira stores in
 * changelogs; the export reader kept the items of these six fields only, so other names have no history here.
 */
public final class SandboxChangeHistoryManager implements ChangeHistoryManager {

    private static final Map<String, ChangeField> FIELDS = Map.of(
            "status", ChangeField.STATUS,
            "Sprint", ChangeField.SPRINT,
            "Fix Version", ChangeField.FIX_VERSION,
            "duedate", ChangeField.DUE_DATE,
            "resolution", ChangeField.RESOLUTION,
            SandboxCustomFieldManager.STORY_POINTS_NAME, ChangeField.STORY_POINTS);

    @Override
    public List<ChangeItemBean> getChangeItemsForField(Issue issue, String fieldName) {
        ChangeField field = FIELDS.get(fieldName);
        if (field == null || !(issue instanceof SandboxIssue exported)) {
            return List.of();
        }
        return exported.snapshot().changelog().stream()
                .filter(change -> change.field() == field)
                .<ChangeItemBean>map(change -> new Item(change))
                .toList();
    }

    /** One changelog item of the export. */
    static final class Item extends ChangeItemBean {
        private final Change change;

        Item(Change change) {
            this.change = change;
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
