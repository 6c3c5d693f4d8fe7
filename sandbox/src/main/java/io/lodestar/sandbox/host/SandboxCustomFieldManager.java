package io.lodestar.sandbox.host;

import com.atlassian.jira.issue.CustomFieldManager;
import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.customfields.CustomFieldType;
import com.atlassian.jira.issue.fields.CustomField;
import java.util.Collection;
import java.util.List;
import java.util.function.Function;

/**
 * Jira's {@link CustomFieldManager} with the custom fields whose values the export's snapshots carry: Jira
 * Software's "Story Points" (a number, or null when not estimated), "Sprint" (the issue's sprints, shaped like
 * Jira Software's sprint objects), "Epic Link" (the epic, as an issue) and "Story point estimate" (the same numbers
 * as Story Points, so the administration page's story points field has a second number field to choose). Each has
 * its type key, so only the two number fields are offered as the story points field.
 */
public final class SandboxCustomFieldManager implements CustomFieldManager {

    static final String STORY_POINTS_NAME = "Story Points";
    /** Jira's Number Field type key. */
    static final String NUMBER = "com.atlassian.jira.plugin.system.customfieldtypes:float";

    private final List<CustomField> fields;

    public SandboxCustomFieldManager(ExportedIssues issues) {
        this.fields = List.of(
                new Field(10002L, STORY_POINTS_NAME, NUMBER, issue -> issue.snapshot().storyPoints()),
                new Field(10003L, "Sprint", "com.pyxis.greenhopper.jira:gh-sprint", issue -> issue.snapshot().sprints().isEmpty() ? null
                        : issue.snapshot().sprints().stream().map(SandboxSprint::new).toList()),
                new Field(10004L, "Epic Link", "com.pyxis.greenhopper.jira:gh-epic-link", issue -> issue.snapshot().epicKey() == null ? null
                        : issues.byKey(issue.snapshot().epicKey()).orElse(null)),
                // A second number field, as Jira Software's "Story point estimate", so an administrator has a choice.
                new Field(10005L, "Story point estimate", NUMBER, issue -> issue.snapshot().storyPoints()));
    }

    @Override
    public CustomField getCustomFieldObject(String id) {
        return fields.stream().filter(field -> field.getId().equals(id)).findFirst().orElse(null);
    }

    @Override
    public CustomField getCustomFieldObject(Long id) {
        return fields.stream().filter(field -> field.getIdAsLong().equals(id)).findFirst().orElse(null);
    }

    @Override
    public Collection<CustomField> getCustomFieldObjectsByName(String customFieldName) {
        return fields.stream().filter(field -> field.getName().equalsIgnoreCase(String.valueOf(customFieldName))).toList();
    }

    @Override
    public List<CustomField> getCustomFieldObjects(Issue issue) {
        return fields;
    }

    @Override
    public List<CustomField> getCustomFieldObjects() {
        return fields;
    }

    /** A custom field whose value is read from the issue's snapshot. */
    private record Field(Long idAsLong, String name, String typeKey, Function<SandboxIssue, Object> value) implements CustomField {
        @Override
        public String getId() {
            return "customfield_" + idAsLong;
        }

        @Override
        public Long getIdAsLong() {
            return idAsLong;
        }

        @Override
        public String getFieldName() {
            return name;
        }

        @Override
        public String getName() {
            return name;
        }

        @Override
        public CustomFieldType<?, ?> getCustomFieldType() {
            return new CustomFieldType<Object, Object>() {
                @Override
                public String getKey() {
                    return typeKey;
                }
            };
        }

        @Override
        public Object getValue(Issue issue) {
            return issue instanceof SandboxIssue exported ? value.apply(exported) : null;
        }
    }
}
