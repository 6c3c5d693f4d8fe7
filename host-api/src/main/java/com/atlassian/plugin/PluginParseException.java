package com.atlassian.plugin;

/** Unchecked failure to read a module's configuration. */
public class PluginParseException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public PluginParseException() {
    }

    public PluginParseException(String message) {
        super(message);
    }

    public PluginParseException(String message, Throwable cause) {
        super(message, cause);
    }

    public PluginParseException(Throwable cause) {
        super(cause);
    }
}
