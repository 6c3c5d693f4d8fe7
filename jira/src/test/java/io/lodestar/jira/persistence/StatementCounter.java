package io.lodestar.jira.persistence;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import net.java.ao.DatabaseProvider;
import net.java.ao.EntityManager;

/**
 * Counts the SQL statements AO sends to the database while some work runs, through AO's own SQL
 * listener hook (every prepared statement and update passes through it). Used to prove that a read
 * costs a fixed number of queries however many rows it returns.
 */
final class StatementCounter implements DatabaseProvider.SqlListener {

    private final List<String> statements = new ArrayList<>();

    /** Runs {@code work} on {@code entityManager} and returns the statements it sent, in order. */
    static List<String> statementsOf(EntityManager entityManager, Supplier<?> work) {
        StatementCounter counter = new StatementCounter();
        DatabaseProvider provider = entityManager.getProvider();
        provider.addSqlListener(counter);
        try {
            work.get();
        } finally {
            provider.removeSqlListener(counter);
        }
        return List.copyOf(counter.statements);
    }

    @Override
    public synchronized void onSql(String sql) {
        statements.add(sql);
    }
}
