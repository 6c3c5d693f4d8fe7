package io.lodestar.core.kpi.run;

import java.util.function.Supplier;

/**
 * Port: runs work with the identity of a user, so that a background run reads only the issues that user may browse
 * (Jira's authentication context in the app). A KPI counts what its reader may see: the owner for scheduled runs,
 * whoever asked for the others.
 */
public interface Readers {

    /**
     * Runs {@code work} as the user with this key, then restores the previous identity.
     *
     * @throws io.lodestar.core.common.InvalidInputException on {@code user} when there is no such active user
     */
    <T> T as(String userKey, Supplier<T> work);
}
