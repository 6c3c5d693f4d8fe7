package io.lodestar.sandbox.host;

import com.atlassian.jira.issue.CustomFieldManager;
import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.fields.CustomField;
import java.util.Collection;
import java.util.List;

/**
 * Jira's {@link CustomFieldManager} with the one custom field the export's snapshots carry a value for: Jira
 * Software's "Story Points" (a number, or null when the issue is not estimated).
 */
public final class SandboxCustomFieldManager implements CustomFieldManager {

    static final StoryPoints STORY_POINTS = new StoryPoints();

    @Override
    public CustomField getCustomFieldObject(String id) {
        return STORY_POINTS.getId().equals(id) ? STORY_POINTS : null;
    }

    @Override
    public CustomField getCustomFieldObject(Long id) {
        return STORY_POINTS.getIdAsLong().equals(id) ? STORY_POINTS : null;
    }

    @Override
    public Collection<CustomField> getCustomFieldObjectsByName(String customFieldName) {
        return STORY_POINTS.getName().equalsIgnoreCase(customFieldName) ? List.of(STORY_POINTS) : List.of();
    }

    @Override
    public List<CustomField> getCustomFieldObjects(Issue issue) {
        return List.of(STORY_POINTS);
    }

    @Override
    public List<CustomField> getCustomFieldObjects() {
        return List.of(STORY_POINTS);
    }

    static final class StoryPoints implements CustomField {
        @Override
        public String getId() {
            return "customfield_10002";
        }

        @Override
        public Long getIdAsLong() {
            return 10002L;
        }

        @Override
        public String getFieldName() {
            return getName();
        }

        @Override
        public String getName() {
            return "Story Points";
        }

        @Override
        public Object getValue(Issue issue) {
            return issue instanceof SandboxIssue exported ? exported.snapshot().storyPoints() : null;
        }
    }
}
