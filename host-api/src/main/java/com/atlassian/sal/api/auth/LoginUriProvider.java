package com.atlassian.sal.api.auth;

import java.net.URI;

/** Gives the host's login page URI that returns the user to {@code returnUri}. */
public interface LoginUriProvider {
    URI getLoginUri(URI returnUri);
}
