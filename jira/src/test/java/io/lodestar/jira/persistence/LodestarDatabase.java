package io.lodestar.jira.persistence;

import net.java.ao.test.jdbc.AbstractJdbcConfiguration;

/**
 * The database the persistence tests run on, for {@code @Jdbc(LodestarDatabase.class)} with AO's
 * {@code ActiveObjectsJUnitRunner}.
 *
 * <p>By default an in-memory HSQLDB. Given the system properties
 * <pre>
 *   -Dlodestar.db.url=jdbc:postgresql://localhost:54329/lodestar
 *   -Dlodestar.db.user=lodestar -Dlodestar.db.password=lodestar   (optional: -Dlodestar.db.schema=public)
 * </pre>
 * the same tests run on that database instead ({@code .ci/postgres.sh} does so on a throwaway
 * PostgreSQL). Our own properties rather than AO's {@code ao.test.database}/{@code db.url}, because
 * AO's dynamic configuration reads them once per JVM and defaults PostgreSQL to a schema named
 * {@code ao_schema} that a fresh database does not have.
 */
public final class LodestarDatabase extends AbstractJdbcConfiguration {

    public static final String URL_PROPERTY = "lodestar.db.url";
    public static final String USER_PROPERTY = "lodestar.db.user";
    public static final String PASSWORD_PROPERTY = "lodestar.db.password";
    public static final String SCHEMA_PROPERTY = "lodestar.db.schema";

    private static final String HSQL_URL = "jdbc:hsqldb:mem:lodestar";

    public LodestarDatabase() {
        super(configured(URL_PROPERTY), configured(USER_PROPERTY), configured(PASSWORD_PROPERTY),
                configured(SCHEMA_PROPERTY));
    }

    /** Whether the tests run on a database given by {@link #URL_PROPERTY} rather than HSQLDB. */
    public static boolean isExternal() {
        return configured(URL_PROPERTY) != null;
    }

    /** A short name of the database in use, for test output. */
    public static String describe() {
        return isExternal() ? configured(URL_PROPERTY) : HSQL_URL;
    }

    private static String configured(String property) {
        String value = System.getProperty(property);
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static boolean postgres() {
        String url = configured(URL_PROPERTY);
        return url != null && url.startsWith("jdbc:postgresql:");
    }

    @Override
    protected String getDefaultUrl() {
        return HSQL_URL;
    }

    @Override
    protected String getDefaultSchema() {
        return postgres() ? "public" : "PUBLIC";
    }

    @Override
    protected String getDefaultUsername() {
        return isExternal() ? "lodestar" : "sa";
    }

    @Override
    protected String getDefaultPassword() {
        return isExternal() ? "lodestar" : "";
    }
}
