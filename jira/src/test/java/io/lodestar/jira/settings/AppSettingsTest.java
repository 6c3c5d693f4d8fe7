package io.lodestar.jira.settings;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import io.lodestar.core.common.InvalidInputException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.Test;

public class AppSettingsTest {

    @Test
    public void shouldNormalizeProjectKeysAndStatusIdsWhenBuilt() {
        AppSettings settings = AppSettings.of(" customfield_10002 ", Map.of(" team ", List.of("10100", " 3", "10100")));

        assertEquals(Optional.of("customfield_10002"), settings.storyPointsField());
        assertEquals(Map.of("TEAM", Set.of("3", "10100")), settings.doneStatusIds());
        assertEquals(Optional.of(Set.of("3", "10100")), settings.doneStatusIds("Team"));
        assertTrue(settings.doneStatusIds("OPS").isEmpty());
    }

    @Test
    public void shouldMeanTheDefaultsWhenNothingIsChosen() {
        assertEquals(AppSettings.defaults(), AppSettings.of("  ", null));
        assertTrue(AppSettings.defaults().storyPointsField().isEmpty());
    }

    @Test
    public void shouldRefuseNamingTheFieldWhenAValueIsNotValid() {
        assertRefused("settings.storyPointsFieldId", () -> AppSettings.of("Story Points", Map.of()));
        assertRefused("settings.storyPointsFieldId", () -> AppSettings.of("customfield_0", Map.of()));
        assertRefused("settings.doneStatusIds.TEAM", () -> AppSettings.of(null, Map.of("TEAM", List.of("Done"))));
        assertRefused("settings.doneStatusIds.TEAM", () -> AppSettings.of(null, Map.of("TEAM", List.of())));
        assertRefused("settings.doneStatusIds.TEAM", () -> AppSettings.of(null, Map.of("TEAM", Arrays.asList("1", null))));
        assertRefused("settings.doneStatusIds", () -> AppSettings.of(null, Map.of("1TEAM", List.of("1"))));
        assertRefused("settings.doneStatusIds.TEAM", () -> AppSettings.of(null, Map.of("TEAM", List.of("1"), "team", List.of("2"))));
    }

    private static void assertRefused(String field, Runnable build) {
        try {
            build.run();
            fail("accepted, expected a refusal on " + field);
        } catch (InvalidInputException e) {
            assertEquals(field, e.field());
        }
    }
}
