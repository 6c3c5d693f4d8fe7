package io.lodestar.sandbox.host.jira;

import io.lodestar.sandbox.host.SandboxDatabase;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Optional;

/**
 * Each dashboard item's preferences per user and dashboard, in the sandbox's database (table
 * {@value #TABLE}, outside the app's AO tables), as the JSON object the item saved. One statement per write,
 * so a write is whole or absent.
 */
public final class DashboardPreferences {
    static final String TABLE = "SANDBOX_DASHBOARD_PREFS";

    private final SandboxDatabase database;

    public DashboardPreferences(SandboxDatabase database) {
        this.database = database;
        try (Connection connection = database.connection(); Statement statement = connection.createStatement()) {
            statement.execute("CREATE TABLE IF NOT EXISTS " + TABLE + " (DASHBOARD_ID BIGINT NOT NULL, ITEM_ID BIGINT NOT NULL,"
                    + " USER_KEY VARCHAR(255) NOT NULL, PREFS CLOB NOT NULL, PRIMARY KEY (DASHBOARD_ID, ITEM_ID, USER_KEY))");
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create the dashboard preferences table: " + e.getMessage(), e);
        }
    }

    public Optional<String> find(long dashboardId, long itemId, String userKey) {
        try (Connection connection = database.connection();
             PreparedStatement select = connection.prepareStatement(
                     "SELECT PREFS FROM " + TABLE + " WHERE DASHBOARD_ID = ? AND ITEM_ID = ? AND USER_KEY = ?")) {
            select.setLong(1, dashboardId);
            select.setLong(2, itemId);
            select.setString(3, userKey);
            try (ResultSet rows = select.executeQuery()) {
                return rows.next() ? Optional.of(rows.getString(1)) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read dashboard preferences: " + e.getMessage(), e);
        }
    }

    public void save(long dashboardId, long itemId, String userKey, String json) {
        try (Connection connection = database.connection();
             PreparedStatement merge = connection.prepareStatement(
                     "MERGE INTO " + TABLE + " (DASHBOARD_ID, ITEM_ID, USER_KEY, PREFS) KEY (DASHBOARD_ID, ITEM_ID, USER_KEY)"
                             + " VALUES (?, ?, ?, ?)")) {
            merge.setLong(1, dashboardId);
            merge.setLong(2, itemId);
            merge.setString(3, userKey);
            merge.setString(4, json);
            merge.executeUpdate();
            if (!connection.getAutoCommit()) {
                connection.commit();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot save dashboard preferences: " + e.getMessage(), e);
        }
    }
}
