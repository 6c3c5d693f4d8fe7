package io.lodestar.sandbox.export;

import java.util.Locale;
import java.util.Map;

/**
 * The custom fields of an export, found by their display names in the response's {@code names}
 * (field id to name), because their ids differ on every Jira instance: Story Points is
 * {@code customfield_10023} on DuraSpace's Jira and something else elsewhere. Each id is null when the
 * export has no such field.
 */
public record ExportFields(String storyPointsId, String sprintId, String epicLinkId, Map<String, String> names) {

    /** Display names of the story points field: classic projects, and team-managed ones. */
    private static final String[] STORY_POINTS_NAMES = {"story points", "story point estimate"};

    public ExportFields {
        names = Map.copyOf(names);
    }

    static ExportFields from(Map<String, String> names) {
        return new ExportFields(idNamed(names, STORY_POINTS_NAMES), idNamed(names, "sprint"),
                idNamed(names, "epic link"), names);
    }

    private static String idNamed(Map<String, String> names, String... wanted) {
        for (String candidate : wanted) {
            for (Map.Entry<String, String> entry : names.entrySet()) {
                if (entry.getValue() != null && entry.getValue().strip().toLowerCase(Locale.ROOT).equals(candidate)) {
                    return entry.getKey();
                }
            }
        }
        return null;
    }

    /** The display name of a field id, or the id itself when the export does not name it. */
    public String nameOf(String fieldId) {
        return names.getOrDefault(fieldId, fieldId);
    }
}
