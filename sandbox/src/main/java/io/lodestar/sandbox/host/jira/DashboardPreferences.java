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
                    + " USER_KEY VARCHAR(255) NOT NULL, PREFS " + SandboxDatabase.textType(connection) + " NOT NULL, PRIMARY KEY (DASHBOARD_ID, ITEM_ID, USER_KEY))");
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

    /** Saves the item's preferences: an update, else an insert (portable to H2 and PostgreSQL). */
    public void save(long dashboardId, long itemId, String userKey, String json) {
        try (Connection connection = database.connection()) {
            int updated;
            try (PreparedStatement update = connection.prepareStatement(
                    "UPDATE " + TABLE + " SET PREFS = ? WHERE DASHBOARD_ID = ? AND ITEM_ID = ? AND USER_KEY = ?")) {
                update.setString(1, json);
                update.setLong(2, dashboardId);
                update.setLong(3, itemId);
                update.setString(4, userKey);
                updated = update.executeUpdate();
            }
            if (updated == 0) {
                try (PreparedStatement insert = connection.prepareStatement(
                        "INSERT INTO " + TABLE + " (DASHBOARD_ID, ITEM_ID, USER_KEY, PREFS) VALUES (?, ?, ?, ?)")) {
                    insert.setLong(1, dashboardId);
                    insert.setLong(2, itemId);
                    insert.setString(3, userKey);
                    insert.setString(4, json);
                    insert.executeUpdate();
                }
            }
            if (!connection.getAutoCommit()) {
                connection.commit();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot save dashboard preferences: " + e.getMessage(), e);
        }
    }
}
