package com.atlassian.confluence.macro;

/** Checked failure of a macro; Confluence shows its message in an error box in place of the macro. */
public class MacroExecutionException extends Exception {
    private static final long serialVersionUID = 1L;

    public MacroExecutionException() {
    }

    public MacroExecutionException(String message) {
        super(message);
    }

    public MacroExecutionException(String message, Throwable cause) {
        super(message, cause);
    }

    public MacroExecutionException(Throwable cause) {
        super(cause);
    }
}
