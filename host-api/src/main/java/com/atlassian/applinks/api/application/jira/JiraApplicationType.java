package com.atlassian.applinks.api.application.jira;

import com.atlassian.applinks.api.ApplicationType;

/** The Jira application type; its class literal selects Jira links. An interface in the real API. */
public interface JiraApplicationType extends ApplicationType {
}
