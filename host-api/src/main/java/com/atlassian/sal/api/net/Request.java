package com.atlassian.sal.api.net;

import java.util.List;
import java.util.Map;

/**
 * An outgoing HTTP request. The fluent setters return {@code T}, which erases to {@code Request}: subtypes
 * (such as the Application Links request) must not redeclare them with a narrower return type, or the method
 * descriptors in our classes would not match the host's.
 */
public interface Request<T extends Request<?, ?>, RESP extends Response> {
    T setConnectionTimeout(int connectionTimeout);

    T setSoTimeout(int soTimeout);

    T setUrl(String url);

    T setRequestBody(String requestBody);

    T setRequestBody(String requestBody, String contentType);

    T addRequestParameters(String... params);

    T addHeader(String headerName, String headerValue);

    T setHeader(String headerName, String headerValue);

    T setFollowRedirects(boolean follow);

    Map<String, List<String>> getHeaders();

    void execute(ResponseHandler<? super RESP> responseHandler) throws ResponseException;

    String execute() throws ResponseException;

    <RET> RET executeAndReturn(ReturningResponseHandler<? super RESP, RET> responseHandler) throws ResponseException;

    /** HTTP methods an outgoing request can use. */
    enum MethodType {
        GET, POST, PUT, DELETE, HEAD, TRACE, OPTIONS, PATCH
    }
}
