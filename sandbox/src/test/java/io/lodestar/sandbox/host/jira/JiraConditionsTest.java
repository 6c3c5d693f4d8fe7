package io.lodestar.sandbox.host.jira;

import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import com.atlassian.plugin.web.Condition;
import io.lodestar.sandbox.host.SandboxUsers;
import java.util.Map;
import org.junit.Test;

public class JiraConditionsTest {

    private final SandboxUsers users = new SandboxUsers();

    @Test
    public void shouldHoldOnlyWhileSomeoneIsSignedInWhenTheConditionIsUserLoggedIn() {
        Condition loggedIn = JiraConditions.of(JiraConditions.USER_LOGGED_IN, users);

        assertFalse(loggedIn.shouldDisplay(Map.of()));
        users.bind(SandboxUsers.BOB);
        try {
            assertTrue(loggedIn.shouldDisplay(Map.of()));
        } finally {
            users.unbind();
        }
        assertFalse(loggedIn.shouldDisplay(Map.of()));
    }

    @Test
    public void shouldFailLoudlyWithItsNameWhenTheDescriptorNamesAConditionTheSandboxLacks() {
        String unknown = "com.atlassian.jira.plugin.webfragment.conditions.IsIssueEditableCondition";

        IllegalStateException refused = assertThrows(IllegalStateException.class, () -> JiraConditions.of(unknown, users));

        assertTrue(refused.getMessage(), refused.getMessage().contains(unknown));
    }
}
