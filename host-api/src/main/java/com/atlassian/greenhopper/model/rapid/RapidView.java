package com.atlassian.greenhopper.model.rapid;

/**
 * Jira Software's board ("rapid view"), a class: {@code Long getId()}, {@code String getName()},
 * {@code Long getSavedFilterId()} verified in the Jira Software javadoc (5.9.4, 6.0.3) and by plugins calling them on
 * Jira 9/10 (reference sheet §4). Only these getters are declared; the stand-in bodies answer null and are never run
 * in Jira (the sandbox subclasses this stand-in to play a board).
 */
public class RapidView {
    public Long getId() {
        return null;
    }

    public String getName() {
        return null;
    }

    /** The id of the saved filter that selects the board's issues. */
    public Long getSavedFilterId() {
        return null;
    }
}
