package com.atlassian.templaterenderer;

/** Unchecked failure while rendering a template. */
public class RenderingException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public RenderingException(String message) {
        super(message);
    }

    public RenderingException(String message, Throwable cause) {
        super(message, cause);
    }

    public RenderingException(Throwable cause) {
        super(cause);
    }
}
