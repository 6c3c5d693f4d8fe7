package io.lodestar.confluence.applinks;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import java.net.URI;
import org.junit.Test;

public class JiraLinkTest {
    @Test
    public void shouldKeepNameAndUrlWhenBothAreValid() {
        JiraLink link = JiraLink.of("Acme Jira", URI.create("https://jira.acme.test/"));

        assertEquals("Acme Jira", link.name());
        assertEquals(URI.create("https://jira.acme.test/"), link.displayUrl());
    }

    @Test
    public void shouldNameTheUrlFieldWhenTheUrlIsRelative() {
        try {
            JiraLink.of("Acme Jira", URI.create("/jira"));
            fail("a relative URL cannot be opened from a Confluence page");
        } catch (IllegalArgumentException e) {
            assertTrue(e.getMessage(), e.getMessage().startsWith("displayUrl:"));
        }
    }

    @Test
    public void shouldNameTheNameFieldWhenTheNameIsBlank() {
        try {
            JiraLink.of(" ", URI.create("https://jira.acme.test/"));
            fail("a link without a name cannot be shown");
        } catch (IllegalArgumentException e) {
            assertTrue(e.getMessage(), e.getMessage().startsWith("name:"));
        }
    }
}
