package io.lodestar.core.okr;

/** Where an objective sits in the organisation, from the whole company down to one person. */
public enum ObjectiveLevel {
    COMPANY,
    DEPARTMENT,
    TEAM,
    INDIVIDUAL
}
