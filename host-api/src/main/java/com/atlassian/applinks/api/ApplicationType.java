package com.atlassian.applinks.api;

/** Kind of linked application (Jira, Confluence...). */
public interface ApplicationType {
}
