package com.atlassian.applinks.api;

import com.atlassian.sal.api.net.Response;
import com.atlassian.sal.api.net.ResponseException;
import com.atlassian.sal.api.net.ReturningResponseHandler;

/** Turns a linked application's response into a value, with a separate path when credentials are missing. */
public interface ApplicationLinkResponseHandler<R> extends ReturningResponseHandler<Response, R> {
    R credentialsRequired(Response response) throws ResponseException;
}
