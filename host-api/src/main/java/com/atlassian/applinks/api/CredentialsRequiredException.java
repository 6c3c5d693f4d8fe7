package com.atlassian.applinks.api;

import java.net.URI;

/**
 * Checked: the current user has not yet authorised requests to the linked application. It carries the URI
 * where they can do so. Stand-in bodies return {@code null}; the host class is used at run time.
 */
public class CredentialsRequiredException extends Exception implements AuthorisationURIGenerator {
    private static final long serialVersionUID = 1L;

    public CredentialsRequiredException(AuthorisationURIGenerator authorisationURIGenerator, String message) {
        super(message);
    }

    @Override
    public URI getAuthorisationURI(URI callback) {
        return null;
    }

    @Override
    public URI getAuthorisationURI() {
        return null;
    }
}
