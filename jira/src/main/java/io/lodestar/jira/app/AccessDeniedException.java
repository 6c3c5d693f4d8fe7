package io.lodestar.jira.app;

/**
 * A logged-in user asking for a change they have no right to make; the REST layer answers 403 with
 * the plain {@link #getMessage() reason}, which names the rule, never data the user cannot see.
 */
public class AccessDeniedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public AccessDeniedException(String reason) {
        super(reason);
    }
}
