package com.atlassian.sal.api.net;

/** Checked failure of an outgoing request or of reading its response. */
public class ResponseException extends Exception {
    private static final long serialVersionUID = 1L;

    public ResponseException() {
    }

    public ResponseException(String message) {
        super(message);
    }

    public ResponseException(String message, Throwable cause) {
        super(message, cause);
    }

    public ResponseException(Throwable cause) {
        super(cause);
    }
}
