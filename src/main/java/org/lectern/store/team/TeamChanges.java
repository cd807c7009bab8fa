package org.lectern.store.team;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;

/**
 * A connection of its own that listens for the server's word that records changed ({@code NOTIFY
 * lectern_changes}, sent once by each writing transaction, the listener's own included). A live client waits
 * here on a thread of its own and pulls {@link TeamServer#changesSince} when it rings; {@link #close} from
 * another thread ends the wait.
 */
public final class TeamChanges implements AutoCloseable {
    private final TeamAddress address;
    private final Connection connection;

    TeamChanges(TeamLogin login) {
        this.address = login.address();
        this.connection = login.open();
        try (Statement statement = connection.createStatement()) {
            statement.execute("LISTEN " + TeamSchema.CHANGES_CHANNEL);
        } catch (SQLException e) {
            closeQuietly();
            throw TeamFailures.failed("listening for changes", address, e);
        }
    }

    /**
     * Waits until a change is announced or {@code timeout} passes; true if one (or several) came. Returns false
     * at once after {@link #close}.
     */
    public boolean awaitChange(Duration timeout) {
        try {
            if (connection.isClosed()) {
                return false;
            }
            int millis = (int) Math.max(1, Math.min(Integer.MAX_VALUE, timeout.toMillis()));
            PGNotification[] notifications = connection.unwrap(PGConnection.class).getNotifications(millis);
            return notifications != null && notifications.length > 0;
        } catch (SQLException e) {
            if (isClosed()) {
                return false;
            }
            throw TeamFailures.failed("listening for changes", address, e);
        }
    }

    private boolean isClosed() {
        try {
            return connection.isClosed();
        } catch (SQLException e) {
            return true;
        }
    }

    @Override
    public void close() {
        closeQuietly();
    }

    private void closeQuietly() {
        try {
            connection.close();
        } catch (SQLException e) {
            // Closing a connection that is gone leaves nothing to do.
        }
    }
}
