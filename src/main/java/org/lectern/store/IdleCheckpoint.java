package org.lectern.store;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * Keeps the project file itself complete while it is open. In WAL mode each edit is committed to the
 * {@code -wal} file beside the project, and SQLite copies it into the project file only now and then; a copy of
 * the {@code .lectern} file alone (from a file manager, a backup, an e-mail attachment) would miss that work.
 * Shortly after the edits stop, and at most about a second after any edit, this copies what was committed into
 * the project file ("checkpoints" it). It works on its own thread and connection, in SQLite's PASSIVE mode:
 * it never waits for a reader or blocks one, and Lectern's own writes go on beside it. What a reader still
 * needs (the sqlite3 shell in the middle of a query, say) is copied at a later try.
 */
final class IdleCheckpoint implements AutoCloseable {
    /** Edits closer together than this are one burst: the checkpoint waits for its end. */
    private static final long QUIET_MS = 200;
    /** However long a burst goes on, the project file is caught up within this time of its first edit. */
    private static final long AT_MOST_MS = 800;
    /** Retries, when a reader kept some edits from being copied, back off up to this. */
    private static final long RETRY_AT_MOST_MS = 5_000;
    private static final long CLOSE_WAIT_S = 10;

    private final String url;
    private final ScheduledThreadPoolExecutor worker;
    /** Used on the worker thread only. */
    private Connection connection;
    private long retryMs = QUIET_MS;

    // Guarded by this.
    private ScheduledFuture<?> next;
    private boolean behind;
    private long burstStartNanos;
    private boolean closed;

    IdleCheckpoint(String url) {
        this.url = url;
        this.worker = new ScheduledThreadPoolExecutor(1, task -> {
            Thread thread = new Thread(task, "lectern-checkpoint");
            thread.setDaemon(true);
            return thread;
        });
        worker.setExecuteExistingDelayedTasksAfterShutdownPolicy(false);
        worker.setRemoveOnCancelPolicy(true);
    }

    /** Called after each commit: schedules the checkpoint for the end of this burst of edits. */
    synchronized void committed() {
        if (closed) {
            return;
        }
        long now = System.nanoTime();
        if (!behind) {
            behind = true;
            burstStartNanos = now;
        }
        if (next != null) {
            next.cancel(false);
        }
        long untilDeadline = burstStartNanos + TimeUnit.MILLISECONDS.toNanos(AT_MOST_MS) - now;
        long delay = Math.max(0, Math.min(TimeUnit.MILLISECONDS.toNanos(QUIET_MS), untilDeadline));
        next = worker.schedule(this::checkpoint, delay, TimeUnit.NANOSECONDS);
    }

    private void checkpoint() {
        synchronized (this) {
            // Edits committed from here on schedule a checkpoint of their own.
            behind = false;
            next = null;
        }
        if (copyWalIntoFile()) {
            retryMs = QUIET_MS;
            return;
        }
        synchronized (this) {
            if (!closed && next == null) {
                next = worker.schedule(this::checkpoint, retryMs, TimeUnit.MILLISECONDS);
                retryMs = Math.min(retryMs * 2, RETRY_AT_MOST_MS);
            }
        }
    }

    /** True when everything in the WAL is in the project file now. */
    private boolean copyWalIntoFile() {
        try {
            if (connection == null) {
                Properties settings = new Properties();
                settings.setProperty("busy_timeout", "0");
                connection = DriverManager.getConnection(url, settings);
            }
            try (Statement statement = connection.createStatement();
                 ResultSet result = statement.executeQuery("PRAGMA wal_checkpoint(PASSIVE)")) {
                // One row: busy (0 or 1), frames in the WAL, frames copied into the file (-1, -1 when not WAL).
                return result.next() && result.getInt(1) == 0 && result.getInt(2) == result.getInt(3);
            }
        } catch (SQLException e) {
            return false; // the next try, or closing the project, copies it
        }
    }

    /**
     * Stops checkpointing and closes its connection, waiting for a checkpoint under way (so that the project's
     * own connection, closed next, is the last one and SQLite folds the WAL into the file and removes it).
     */
    @Override
    public void close() {
        synchronized (this) {
            if (closed) {
                return;
            }
            closed = true;
            if (next != null) {
                next.cancel(false);
            }
        }
        worker.execute(this::closeConnection);
        worker.shutdown();
        try {
            worker.awaitTermination(CLOSE_WAIT_S, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void closeConnection() {
        if (connection != null) {
            try {
                connection.close();
            } catch (SQLException ignored) {
                // It only ever read and checkpointed: nothing of the project depends on it.
            }
        }
    }
}
