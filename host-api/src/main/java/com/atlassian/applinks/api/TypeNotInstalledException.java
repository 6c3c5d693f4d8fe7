package com.atlassian.applinks.api;

/** Checked: the link's application type is not installed. */
public class TypeNotInstalledException extends Exception {
    private static final long serialVersionUID = 1L;

    public TypeNotInstalledException(String message) {
        super(message);
    }
}
