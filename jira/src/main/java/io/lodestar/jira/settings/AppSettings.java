package io.lodestar.jira.settings;

import io.lodestar.core.common.InvalidInputException;
import java.util.Collection;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * The administrator's choices about how Lodestar reads Jira data, the same on every node.
 *
 * <ul>
 *   <li>{@code storyPointsFieldId}: the custom field holding story points, by id such as
 *       {@code customfield_10002}; null means "the custom field named Story Points" (Jira Software's
 *       default), since ids differ on every Jira instance.</li>
 *   <li>{@code doneStatusIds}: per project key (upper case), the ids of the statuses in which linked work
 *       of that project counts as done; a project without an entry uses the Done status category.</li>
 *   <li>{@code remindersEnabled}: whether the weekly check-in reminder e-mails go out at all (on by default; each
 *       user can also switch their own off).</li>
 * </ul>
 *
 * <p>Immutable; the constructor validates (400 with the field named {@code settings.*}) and normalizes
 * (project keys upper case, status ids sorted without duplicates), so a stored value is always valid.
 * Lives in the Jira module, not core: only the Jira adapters read it, and core has no use for custom
 * field ids; a package of its own keeps the host adapters and the AO store off the app layer.
 */
public record AppSettings(String storyPointsFieldId, Map<String, Set<String>> doneStatusIds, boolean remindersEnabled) {

    public static final String STORY_POINTS_FIELD = "settings.storyPointsFieldId";
    public static final String DONE_STATUSES_FIELD = "settings.doneStatusIds";

    private static final Pattern FIELD_ID = Pattern.compile("customfield_[1-9][0-9]{0,17}");
    private static final Pattern STATUS_ID = Pattern.compile("[0-9]{1,18}");
    /** Jira's default project key pattern: a letter, then letters, digits or underscores. */
    private static final Pattern PROJECT_KEY = Pattern.compile("[A-Z][A-Z0-9_]{0,254}");

    private static final AppSettings DEFAULTS = new AppSettings(null, Map.of(), true);

    public AppSettings {
        if (storyPointsFieldId != null) {
            storyPointsFieldId = storyPointsFieldId.strip();
            if (storyPointsFieldId.isEmpty()) {
                storyPointsFieldId = null;
            } else {
                InvalidInputException.require(FIELD_ID.matcher(storyPointsFieldId).matches(), STORY_POINTS_FIELD,
                        "must be a custom field id such as customfield_10002");
            }
        }
        Map<String, Set<String>> byProject = new TreeMap<>();
        if (doneStatusIds != null) {
            doneStatusIds.forEach((projectKey, statusIds) -> {
                String key = projectKey == null ? "" : projectKey.strip().toUpperCase(Locale.ROOT);
                InvalidInputException.require(PROJECT_KEY.matcher(key).matches(), DONE_STATUSES_FIELD,
                        "'" + abbreviated(projectKey) + "' is not a project key");
                String field = DONE_STATUSES_FIELD + "." + key;
                InvalidInputException.require(!byProject.containsKey(key), field, "is given twice");
                byProject.put(key, statusIds(statusIds, field));
            });
        }
        doneStatusIds = java.util.Collections.unmodifiableMap(byProject);
    }

    /** Settings from lists as JSON gives them (a status id listed twice counts once). */
    public static AppSettings of(String storyPointsFieldId, Map<String, ? extends Collection<String>> doneStatusIds) {
        Map<String, Set<String>> byProject = new java.util.LinkedHashMap<>();
        if (doneStatusIds != null) {
            doneStatusIds.forEach((key, ids) -> byProject.put(key, ids == null ? null : new java.util.LinkedHashSet<>(ids)));
        }
        return new AppSettings(storyPointsFieldId, byProject, true);
    }

    /** These settings with the weekly check-in reminders switched on or off for everyone. */
    public AppSettings withRemindersEnabled(boolean enabled) {
        return new AppSettings(storyPointsFieldId, doneStatusIds, enabled);
    }

    /** No choice made: story points by name, done by status category. */
    public static AppSettings defaults() {
        return DEFAULTS;
    }

    /** The configured story point field id, or empty for "found by its name". */
    public Optional<String> storyPointsField() {
        return Optional.ofNullable(storyPointsFieldId);
    }

    /** The statuses that mean done in the project with this key (any case), or empty for the Done category. */
    public Optional<Set<String>> doneStatusIds(String projectKey) {
        return projectKey == null ? Optional.empty()
                : Optional.ofNullable(doneStatusIds.get(projectKey.strip().toUpperCase(Locale.ROOT)));
    }

    private static Set<String> statusIds(Collection<String> statusIds, String field) {
        InvalidInputException.require(statusIds != null && !statusIds.isEmpty(), field,
                "must list at least one status id (leave the project out to use the Done category)");
        Set<String> ids = new TreeSet<>();
        for (String id : statusIds) {
            String stripped = id == null ? "" : id.strip();
            InvalidInputException.require(STATUS_ID.matcher(stripped).matches(), field,
                    "'" + abbreviated(id) + "' is not a status id (a number such as 10001)");
            ids.add(stripped);
        }
        return java.util.Collections.unmodifiableSet(ids);
    }

    private static String abbreviated(String text) {
        return text == null ? "" : text.length() > 40 ? text.substring(0, 40) + "..." : text;
    }
}
