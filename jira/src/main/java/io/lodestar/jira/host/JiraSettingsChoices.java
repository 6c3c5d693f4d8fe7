package io.lodestar.jira.host;

import com.atlassian.jira.config.StatusManager;
import com.atlassian.jira.issue.CustomFieldManager;
import com.atlassian.jira.issue.fields.CustomField;
import com.atlassian.jira.issue.status.Status;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * What an administrator may choose from on the settings page: Jira's custom fields (for the story points field) and
 * Jira's workflow statuses (for a project's done statuses), each as an id and a name, sorted by name. Only
 * translates; who may see them is decided in {@code io.lodestar.jira.app.SettingsActions}.
 *
 * <p>Only number fields are offered for story points: a field whose type key
 * ({@code CustomField.getCustomFieldType().getKey()}) is Jira's Number Field, {@value #NUMBER_FIELD_TYPE} (Jira
 * Software's own Story Points field is one). A field whose type cannot be told (no type: its plugin is disabled) is
 * left out.
 */
public final class JiraSettingsChoices {

    /** The type key of Jira's Number Field. */
    public static final String NUMBER_FIELD_TYPE = "com.atlassian.jira.plugin.system.customfieldtypes:float";

    /** One choice: a custom field ({@code customfield_10002}, "Story Points") or a status ("10001", "Done"). */
    public record Choice(String id, String name, String categoryKey) {
    }

    private final CustomFieldManager fields;
    private final StatusManager statuses;

    public JiraSettingsChoices(CustomFieldManager fields, StatusManager statuses) {
        this.fields = fields;
        this.statuses = statuses;
    }

    /** Jira's number custom fields, by name. */
    public List<Choice> customFields() {
        return fields.getCustomFieldObjects().stream().filter(Objects::nonNull).filter(JiraSettingsChoices::isNumber)
                .map(field -> new Choice(field.getId(), name(field), null))
                .sorted(BY_NAME).toList();
    }

    /** Every workflow status of Jira, by name, with its status category's key ("new", "indeterminate", "done"). */
    public List<Choice> statuses() {
        return statuses.getStatuses().stream().filter(Objects::nonNull)
                .map(status -> new Choice(status.getId(), status.getName(), category(status)))
                .sorted(BY_NAME).toList();
    }

    private static final Comparator<Choice> BY_NAME = Comparator.comparing((Choice choice) ->
            String.valueOf(choice.name()), String.CASE_INSENSITIVE_ORDER).thenComparing(choice -> String.valueOf(choice.id()));

    private static boolean isNumber(CustomField field) {
        return field.getCustomFieldType() != null && NUMBER_FIELD_TYPE.equals(field.getCustomFieldType().getKey());
    }

    private static String name(CustomField field) {
        return field.getName() == null ? field.getId() : field.getName();
    }

    private static String category(Status status) {
        return status.getStatusCategory() == null ? null : status.getStatusCategory().getKey();
    }
}
