package com.atlassian.sal.api;

import java.util.Date;

/**
 * Facts about the host application. Referenced in Jira as {@code salApplicationProperties}: Jira has its own
 * {@code com.atlassian.jira.config.properties.ApplicationProperties}. The platform constants are compile-time
 * constants, inlined into our classes, so they carry the real values.
 */
public interface ApplicationProperties {
    String PLATFORM_JIRA = "jira";
    String PLATFORM_CONFLUENCE = "conf";

    String getBaseUrl(UrlMode urlMode);

    String getDisplayName();

    String getPlatformId();

    String getVersion();

    Date getBuildDate();

    String getBuildNumber();
}
