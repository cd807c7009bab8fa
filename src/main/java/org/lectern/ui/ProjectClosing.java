package org.lectern.ui;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import org.lectern.service.ProjectSession;
import org.slf4j.LoggerFactory;

/**
 * Closes the project the window lets go of when another is opened, on a thread of its own: closing the last
 * connection folds SQLite's write-ahead log into the file, disk work the window's thread need not wait for. Every
 * edit is committed before, so nothing is left to save; the close only tidies the file and frees its lock.
 *
 * <p>Closes run one after another. Opening a project first waits for them ({@link #awaitAll}), so that a project
 * let go and opened again at once finds its lock free, and the thread is not a daemon, so that Lectern ending
 * right after still leaves the file whole.
 */
final class ProjectClosing {
    private final Executor closer;
    private volatile CompletableFuture<Void> last = CompletableFuture.completedFuture(null);

    ProjectClosing() {
        this(new ThreadPoolExecutor(0, 1, 1, TimeUnit.SECONDS, new LinkedBlockingQueue<>(), work -> {
            Thread thread = new Thread(work, "lectern-closing");
            thread.setDaemon(false);
            return thread;
        }));
    }

    /** Closing on {@code closer}, which must run one thing at a time (tests hold it up to see who waits). */
    ProjectClosing(Executor closer) {
        this.closer = closer;
    }

    /** Closes {@code session} after any closes under way; called on the window's thread. */
    void closeLater(ProjectSession session) {
        // Whatever became of the close before, this one runs.
        last = last.handle((done, failure) -> null).thenRunAsync(() -> close(session), closer);
    }

    /** Waits until every project let go so far is closed (or has failed to close: see {@link #close}). */
    void awaitAll() {
        last.handle((done, failure) -> null).join();
    }

    private static void close(ProjectSession session) {
        try {
            session.close();
        } catch (RuntimeException | LinkageError e) {
            // Its edits are all in the file already; SQLite folds what the log holds in at the next opening.
            LoggerFactory.getLogger(ProjectClosing.class).warn("Closing {} did not finish cleanly",
                    session.location().getFileName(), e);
        }
    }
}
