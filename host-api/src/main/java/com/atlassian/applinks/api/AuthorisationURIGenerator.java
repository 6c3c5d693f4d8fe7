package com.atlassian.applinks.api;

import java.net.URI;

/** Gives the URI where a user grants access to the linked application (the OAuth dance). */
public interface AuthorisationURIGenerator {
    URI getAuthorisationURI(URI callback);

    URI getAuthorisationURI();
}
