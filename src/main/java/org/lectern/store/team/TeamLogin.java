package org.lectern.store.team;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.Properties;

/**
 * An address and the password to use there, able to open connections (a member's connection keeps one to open
 * its listening connection later). The password is the caller's, else {@code PGPASSWORD}; with neither, the
 * PostgreSQL driver looks in the standard password file ({@code PGPASSFILE}, else {@code ~/.pgpass}). A password
 * is never logged, never put in a message and cleared when the login is closed.
 */
final class TeamLogin implements AutoCloseable {
    /**
     * How long a call waits for the server to answer before the connection is taken for lost, in seconds: a server
     * that stops answering without closing the connection (a cable pulled, a VPN dropped) would otherwise keep a
     * window "connected" for ever. Ordinary calls answer within a second; a team on a slow link names its own
     * ({@code socketTimeout=} in the address), and {@value #SOCKET_TIMEOUT_PROPERTY} changes it for every team.
     * Waiting for an announcement is not a call: the driver waits there as long as it is asked to.
     */
    static final int SOCKET_TIMEOUT_SECONDS = 20;
    /** The system property that changes {@link #SOCKET_TIMEOUT_SECONDS} for every team (seconds). */
    static final String SOCKET_TIMEOUT_PROPERTY = "lectern.team.socketTimeout";

    private final TeamAddress address;
    private char[] password;

    TeamLogin(TeamAddress address, char[] password) {
        this.address = address;
        char[] given = password != null ? password : environmentPassword();
        this.password = given == null ? null : given.clone();
    }

    TeamAddress address() {
        return address;
    }

    char[] password() {
        return password == null ? null : password.clone();
    }

    private static char[] environmentPassword() {
        String fromEnvironment = System.getenv("PGPASSWORD");
        return fromEnvironment == null || fromEnvironment.isEmpty() ? null : fromEnvironment.toCharArray();
    }

    Connection open() {
        Properties properties = new Properties();
        properties.setProperty("user", address.user());
        if (password != null) {
            properties.setProperty("password", new String(password));
        }
        properties.setProperty("ApplicationName", "Lectern");
        if (!address.url().contains("connectTimeout=")) {
            properties.setProperty("connectTimeout", "15");
        }
        if (!address.url().contains("socketTimeout=")) {
            properties.setProperty("socketTimeout", String.valueOf(
                    Integer.getInteger(SOCKET_TIMEOUT_PROPERTY, SOCKET_TIMEOUT_SECONDS)));
        }
        if (!address.url().contains("tcpKeepAlive=")) {
            // The system's keepalive notices a peer that went away even on a connection nobody is using.
            properties.setProperty("tcpKeepAlive", "true");
        }
        try {
            return DriverManager.getConnection(address.url(), properties);
        } catch (SQLException e) {
            throw TeamFailures.connecting(address, password != null, e);
        }
    }

    @Override
    public void close() {
        if (password != null) {
            Arrays.fill(password, '\0');
            password = null;
        }
    }
}
