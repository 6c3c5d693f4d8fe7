package io.lodestar.sandbox.export;

import java.util.Locale;
import java.util.Map;

/**
 * The custom fields of an export, found by their display names in the response's {@code names}
 * (field id to name), because their ids differ on every Jira instance: Story Points is
 * {@code customfield_10023} on DuraSpace's Jira and something else elsewhere. Ids the user gives
 * come first; without names, the sprint field is recognised by its content. Each id is null when the
 * export has no such field; {@link #note()} says, for the output, which field was used and how.
 */
public record ExportFields(String storyPointsId, String sprintId, String epicLinkId, Map<String, String> names,
                           String note) {

    /** Field ids the user gave (--story-points-field, --sprint-field, --epic-field); each may be null. */
    public record Chosen(String storyPointsId, String sprintId, String epicLinkId) {
        public static final Chosen NONE = new Chosen(null, null, null);
    }

    /** Display names of the story points field: classic projects, and team-managed ones. */
    private static final String[] STORY_POINTS_NAMES = {"story points", "story point estimate"};

    public ExportFields {
        names = Map.copyOf(names);
    }

    static ExportFields from(Map<String, String> names) {
        return decide(names, Chosen.NONE, null);
    }

    /**
     * The one place that decides which field is which: the id the user chose, else the field of that
     * display name in {@code names}, else (sprints only) the field whose content is sprints.
     */
    static ExportFields decide(Map<String, String> names, Chosen chosen, String sprintByContent) {
        String[] how = new String[3];
        String points = pick(chosen.storyPointsId(), idNamed(names, STORY_POINTS_NAMES), null, how, 0);
        String sprint = pick(chosen.sprintId(), idNamed(names, "sprint"), sprintByContent, how, 1);
        String epic = pick(chosen.epicLinkId(), idNamed(names, "epic link"), null, how, 2);
        return new ExportFields(points, sprint, epic, names, "fields: story points = " + described(points, how[0], names)
                + "; sprints = " + described(sprint, how[1], names) + "; epic link = " + described(epic, how[2], names));
    }

    /** The same fields, sprints read from the agile API's own sprint and closedSprints fields. */
    ExportFields withAgileSprints() {
        return new ExportFields(storyPointsId, sprintId, epicLinkId, names, note.replaceFirst("sprints = none found \\([^)]*\\)",
                "sprints = the agile API's sprint and closedSprints fields"));
    }

    private static String pick(String chosen, String named, String byContent, String[] how, int slot) {
        if (chosen != null) {
            how[slot] = "given by option";
            return chosen;
        }
        if (named != null) {
            how[slot] = "by name";
            return named;
        }
        how[slot] = "by content";
        return byContent;
    }

    private static String described(String id, String how, Map<String, String> names) {
        if (id == null) {
            return "none found (no such name" + (names.isEmpty() ? "; the export has no names block" : "") + ")";
        }
        String name = names.get(id);
        return (name == null ? id : name + " (" + id + ")") + ", " + how;
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
