package io.lodestar.jira.host;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertSame;
import static org.junit.Assert.assertTrue;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.atlassian.greenhopper.api.customfield.ManagedCustomFieldsService;
import com.atlassian.jira.bc.ServiceOutcome;
import com.atlassian.jira.issue.CustomFieldManager;
import com.atlassian.jira.issue.fields.CustomField;
import io.lodestar.jira.settings.AppSettings;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.Before;
import org.junit.Test;

/**
 * Jira Software's managed fields first, the field's name as the fallback, and the administrator's story point
 * field before both.
 */
public class JiraSoftwareFieldsTest {

    private final CustomFieldManager fields = mock(CustomFieldManager.class);
    private final Map<JiraSoftwareFields.Managed, CustomField> managed = new EnumMap<>(JiraSoftwareFields.Managed.class);
    private CustomField namedSprint;
    private CustomField namedEpicLink;
    private CustomField namedPoints;

    @Before
    public void jira() {
        namedSprint = field("customfield_10100");
        namedEpicLink = field("customfield_10101");
        namedPoints = field("customfield_10102");
        when(fields.getCustomFieldObjectsByName("Sprint")).thenReturn(List.of(namedSprint));
        when(fields.getCustomFieldObjectsByName("Epic Link")).thenReturn(List.of(namedEpicLink));
        when(fields.getCustomFieldObjectsByName("Story Points")).thenReturn(List.of(namedPoints));
    }

    private static CustomField field(String id) {
        CustomField field = mock(CustomField.class);
        when(field.getId()).thenReturn(id);
        return field;
    }

    private JiraSoftwareFields withJiraSoftware() {
        return new JiraSoftwareFields(fields, field -> Optional.ofNullable(managed.get(field)));
    }

    @Test
    public void shouldUseJiraSoftwaresFieldsWhenAnAdministratorRenamedThemOrAnotherFieldTakesTheirName() {
        CustomField sprint = field("customfield_10020");
        CustomField epicLink = field("customfield_10014");
        CustomField points = field("customfield_10016");
        managed.put(JiraSoftwareFields.Managed.SPRINT, sprint);
        managed.put(JiraSoftwareFields.Managed.EPIC_LINK, epicLink);
        managed.put(JiraSoftwareFields.Managed.STORY_POINTS, points);

        JiraSoftwareFields found = withJiraSoftware();

        assertSame(sprint, found.sprint());
        assertSame(epicLink, found.epicLink());
        assertSame(points, found.storyPoints(AppSettings.defaults(), "Story Points"));
    }

    @Test
    public void shouldFallBackToTheFieldsNamesWhenJiraSoftwareIsAbsentOrCannotSay() {
        JiraSoftwareFields found = withJiraSoftware();

        assertSame(namedSprint, found.sprint());
        assertSame(namedEpicLink, found.epicLink());
        assertSame(namedPoints, found.storyPoints(AppSettings.defaults(), "Story Points"));
        assertNull("no fallback name: no field", found.storyPoints(AppSettings.defaults(), " "));
    }

    @Test
    public void shouldUseTheAdministratorsStoryPointFieldBeforeJiraSoftwaresAndNeverSwapItForAnother() {
        CustomField chosen = field("customfield_10500");
        when(fields.getCustomFieldObject("customfield_10500")).thenReturn(chosen);
        managed.put(JiraSoftwareFields.Managed.STORY_POINTS, field("customfield_10016"));
        JiraSoftwareFields found = withJiraSoftware();

        assertSame(chosen, found.storyPoints(AppSettings.of("customfield_10500", Map.of()), "Story Points"));
        assertNull("a chosen field Jira does not have gives no points",
                found.storyPoints(AppSettings.of("customfield_99999", Map.<String, Set<String>>of()), "Story Points"));
    }

    @Test
    public void shouldReadOnlyValidOutcomesWhenJiraSoftwaresServiceAnswers() {
        CustomField sprint = field("customfield_10020");
        ServiceOutcome<CustomField> valid = outcome(true, sprint);
        ServiceOutcome<CustomField> invalid = outcome(false, field("customfield_10014"));
        ManagedCustomFieldsService service = mock(ManagedCustomFieldsService.class);
        when(service.getSprintCustomField()).thenReturn(valid);
        when(service.getEpicLinkCustomField()).thenReturn(invalid);
        when(service.getStoryPointsCustomField()).thenReturn(null);

        assertEquals(Optional.of(sprint), JiraSoftwareFields.JiraSoftwareService.from(service, JiraSoftwareFields.Managed.SPRINT));
        assertTrue("an outcome with errors is not used",
                JiraSoftwareFields.JiraSoftwareService.from(service, JiraSoftwareFields.Managed.EPIC_LINK).isEmpty());
        assertTrue(JiraSoftwareFields.JiraSoftwareService.from(service, JiraSoftwareFields.Managed.STORY_POINTS).isEmpty());
        assertTrue("no service: Jira Software is not installed or not enabled",
                JiraSoftwareFields.JiraSoftwareService.from(null, JiraSoftwareFields.Managed.SPRINT).isEmpty());
    }

    @Test
    public void shouldAnswerAbsentWhenNoPluginExportsJiraSoftwaresService() {
        // The host-api stand-in of ComponentAccessor finds no OSGi service, as Jira Core does.
        assertTrue(JiraSoftwareFields.fromJiraSoftware(JiraSoftwareFields.Managed.SPRINT).isEmpty());
        assertSame(namedSprint, new JiraSoftwareFields(fields).sprint());
    }

    @SuppressWarnings("unchecked")
    private static ServiceOutcome<CustomField> outcome(boolean valid, CustomField field) {
        ServiceOutcome<CustomField> outcome = mock(ServiceOutcome.class);
        when(outcome.isValid()).thenReturn(valid);
        when(outcome.get()).thenReturn(field);
        return outcome;
    }
}
