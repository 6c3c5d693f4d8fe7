package io.lodestar.sandbox.host.platform;

import java.sql.Connection;
import java.sql.SQLException;

/** Where the platform stand-ins open connections to the database every node shares (the sandbox's H2). */
@FunctionalInterface
public interface Connections {

    /** A new connection in auto-commit mode; the caller closes it. */
    Connection open() throws SQLException;

    /** Whether the failure is a unique or primary key violation: another node inserted the same row first. */
    static boolean isDuplicate(SQLException e) {
        return e instanceof java.sql.SQLIntegrityConstraintViolationException
                || (e.getSQLState() != null && e.getSQLState().startsWith("23"));
    }
}
