package org.lectern.store.team;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.flywaydb.core.api.FlywayException;
import org.postgresql.PGConnection;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What whoever runs the server does: set a database up as a team's meeting place ({@link #init}) and add
 * people to the team ({@link #addMember}). Runs as the URL's user, who owns the team schema and needs the
 * right to create roles (CREATEROLE); a lead of the team may add people too, each with a new login (through
 * the schema's {@code lectern.add_member}, which runs as the owner and does only that).
 */
public final class TeamAdmin implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(TeamAdmin.class);

    /** PostgreSQL's longest name (NAMEDATALEN - 1 bytes; names here are counted in characters, to be safe). */
    private static final int MAX_NAME_LENGTH = 63;

    private final TeamLogin login;

    private TeamAdmin(TeamLogin login) {
        this.login = login;
    }

    /** The owner's side of a team database; {@code password} may be null (then PGPASSWORD or .pgpass). */
    public static TeamAdmin at(TeamAddress address, char[] password) {
        return new TeamAdmin(new TeamLogin(address, password));
    }

    /**
     * Creates the team schema and the group roles, or brings them up to date; running it again changes nothing.
     * Refuses a database set up by a newer Lectern.
     */
    public void init() {
        TeamAddress address = login.address();
        String database;
        try (Connection connection = login.open()) {
            TeamSchema.refuseNewer(connection, address);
            database = currentDatabase(connection);
            if (TeamSchema.groupRole(database, TeamRole.REVIEWER).length() > MAX_NAME_LENGTH) {
                // PostgreSQL would cut the group roles' names short, and they could collide with another team's.
                throw new TeamServerException(TeamServerException.Reason.FAILED, "The database name '" + database
                        + "' is too long for a team's role names: use one of at most "
                        + (MAX_NAME_LENGTH - "_reviewer".length()) + " characters.");
            }
            connection.setAutoCommit(false);
            createGroupRoles(connection, database);
            connection.commit();
        } catch (SQLException e) {
            throw refusedOrFailed("setting up the team roles", e);
        }
        try {
            TeamSchema.migrate(TeamSchema.dataSource(login), database, address.user());
        } catch (FlywayException e) {
            Throwable cause = e.getCause() instanceof TeamServerException ? e.getCause() : e;
            if (cause instanceof TeamServerException failure) {
                throw failure;
            }
            throw new TeamServerException(TeamServerException.Reason.FAILED,
                    "The team schema could not be set up in '" + address.database() + "': "
                    + e.getMessage().lines().findFirst().orElse("") + ".", e);
        }
        try (Connection connection = login.open(); Statement statement = connection.createStatement()) {
            // Members read the schema's version to be sure they understand it; the history table is Flyway's.
            statement.execute("GRANT SELECT ON " + TeamSchema.SCHEMA + "." + TeamSchema.HISTORY_TABLE + " TO "
                    + quoted(connection, TeamSchema.groupRole(database, TeamRole.ANALYST)));
        } catch (SQLException e) {
            throw refusedOrFailed("setting up the team schema", e);
        }
        LOG.info("Team database {} is set up (schema version {})", address, TeamSchema.CURRENT_VERSION);
    }

    /**
     * Adds a person to the team: a login of their own (created if the server has none of that name yet, with
     * {@code password}, which is sent only as a SCRAM verifier), the group role of {@code role}, and a row in the
     * member list with the name that stands on their records. Run by a lead of the team rather than the owner, it
     * only creates new logins: an existing one (its password, its rights) is left to whoever runs the server.
     */
    public TeamMember addMember(String memberLogin, String name, TeamRole role, char[] password) {
        if (memberLogin == null || memberLogin.isBlank()) {
            throw new IllegalArgumentException("A member needs a login name");
        }
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("A member needs their name as it stands on their work");
        }
        String loginName = memberLogin.strip();
        String memberName = name.strip();
        TeamAddress address = login.address();
        try (Connection connection = login.open()) {
            requireTeamDatabase(connection, address);
            TeamSchema.refuseNewer(connection, address);
            String database = currentDatabase(connection);
            connection.setAutoCommit(false);
            if (!ownsTheTeamSchema(connection)) {
                return addedByALead(connection, loginName, memberName, role, password);
            }
            refuseExistingMember(connection, loginName, memberName, address);
            boolean loginExists = roleExists(connection, loginName);
            if (!loginExists && (password == null || password.length == 0)) {
                throw new TeamServerException(TeamServerException.Reason.FAILED,
                        "'" + loginName + "' has no login on " + address.server() + " yet: give a password for it.");
            }
            try (Statement statement = connection.createStatement()) {
                if (!loginExists) {
                    statement.execute("CREATE ROLE " + quoted(connection, loginName) + " LOGIN");
                }
                if (password != null && password.length > 0) {
                    connection.unwrap(PGConnection.class).alterUserPassword(loginName, password, "scram-sha-256");
                }
                statement.execute("GRANT " + quoted(connection, TeamSchema.groupRole(database, role)) + " TO "
                        + quoted(connection, loginName));
            }
            try (PreparedStatement insert = connection.prepareStatement(
                    "INSERT INTO lectern.member (login, name, role) VALUES (?, ?, ?)")) {
                insert.setString(1, loginName);
                insert.setString(2, memberName);
                insert.setString(3, role.word());
                insert.executeUpdate();
            }
            connection.commit();
            LOG.info("{} ({}) joined the team in {} as {}", loginName, memberName, address, role);
            return TeamServer.member(connection, loginName).orElseThrow();
        } catch (SQLException e) {
            throw refusedOrFailed("adding " + loginName, e);
        }
    }

    private static boolean ownsTheTeamSchema(Connection connection) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("SELECT pg_has_role(current_user, nspowner,"
                + " 'MEMBER') FROM pg_catalog.pg_namespace WHERE nspname = ?")) {
            query.setString(1, TeamSchema.SCHEMA);
            try (ResultSet rows = query.executeQuery()) {
                return rows.next() && rows.getBoolean(1);
            }
        }
    }

    /**
     * A lead adds a person with a login of their own, new to the server. The server checks it all again (it
     * trusts no client); the checks here are to say what is wrong in the words of the person at the keyboard.
     */
    private TeamMember addedByALead(Connection connection, String loginName, String memberName, TeamRole role,
                                    char[] password) throws SQLException {
        TeamAddress address = login.address();
        java.util.Optional<TeamMember> me = TeamServer.member(connection, address.user());
        if (me.isEmpty() || me.get().role() != TeamRole.LEAD) {
            throw new TeamServerException(TeamServerException.Reason.NOT_ALLOWED, me
                    .map(m -> "Only a lead of the team adds members: '" + address.user() + "' is " + article(m.role())
                            + " in the team in '" + address.database() + "'.")
                    .orElse("Only the owner of the team database '" + address.database() + "' or a lead of its team"
                            + " adds members, and '" + address.user() + "' is neither."));
        }
        refuseExistingMember(connection, loginName, memberName, address);
        if (roleExists(connection, loginName)) {
            throw new TeamServerException(TeamServerException.Reason.NOT_ALLOWED, "'" + loginName + "' already"
                    + " has a login on " + address.server() + ", which a lead leaves alone: ask whoever runs the"
                    + " server to add it (lectern team add as the database's owner), or choose another login name.");
        }
        if (password == null || password.length == 0) {
            throw new TeamServerException(TeamServerException.Reason.FAILED,
                    "'" + loginName + "' has no login on " + address.server() + " yet: give a password for it.");
        }
        try (PreparedStatement add = connection.prepareStatement("SELECT lectern.add_member(?, ?, ?, ?)")) {
            add.setString(1, loginName);
            add.setString(2, memberName);
            add.setString(3, role.word());
            add.setString(4, org.postgresql.util.PasswordUtil.encodeScramSha256(password));
            add.execute();
        } catch (SQLException e) {
            if ("42883".equals(e.getSQLState())) {
                throw new TeamServerException(TeamServerException.Reason.FAILED, "The team database '"
                        + address.database() + "' was set up by an older Lectern, with which only its owner adds"
                        + " members: ask whoever runs the server to run 'lectern team init' again.", e);
            }
            throw TeamFailures.failed("adding " + loginName, address, e);
        }
        connection.commit();
        LOG.info("{} ({}) joined the team in {} as {}, added by the lead {}", loginName, memberName, address, role,
                address.user());
        return TeamServer.member(connection, loginName).orElseThrow();
    }

    private static String article(TeamRole role) {
        return (role == TeamRole.ANALYST ? "an " : "a ") + role.word();
    }

    /** The team's members, by name, with when each last synchronised (for the owner, who is not a member). */
    public List<TeamMember> members() {
        TeamAddress address = login.address();
        try (Connection connection = login.open()) {
            requireTeamDatabase(connection, address);
            TeamSchema.refuseNewer(connection, address);
            return TeamServer.members(connection);
        } catch (SQLException e) {
            throw refusedOrFailed("listing the members", e);
        }
    }

    private static void refuseExistingMember(Connection connection, String loginName, String name,
                                             TeamAddress address) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(
                "SELECT login, name, role FROM lectern.member WHERE login = ? OR name = ?")) {
            query.setString(1, loginName);
            query.setString(2, name);
            try (ResultSet rows = query.executeQuery()) {
                if (rows.next()) {
                    String message = rows.getString(1).equals(loginName)
                            ? "'" + loginName + "' is already in the team in '" + address.database() + "', as "
                            + rows.getString(3) + " (" + rows.getString(2) + ")."
                            : "The team in '" + address.database() + "' already has a member named '" + name
                            + "' (login '" + rows.getString(1) + "'): names on records must tell people apart.";
                    throw new TeamServerException(TeamServerException.Reason.FAILED, message);
                }
            }
        }
    }

    static void requireTeamDatabase(Connection connection, TeamAddress address) throws SQLException {
        if (!TeamSchema.present(connection)) {
            throw new TeamServerException(TeamServerException.Reason.NOT_A_TEAM_DATABASE,
                    "The database '" + address.database() + "' on " + address.server()
                    + " is not a Lectern team database: set it up first with 'lectern team init'.");
        }
    }

    private static void createGroupRoles(Connection connection, String database) throws SQLException {
        String previous = null;
        for (TeamRole role : TeamRole.values()) {
            String group = TeamSchema.groupRole(database, role);
            if (!roleExists(connection, group)) {
                try (Statement statement = connection.createStatement()) {
                    statement.execute("CREATE ROLE " + quoted(connection, group) + " NOLOGIN");
                }
            }
            if (previous != null) {
                // A reviewer may do all an analyst may, a lead all a reviewer may.
                try (Statement statement = connection.createStatement()) {
                    statement.execute("GRANT " + quoted(connection, previous) + " TO " + quoted(connection, group));
                }
            }
            previous = group;
        }
    }

    static boolean roleExists(Connection connection, String role) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(
                "SELECT 1 FROM pg_catalog.pg_roles WHERE rolname = ?")) {
            query.setString(1, role);
            try (ResultSet rows = query.executeQuery()) {
                return rows.next();
            }
        }
    }

    static String currentDatabase(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT current_database()")) {
            rows.next();
            return rows.getString(1);
        }
    }

    /** An identifier quoted by the server itself, so that any name is safe in a statement. */
    static String quoted(Connection connection, String identifier) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("SELECT quote_ident(?)")) {
            query.setString(1, identifier);
            try (ResultSet rows = query.executeQuery()) {
                rows.next();
                return rows.getString(1);
            }
        }
    }

    private TeamServerException refusedOrFailed(String what, SQLException e) {
        if ("42501".equals(e.getSQLState())) {
            return new TeamServerException(TeamServerException.Reason.NOT_ALLOWED,
                    "'" + login.address().user() + "' may not do this on "
                    + login.address().server() + " (" + TeamFailures.detail(e) + "): setting up a team needs the"
                    + " database's owner with the right to create roles (CREATEROLE).", e);
        }
        return TeamFailures.failed(what, login.address(), e);
    }

    @Override
    public void close() {
        login.close();
    }
}
