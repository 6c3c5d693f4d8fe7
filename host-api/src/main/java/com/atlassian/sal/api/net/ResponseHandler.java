package com.atlassian.sal.api.net;

/** Consumes a response without returning a value. */
public interface ResponseHandler<T extends Response> {
    void handle(T response) throws ResponseException;
}
