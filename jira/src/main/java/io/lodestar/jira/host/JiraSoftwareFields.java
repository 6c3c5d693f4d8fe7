package io.lodestar.jira.host;

import com.atlassian.greenhopper.api.customfield.ManagedCustomFieldsService;
import com.atlassian.jira.bc.ServiceOutcome;
import com.atlassian.jira.component.ComponentAccessor;
import com.atlassian.jira.issue.CustomFieldManager;
import com.atlassian.jira.issue.fields.CustomField;
import io.lodestar.jira.settings.AppSettings;
import java.util.Collection;
import java.util.Optional;

/**
 * Jira Software's Sprint, Epic Link and Story Points custom fields, found the supported way: through Jira Software's
 * {@code ManagedCustomFieldsService} ({@code @PublicApi} since 6.3.5, verified in the Jira Software 10.3.3 javadoc),
 * which knows the fields whatever an administrator renamed them to or however many fields share their name. The
 * field's name ("Sprint", "Epic Link", "Story Points") is only the fallback, when Jira Software is absent (Jira Core,
 * Work Management), disabled, or answers with errors.
 *
 * <p>The service is looked up on every read, never kept: it belongs to the Jira Software plugin, which may be
 * disabled, upgraded or enabled while Lodestar runs, and its package is an optional import. Only the nested
 * {@code JiraSoftwareService} names Jira Software's types; it is loaded on first use inside a guard, so that when the
 * optional import is not wired the lookup answers "absent" instead of failing with a {@link LinkageError}.
 *
 * <p>Story points follow the administrator first: a field chosen in Lodestar's settings is used as it is (never
 * swapped for another, even when Jira has no such field), then Jira Software's, then the field with the name.
 */
public final class JiraSoftwareFields {

    /** The fields Jira Software manages that Lodestar reads. */
    public enum Managed {
        SPRINT("Sprint"), EPIC_LINK("Epic Link"), STORY_POINTS("Story Points");

        private final String defaultName;

        Managed(String defaultName) {
            this.defaultName = defaultName;
        }

        /** The name Jira Software gives the field when it creates it. */
        public String defaultName() {
            return defaultName;
        }
    }

    /** Jira Software's managed field, or empty when Jira Software is absent or cannot say. */
    @FunctionalInterface
    interface Lookup {
        Optional<CustomField> find(Managed field);
    }

    private final CustomFieldManager fields;
    private final Lookup managed;

    public JiraSoftwareFields(CustomFieldManager fields) {
        this(fields, JiraSoftwareFields::fromJiraSoftware);
    }

    JiraSoftwareFields(CustomFieldManager fields, Lookup managed) {
        this.fields = fields;
        this.managed = managed;
    }

    /** The Sprint field, or null when Jira has none (no Jira Software). */
    public CustomField sprint() {
        return managedOrNamed(Managed.SPRINT, Managed.SPRINT.defaultName());
    }

    /** The Epic Link field, or null when Jira has none. */
    public CustomField epicLink() {
        return managedOrNamed(Managed.EPIC_LINK, Managed.EPIC_LINK.defaultName());
    }

    /**
     * The story point field: the one whose id the settings give (null if Jira has no such field), else Jira
     * Software's, else the first custom field named {@code fallbackName} (null or blank: none).
     */
    public CustomField storyPoints(AppSettings chosen, String fallbackName) {
        if (chosen.storyPointsField().isPresent()) {
            return fields.getCustomFieldObject(chosen.storyPointsField().get());
        }
        return managedOrNamed(Managed.STORY_POINTS, fallbackName);
    }

    private CustomField managedOrNamed(Managed field, String name) {
        return managed.find(field).orElseGet(() -> named(name));
    }

    private CustomField named(String name) {
        if (name == null || name.isBlank()) {
            return null;
        }
        Collection<CustomField> named = fields.getCustomFieldObjectsByName(name);
        return named == null || named.isEmpty() ? null : named.iterator().next();
    }

    /** Jira Software's answer, or empty when it is absent, disabled, or fails: the name is the fallback then. */
    static Optional<CustomField> fromJiraSoftware(Managed field) {
        try {
            return JiraSoftwareService.find(field);
        } catch (LinkageError | RuntimeException absentOrFailing) {
            return Optional.empty();
        }
    }

    /** The only code that names Jira Software's types (see the class comment). */
    static final class JiraSoftwareService {
        private JiraSoftwareService() {
        }

        static Optional<CustomField> find(Managed field) {
            return from(ComponentAccessor.getOSGiComponentInstanceOfType(ManagedCustomFieldsService.class), field);
        }

        /** The service's field when it answers with a valid outcome that has one; empty without a service. */
        static Optional<CustomField> from(ManagedCustomFieldsService service, Managed field) {
            if (service == null) {
                return Optional.empty();
            }
            ServiceOutcome<CustomField> outcome = switch (field) {
                case SPRINT -> service.getSprintCustomField();
                case EPIC_LINK -> service.getEpicLinkCustomField();
                case STORY_POINTS -> service.getStoryPointsCustomField();
            };
            return outcome != null && outcome.isValid() ? Optional.ofNullable(outcome.get()) : Optional.empty();
        }
    }
}
