package io.lodestar.sandbox.export;

import java.util.Locale;
import java.util.Map;

/**
 * The custom fields of an export (story points, sprints, epic link), whose ids differ on every Jira
 * instance: Story Points is {@code customfield_10023} on DuraSpace's Jira and something else elsewhere.
 * Each is decided by one rule, in this order: the id the user gave; the field of that display name in the
 * response's {@code names}; the field of that type in the response's {@code schema} ({@code expand=schema});
 * the field found by its content. Each id is null when the export has no such field; {@link #note()} says,
 * for the output, which field was used and by which rule, or that none was found.
 *
 * <p>The {@code schema.custom} type keys, as Jira writes them in {@code schema}, {@code editmeta} and
 * {@code /rest/api/2/field}, checked against real responses in public repositories' test fixtures: a Jira
 * Cloud editmeta ({@code "customfield_10008":{"schema":{"type":"any","custom":"com.pyxis.greenhopper.jira:gh-epic-link",
 * "customId":10008},"name":"Epic Link"}}), Cloud field lists ({@code {"id":"customfield_10038","name":"Story point
 * estimate","schema":{"custom":"com.pyxis.greenhopper.jira:jsw-story-points"}}}, {@code {"id":"customfield_10016",
 * "name":"Story Points","schema":{"custom":"com.atlassian.jira.plugin.system.customfieldtypes:float"}}}) and Server
 * createmeta ({@code "customfield_10100":{"schema":{"type":"array","items":"string","custom":
 * "com.pyxis.greenhopper.jira:gh-sprint"},"name":"Sprint"}}):
 * {@value #SPRINT_TYPE} (Sprint), {@value #EPIC_LINK_TYPE} (Epic Link), {@value #STORY_POINT_ESTIMATE_TYPE}
 * (Story point estimate, team-managed and newer Cloud projects). Classic Story Points is a plain number field,
 * {@code com.atlassian.jira.plugin.system.customfieldtypes:float}, as are many other fields: a float is the
 * story points only with a story points name, which the name rule already covers, so the type alone never
 * decides it.
 */
public record ExportFields(String storyPointsId, String sprintId, String epicLinkId, Map<String, String> names,
                           String note) {

    /** Field ids the user gave (--story-points-field, --sprint-field, --epic-field); each may be null. */
    public record Chosen(String storyPointsId, String sprintId, String epicLinkId) {
        public static final Chosen NONE = new Chosen(null, null, null);

        /**
         * A field id as Jira writes it in an export's fields (customfield_10036, or a system field's id),
         * stripped; null when {@code text} is not one.
         */
        public static String fieldId(String text) {
            String id = text == null ? "" : text.strip();
            return id.matches("[A-Za-z][A-Za-z0-9_]*") ? id : null;
        }

        boolean all() {
            return storyPointsId != null && sprintId != null && epicLinkId != null;
        }
    }

    /**
     * What the content of an export shows about its fields, when names do not: each id with how it was
     * recognised ("sprint objects in its values"), or null.
     */
    record ByContent(String storyPointsId, String storyPointsHow, String sprintId, String sprintHow, String epicLinkId,
                     String epicLinkHow) {
        static final ByContent NONE = new ByContent(null, null, null, null, null, null);
    }

    static final String SPRINT_TYPE = "com.pyxis.greenhopper.jira:gh-sprint";
    static final String EPIC_LINK_TYPE = "com.pyxis.greenhopper.jira:gh-epic-link";
    static final String STORY_POINT_ESTIMATE_TYPE = "com.pyxis.greenhopper.jira:jsw-story-points";

    /**
     * Display names of the story points field: classic projects, team-managed ones, and the German
     * translation of Jira Software ("Story-Punkte"). Other translations are named with --story-points-field.
     */
    static final String[] STORY_POINTS_NAMES = {"story points", "story point estimate", "story-punkte"};
    static final String[] SPRINT_NAMES = {"sprint"};
    static final String[] EPIC_LINK_NAMES = {"epic link", "epic-link", "epic-verknüpfung"};

    public ExportFields {
        names = Map.copyOf(names);
    }

    /** Whether the user's ids and the names leave nothing to find by schema or content. */
    static boolean decidedByNames(Map<String, String> names, Chosen chosen) {
        return (chosen.storyPointsId() != null || idNamed(names, STORY_POINTS_NAMES) != null)
                && (chosen.sprintId() != null || idNamed(names, SPRINT_NAMES) != null)
                && (chosen.epicLinkId() != null || idNamed(names, EPIC_LINK_NAMES) != null);
    }

    /**
     * The one place that decides which field is which: the id the user chose, else the field of that
     * display name in {@code names}, else the field of that type in {@code schemaTypes} (field id to
     * {@code schema.custom}), else the field found by content.
     */
    static ExportFields decide(Map<String, String> names, Map<String, String> schemaTypes, Chosen chosen,
                               ByContent content) {
        String[] how = new String[3];
        String points = pick(chosen.storyPointsId(), idNamed(names, STORY_POINTS_NAMES),
                idOfType(schemaTypes, STORY_POINT_ESTIMATE_TYPE), content.storyPointsId(), content.storyPointsHow(),
                how, 0);
        String sprint = pick(chosen.sprintId(), idNamed(names, SPRINT_NAMES), idOfType(schemaTypes, SPRINT_TYPE),
                content.sprintId(), content.sprintHow(), how, 1);
        String epic = pick(chosen.epicLinkId(), idNamed(names, EPIC_LINK_NAMES), idOfType(schemaTypes, EPIC_LINK_TYPE),
                content.epicLinkId(), content.epicLinkHow(), how, 2);
        boolean noNames = names.isEmpty();
        boolean noSchema = schemaTypes.isEmpty();
        return new ExportFields(points, sprint, epic, names, "fields: story points = "
                + described(points, how[0], names, noNames, noSchema, "Story Points or Story point estimate",
                "--story-points-field")
                + "; sprints = " + described(sprint, how[1], names, noNames, noSchema, "Sprint", "--sprint-field")
                + "; epic link = " + described(epic, how[2], names, noNames, noSchema, "Epic Link", "--epic-field")
                + ", else an epic-type parent (Jira Cloud, team-managed projects)");
    }

    /** The same fields, sprints read from the agile API's own sprint and closedSprints fields. */
    ExportFields withAgileSprints() {
        return new ExportFields(storyPointsId, sprintId, epicLinkId, names, note.replaceFirst("sprints = none found \\([^)]*\\)",
                "sprints = the agile API's sprint and closedSprints fields"));
    }

    /** The same fields, epics read from the agile API's own epic field. */
    ExportFields withAgileEpic() {
        return new ExportFields(storyPointsId, sprintId, epicLinkId, names, note.replaceFirst("epic link = none found \\([^)]*\\)",
                "epic link = the agile API's epic field"));
    }

    /** The same fields, the note extended by {@code more}. */
    ExportFields withNote(String more) {
        return new ExportFields(storyPointsId, sprintId, epicLinkId, names, note + more);
    }

    private static String pick(String chosen, String named, String typed, String byContent, String contentHow,
                               String[] how, int slot) {
        if (chosen != null) {
            how[slot] = "given by option";
            return chosen;
        }
        if (named != null) {
            how[slot] = "by name";
            return named;
        }
        if (typed != null) {
            how[slot] = "by its schema type " + SCHEMA_LABELS.getOrDefault(slot, "");
            return typed;
        }
        how[slot] = "by content (" + contentHow + ")";
        return byContent;
    }

    private static final Map<Integer, String> SCHEMA_LABELS = Map.of(0, STORY_POINT_ESTIMATE_TYPE, 1, SPRINT_TYPE,
            2, EPIC_LINK_TYPE);

    private static String described(String id, String how, Map<String, String> names, boolean noNames,
                                    boolean noSchema, String wanted, String option) {
        if (id == null) {
            return "none found (no field named " + wanted + (noNames ? "; the export has no names block" : "")
                    + (noSchema ? "" : "; no field of that type in the schema block") + "; nothing in the content shows one;"
                    + " " + option + " names it)";
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

    private static String idOfType(Map<String, String> schemaTypes, String type) {
        for (Map.Entry<String, String> entry : schemaTypes.entrySet()) {
            if (type.equals(entry.getValue())) {
                return entry.getKey();
            }
        }
        return null;
    }

    /** Whether {@code fieldName} (a changelog item's field) is a story points name. */
    static boolean isStoryPointsName(String fieldName) {
        return matches(fieldName, STORY_POINTS_NAMES);
    }

    static boolean isSprintName(String fieldName) {
        return matches(fieldName, SPRINT_NAMES);
    }

    static boolean isEpicLinkName(String fieldName) {
        return matches(fieldName, EPIC_LINK_NAMES);
    }

    /**
     * Whether {@code fieldName}, stripped and in lower case ({@link Locale#ROOT}), is one of {@code wanted}
     * (lower case). Called for every changelog item, so an ASCII name, as Jira's are, is compared in place,
     * with no stripped or lower-cased copy; any other goes the way of {@link String#strip()} and
     * {@link String#toLowerCase(Locale)}, whose case mapping beyond ASCII is not char by char.
     */
    private static boolean matches(String fieldName, String[] wanted) {
        if (fieldName == null) {
            return false;
        }
        int from = 0;
        int to = fieldName.length();
        while (from < to && Character.isWhitespace(fieldName.charAt(from))) {
            from++;
        }
        while (to > from && Character.isWhitespace(fieldName.charAt(to - 1))) {
            to--;
        }
        if (!isAscii(fieldName, from, to)) {
            String name = fieldName.strip().toLowerCase(Locale.ROOT);
            for (String candidate : wanted) {
                if (candidate.equals(name)) {
                    return true;
                }
            }
            return false;
        }
        int length = to - from;
        for (String candidate : wanted) {
            if (candidate.length() == length && fieldName.regionMatches(true, from, candidate, 0, length)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether every char of {@code text} is ASCII: then, compared with an ASCII lower-case name, it equals
     * the name in lower case ({@link Locale#ROOT}) exactly when it equals it ignoring case.
     */
    static boolean isAscii(String text) {
        return isAscii(text, 0, text.length());
    }

    private static boolean isAscii(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            if (text.charAt(i) >= 128) {
                return false;
            }
        }
        return true;
    }

    /** The display name of a field id, or the id itself when the export does not name it. */
    public String nameOf(String fieldId) {
        return names.getOrDefault(fieldId, fieldId);
    }
}
