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
 */
public final class SandboxDatabase implements AutoCloseable {

    private final EntityManager entityManager;
    private final EntityManagerActiveObjects activeObjects;

    private SandboxDatabase(EntityManager entityManager) {
        this.entityManager = entityManager;
        this.activeObjects = new EntityManagerActiveObjects(entityManager);
    }

    /** Opens (or creates) the database in {@code dataDir} and migrates the app's entities. */
    public static SandboxDatabase open(Path dataDir, PluginDescriptor descriptor, ClassLoader loader) {
        try {
            Files.createDirectories(dataDir);
        } catch (java.io.IOException e) {
            throw new IllegalArgumentException("cannot create the data folder " + dataDir + ": " + e.getMessage(), e);
        }
        String url = "jdbc:h2:file:" + dataDir.toAbsolutePath().resolve("lodestar") + ";DB_CLOSE_DELAY=-1;DB_CLOSE_ON_EXIT=FALSE;OLD_INFORMATION_SCHEMA=TRUE";
        checkNotInUse(url, dataDir);
        EntityManager entityManager = EntityManagerBuilder.url(url).username("sa").password("").none()
                .tableNameConverter(new AtlassianTableNameConverter(name -> tablePrefix(descriptor.aoNamespace()) + name))
                .fieldNameConverter(new AtlassianFieldNameConverter())
                .sequenceNameConverter(new AtlassianSequenceNameConverter())
                .triggerNameConverter(new AtlassianTriggerNameConverter())
                .indexNameConverter(new AtlassianIndexNameConverter())
                .uniqueNameConverter(new AtlassianUniqueNameConverter())
                .build();
        SandboxDatabase database = new SandboxDatabase(entityManager);
        database.activeObjects.migrate(entities(descriptor, loader));
        return database;
    }

    public ActiveObjects activeObjects() {
        return activeObjects;
    }

    /** Closes the database cleanly (H2 writes everything out and releases the folder's lock). */
    @Override
    public void close() {
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
