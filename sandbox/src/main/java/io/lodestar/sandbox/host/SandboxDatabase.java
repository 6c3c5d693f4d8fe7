package io.lodestar.sandbox.host;

import com.atlassian.activeobjects.external.ActiveObjects;
import io.lodestar.jira.persistence.EntityManagerActiveObjects;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import net.java.ao.EntityManager;
import net.java.ao.RawEntity;
import net.java.ao.atlassian.AtlassianFieldNameConverter;
import net.java.ao.atlassian.AtlassianIndexNameConverter;
import net.java.ao.atlassian.AtlassianSequenceNameConverter;
import net.java.ao.atlassian.AtlassianTableNameConverter;
import net.java.ao.atlassian.AtlassianTriggerNameConverter;
import net.java.ao.atlassian.AtlassianUniqueNameConverter;
import net.java.ao.builder.EntityManagerBuilder;

/**
 * The sandbox's Active Objects: an AO {@link EntityManager} on an embedded H2 database in the data folder, so data
 * survives a restart, behind the persistence engineer's {@link EntityManagerActiveObjects} (really
 * transactional, like the host's). Tables are named the way Jira's AO plugin names them, {@code AO_XXXXXX_TABLE},
 * with a prefix derived from the descriptor's {@code <ao namespace>} (here the last six hex digits of its MD5).
 * The entities migrated are those the descriptor's {@code <ao>} module lists, read by {@link PluginDescriptor}.
 * Upgrade tasks are not run: a sandbox database is created by the current model and the host-api's
 * {@code ModelVersion} is a compile-only stand-in.
 *
 * <p>Or, for a sandbox cluster (issue 14), on a PostgreSQL database that several sandbox processes share
 * ({@link Remote}): AO's PostgreSQL dialect in schema {@code public}, nothing in the data folder, and no lock on the
 * database, since every node of the cluster opens it.
 */
public final class SandboxDatabase implements AutoCloseable {

    /**
     * A commit is in the database file before {@code commit()} returns, so an HTTP 2xx, which the REST resources send
     * only after their transaction committed, is never lost when the sandbox's JVM is killed.
     *
     * <p>H2's default, {@code WRITE_DELAY=500}, is the MVStore's auto-commit delay: a committed transaction stays in
     * memory and a background thread writes it to the file up to half a second later, so a {@code kill -9} lost every
     * write answered in the last 0.5 s (127 of 1,014 in one burst). With 0, H2 2.2's {@code TransactionStore} stores
     * the MVStore at the end of every transaction that changed data, on the committing thread, and waits until the
     * new chunk is written to the file. A chunk carries a checksum and on open H2 starts from the newest complete one,
     * so a kill in the middle of a write leaves the previous commit, never half of one.
     *
     * <p>What it does not guarantee: the write goes to the operating system, which keeps it across a killed process,
     * but H2 does not fsync it ({@code FileChannel.force} only on close and compaction), so a power loss or a kernel
     * crash can still lose the last commits. The cost: one chunk write per committing transaction instead of one per
     * half second; the README gives the measured throughput.
     */
    private static final String COMMIT_TO_FILE = "WRITE_DELAY=0";

    private final EntityManager entityManager;
    private final EntityManagerActiveObjects activeObjects;
    private final boolean embedded;

    /** A shared database the sandbox connects to instead of its embedded H2: a JDBC URL, its user and password. */
    public record Remote(String url, String user, String password) {
        public Remote {
            if (url == null || !url.startsWith("jdbc:postgresql://")) {
                throw new IllegalArgumentException("a jdbc:postgresql://host:port/database URL");
            }
            user = user == null ? "" : user;
            password = password == null ? "" : password;
        }
    }

    private SandboxDatabase(EntityManager entityManager, boolean embedded) {
        this.entityManager = entityManager;
        this.activeObjects = new EntityManagerActiveObjects(entityManager);
        this.embedded = embedded;
    }

    /** Opens the shared database (or, {@code remote} null, the embedded one in {@code dataDir}) and migrates. */
    public static SandboxDatabase open(Path dataDir, Remote remote, PluginDescriptor descriptor, ClassLoader loader) {
        if (remote == null) {
            return open(dataDir, descriptor, loader);
        }
        try (Connection connection = java.sql.DriverManager.getConnection(remote.url(), remote.user(), remote.password())) {
            connection.isValid(5);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot connect to " + remote.url() + " as " + remote.user() + ": "
                    + e.getMessage(), e);
        }
        EntityManager entityManager = named(EntityManagerBuilder.url(remote.url()).username(remote.user())
                .password(remote.password()).schema("public").none(), descriptor);
        SandboxDatabase database = new SandboxDatabase(entityManager, false);
        database.activeObjects.migrate(entities(descriptor, loader));
        return database;
    }

    private static EntityManager named(net.java.ao.builder.EntityManagerBuilderWithDatabaseProperties builder,
                                       PluginDescriptor descriptor) {
        return builder
                .tableNameConverter(new AtlassianTableNameConverter(name -> tablePrefix(descriptor.aoNamespace()) + name))
                .fieldNameConverter(new AtlassianFieldNameConverter())
                .sequenceNameConverter(new AtlassianSequenceNameConverter())
                .triggerNameConverter(new AtlassianTriggerNameConverter())
                .indexNameConverter(new AtlassianIndexNameConverter())
                .uniqueNameConverter(new AtlassianUniqueNameConverter())
                .build();
    }

    /** Hears every SQL statement Active Objects sends (the measurement benchmark counts them). */
    public void addSqlListener(net.java.ao.DatabaseProvider.SqlListener listener) {
        entityManager.getProvider().addSqlListener(listener);
    }

    /** Whether this is the embedded H2 (else the shared PostgreSQL of a cluster). */
    public boolean embedded() {
        return embedded;
    }

    /** Opens (or creates) the database in {@code dataDir} and migrates the app's entities. */
    public static SandboxDatabase open(Path dataDir, PluginDescriptor descriptor, ClassLoader loader) {
        try {
            Files.createDirectories(dataDir);
        } catch (java.io.IOException e) {
            throw new IllegalArgumentException("cannot create the data folder " + dataDir + ": " + e.getMessage(), e);
        }
        String url = "jdbc:h2:file:" + dataDir.toAbsolutePath().resolve("lodestar")
                + ";DB_CLOSE_DELAY=-1;DB_CLOSE_ON_EXIT=FALSE;OLD_INFORMATION_SCHEMA=TRUE;" + COMMIT_TO_FILE;
        checkNotInUse(url, dataDir);
        EntityManager entityManager = named(EntityManagerBuilder.url(url).username("sa").password("").none(), descriptor);
        SandboxDatabase database = new SandboxDatabase(entityManager, true);
        database.activeObjects.migrate(entities(descriptor, loader));
        return database;
    }

    public ActiveObjects activeObjects() {
        return activeObjects;
    }

    /** A binary column type of the database, for the sandbox's own tables. */
    public static String binaryType(Connection connection) throws SQLException {
        return isPostgres(connection) ? "BYTEA" : "VARBINARY(65536)";
    }

    /** A long text column type of the database, for the sandbox's own tables. */
    public static String textType(Connection connection) throws SQLException {
        return isPostgres(connection) ? "TEXT" : "CLOB";
    }

    private static boolean isPostgres(Connection connection) throws SQLException {
        return connection.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT).contains("postgres");
    }

    /** A connection to the same database for the sandbox's own tables (the dashboard's item preferences); close it. */
    public Connection connection() throws SQLException {
        return entityManager.getProvider().getConnection();
    }

    /** Closes the database cleanly (H2 writes everything out and releases the folder's lock; a shared one stays up). */
    @Override
    public void close() {
        if (!embedded) {
            entityManager.getProvider().dispose();
            return;
        }
        try (Connection connection = entityManager.getProvider().getConnection();
             Statement statement = connection.createStatement()) {
            statement.execute("SHUTDOWN");
        } catch (SQLException e) {
            // Already closed: nothing left to write out.
        }
        entityManager.getProvider().dispose();
    }

    private static void checkNotInUse(String url, Path dataDir) {
        try (Connection connection = java.sql.DriverManager.getConnection(url, "sa", "")) {
            connection.isValid(1);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot open the database in " + dataDir
                    + " (is another sandbox using this --data folder?): " + e.getMessage(), e);
        }
    }

    @SuppressWarnings("unchecked")
    private static Class<? extends RawEntity<?>>[] entities(PluginDescriptor descriptor, ClassLoader loader) {
        List<Class<? extends RawEntity<?>>> entities = new ArrayList<>();
        for (String name : descriptor.aoEntities()) {
            try {
                entities.add((Class<? extends RawEntity<?>>) Class.forName(name, true, loader).asSubclass(RawEntity.class));
            } catch (ClassNotFoundException | ClassCastException e) {
                throw new IllegalStateException("the <ao> module lists " + name + ", which is not an entity on the classpath", e);
            }
        }
        return entities.toArray(new Class[0]);
    }

    static String tablePrefix(String namespace) {
        try {
            byte[] digest = MessageDigest.getInstance("MD5").digest(namespace.getBytes(StandardCharsets.UTF_8));
            String hex = String.format("%032x", new BigInteger(1, digest)).toUpperCase(Locale.ROOT);
            return "AO_" + hex.substring(hex.length() - 6) + "_";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
