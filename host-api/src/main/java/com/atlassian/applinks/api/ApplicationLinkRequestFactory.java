package com.atlassian.applinks.api;

import com.atlassian.sal.api.net.Request;

/** Creates authenticated requests; a relative URL is resolved against the link's RPC URL. */
public interface ApplicationLinkRequestFactory extends AuthorisationURIGenerator {
    ApplicationLinkRequest createRequest(Request.MethodType methodType, String url) throws CredentialsRequiredException;
}
