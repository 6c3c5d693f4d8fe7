package io.lodestar.jira.app;

/** A request made without a logged-in user to something that needs one; the REST layer answers 401. */
public class NotLoggedInException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public NotLoggedInException() {
        super("you must be logged in");
    }
}
