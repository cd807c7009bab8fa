package org.lectern.store;

import java.nio.file.Path;
import java.util.List;
import org.lectern.model.Change;
import org.lectern.model.ProjectSnapshot;

/**
 * Where a project's records live. Kept as an interface so that a shared team store (for example on
 * PostgreSQL) can stand in for the local file without touching anything above it.
 */
public interface ProjectStore extends AutoCloseable {

    /** The file (or address) the project lives in, for the title bar and status line. */
    Path location();

    /** The project format version of the open project. */
    int schemaVersion();

    /** Everything the project holds. */
    ProjectSnapshot load();

    /** Applies an edit's changes, in order, as one transaction: all are saved or none. */
    void write(List<Change> changes);

    /**
     * As {@link #write(List)}, for long work the analyst can cancel: when {@code cancelled} turns true before the
     * commit, nothing is written and a {@link java.util.concurrent.CancellationException} is thrown.
     */
    default void write(List<Change> changes, java.util.function.BooleanSupplier cancelled) {
        if (cancelled.getAsBoolean()) {
            throw new java.util.concurrent.CancellationException("cancelled before writing");
        }
        write(changes);
    }

    /**
     * Writes a complete, consistent copy of the project to a new file, while it stays open (never a file copy:
     * the latest edits may still sit in the journal beside the file).
     */
    void copyTo(Path target);

    @Override
    void close();
}
