package com.atlassian.jira.project.version;

import java.util.Date;

/** A project version (release); the release date is a date without time of day, possibly missing. */
public interface Version {
    Long getId();

    String getName();

    boolean isReleased();

    Date getReleaseDate();
}
