package com.atlassian.sal.api.net;

import java.io.InputStream;
import java.util.Map;

/** HTTP response of an outgoing SAL request. */
public interface Response {
    int getStatusCode();

    String getResponseBodyAsString() throws ResponseException;

    InputStream getResponseBodyAsStream() throws ResponseException;

    String getStatusText();

    boolean isSuccessful();

    String getHeader(String name);

    Map<String, String> getHeaders();
}
