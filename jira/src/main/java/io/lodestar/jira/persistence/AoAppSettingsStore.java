package io.lodestar.jira.persistence;

import com.atlassian.activeobjects.external.ActiveObjects;
import io.lodestar.core.common.InvalidInputException;
import io.lodestar.jira.settings.AppSettings;
import io.lodestar.jira.settings.AppSettingsStore;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import net.java.ao.Query;

/**
 * {@link AppSettingsStore} on the {@link SettingEntity} rows, read on every call (no cache, so every
 * Data Center node sees a change at once).
 *
 * <p>Rows: scope {@value #GLOBAL} name {@value #STORY_POINTS_FIELD} holds the field id; name {@value #REMINDERS_ENABLED}
 * {@code true} or {@code false} (no row: on); scope
 * {@code project:<KEY>} name {@value #DONE_STATUSES} holds the status ids separated by commas. A project is
 * scoped by its key, as administrators name it: a project whose key changes falls back to the Done category
 * until its statuses are saved again under the new key.
 *
 * <p>Reading is one query; replacing is one transaction (a delete of the rows of these names, then the
 * inserts). Should two nodes replace at the same moment, both sets of rows may land; reading keeps, per
 * scope and name, the row with the highest id, i.e. the last insert.
 */
public final class AoAppSettingsStore implements AppSettingsStore {

    static final String GLOBAL = "global";
    static final String PROJECT_SCOPE = "project:";
    static final String STORY_POINTS_FIELD = "storyPointsFieldId";
    static final String DONE_STATUSES = "doneStatusIds";
    static final String REMINDERS_ENABLED = "remindersEnabled";

    private final ActiveObjects ao;

    public AoAppSettingsStore(ActiveObjects ao) {
        this.ao = Objects.requireNonNull(ao, "ao");
    }

    @Override
    public AppSettings read() {
        String fieldId = null;
        Map<String, List<String>> doneStatuses = new LinkedHashMap<>();
        boolean reminders = true;
        for (SettingEntity row : ao.find(SettingEntity.class, Query.select()
                .where(SettingEntity.NAME + " IN (?, ?, ?)", STORY_POINTS_FIELD, DONE_STATUSES, REMINDERS_ENABLED)
                .order("ID"))) {
            if (GLOBAL.equals(row.getScope()) && REMINDERS_ENABLED.equals(row.getName())) {
                // Anything but "false" (a row edited by hand) leaves reminders on, their default.
                reminders = !"false".equals(row.getTextValue());
            } else if (GLOBAL.equals(row.getScope()) && STORY_POINTS_FIELD.equals(row.getName())) {
                fieldId = valid(row.getTextValue(), null) ? row.getTextValue() : fieldId;
            } else if (row.getScope() != null && row.getScope().startsWith(PROJECT_SCOPE) && DONE_STATUSES.equals(row.getName())) {
                String key = row.getScope().substring(PROJECT_SCOPE.length()).strip().toUpperCase(Locale.ROOT);
                List<String> ids = row.getTextValue() == null ? List.of() : Arrays.asList(row.getTextValue().split(","));
                if (valid(null, Map.of(key, ids))) {
                    doneStatuses.put(key, ids);
                }
            }
        }
        return AppSettings.of(fieldId, doneStatuses).withRemindersEnabled(reminders);
    }

    @Override
    public AppSettings replace(AppSettings settings) {
        Objects.requireNonNull(settings, "settings");
        return ao.executeInTransaction(() -> {
            ao.deleteWithSQL(SettingEntity.class, SettingEntity.SCOPE + " = ? AND " + SettingEntity.NAME + " = ?", GLOBAL,
                    REMINDERS_ENABLED);
            ao.deleteWithSQL(SettingEntity.class, SettingEntity.NAME + " IN (?, ?)", STORY_POINTS_FIELD, DONE_STATUSES);
            insert(GLOBAL, REMINDERS_ENABLED, Boolean.toString(settings.remindersEnabled()));
            settings.storyPointsField().ifPresent(id -> insert(GLOBAL, STORY_POINTS_FIELD, id));
            settings.doneStatusIds().forEach((key, ids) ->
                    insert(TextLimits.requireShort(PROJECT_SCOPE + key, AppSettings.DONE_STATUSES_FIELD),
                            DONE_STATUSES, String.join(",", ids)));
            return settings;
        });
    }

    private void insert(String scope, String name, String value) {
        ao.create(SettingEntity.class, Map.of(SettingEntity.SCOPE, scope, SettingEntity.NAME, name,
                SettingEntity.TEXT_VALUE, value));
    }

    /**
     * Whether a stored value is still acceptable. A row edited by hand into something invalid is skipped
     * (its default applies) rather than failing every page that reads issues.
     */
    private static boolean valid(String fieldId, Map<String, List<String>> doneStatuses) {
        try {
            AppSettings.of(fieldId, doneStatuses);
            return true;
        } catch (InvalidInputException e) {
            return false;
        }
    }
}
