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

    /** Requests made through this factory run in the linked application as the user of the current request. */
    ApplicationLinkRequestFactory createImpersonatingAuthenticatedRequestFactory();
}
