package com.atlassian.sal.api;

/** How {@link ApplicationProperties#getBaseUrl(UrlMode)} builds the base URL. */
public enum UrlMode {
    ABSOLUTE, CANONICAL, RELATIVE, RELATIVE_CANONICAL, AUTO
}
