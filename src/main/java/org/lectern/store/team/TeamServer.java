package org.lectern.store.team;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * A member's connection to their team's server: who they are, the team, the records changed since a revision,
 * and sending their own. The server decides what a member may write; this class only reports its verdicts.
 * One thread at a time; a live client listens on a {@link #listen() connection of its own}.
 */
public final class TeamServer implements AutoCloseable {
    private static final String UPSERT = "INSERT INTO lectern.record AS r"
            + " (id, kind, author, adjudicated, document_id, body, modified, deleted)"
            + " VALUES (?, ?, ?, ?, ?, ?::jsonb, ?, ?)"
            + " ON CONFLICT (id) DO UPDATE SET owner = session_user, author = EXCLUDED.author,"
            + " adjudicated = EXCLUDED.adjudicated, document_id = EXCLUDED.document_id, body = EXCLUDED.body,"
            + " modified = EXCLUDED.modified, deleted = EXCLUDED.deleted"
            // A version replaces another only if it is later: the same version sent twice changes nothing.
            + " WHERE r.modified < EXCLUDED.modified";

    private final TeamLogin login;
    private final Connection connection;
    private final TeamMember me;

    private TeamServer(TeamLogin login, Connection connection, TeamMember me) {
        this.login = login;
        this.connection = connection;
        this.me = me;
    }

    /**
     * Connects as a member. {@code password} may be null: then {@code PGPASSWORD}, else the password file.
     * Fails with a sentence if the server cannot be reached, the password is wrong, the database is not a
     * Lectern team database or one of a newer Lectern, or the login is not a member of the team.
     */
    public static TeamServer connect(TeamAddress address, char[] password) {
        TeamLogin login = new TeamLogin(address, password);
        Connection connection = null;
        try {
            connection = login.open();
            TeamAdmin.requireTeamDatabase(connection, address);
            String database = TeamAdmin.currentDatabase(connection);
            Optional<TeamMember> member = isInTeam(connection, database) ? member(connection, address.user())
                    : Optional.empty();
            if (member.isEmpty()) {
                throw new TeamServerException(TeamServerException.Reason.NOT_A_MEMBER,
                        "'" + address.user() + "' is not a member of the team in '"
                        + address.database() + "' on " + address.server() + ": ask the team's lead to add you"
                        + " (lectern team add).");
            }
            TeamSchema.refuseNewer(connection, address);
            return new TeamServer(login, connection, member.get());
        } catch (SQLException | RuntimeException e) {
            closeQuietly(connection);
            login.close();
            if (e instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw TeamFailures.failed("connecting", address, (SQLException) e);
        }
    }

    private static boolean isInTeam(Connection connection, String database) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(
                "SELECT r.oid IS NOT NULL AND pg_has_role(session_user, r.oid, 'MEMBER')"
                        + " FROM (SELECT ? AS name) wanted"
                        + " LEFT JOIN pg_catalog.pg_roles r ON r.rolname = wanted.name")) {
            query.setString(1, TeamSchema.groupRole(database, TeamRole.ANALYST));
            try (ResultSet rows = query.executeQuery()) {
                return rows.next() && rows.getBoolean(1);
            }
        }
    }

    static Optional<TeamMember> member(Connection connection, String login) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(
                "SELECT login, name, role, added, last_sync FROM lectern.member WHERE login = ?")) {
            query.setString(1, login);
            try (ResultSet rows = query.executeQuery()) {
                return rows.next() ? Optional.of(member(rows)) : Optional.empty();
            }
        }
    }

    private static TeamMember member(ResultSet rows) throws SQLException {
        return new TeamMember(rows.getString("login"), rows.getString("name"), TeamRole.ofWord(rows.getString("role")),
                instant(rows, "added"), instant(rows, "last_sync"));
    }

    public TeamAddress address() {
        return login.address();
    }

    /** The member connected: login, name on their stamps, role. */
    public TeamMember me() {
        return me;
    }

    /** Everyone in the team, by name, with when each last synchronised. */
    public List<TeamMember> members() {
        try {
            return members(connection);
        } catch (SQLException e) {
            throw TeamFailures.failed("listing the members", address(), e);
        }
    }

    static List<TeamMember> members(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery(
                     "SELECT login, name, role, added, last_sync FROM lectern.member ORDER BY name, login")) {
            List<TeamMember> members = new ArrayList<>();
            while (rows.next()) {
                members.add(member(rows));
            }
            return members;
        }
    }

    /**
     * Up to {@code limit} records whose revision is above {@code rev}, in revision order. Pass the last one's
     * rev to read the next page: revisions are committed in order, so no record is ever missed between pages.
     */
    public List<ServerRecord> changesSince(long rev, int limit) {
        try (PreparedStatement query = connection.prepareStatement("SELECT id, kind, author, adjudicated,"
                + " document_id, body::text, modified, deleted, rev FROM lectern.record WHERE rev > ? ORDER BY rev"
                + " LIMIT ?")) {
            query.setLong(1, rev);
            query.setInt(2, limit);
            List<ServerRecord> records = new ArrayList<>();
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    records.add(new ServerRecord(rows.getObject(1, UUID.class), rows.getString(2), rows.getString(3),
                            rows.getBoolean(4), rows.getObject(5, UUID.class), rows.getString(6),
                            instant(rows, "modified"), rows.getBoolean(8), rows.getLong(9)));
                }
            }
            return records;
        } catch (SQLException e) {
            throw TeamFailures.failed("reading the team's changes", address(), e);
        }
    }

    /** The newest revision on the server (0 for an empty team). */
    public long latestRev() {
        try (Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT coalesce(max(rev), 0) FROM lectern.record")) {
            rows.next();
            return rows.getLong(1);
        } catch (SQLException e) {
            throw TeamFailures.failed("reading the latest revision", address(), e);
        }
    }

    /** Whether the team holds a tag (a project joining it then takes the team's tags), without reading any. */
    public boolean holdsTags() {
        try (Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery(
                     "SELECT EXISTS (SELECT 1 FROM lectern.record WHERE kind = 'tag' AND NOT deleted)")) {
            rows.next();
            return rows.getBoolean(1);
        } catch (SQLException e) {
            throw TeamFailures.failed("reading the team's tags", address(), e);
        }
    }

    /**
     * Sends records in one transaction. Each is written if the server has no version of it or an earlier one;
     * one the server has in the same or a later version is stale and left as it is; one this member may not
     * write is refused, and the others are written all the same.
     */
    public PushResult push(List<ServerRecord> records) {
        if (records.isEmpty()) {
            return new PushResult(List.of(), List.of(), List.of());
        }
        try {
            connection.setAutoCommit(false);
            try {
                takeWriteLock();
                PushResult result = pushAll(records);
                connection.commit();
                return result;
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            } finally {
                connection.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw TeamFailures.failed("sending records", address(), e);
        }
    }

    /** First all at once (the usual case); if the server refuses one, again one by one to find which. */
    private PushResult pushAll(List<ServerRecord> records) throws SQLException {
        Savepoint beforeBatch = connection.setSavepoint();
        try (PreparedStatement upsert = connection.prepareStatement(UPSERT)) {
            for (ServerRecord record : records) {
                bind(upsert, record);
                upsert.addBatch();
            }
            int[] counts = upsert.executeBatch();
            List<UUID> written = new ArrayList<>();
            List<UUID> stale = new ArrayList<>();
            for (int i = 0; i < records.size(); i++) {
                (counts[i] == 0 ? stale : written).add(records.get(i).id());
            }
            return new PushResult(written, stale, List.of());
        } catch (SQLException e) {
            if (!isRefusal(e)) {
                throw e;
            }
            connection.rollback(beforeBatch);
            return pushOneByOne(records);
        }
    }

    private PushResult pushOneByOne(List<ServerRecord> records) throws SQLException {
        List<UUID> written = new ArrayList<>();
        List<UUID> stale = new ArrayList<>();
        List<UUID> refused = new ArrayList<>();
        try (PreparedStatement upsert = connection.prepareStatement(UPSERT)) {
            for (ServerRecord record : records) {
                Savepoint before = connection.setSavepoint();
                try {
                    bind(upsert, record);
                    (upsert.executeUpdate() == 0 ? stale : written).add(record.id());
                    connection.releaseSavepoint(before);
                } catch (SQLException e) {
                    if (!isRefusal(e)) {
                        throw e;
                    }
                    connection.rollback(before);
                    refused.add(record.id());
                }
            }
        }
        return new PushResult(written, stale, refused);
    }

    /** Row-level security said no (42501), or the record contradicts itself (integrity, bad data). */
    private static boolean isRefusal(SQLException e) {
        SQLException cause = e.getNextException() != null ? e.getNextException() : e;
        String state = cause.getSQLState() != null ? cause.getSQLState() : e.getSQLState();
        return state != null && (state.equals("42501") || state.startsWith("23") || state.startsWith("22"));
    }

    private void takeWriteLock() throws SQLException {
        try (PreparedStatement lock = connection.prepareStatement("SELECT pg_advisory_xact_lock(?)")) {
            lock.setLong(1, TeamSchema.WRITE_LOCK);
            lock.execute();
        }
    }

    private static void bind(PreparedStatement upsert, ServerRecord record) throws SQLException {
        upsert.setObject(1, record.id());
        upsert.setString(2, record.kind());
        upsert.setString(3, record.author());
        upsert.setBoolean(4, record.adjudicated());
        upsert.setObject(5, record.documentId());
        upsert.setString(6, record.bodyJson());
        // PostgreSQL keeps microseconds and would round; truncating keeps the column never later than the body.
        upsert.setObject(7, OffsetDateTime.ofInstant(record.modified().truncatedTo(ChronoUnit.MICROS), ZoneOffset.UTC));
        upsert.setBoolean(8, record.deleted());
    }

    /** Records on the server that this member has just synchronised. */
    public void markSynchronised() {
        try (Statement statement = connection.createStatement()) {
            statement.execute("SELECT lectern.mark_synchronised()");
        } catch (SQLException e) {
            throw TeamFailures.failed("recording the synchronisation", address(), e);
        }
    }

    /** A second connection, as the same member, on which changes are announced. */
    public TeamChanges listen() {
        return new TeamChanges(login);
    }

    private static Instant instant(ResultSet rows, String column) throws SQLException {
        Timestamp timestamp = rows.getTimestamp(column);
        return timestamp == null ? null : timestamp.toInstant();
    }

    private static void closeQuietly(Connection connection) {
        if (connection != null) {
            try {
                connection.close();
            } catch (SQLException e) {
                // Nothing more to release.
            }
        }
    }

    @Override
    public void close() {
        closeQuietly(connection);
        login.close();
    }
}
