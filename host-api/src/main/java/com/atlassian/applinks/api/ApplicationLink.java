package com.atlassian.applinks.api;

import java.net.URI;

/** A configured link to another application. */
public interface ApplicationLink {
    ApplicationId getId();

    ApplicationType getType();

    String getName();

    URI getDisplayUrl();

    URI getRpcUrl();

    boolean isPrimary();

    ApplicationLinkRequestFactory createAuthenticatedRequestFactory();
}
