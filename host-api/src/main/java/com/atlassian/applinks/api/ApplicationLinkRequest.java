package com.atlassian.applinks.api;

import com.atlassian.sal.api.net.Request;
import com.atlassian.sal.api.net.Response;
import com.atlassian.sal.api.net.ResponseException;

/**
 * A request to a linked application. It inherits the SAL fluent setters unchanged: redeclaring them here
 * with a narrower return type would change their descriptors.
 */
public interface ApplicationLinkRequest extends Request<ApplicationLinkRequest, Response> {
    <R> R execute(ApplicationLinkResponseHandler<R> responseHandler) throws ResponseException;
}
