package io.lodestar.bundle;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;

import org.junit.Test;

public class HostStandInTest {
    private final HostStandIn host = HostStandIn.of("jira", "10.3.0")
            .exporting("com.atlassian.plugin.*", "8.0.0")
            .exporting("com.atlassian.plugin.web.*", "7.0.0")
            .exporting("javax.inject", "1.0.0");

    @Test
    public void shouldUseTheMostSpecificRuleWhenSeveralMatch() {
        assertEquals("7.0.0", host.exportVersion("com.atlassian.plugin.web"));
        assertEquals("7.0.0", host.exportVersion("com.atlassian.plugin.web.api"));
        assertEquals("8.0.0", host.exportVersion("com.atlassian.plugin"));
    }

    @Test
    public void shouldExportNothingWhenNoRuleCoversThePackage() {
        assertNull(host.exportVersion("com.atlassian.plugins.rest.api"));
        assertNull(host.exportVersion("javax.inject.spi"));
        assertNull(host.exportVersion("com.atlassian.pluginx"));
    }
}
