package org.lectern.store.team;

import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationVersion;

/**
 * The team schema in a database: its Flyway migrations (of their own, beside the project file's), its group
 * roles and the version a database carries.
 */
final class TeamSchema {
    static final String SCHEMA = "lectern";
    static final String HISTORY_TABLE = "flyway_schema_history";
    /** The newest migration in org/lectern/store/team/migration (a test checks that they agree). */
    static final String CURRENT_VERSION = "2";
    /** The transaction lock every write takes before it gets its rev (any constant; it spells "Lect"). */
    static final long WRITE_LOCK = 0x4c656374L;
    static final String CHANGES_CHANNEL = "lectern_changes";

    private TeamSchema() {
    }

    /** This database's group role for a team role: roles are shared by the whole cluster, hence the prefix. */
    static String groupRole(String database, TeamRole role) {
        return database + "_" + role.word();
    }

    /** Whether the database has a Lectern team schema at all (read from the catalog, which anyone may read). */
    static boolean present(Connection connection) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("SELECT 1 FROM pg_catalog.pg_class c"
                + " JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = ? AND c.relname = ?")) {
            query.setString(1, SCHEMA);
            query.setString(2, "member");
            try (ResultSet rows = query.executeQuery()) {
                return rows.next();
            }
        }
    }

    /** The newest schema version applied to this database, if it has a history table. */
    static Optional<MigrationVersion> appliedVersion(Connection connection) throws SQLException {
        try (PreparedStatement exists = connection.prepareStatement("SELECT 1 FROM pg_catalog.pg_class c"
                + " JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = ? AND c.relname = ?")) {
            exists.setString(1, SCHEMA);
            exists.setString(2, HISTORY_TABLE);
            try (ResultSet rows = exists.executeQuery()) {
                if (!rows.next()) {
                    return Optional.empty();
                }
            }
        }
        MigrationVersion newest = null;
        try (PreparedStatement query = connection.prepareStatement("SELECT version FROM " + SCHEMA + "."
                + HISTORY_TABLE + " WHERE success AND version IS NOT NULL");
             ResultSet rows = query.executeQuery()) {
            while (rows.next()) {
                MigrationVersion version = MigrationVersion.fromVersion(rows.getString(1));
                if (newest == null || version.isNewerThan(newest.getVersion())) {
                    newest = version;
                }
            }
        }
        return Optional.ofNullable(newest);
    }

    /** Refuses a database whose schema a newer Lectern made: this one would misread or damage it. */
    static void refuseNewer(Connection connection, TeamAddress address) throws SQLException {
        Optional<MigrationVersion> applied = appliedVersion(connection);
        if (applied.isPresent() && applied.get().isNewerThan(CURRENT_VERSION)) {
            throw new TeamServerException(TeamServerException.Reason.NEWER_SCHEMA,
                    "The team database '" + address.database() + "' on " + address.server()
                    + " was set up by a newer Lectern (team schema version " + applied.get() + "; this Lectern"
                    + " knows up to " + CURRENT_VERSION + "): update Lectern to use it.");
        }
    }

    static void migrate(DataSource dataSource, String database, String owner) {
        Flyway.configure()
                .dataSource(dataSource)
                .schemas(SCHEMA)
                .defaultSchema(SCHEMA)
                .createSchemas(true)
                .table(HISTORY_TABLE)
                .locations("classpath:org/lectern/store/team/migration")
                .placeholders(Map.of(
                        "analyst_role", groupRole(database, TeamRole.ANALYST),
                        "reviewer_role", groupRole(database, TeamRole.REVIEWER),
                        "lead_role", groupRole(database, TeamRole.LEAD),
                        "owner_role", owner,
                        "write_lock", Long.toString(WRITE_LOCK)))
                .load()
                .migrate();
    }

    /** Gives Flyway connections of one login, opened the way every Lectern team connection is. */
    static DataSource dataSource(TeamLogin login) {
        return new DataSource() {
            @Override
            public Connection getConnection() {
                return login.open();
            }

            @Override
            public Connection getConnection(String username, String password) {
                throw new UnsupportedOperationException("Lectern connects with the team login it was given");
            }

            @Override
            public PrintWriter getLogWriter() {
                return null;
            }

            @Override
            public void setLogWriter(PrintWriter out) {
                // Flyway logs through SLF4J; nothing is written here.
            }

            @Override
            public void setLoginTimeout(int seconds) {
                // The URL's connectTimeout applies.
            }

            @Override
            public int getLoginTimeout() {
                return 0;
            }

            @Override
            public Logger getParentLogger() {
                return Logger.getLogger("org.lectern.store.team");
            }

            @Override
            public <T> T unwrap(Class<T> type) throws SQLException {
                throw new SQLException("not a wrapper");
            }

            @Override
            public boolean isWrapperFor(Class<?> type) {
                return false;
            }
        };
    }
}
